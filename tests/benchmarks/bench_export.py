"""Report export on a case of 10,000 claims × 4 hops (not a test: prints figures).

    .venv/bin/python tests/benchmarks/bench_export.py [--claims N] [--hops N] [--pdf-claims N]

Baseline, measured in the same run: the same rows (claims, tags, hops with their actor, source
and evidence file, spans, reviews) read with raw SQL on a sqlite3 connection and written with
`json.dumps`. Each format is timed through `desktop.reports.export.export_report` (the path
the Export dialog and `provdesk-cli export` take: scope, read, render, write) and printed as a
ratio to the baseline, run alternately with it so that both see the same load (target ≤ 3× for
JSON, PROV-JSON and HTML). The PDF is timed on the first `--pdf-claims` claims and reported as
pages per second, of the wall clock and of the process's CPU time (steadier on a shared
machine). A signed JSON export (`--sign`, with a key held in memory instead of the
keyring) is timed too: what signing adds is hashing the written file once. PROV-N is also timed
against the PROV-JSON export of the same report (target ≤ 3×).

`--pdf-sizes 200 2000` prints, for each size, the PDF report of the first N claims against the
HTML report of the same claims (the baseline, run alternately with the PDF `--pdf-repeat`
times, medians): its pages per second of the wall clock and of CPU time, the ratio to HTML of
the wall clock and of CPU time (steadier on a shared machine), and the peak RSS of the PDF's
process (target ≤ 600 MB whatever the size). Each export is a whole-case export, as the Export
dialog makes it, of a copy of the case with the claims after the first N in the Trash, in a
process of its own, under a 1 GiB address-space limit with `--pdf-limit` (`prlimit
--as=1073741824`). Only those lines are printed with `--pdf-sizes`, then the growth of the peak
per 1,000 claims from each size to the next and from the smallest to the largest. `--pdf-curve`
prints them for 2,000, 10,000, 20,000 and 50,000 claims × 3 hops (the memory curve; long);
`--pdf-only` leaves the HTML baseline out (the memory alone; the HTML report of 50,000 claims
does not fit in 1 GiB).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import itertools
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from casegen import generate

from db.case import open_case
from desktop.reports.export import FORMATS, export_report
from desktop.reports.model import read_report
from desktop.reports.scope import ReportScope, resolve_scope


def augment(path: Path) -> None:
    """Evidence files for the sources, tags, spans, and a verdict with its review on every
    other claim: what a report of a worked case cites."""
    conn = sqlite3.connect(path)
    if conn.execute("SELECT COUNT(*) FROM evidence_files").fetchone()[0]:
        conn.close()
        return
    now = "2026-01-02 00:00:00.000000"
    sources = [r[0] for r in conn.execute("SELECT id FROM sources")]
    for sid in sources:
        content = f"evidence file of source {sid}".encode()
        sha = hashlib.sha256(content).hexdigest()
        conn.execute(
            "INSERT INTO evidence_files VALUES (?,?,?,?,?,?)",
            (sha, len(content), f"source-{sid}.pdf", "application/pdf", content, now),
        )
        conn.execute("UPDATE sources SET evidence_sha256 = ? WHERE id = ?", (sha, sid))
    claims = [r[0] for r in conn.execute("SELECT id FROM claims")]
    conn.executemany("INSERT INTO claim_tags VALUES (?, ?)", [(c, f"tag{c % 20}") for c in claims])
    conn.execute(
        "INSERT INTO quote_spans (hop_id, start_offset, end_offset, page) "
        "SELECT id, 10, 60, 1 FROM hops WHERE quote != ''"
    )
    judged = claims[::2]
    conn.executemany(
        "UPDATE claims SET verdict = 'false', rationale = 'Not in the transcript.' WHERE id = ?",
        [(c,) for c in judged],
    )
    conn.executemany(
        "INSERT INTO reviews (claim_id, hop_id, subject, from_value, to_value, rationale, "
        "evidence, reviewer, at) VALUES (?, NULL, 'verdict', 'unverified', 'false', "
        "'Not in the transcript.', '', 'bench', ?)",
        [(c, now) for c in judged],
    )
    conn.commit()
    conn.close()


def augment_signoff(path: Path) -> None:
    """Four-eyes: every judged claim names who set its verdict; half of them are signed off by
    a second reviewer (with the sign-off review), the other half await sign-off."""
    conn = sqlite3.connect(path)
    if conn.execute("SELECT COUNT(*) FROM claims WHERE signoff != ''").fetchone()[0]:
        conn.close()
        return
    now = "2026-01-03 00:00:00.000000"
    judged = [r[0] for r in conn.execute("SELECT id FROM claims WHERE verdict = 'false'")]
    signed, awaiting = judged[::2], judged[1::2]
    conn.executemany(
        "UPDATE claims SET verdict_set_by = 'bench', signoff = 'signed', "
        "signed_off_by = 'bench two', signed_off_at = ? WHERE id = ?",
        [(now, c) for c in signed],
    )
    conn.executemany(
        "UPDATE claims SET verdict_set_by = 'bench', signoff = 'awaiting' WHERE id = ?",
        [(c,) for c in awaiting],
    )
    conn.executemany(
        "INSERT INTO reviews (claim_id, hop_id, subject, from_value, to_value, rationale, "
        "evidence, reviewer, at) VALUES (?, NULL, 'signoff', 'awaiting', 'signed', '', '', "
        "'bench two', ?)",
        [(c, now) for c in signed],
    )
    conn.commit()
    conn.close()


URL = "https://desk.example.org/bench"
"""Where the bench's reports are "published": ClaimReview needs it, and with it the HTML report
embeds its ClaimReview markup, as a published report does."""

RAW = {
    "claims": "SELECT id, text, verdict, rationale, notes, version, created_at, updated_at, "
    "updated_by, verdict_set_by, signoff, signed_off_by, signed_off_at FROM claims ORDER BY id",
    "tags": "SELECT claim_id, tag FROM claim_tags ORDER BY claim_id, tag",
    "hops": "SELECT h.id, h.claim_id, h.relays_hop_id, h.position, a.id, a.name, a.kind, "
    "h.relation, s.id, s.title, s.outlet, s.url, s.language, s.published_on, h.quote, "
    "h.language, h.relayed_on, h.status, h.status_rationale, h.direction_doubtful, h.note, "
    "e.file_name, e.sha256 FROM hops h JOIN actors a ON a.id = h.actor_id "
    "LEFT JOIN sources s ON s.id = h.source_id "
    "LEFT JOIN evidence_files e ON e.sha256 = s.evidence_sha256 ORDER BY h.claim_id, h.position",
    "spans": "SELECT hop_id, start_offset, end_offset, page FROM quote_spans ORDER BY hop_id",
    "reviews": "SELECT id, claim_id, hop_id, subject, from_value, to_value, rationale, "
    "evidence, reviewer, at FROM reviews ORDER BY claim_id, at, id",
}


def baseline(path: Path) -> int:
    """The same rows by raw SQL, dumped as JSON (columns by name, as a report would)."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    data = {name: [dict(row) for row in conn.execute(sql)] for name, sql in RAW.items()}
    conn.close()
    return len(json.dumps(data, ensure_ascii=False))


def paired(
    action: Callable[[], object], base: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Median times of `action` and of the baseline, run alternately, so that both see the same
    load on a shared machine."""
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(repeat):
        for fn, times in ((base, theirs), (action, mine)):
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
    return statistics.median(mine), statistics.median(theirs)


def first_claims(path: Path, claims: int) -> Path:
    """A copy of the case at `path` whose claims after the first `claims` are in the Trash (made
    once): its whole-case report is the report of those claims, read as the Export dialog and
    `provdesk-cli export` read a whole case (the bench holds no list of ids)."""
    conn = sqlite3.connect(path)
    total = conn.execute("SELECT COUNT(*) FROM claims WHERE deleted_at IS NULL").fetchone()[0]
    conn.close()
    if claims >= total:
        return path
    copy = path.with_name(f"{path.stem}-first-{claims}{path.suffix}")
    if not copy.exists():
        partial = copy.with_name(copy.name + ".part")
        shutil.copyfile(path, partial)
        conn = sqlite3.connect(partial)
        conn.execute(
            "UPDATE claims SET deleted_at = '2026-01-04 00:00:00.000000', deleted_by = 'bench' "
            "WHERE id > ? AND deleted_at IS NULL",
            (claims,),
        )
        conn.commit()
        conn.close()
        partial.rename(copy)
    return copy


def pdf_child(path: Path, fmt: str) -> None:
    """One export of `--pdf-sizes`, in a process of its own (so that its peak RSS is its
    own): the whole case's report in `fmt`; prints one JSON line."""
    import resource

    import pypdf

    from desktop.reports import pdf_canvas

    out = Path(tempfile.mkdtemp(prefix="provdesk-bench-pdf-"))
    case = open_case(path, reviewer="bench")
    target = out / f"r.{fmt}"
    memo = pdf_canvas_memo(pdf_canvas)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        export_report(case, ReportScope(), fmt, target, reviewer="b")
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        case.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pages = len(pypdf.PdfReader(target).pages) if fmt == "pdf" else 0
    size = target.stat().st_size / 1e6
    shutil.rmtree(out, ignore_errors=True)
    answer = {"wall": wall, "cpu": cpu, "pages": pages, "peak": peak, "size": size}
    print(json.dumps(answer | {"memo": memo}))


def pdf_canvas_memo(pdf_canvas: Any) -> dict[str, int]:
    """The most entries any canvas of the export held in each of its memos (word widths,
    glyph advances, glyph codes; `pdf_canvas.MEMO_ENTRIES` each at most), filled in as the
    canvases leave their pages. `PROVDESK_BENCH_MEMO` sets another limit (the peak's share)."""
    import os

    if os.environ.get("PROVDESK_BENCH_MEMO"):
        pdf_canvas.MEMO_ENTRIES = int(os.environ["PROVDESK_BENCH_MEMO"])
    most = {"widths": 0, "advances": 0, "encoded": 0, "limit": pdf_canvas.MEMO_ENTRIES}
    leave = pdf_canvas.Canvas.leave_page

    def counted(canvas: Any) -> None:
        for name in ("widths", "advances", "encoded"):
            most[name] = max(most[name], len(getattr(canvas, f"_{name}")))
        leave(canvas)

    pdf_canvas.Canvas.leave_page = counted
    return most


def _child(path: Path, fmt: str, limit: bool) -> dict[str, Any] | str:
    import subprocess

    command = [sys.executable, __file__, "--pdf-child", "1", "--case", str(path)]
    command += ["--child-format", fmt]
    if limit:
        command = ["prlimit", "--as=1073741824", *command]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        tail = result.stderr.strip().splitlines()[-1:] or ["(no message)"]
        return tail[0]
    answer: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def pdf_sizes(path: Path, sizes: list[int], limit: bool, repeat: int, html: bool = True) -> None:
    """Each size: HTML and PDF exports of the first N claims (`first_claims`) in turn, each in a
    process of its own, `repeat` times; medians of time, the largest peak RSS of the PDF's
    processes; then the peak's growth per 1,000 claims between sizes."""
    peaks: list[tuple[int, float]] = []
    for size in sizes:
        case = first_claims(path, size)
        runs: dict[str, list[dict[str, Any]]] = {"html": [], "pdf": []}
        failed = {"html": "" if html else "not run", "pdf": ""}
        for _ in range(repeat):
            for fmt in ("html", "pdf"):
                if failed[fmt]:
                    continue
                answer = _child(case, fmt, limit)
                if isinstance(answer, str):
                    failed[fmt] = answer
                else:
                    runs[fmt].append(answer)
        if failed["pdf"]:
            print(f"export pdf of {size:,} claims: FAILED ({failed['pdf']})")
            continue

        def median(fmt: str, key: str, runs: dict[str, list[dict[str, Any]]] = runs) -> float:
            return float(statistics.median(r[key] for r in runs[fmt]))

        pages, wall, cpu = median("pdf", "pages"), median("pdf", "wall"), median("pdf", "cpu")
        peak = max(r["peak"] for r in runs["pdf"])
        peaks.append((size, peak))
        if failed["html"]:
            against = f"html {failed['html']}"
        else:
            against = (
                f"html {median('html', 'wall'):.2f} s: {wall / median('html', 'wall'):.1f}× "
                f"(of CPU time {cpu / median('html', 'cpu'):.1f}×; target ≤ 20×)"
            )
        html_peak = f"html {max(r['peak'] for r in runs['html']):.0f} MB; " if runs["html"] else ""
        print(
            f"export pdf of {size:,} claims: {pages:,.0f} pages ({median('pdf', 'size'):.1f} MB) "
            f"in {wall:.1f} s = {pages / wall:.1f} pages/s ({pages / cpu:.1f} of CPU time); "
            f"{against}; peak RSS {peak:.0f} MB ({html_peak}"
            f"target ≤ 600 whatever the size){' under a 1 GiB limit' if limit else ''}",
            flush=True,
        )
        memo = runs["pdf"][-1].get("memo")
        if isinstance(memo, dict):
            print(
                f"  a canvas's memos held at most {memo['widths']:,} word widths, "
                f"{memo['advances']:,} glyph-advance sums, {memo['encoded']:,} glyph codes "
                f"(limit {memo['limit']:,} each)",
                flush=True,
            )
    for (small, low), (large, high) in itertools.pairwise(peaks):
        print(
            f"peak RSS of the PDF from {small:,} to {large:,} claims: {low:.0f} → {high:.0f} MB, "
            f"{(high - low) / (large - small) * 1000:+.2f} MB per 1,000 claims"
        )
    if len(peaks) > 2:
        (small, low), (large, high) = peaks[0], peaks[-1]
        print(
            f"peak RSS of the PDF from {small:,} to {large:,} claims: {low:.0f} → {high:.0f} MB, "
            f"{(high - low) / (large - small) * 1000:+.2f} MB per 1,000 claims"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--hops", type=int, default=4)
    parser.add_argument("--pdf-claims", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--formats", nargs="*", default=[], metavar="FMT", help="only these formats (and the PDF)"
    )
    parser.add_argument("--pdf-sizes", nargs="*", type=int, default=[])
    parser.add_argument("--pdf-limit", action="store_true")
    parser.add_argument("--pdf-repeat", type=int, default=3)
    parser.add_argument(
        "--pdf-curve",
        action="store_true",
        help="the PDF's peak memory at 2,000, 10,000, 20,000 and 50,000 claims (a case of "
        "50,000 claims is made once; takes long)",
    )
    parser.add_argument(
        "--pdf-only", action="store_true", help="with --pdf-sizes: no HTML baseline (memory only)"
    )
    parser.add_argument("--pdf-child", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--child-format", default="pdf", help=argparse.SUPPRESS)
    parser.add_argument("--case", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.pdf_child:
        pdf_child(args.case, args.child_format)
        return
    if args.pdf_curve:
        args.pdf_sizes = [2000, 10_000, 20_000, 50_000]
        args.claims = max(args.claims, 50_000)
        args.hops = 3
    folder = Path(tempfile.gettempdir())
    path = generate(
        folder / f"provdesk-bench-export-{args.claims}x{args.hops}.provdesk",
        args.claims,
        args.hops,
    )
    augment(path)
    augment_signoff(path)
    if args.pdf_sizes:
        print(f"case: {args.claims:,} claims × {args.hops} hops ({path})")
        pdf_sizes(path, args.pdf_sizes, args.pdf_limit, args.pdf_repeat, not args.pdf_only)
        return
    out = Path(tempfile.mkdtemp(prefix="provdesk-bench-export-"))
    case = open_case(path, reviewer="bench")

    def base() -> None:
        baseline(path)

    try:
        print(f"case: {args.claims:,} claims × {args.hops} hops ({path})")
        print("each line: median of the step, median of the baseline (raw SQL + json.dumps of")
        print("the same rows) run alternately with it, and their ratio")

        def read() -> None:
            with case.read() as session:
                ids = resolve_scope(session, ReportScope())
                read_report(session, ids, case_name="bench", reviewer="bench")

        mine, theirs = paired(read, base, args.repeat)
        print(
            f"report model (scope + read)         {mine * 1000:7.0f} ms  base "
            f"{theirs * 1000:6.0f} ms  {mine / theirs:5.2f}×"
        )
        for fmt in FORMATS:
            if fmt == "pdf" or (args.formats and fmt not in args.formats):
                continue
            target = out / f"report{FORMATS[fmt].suffix}"

            def run(fmt: str = fmt, target: Path = target) -> None:
                export_report(case, ReportScope(), fmt, target, reviewer="bench", base_url=URL)

            mine, theirs = paired(run, base, args.repeat)
            goal = "  (target ≤ 3×)" if fmt in ("json", "prov-json", "html") else ""
            size = target.stat().st_size / 1e6
            print(
                f"export {fmt:<12} {size:6.1f} MB  {mine * 1000:7.0f} ms  base "
                f"{theirs * 1000:6.0f} ms  {mine / theirs:5.2f}×{goal}"
            )
        if not args.formats or "prov-n" in args.formats:
            provn, provjson = out / "report.provn", out / "report.prov.json"
            mine, theirs = paired(
                lambda: export_report(case, ReportScope(), "prov-n", provn, reviewer="bench"),
                lambda: export_report(case, ReportScope(), "prov-json", provjson, reviewer="b"),
                args.repeat,
            )
            print(
                f"export prov-n             {mine * 1000:7.0f} ms  prov-json {theirs * 1000:6.0f} ms  "
                f"{mine / theirs:5.2f}×  (target ≤ 3×)"
            )
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from desktop import signing

        key = signing.DeskKey(Ed25519PrivateKey.generate(), "bench", "2026-01-01T00:00:00+00:00")
        signing.load_key = lambda: key  # a key in memory: the keyring is not what is timed
        plain, signed = out / "plain.json", out / "signed.json"
        mine, theirs = paired(
            lambda: export_report(case, ReportScope(), "json", signed, reviewer="b", sign_as="b"),
            lambda: export_report(case, ReportScope(), "json", plain, reviewer="b"),
            args.repeat,
        )
        print(
            f"export json, signed       {mine * 1000:7.0f} ms  unsigned {theirs * 1000:6.0f} ms  "
            f"{mine / theirs:5.2f}×"
        )
        ids = tuple(range(1, min(args.pdf_claims, args.claims) + 1))
        target = out / "report.pdf"
        started = time.perf_counter()
        cpu = time.process_time()
        export_report(case, ReportScope(claim_ids=ids), "pdf", target, reviewer="bench")
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        import pypdf

        pages = len(pypdf.PdfReader(io.BytesIO(target.read_bytes())).pages)
        print(
            f"export pdf of {len(ids):,} claims: {pages:,} pages in {seconds:.1f} s = "
            f"{pages / seconds:.1f} pages/s; {cpu:.1f} s of CPU = {pages / cpu:.1f} pages/s "
            f"({target.stat().st_size / 1e6:.1f} MB)"
        )
    finally:
        case.close()


if __name__ == "__main__":
    main()
