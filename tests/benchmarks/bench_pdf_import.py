"""PDF import speed and GUI responsiveness (not a test: prints figures).

    .venv/bin/python tests/benchmarks/bench_pdf_import.py [--pages 500] [--runs 3] [--slices]

Generates a PDF of `--pages` pages of dense Latin text, then measures in the same run:

- baseline: a bare serial `pypdf.PdfReader` + `page.extract_text()` loop over the file, in
  this process (no limits, no processes, no case);
- full import: `desktop.sources.import_file` into a new SQLite case (reader processes with
  limits, pages in parallel, normalisation, language guess, evidence and source stored in one
  unit of work), with the text cache emptied before each run so every page is parsed;
- the ratio full / baseline (target ≤ 0.7);
- the same import through the import worker (`SourceImporter`) with a 5 ms heartbeat timer
  on the GUI thread: the longest gap between its ticks beyond 5 ms is the longest event-loop
  stall (target ≤ 16 ms, one frame), against the same heartbeat over as long with nothing
  running (what the machine's other work costs the heartbeat alone). The import thread's
  longest single C call (cProfile; calls that release the interpreter excluded) is printed
  too: it holds the GUI thread however idle the machine;
- the same heartbeat in the application's window (`build_window`), from File ▸ Import's
  importer until the new source is shown whole in the viewer: the stall during the import and
  the one after it (the viewer showing a 500-page source), against the idle heartbeat.

On a shared machine, read the reader CPU split too: Linux shares the CPU between sessions
(autogroups), so while other sessions keep the cores busy the two readers share one session's
slice and run no faster than one; the CPU seconds per reader show what they do on idle cores.

The first import of a session also starts the reader fork server (imports and the language
model, about 1–3 s); it is timed apart as "first import" and the medians exclude it.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

SENTENCE = (
    "the minister said during a press conference that preparations are underway for a "
    "meeting of foreign ministers and that the situation in the governorate remains one of "
    "the biggest problems while officials in Ankara and Damascus continue their talks"
)
WORDS = SENTENCE.split()


def make_pdf(path: Path, pages: int) -> None:
    from tests.sources.pdfgen import latin_pdf

    texts = []
    for number in range(pages):
        lines = []
        for line in range(48):
            start = (number * 7 + line * 3) % len(WORDS)
            words = (WORDS[start:] + WORDS)[:13]
            lines.append(" ".join(words).capitalize() + ".")
        texts.append(f"Page {number + 1}\n" + "\n".join(lines))
    path.write_bytes(latin_pdf(texts, title="Benchmark report"))


CPU: dict[str, list[float]] = {"baseline": [], "parent": [], "critical": []}


def baseline(path: Path) -> float:
    from pypdf import PdfReader

    start, cpu = time.perf_counter(), time.process_time()
    reader = PdfReader(path)
    for page in reader.pages:
        page.extract_text()
    CPU["baseline"].append(time.process_time() - cpu)
    return time.perf_counter() - start


def machine_parallelism(path: Path, pages: int) -> float:
    """How much faster two processes extract than one here and now: 2.0 on two idle cores.

    Half the pages in one bare pypdf process, then the two halves in two at once."""
    import subprocess

    half = pages // 2
    code = (
        "import sys; from pypdf import PdfReader; r = PdfReader(sys.argv[1]); "
        "s, e = int(sys.argv[2]), int(sys.argv[3]); [p.extract_text() for p in r.pages[s:e]]"
    )

    def run(ranges: list[tuple[int, int]]) -> float:
        start = time.perf_counter()
        procs = [
            subprocess.Popen([sys.executable, "-c", code, str(path), str(a), str(b)])
            for a, b in ranges
        ]
        for proc in procs:
            proc.wait()
        return time.perf_counter() - start

    one = run([(0, half)])
    two = run([(0, half), (half, 2 * half)])
    return 2 * one / two


def clear_cache() -> None:
    from desktop.sources.cache import cache_dir

    shutil.rmtree(cache_dir("text"), ignore_errors=True)


READERS: list[dict[str, float]] = []


def full_import(path: Path, folder: Path, run: int) -> float:
    from db.case import open_case
    from desktop.sources import import_file

    clear_cache()
    case = open_case(folder / f"bench-{run}.provdesk", reviewer="Benchmark", create=True)
    try:
        start, cpu = time.perf_counter(), time.process_time()
        outcome = import_file(case, path)
        elapsed = time.perf_counter() - start
        parent = time.process_time() - cpu
        assert outcome.created and outcome.read is not None
        assert len(outcome.read.page_starts) > 0
        READERS[:] = outcome.read.details.get("readers", [])
        CPU["parent"].append(parent)
        CPU["critical"].append(parent + max(r["cpu_seconds"] for r in READERS))
    finally:
        case.close()
    return elapsed


def heartbeat_gaps(run: Callable[[Callable[[], None]], None]) -> float:
    """The longest gap beyond 5 ms between the ticks of a 5 ms GUI-thread timer while `run`
    works; `run(done)` calls `done()` when finished."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setTimerType(timer.timerType().PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    clock.start()
    timer.start()
    run(loop.quit)
    loop.exec()
    timer.stop()
    return max(gaps[1:], default=0.0) - 5.0


def idle_stall(seconds: float) -> float:
    """The heartbeat's longest gap over `seconds` with nothing running (the machine's noise)."""
    from PySide6.QtCore import QTimer

    return heartbeat_gaps(lambda done: QTimer.singleShot(int(seconds * 1000), done))


def longest_c_call(path: Path, folder: Path) -> tuple[float, str]:
    """The import's longest single call into C that keeps the interpreter (ms, which)."""
    import cProfile
    import pstats

    from db.case import open_case
    from desktop.sources import import_file

    releasing = ("poll", "select", "sleep", "wait", "acquire", "recv", "read", "commit")
    clear_cache()
    case = open_case(folder / "bench-profile.provdesk", reviewer="Benchmark", create=True)
    profile = cProfile.Profile()
    profile.enable()
    import_file(case, path)
    profile.disable()
    case.close()
    worst, which = 0.0, ""
    for (file, _line, name), (_cc, calls, own, _cum, _by) in pstats.Stats(profile).stats.items():  # type: ignore[attr-defined]
        if file == "~" and calls == 1 and not any(r in name for r in releasing) and own > worst:
            worst, which = own, name
    return worst * 1000, which


def stall_through_worker(path: Path, folder: Path) -> tuple[float, float]:
    """(longest event-loop stall in ms, import time in s) with the window's import worker."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from db.case import open_case
    from desktop.ui.sources.source_import import SourceImporter

    app = QApplication.instance() or QApplication([])
    clear_cache()
    case = open_case(folder / "bench-gui.provdesk", reviewer="Benchmark", create=True)
    window = QWidget()
    window.show()
    importer = SourceImporter(window)
    importer.show_messages = False
    importer.set_case(case)
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setTimerType(timer.timerType().PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    importer.imported.connect(lambda *_: loop.quit())
    importer.failed.connect(lambda message: (print("import failed:", message), loop.quit()))
    clock.start()
    timer.start()
    start = time.perf_counter()
    importer.import_files([path])
    loop.exec()
    elapsed = time.perf_counter() - start
    timer.stop()
    importer.pool.waitForDone(10_000)
    case.close()
    window.close()
    app.processEvents()
    return max(gaps[1:], default=0.0) - 5.0, elapsed


Stalls = tuple[float, float, float, float, float]


#: When the window's import started and ended (monotonic), for the longest slices.
SPAN: dict[str, float] = {}


def print_longest_slices(app: object, count: int = 6) -> None:
    """The GUI thread's longest event-loop slices during the window's import and after it."""
    from event_slices import SlicedApplication

    if not isinstance(app, SlicedApplication) or "start" not in SPAN:
        return
    ended = SPAN.get("imported", time.monotonic())
    for title, since, until in (
        ("during the import", SPAN["start"], ended),
        ("from its end until the source is shown whole", ended, SPAN.get("shown", ended)),
    ):
        print(f"  longest GUI-thread slices {title}:")
        for found in app.longest(count, since, until):
            print(f"    {found}")


def stall_in_window(path: Path, folder: Path) -> Stalls:
    """The same heartbeat in the application's own window (`build_window`, a case open, the
    import started as File ▸ Import does, `parts.sources.importer`), until the new source is
    shown and its text is all in the viewer: (longest gap during the import, longest gap from
    the import's end until the source is shown whole, both in ms; the import's seconds)."""
    from event_slices import queued_ms
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from db.case import open_case
    from desktop.ui.window_setup import build_window

    app = QApplication.instance() or QApplication([])
    clear_cache()
    window, _actions = build_window()
    window.resize(1360, 820)
    window.show()
    case = open_case(folder / "bench-window.provdesk", reviewer="Benchmark", create=True)
    window.set_case(case)
    app.processEvents()
    parts = window.parts
    assert parts is not None and parts.sources is not None
    importer, viewer = parts.sources.importer, parts.sources.viewer
    importer.show_messages = False
    clock = QElapsedTimer()
    ticks: list[float] = []
    marks: dict[str, float] = {}
    timer = QTimer()
    timer.setTimerType(timer.timerType().PreciseTimer)
    timer.setInterval(5)
    queued: list[float] = []
    timer.timeout.connect(
        lambda: (ticks.append(clock.nsecsElapsed() / 1e6), queued.append(queued_ms()))
    )
    loop = QEventLoop()

    def whole() -> None:  # the viewer puts a long text in a piece per turn
        if viewer.text_view.filled:
            marks["shown"] = clock.nsecsElapsed() / 1e6
            SPAN["shown"] = time.monotonic()
            QTimer.singleShot(200, loop.quit)
        else:
            QTimer.singleShot(5, whole)

    importer.imported.connect(lambda *_: marks.setdefault("imported", clock.nsecsElapsed() / 1e6))
    importer.imported.connect(lambda *_: SPAN.setdefault("imported", time.monotonic()))
    viewer.loaded.connect(lambda _id: whole())
    importer.failed.connect(lambda message: (print("import failed:", message), loop.quit()))
    clock.start()
    SPAN.clear()
    SPAN["start"] = time.monotonic()
    timer.start()
    importer.import_files([path])
    loop.exec()
    timer.stop()
    window.workers.wait(10_000)
    importer.pool.waitForDone(10_000)
    window.close()
    case.close()
    app.processEvents()
    gaps = [
        (b - a - 5.0, b - a - 5.0 - (qb - qa), b)
        for (a, b), (qa, qb) in zip(
            itertools.pairwise(ticks[1:]), itertools.pairwise(queued[1:]), strict=True
        )
    ]
    imported = marks.get("imported", float("inf"))

    def longest(which: int, during: bool) -> float:
        return max((g[which] for g in gaps if (g[2] <= imported) == during), default=0.0)

    return (
        longest(0, True),
        longest(0, False),
        longest(1, True),
        longest(1, False),
        imported / 1000,
    )


def speed(pdf: Path, folder: Path, pages: int, runs: int) -> None:
    """The import's speed against bare pypdf (see the module's docstring)."""
    speedup = machine_parallelism(pdf, pages)
    print(f"two bare pypdf processes here extract {speedup:.2f}× as fast as one (2.0 if idle)")
    bases, fulls = [], []
    for run in range(1, runs + 1):
        bases.append(baseline(pdf))
        fulls.append(full_import(pdf, folder, run))
        print(f"  run {run}: baseline {bases[-1]:.2f} s, full import {fulls[-1]:.2f} s")
    base, full = statistics.median(bases), statistics.median(fulls)
    print(
        f"baseline (serial PdfReader + extract_text): median {base:.2f} s "
        f"({pages / base:.0f} pages/s), best {min(bases):.2f} s"
    )
    print(
        f"full import (import_file, cold text cache): median {full:.2f} s "
        f"({pages / full:.0f} pages/s), best {min(fulls):.2f} s"
    )
    print(f"ratio full / baseline: {full / base:.2f} (target ≤ 0.7)")
    split = ", ".join(f"{r['pages']} pages in {r['cpu_seconds']:.2f} s CPU" for r in READERS)
    print(f"reader processes of the last run: {split}")
    base_cpu = statistics.median(CPU["baseline"])
    critical = statistics.median(CPU["critical"][1:])
    print(
        f"CPU: baseline {base_cpu:.2f} s; import critical path (this process "
        f"{statistics.median(CPU['parent'][1:]):.2f} s + busiest reader) {critical:.2f} s; "
        f"ratio on idle cores ≈ {critical / base_cpu:.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--stall-only", action="store_true", help="only the event-loop stalls, not the speed"
    )
    parser.add_argument(
        "--slices",
        action="store_true",
        help="time every event-loop slice and print the longest of the window's import",
    )
    args = parser.parse_args()
    if args.slices:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from event_slices import SlicedApplication

        SlicedApplication([])
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        os.environ["XDG_CACHE_HOME"] = str(folder / "cache")
        pdf = folder / "bench.pdf"
        make_pdf(pdf, args.pages)
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(
            f"PDF: {args.pages} pages, {pdf.stat().st_size / 1e6:.1f} MB; "
            f"{os.cpu_count()} cores, load average {load} (other work on the machine takes "
            "from the parallel readers first)"
        )
        speedup = machine_parallelism(pdf, args.pages)
        print(f"two bare pypdf processes here extract {speedup:.2f}× as fast as one (2.0 if idle)")
        first = full_import(pdf, folder, 0)
        print(f"first import (starts the reader fork server): {first:.2f} s")
        if not args.stall_only:
            speed(pdf, folder, args.pages, args.runs)
        stall, elapsed = stall_through_worker(pdf, folder)
        idle = idle_stall(elapsed)
        print(
            f"import through SourceImporter: {elapsed:.2f} s; longest GUI event-loop stall "
            f"{stall:.1f} ms (target ≤ 16 ms); the same heartbeat idle for as long: "
            f"{idle:.1f} ms (the machine's noise)"
        )
        during, after, own_during, own_after, seconds = stall_in_window(pdf, folder)
        idle = idle_stall(seconds)
        print(
            f"import in the window (build_window, File ▸ Import's importer): {seconds:.2f} s; "
            f"longest event-loop stall during the import {during:.1f} ms, from its end until "
            f"the source is shown whole {after:.1f} ms (target ≤ 16 ms each); the heartbeat "
            f"idle for as long: {idle:.1f} ms (the machine's noise); load average "
            f"{os.getloadavg()[0]:.1f}"
        )
        print(
            f"  the same less the GUI thread's wait in the machine's run queue (what the "
            f"application itself held): during {own_during:.1f} ms, after {own_after:.1f} ms"
        )
        print(
            f"  ratio to the idle heartbeat's stall of this run ({idle:.1f} ms): during "
            f"{during / max(idle, 0.1):.1f}×, after {after / max(idle, 0.1):.1f}×"
        )
        from PySide6.QtWidgets import QApplication

        print_longest_slices(QApplication.instance())
        held, which = longest_c_call(pdf, folder)
        print(
            f"longest single C call of the import (holds the GUI thread): {held:.1f} ms ({which})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
