"""Where else? on a large case (not a test: prints figures).

    .venv/bin/python tests/benchmarks/bench_trace.py [--articles 10000] [--claims 100000]
                                                      [--import-files 1000]

1. A case of N generated text articles (~600 words; English, Turkish, Russian and Arabic
   vocabularies), stored through `db.operations.add_source` (the import's path, index
   included). A planted quote is republished in 50 of them over 30 days with edits (trimmed,
   words changed, punctuation changed, embedded in other sentences); 50 decoys share its words
   but not the quote. Prints the trace's median time (target ≤ 200 ms), recall of the 50,
   precision (the decoys and everything else count against it; target ≥ 0.95 each) and whether
   the earliest found is the planted first appearance. With PROVDESK_TEST_DATABASE_URL set, the
   same articles are copied (`copy-to`) into a new database on that PostgreSQL server and the
   long and short traces are measured there too.
2. Similar claims on a case of M generated claims: median look-up (target ≤ 50 ms).
3. Folder import of K text files (`desktop.sources.folder.import_folder`) against a bare
   read-and-hash loop over the same files, and against the same import with the index switched
   off (the index must not more than double the import time).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from db import operations as ops
from db.appearances import similar_claims, trace_text
from db.case import Case, open_case
from db.models import Claim

SCRIPTS = {
    "en": "abcdefghijklmnopqrstuvwxyz",
    "tr": "abcçdefgğhıijklmnoöprsştuüvyz",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщыьэюя",
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
}
QUOTE = (
    "the government will not reopen the northern border crossings until every armed group "
    "has left the valley and the inspectors confirm that the bridge is safe for convoys"
)


def vocabulary(rng: random.Random, letters: str, size: int = 8000) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(2, 10))))
    return sorted(words)


class Writer:
    """Articles of ~600 words from a Zipf-weighted vocabulary per language."""

    def __init__(self, seed: int = 18) -> None:
        self.rng = random.Random(seed)
        self.vocab = {lang: vocabulary(self.rng, letters) for lang, letters in SCRIPTS.items()}
        # the quote's words are ordinary words: function words among the most frequent,
        # the others spread over the next ranks
        english = [w for w in self.vocab["en"] if w not in QUOTE.split()]
        for word in dict.fromkeys(QUOTE.split()):
            rank = self.rng.randint(0, 30) if len(word) <= 4 else self.rng.randint(30, 3000)
            english.insert(rank, word)
        self.vocab["en"] = english[:8000]
        self.weights = [1 / (i + 1) for i in range(8000)]

    def words(self, lang: str, n: int) -> list[str]:
        return self.rng.choices(self.vocab[lang], self.weights, k=n)

    def article(self, lang: str, n: int = 600) -> str:
        words = self.words(lang, n)
        out = []
        for i in range(0, n, 15):
            sentence = " ".join(words[i : i + 15])
            out.append(sentence[:1].upper() + sentence[1:] + ".")
        return " ".join(out)

    def relay(self, index: int) -> str:
        """The quote, edited as relays edit it."""
        words = QUOTE.split()
        kind = index % 5
        if kind == 1:  # trimmed at both ends
            words = words[self.rng.randint(2, 6) : len(words) - self.rng.randint(2, 8)]
        elif kind == 2:  # words changed
            for _ in range(3):
                words[self.rng.randrange(len(words))] = self.rng.choice(self.vocab["en"][:500])
        elif kind == 3:  # punctuation and case changed
            words = [w.upper() if i % 4 == 0 else w for i, w in enumerate(words)]
            words.insert(8, "—")
            words[-1] += "!"
        elif kind == 4:  # a word dropped, one added
            del words[self.rng.randrange(len(words))]
            words.insert(self.rng.randrange(len(words)), "reportedly")
        text = " ".join(words)
        return f"«{text}»" if index % 2 else f'"{text}," the spokesman said'

    def decoy(self) -> str:
        """The quote's words, shuffled among others: no passage carries the quote."""
        words = QUOTE.split()
        self.rng.shuffle(words)
        mixed = []
        for word in words:
            mixed.append(word)
            mixed.extend(self.words("en", 2))
        return " ".join(mixed)

    def embed(self, body: str, passage: str) -> str:
        cut = self.rng.randrange(len(body) // 4, 3 * len(body) // 4)
        cut = body.find(". ", cut) + 2 or cut
        return f"{body[:cut]}{passage}. {body[cut:]}"


def median_ms(action: Callable[[], object], repeat: int = 15) -> float:
    """Median wall-clock milliseconds; `median_ms.cpu` keeps the median CPU milliseconds of the
    same runs (on a shared machine the wall clock also counts the time others had the CPU)."""
    action()
    times, cpu = [], []
    for _ in range(repeat):
        started, used = time.perf_counter(), time.process_time()
        action()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    median_ms.cpu = statistics.median(cpu)  # type: ignore[attr-defined]
    return statistics.median(times)


def load() -> str:
    try:
        return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count() or 1} cores"
    except OSError:
        return "load average unknown"


def build_articles(case: Case, writer: Writer, count: int) -> tuple[list[int], list[int]]:
    rng = writer.rng
    languages = ["en", "en", "tr", "ru", "ar"]
    planted_at = sorted(rng.sample(range(count), 50))
    decoy_at = set(rng.sample(sorted(set(range(count)) - set(planted_at)), 50))
    order = {index: n for n, index in enumerate(planted_at)}
    start = dt.date(2024, 4, 1)
    planted: list[int] = []
    decoys: list[int] = []
    started = time.perf_counter()
    batch = 200
    for first in range(0, count, batch):
        with case.change() as uow:
            for i in range(first, min(count, first + batch)):
                if i in order:
                    n = order[i]
                    body = writer.embed(writer.article("en"), writer.relay(n))
                    # the first planted relay (n = 0) is the earliest, the rest spread over 30 days
                    day = start + dt.timedelta(days=0 if n == 0 else 1 + (n * 29) // 50)
                elif i in decoy_at:
                    body = writer.embed(writer.article("en"), writer.decoy())
                    day = start + dt.timedelta(days=rng.randint(-30, 30))
                else:
                    lang = languages[i % len(languages)]
                    body = writer.article(lang)
                    day = start + dt.timedelta(days=rng.randint(-60, 60))
                ident = ops.add_source(
                    uow,
                    title=f"article {i}",
                    outlet=f"outlet {i % 97}",
                    text=body,
                    published_on=day,
                )
                if i in order:
                    planted.append(ident)
                elif i in decoy_at:
                    decoys.append(ident)
        if first and first % 2000 == 0:
            print(f"  {first:,} articles ({time.perf_counter() - started:.0f} s)", flush=True)
    print(f"built {count:,} articles in {time.perf_counter() - started:.1f} s")
    return planted, decoys


def bench_trace(path: Path, count: int) -> None:
    case = open_case(path, reviewer="bench", create=True)
    writer = Writer()
    planted, decoys = build_articles(case, writer, count)
    measure_trace(case, count, planted, decoys)
    server = os.environ.get("PROVDESK_TEST_DATABASE_URL")
    if server:
        with on_server(server, case) as copied:
            measure_trace(copied, count, planted, decoys)
    case.close()


def measure_trace(case: Case, count: int, planted: list[int], decoys: list[int]) -> None:
    """The long (the planted quote) and the short trace (10 of its words) on `case`."""
    with case.read() as session:
        trace = trace_text(session, QUOTE)
        found = [a.source_id for a in trace.appearances]
        hits = set(found) & set(planted)
        recall = len(hits) / len(planted)
        precision = len(hits) / len(found) if found else 0.0
        wrong_decoys = len(set(found) & set(decoys))
        earliest = trace.appearances[0].source_id if trace.appearances else None
        ms = median_ms(lambda: trace_text(session, QUOTE))
        cpu = median_ms.cpu  # type: ignore[attr-defined]
        short = " ".join(QUOTE.split()[3:13])
        ms_short = median_ms(lambda: trace_text(session, short))
        cpu_short = median_ms.cpu  # type: ignore[attr-defined]
        short_found = {a.source_id for a in trace_text(session, short).appearances}
    print(f"{case.dialect}:")
    print(
        f"trace of the planted quote ({len(QUOTE.split())} words) over {count:,} articles: "
        f"median {ms:.0f} ms wall, {cpu:.0f} ms CPU (target ≤ 200; {load()}), "
        f"{trace.candidates} candidates aligned"
    )
    print(
        f"  recall {recall:.2f} ({len(hits)}/50), precision {precision:.2f} "
        f"({len(found)} found, {wrong_decoys} decoys), earliest found is the planted first: "
        f"{earliest == planted[0]}"
    )
    print(
        f"trace of 10 of its words: median {ms_short:.0f} ms wall, {cpu_short:.0f} ms CPU, "
        f"{len(short_found & set(planted))} relays found, "
        f"{len(short_found - set(planted))} others"
    )


@contextlib.contextmanager
def on_server(server: str, case: Case) -> Iterator[Case]:
    """`case` copied (`copy-to`, ids kept) into a new database on the PostgreSQL server at
    `server`, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from db.transfer import copy_case

    admin_url = make_url(server).set(drivername="postgresql+psycopg")
    name = f"provdesk_bench_trace_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = admin_url.set(database=name).render_as_string(hide_password=False)
        copied = open_case(url, reviewer="bench", create=True)
        started = time.perf_counter()
        copy_case(case, copied)
        print(f"copied the articles to PostgreSQL in {time.perf_counter() - started:.1f} s")
        try:
            yield copied
        finally:
            copied.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def bench_similar(path: Path, count: int, floors: tuple[float, ...] = ()) -> None:
    case = open_case(path, reviewer="bench", create=True)
    writer = Writer(seed=5)
    started = time.perf_counter()
    ids: list[int] = []
    for first in range(0, count, 2000):
        with case.change() as uow:
            for _ in range(first, min(count, first + 2000)):
                words = writer.words(writer.rng.choice(["en", "tr", "ru", "ar"]), 12)
                ids.append(ops.add_claim(uow, " ".join(words)))
    print(f"built {count:,} claims in {time.perf_counter() - started:.1f} s")
    rng = random.Random(3)
    probes = rng.sample(ids, 30)
    # each probe gets a close variant with another number, so that every look-up also runs the
    # meaning check (anchors of both claims compared) on what it finds
    with case.change() as uow:
        for n, claim in enumerate(probes):
            wording = f"{uow.session.get(Claim, claim).text} 45"
            ops.edit_claim(uow, claim, text=wording)
            ops.add_claim(uow, wording.replace(" 45", f" {4500 + n}"))
    from db.text import meaning

    def measure() -> tuple[list[float], list[float]]:
        with case.read() as session:
            similar_claims(session, probes[0])
            times, cpu = [], []
            for claim in probes:
                t, used = time.perf_counter(), time.process_time()
                similar_claims(session, claim)
                times.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - used) * 1000)
        return times, cpu

    times, cpu = measure()
    # baseline in the same run: the same look-ups without the word accounting of the meaning
    # check (`db.text.word_accounting`), which every candidate whose anchors agree goes through
    accounting = meaning.word_differences
    meaning.word_differences = lambda *_a, **_k: ()  # type: ignore[assignment]
    try:
        base_times, base_cpu = measure()
    finally:
        meaning.word_differences = accounting
    print(
        f"similar claims among {count:,}: median {statistics.median(times):.1f} ms wall, "
        f"{statistics.median(cpu):.1f} ms CPU, max {max(times):.1f} ms (target ≤ 50; {load()}); "
        "each probe finds a close variant whose number differs (anchors compared)\n"
        f"  without the word accounting: median {statistics.median(base_times):.1f} ms wall, "
        f"{statistics.median(base_cpu):.1f} ms CPU (accounting ×"
        f"{statistics.median(cpu) / max(statistics.median(base_cpu), 1e-9):.2f} CPU)"
    )
    # the listing's floor (`meaning.REWORDING_FLOOR`): the same look-ups with other floors
    chosen = meaning.REWORDING_FLOOR
    for floor in floors:
        meaning.REWORDING_FLOOR = floor
        try:
            floor_times, floor_cpu = measure()
        finally:
            meaning.REWORDING_FLOOR = chosen
        print(
            f"  floor {floor:.2f} (chosen {chosen:.2f}): median "
            f"{statistics.median(floor_times):.1f} ms wall, {statistics.median(floor_cpu):.1f} ms "
            f"CPU (×{statistics.median(floor_cpu) / max(statistics.median(cpu), 1e-9):.2f} CPU)"
        )
    case.close()


def bench_import(folder: Path, count: int) -> None:
    from desktop.sources import folder as folder_import
    from desktop.sources.folder import Outcome, import_folder

    writer = Writer(seed=9)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        lang = ["en", "tr", "ru", "ar"][i % 4]
        (folder / f"article-{i:05d}.txt").write_text(writer.article(lang), encoding="utf-8")
    started = time.perf_counter()
    for file in sorted(folder.iterdir()):
        hashlib.sha256(file.read_bytes()).hexdigest()
    bare = time.perf_counter() - started

    def run(name: str, index: bool) -> float:
        import db.appearances as source_ops

        case = open_case(folder.parent / f"{name}.provdesk", reviewer="bench", create=True)
        saved = source_ops.index_source
        if not index:
            source_ops.index_source = lambda *_a, **_k: 0  # type: ignore[assignment]
        try:
            started = time.perf_counter()
            summary = import_folder(case, [folder])
            took = time.perf_counter() - started
        finally:
            source_ops.index_source = saved
        assert len(summary.of(Outcome.IMPORTED)) == count, summary.line()
        case.close()
        return took

    assert folder_import
    run("warm-up", index=True)  # starts the reader processes' fork server
    without = run("no-index", index=False)
    with_index = run("indexed", index=True)
    print(
        f"folder import of {count:,} text articles: {with_index:.1f} s with the index, "
        f"{without:.1f} s without (index ×{with_index / without:.2f}, target ≤ 2); "
        f"bare read-and-hash loop {bare * 1000:.0f} ms (import ×{with_index / bare:.0f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--import-files", type=int, default=1_000)
    parser.add_argument("--skip", nargs="*", default=(), choices=("trace", "similar", "import"))
    parser.add_argument(
        "--floors",
        nargs="*",
        type=float,
        default=(),
        help="similar claims measured again with these REWORDING_FLOOR values",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="provdesk-bench-trace-") as tmp:
        root = Path(tmp)
        if "trace" not in args.skip:
            bench_trace(root / "articles.provdesk", args.articles)
        if "similar" not in args.skip:
            bench_similar(root / "claims.provdesk", args.claims, tuple(args.floors))
        if "import" not in args.skip:
            bench_import(root / "import" / "files", args.import_files)


if __name__ == "__main__":
    main()
