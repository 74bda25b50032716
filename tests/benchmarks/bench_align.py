"""Sentence alignment of translations with their originals (not a test: prints figures).

    .venv/bin/python tests/benchmarks/bench_align.py [--long N] [--set blind|blind2|blind3|blind4|blind5] [--view-only]

For each language pair of our parallel test documents (tests/data/alignment/) it prints the
strict sentence-alignment F1 of the aligner (all documents, and the held-out third that was not
looked at while choosing its parameters) against a baseline measured in the same run: the same
dynamic programme on sentence lengths alone (Gale–Church without anchors). Then the drift flags
on planted differences (found / planted) and on the faithful documents (flags that should not
be there), the word links inside pairs (see `word_figures`), and the time to align a 200-sentence pair and a long pair (default 5,000 sentences).

Last, the source viewer's side-by-side reading of the long pair (offscreen): the first screen,
the whole pair written and levelled (slice by slice: the longest time the window does not
answer), scrolling page by page, and a selection mapped to the other side, each against the
same texts in two plain text views in the same run (`--view-only` prints only these).

`--set blind` measures on tests/data/align_blind/ instead: documents written by someone who had
not read the aligner, all held out, with drifts planted by hand in the translation and labelled
(`# drift: KIND` before the bead); it prints the labelled drifts found (and each one missed,
with the flags the aligner raised there) and the flags raised on beads with no planted drift.
`--set blind2` does the same on tests/data/align_blind2/, a second blind set on other topics;
`--set kinds` on tests/data/align_kinds/, our own documents for each drift kind (not blind);
`--set kinds2` on tests/data/align_kinds2/ (organisations outside any list, acronyms, lexical
negatives); `--set kinds3` on tests/data/align_kinds3/ (local bodies, partial names, numbers in
words, regional month names, Turkish verbal nouns).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from db.text.aligned_pair import align_sentence_lists
from db.text.alignment import Parameters, align_sentences
from db.text.sentences import Sentence
from tests.text.parallel import (
    DATA,
    PAIRS,
    ParallelDocument,
    drift_labels,
    held_out,
    load_pair,
    strict_f1,
)
from tests.text.planting import planted_variants

LENGTHS_ONLY = Parameters(match_bonus=0.0, miss_penalty=0.0, unsupported_merge=0.0, no_overlap=0.0)
BLIND = DATA.with_name("align_blind")
BLIND_SETS = {
    "blind": BLIND,
    "blind2": DATA.with_name("align_blind2"),
    "blind3": DATA.with_name("align_blind3"),
    "blind4": DATA.with_name("align_blind4"),
    "blind5": DATA.with_name("align_blind5"),
}
KINDS = DATA.with_name("align_kinds")
"""Documents of our own for each drift kind (names of people, places and organisations,
privatives, duals, dates): development data, the third document of each pair held out."""
KINDS2 = DATA.with_name("align_kinds2")
"""Our second set: organisations no list holds, acronyms, people after long titles, faithful
lexical negatives (the third document of each pair held out)."""
KINDS3 = DATA.with_name("align_kinds3")
"""Our third set: local bodies with and without acronyms, people after nationality words,
partial names, numbers in words, month names of several regions, Turkish verbal nouns in -mA
(the third document of each pair held out)."""
OWN_SETS = {"kinds": KINDS, "kinds2": KINDS2, "kinds3": KINDS3}
FACT_FLAGS = ("number", "negation", "date", "name")


def f1(docs: list[ParallelDocument], parameters: Parameters) -> float:
    c = g = f = 0
    for d in docs:
        beads = align_sentences(
            d.original,
            d.translation,
            d.original_language,
            d.translation_language,
            parameters=parameters,
        )
        x, y, z = strict_f1(d.gold, [(a, b) for a, b, _ in beads])
        c, g, f = c + x, g + y, f + z
    p, r = c / f, c / g
    return 2 * p * r / (p + r) if p + r else 0.0


def sentences(parts: tuple[str, ...]) -> list[Sentence]:
    out, at = [], 0
    for s in parts:
        out.append(Sentence(at, at + len(s), s))
        at += len(s) + 1
    return out


def drift(docs: list[ParallelDocument]) -> tuple[Counter[str], Counter[str], int]:
    found: Counter[str] = Counter()
    planted = planted_variants(docs)
    for p in planted:
        d = p.document
        a = align_sentence_lists(
            sentences(d.original),
            sentences(d.translation),
            d.original_language,
            d.translation_language,
        )
        kinds = {f.kind for b in a.beads if p.original_sentence in b.original for f in b.drift}
        if p.kind in kinds:
            found[p.kind] += 1
        elif p.kind == "number" and "date" in kinds:
            found["number, a date's day or year: named date"] += 1
        elif p.kind == "omitted" and "unmatched" in kinds:
            found["omitted, as a pair in doubt"] += 1
    false_flags = 0
    for d in docs:
        a = align_sentence_lists(
            sentences(d.original),
            sentences(d.translation),
            d.original_language,
            d.translation_language,
        )
        false_flags += sum(
            1 for f in a.flags() if f.kind in ("number", "negation", "date", "name", "unmatched")
        )
    return found, Counter(p.kind for p in planted), false_flags


def generated_kinds(found: Counter[str], planted: Counter[str]) -> str:
    """ "negation 15/15, number 14/15 + 1 a date's year flagged as a date, …"."""
    parts = []
    for k in sorted(planted):
        part = f"{k} {found[k]}/{planted[k]}"
        if k == "number" and (dated := found["number, a date's day or year: named date"]):
            part += f" + {dated} a date's day or year changed, flagged as a date"
        if k == "omitted" and (doubt := found["omitted, as a pair in doubt"]):
            part += f" + {doubt} omitted flagged as a pair in doubt"
        parts.append(part)
    return ", ".join(parts)


def labelled_drift(
    pair: str, directory: Path = BLIND
) -> tuple[Counter[str], Counter[str], list[str], list[str]]:
    """Labelled drifts (and the gold's omitted/added sentences) found / planted, the misses, and
    the fact flags raised on beads that touch no planted drift."""
    found: Counter[str] = Counter()
    planted: Counter[str] = Counter()
    misses: list[str] = []
    false_flags: list[str] = []
    labels = drift_labels(pair, directory)
    for d in load_pair(pair, directory):
        a = align_sentence_lists(
            sentences(d.original),
            sentences(d.translation),
            d.original_language,
            d.translation_language,
        )
        wanted = [(d.gold[i], kind) for i, kind in labels[d.name]]
        wanted += [((o, t), "omitted" if o else "added") for o, t in d.gold if not o or not t]
        touched_o = {i for (o, _), _ in wanted for i in o}
        touched_t = {j for (_, t), _ in wanted for j in t}
        for (o, t), kind in wanted:
            near = [b for b in a.beads if set(b.original) & set(o) or set(b.translation) & set(t)]
            planted[kind] += 1
            if any(f.kind == kind for b in near for f in b.drift):
                found[kind] += 1
                continue
            said = ", ".join(f.kind for b in near for f in b.drift) or "no flag"
            text = d.original[o[0]] if o else d.translation[t[0]]
            misses.append(f"{d.name} {kind} missed (aligner: {said}): {text}")
        for b in a.beads:
            if set(b.original) & touched_o or set(b.translation) & touched_t:
                continue
            for f in b.drift:
                if f.kind in FACT_FLAGS:
                    false_flags.append(f"{d.name} {f.kind}: {f.original} ||| {f.translation}")
    return found, planted, misses, false_flags


def blind(long: int, directory: Path = BLIND) -> None:
    if directory in OWN_SETS.values():
        print(
            f"drift kinds set (tests/data/{directory.name}/, ours: the *-03 document of each "
            "pair held out; misses below name their document)"
        )
    else:
        print(f"blind set (tests/data/{directory.name}/, all held out)")
    print("strict sentence-alignment F1 (aligner | lengths-only baseline)")
    for pair in PAIRS:
        docs = load_pair(pair, directory)
        print(
            f"  {pair}: {f1(docs, Parameters()):.3f} | {f1(docs, LENGTHS_ONLY):.3f}"
            f"   ({len(docs)} documents, {sum(len(d.gold) for d in docs)} gold beads)"
        )
    print("drift flags planted by hand: found / planted; fact flags on beads with no planted drift")
    details: list[str] = []
    for pair in PAIRS:
        found, planted, misses, false_flags = labelled_drift(pair, directory)
        kinds = ", ".join(f"{k} {found[k]}/{planted[k]}" for k in sorted(planted))
        print(
            f"  {pair}: {found.total()} / {planted.total()} found ({kinds}); "
            f"{len(false_flags)} flags where nothing was planted"
        )
        details += misses + [f"{pair} flag where nothing was planted: {f}" for f in false_flags]
    print("generated drift on these documents (as for tests/data/alignment/)")
    for pair in PAIRS:
        found, planted, _ = drift(load_pair(pair, directory))
        kinds = generated_kinds(found, planted)
        print(f"  {pair}: {found.total()} / {planted.total()} found ({kinds})")
    o, t = long_pair(load_pair("ar-en", directory), 200)
    wall, cpu = timed(o, t, "ar", "en", Parameters(), 5)
    print(f"200-sentence ar-en pair: {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU")
    print("\n".join(["misses and flags where nothing was planted:", *details]))


def word_figures(docs: list[ParallelDocument]) -> tuple[float, float, float, float]:
    """Word links (`db.text.align_words`) per gold pair and per wrong pair (a sentence against
    the translation of the next gold pair: an upper bound on false links, since a name or place
    often recurs in the next sentence), the share of links on wrong pairs among all, and the share of three-word selections of a translation
    sentence that get word-level evidence (the rest fall back to the whole sentence)."""
    from db.text.align_words import links_in, word_links

    true_links = wrong_links = pairs = selections = evidenced = 0
    for d in docs:
        beads = [(o, t) for o, t in d.gold if o and t]
        for k, (o, t) in enumerate(beads):
            left = " ".join(d.original[i] for i in o)
            right = " ".join(d.translation[j] for j in t)
            links = word_links(left, right, d.original_language, d.translation_language)
            true_links += len(links)
            pairs += 1
            if k + 1 < len(beads):
                wrong = " ".join(d.translation[j] for j in beads[k + 1][1])
                wrong_links += len(
                    word_links(left, wrong, d.original_language, d.translation_language)
                )
            words = [m.span() for m in re.finditer(r"\S+", right)]
            for w in range(0, max(len(words) - 2, 0), 3):
                selections += 1
                start, end = words[w][0], words[w + 2][1]
                evidenced += bool(links_in(links, "translation", start, end))
    return (
        true_links / pairs,
        wrong_links / pairs,
        wrong_links / max(true_links + wrong_links, 1),
        evidenced / max(selections, 1),
    )


def split_view(n: int) -> None:
    """The side-by-side reading of an n-sentence ar-en pair against two plain text views."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QTextEdit

    from db.text.aligned_pair import align_texts
    from db.translations import ReadingPair
    from desktop.ui.translations.aligned_reading import AlignedReading

    app = QApplication.instance() or QApplication([])
    o, t = long_pair(load_pair("ar-en"), n)
    original, translation = " ".join(o), " ".join(t)
    start, start_cpu = time.perf_counter(), time.process_time()
    alignment = align_texts(original, translation, "ar", "en")
    aligned, aligned_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    pair = ReadingPair(alignment, 1, 2, "al-Watan", "Digest", "rtl", "ltr", "ar", "en")
    reading = AlignedReading()
    plain = [QTextEdit(), QTextEdit()]
    for w in (reading, *plain):
        w.resize(1200, 800)
        w.show()
    app.processEvents()

    start = time.perf_counter()
    reading.set_pair(pair)
    app.processEvents()
    first = time.perf_counter() - start
    longest = 0.0
    while not reading.complete:
        turn = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - turn)
    whole = time.perf_counter() - start
    start = time.perf_counter()
    plain[0].setPlainText("\n".join(o))  # a paragraph a sentence
    plain[1].setPlainText("\n".join(t))
    app.processEvents()
    plain_open = time.perf_counter() - start

    def scroll(views: list[QTextEdit]) -> float:
        began = time.perf_counter()
        bar = views[-1].verticalScrollBar()
        for k in range(50):
            bar.setValue(bar.maximum() * k // 50)
            for v in views:
                v.verticalScrollBar().setValue(bar.value())
                v.viewport().repaint()
        return (time.perf_counter() - began) / 50

    sides = [reading.sides["original"], reading.sides["translation"]]
    paged, plain_paged = scroll(sides), scroll(plain)
    middle = alignment.translation[len(alignment.translation) // 2]
    start = time.perf_counter()
    reading.select_span("translation", middle.start, middle.start + 12)
    app.processEvents()
    selected = time.perf_counter() - start
    start = time.perf_counter()
    cursor = QTextCursor(plain[1].document())
    at = plain[1].document().findBlockByNumber(len(t) // 2).position()
    cursor.setPosition(at)
    cursor.setPosition(at + 12, QTextCursor.MoveMode.KeepAnchor)
    plain[1].setTextCursor(cursor)
    app.processEvents()
    plain_selected = time.perf_counter() - start
    print(f"side-by-side reading of a {n:,}-sentence ar-en pair (two plain text views in brackets)")
    print(
        f"  aligning, sentences split and drift flagged (on a worker in the window): "
        f"{aligned:.1f} s wall, {aligned_cpu:.1f} s CPU"
    )
    print(
        f"  first screen: {first * 1000:.0f} ms (plain views, whole text: {plain_open * 1000:.0f} ms)"
    )
    print(
        f"  whole pair written and levelled: {whole:.2f} s, the window answering between slices "
        f"(longest turn {longest * 1000:.0f} ms); ratio to the plain views {whole / plain_open:.2f}"
    )
    print(
        f"  scrolling: {paged * 1000:.1f} ms a page ({plain_paged * 1000:.1f} ms; ratio "
        f"{paged / plain_paged:.2f})"
    )
    print(
        f"  selecting 12 characters, the other side highlighted: {selected * 1000:.1f} ms "
        f"({plain_selected * 1000:.1f} ms; ratio {selected / max(plain_selected, 1e-6):.1f})"
    )


def long_pair(docs: list[ParallelDocument], n: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    orig: list[str] = []
    trans: list[str] = []
    k = 0
    while len(orig) < n:
        d = docs[k % len(docs)]
        orig.extend(d.original)
        trans.extend(d.translation)
        k += 1
    return tuple(orig[:n]), tuple(trans[: int(n * len(trans) / len(orig))])


def timed(
    o: tuple[str, ...], t: tuple[str, ...], lo: str, lt: str, parameters: Parameters, runs: int
) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of one alignment (CPU time is what a busy shared
    machine does not inflate)."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        align_sentences(o, t, lo, lt, parameters=parameters)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--long", type=int, default=5000)
    parser.add_argument("--set", choices=("labelled", *OWN_SETS, *BLIND_SETS), default="labelled")
    parser.add_argument("--view-only", action="store_true")
    args = parser.parse_args()
    if args.view_only:
        split_view(args.long)
        return
    if args.set in BLIND_SETS or args.set in OWN_SETS:
        blind(args.long, {**BLIND_SETS, **OWN_SETS}[args.set])
        return
    print("strict sentence-alignment F1 (aligner | lengths-only baseline)")
    for pair in PAIRS:
        docs = load_pair(pair)
        print(
            f"  {pair}: all {f1(docs, Parameters()):.3f} | {f1(docs, LENGTHS_ONLY):.3f}   "
            f"held-out {f1(held_out(docs), Parameters()):.3f} | {f1(held_out(docs), LENGTHS_ONLY):.3f}"
            f"   ({len(docs)} documents, {sum(len(d.gold) for d in docs)} gold beads)"
        )
    print("drift flags: planted differences found / planted; flags on faithful documents")
    for pair in PAIRS:
        found, planted, false_flags = drift(load_pair(pair))
        kinds = generated_kinds(found, planted)
        print(
            f"  {pair}: {found.total()} / {planted.total()} found ({kinds}); "
            f"{false_flags} flags on faithful pairs"
        )
    print(
        "word links inside pairs: per gold pair | per wrong pair (the sentence against the next "
        "pair's translation: an upper bound on false links, as a name or place often recurs "
        "there), that share of all; three-word selections with word-level evidence"
    )
    for pair in PAIRS:
        for name, subset in (("all", load_pair(pair)), ("held-out", held_out(load_pair(pair)))):
            good, bad, false_share, covered = word_figures(subset)
            print(
                f"  {pair} {name}: {good:.2f} | {bad:.2f} ({false_share:.1%}); "
                f"{covered:.0%} of selections matched word for word"
            )
    docs = load_pair("ar-en")
    o, t = long_pair(docs, 200)
    (ours, ours_cpu), (base, base_cpu) = (
        timed(o, t, "ar", "en", p, 5) for p in (Parameters(), LENGTHS_ONLY)
    )
    print(
        f"200-sentence ar-en pair: {ours * 1000:.0f} ms wall, {ours_cpu * 1000:.0f} ms CPU "
        f"(lengths only {base * 1000:.0f} ms wall, {base_cpu * 1000:.0f} ms CPU; "
        f"CPU ratio {ours_cpu / base_cpu:.2f})"
    )
    o, t = long_pair(docs, args.long)
    wall, cpu = timed(o, t, "ar", "en", Parameters(), 1)
    print(f"{len(o):,}-sentence ar-en pair: {wall:.1f} s wall, {cpu:.1f} s CPU")
    split_view(args.long)


if __name__ == "__main__":
    main()
