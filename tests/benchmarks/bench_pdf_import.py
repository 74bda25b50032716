"""PDF import speed and GUI responsiveness (not a test: prints figures).

    .venv/bin/python tests/benchmarks/bench_pdf_import.py [--pages 500] [--runs 3] [--stall-only]
        [--window-runs 3] [--baseline-rev main] [--slices [--profile]]

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
  importer until the new source is shown whole in the viewer and the window is idle again
  (suggestions listed, no worker busy): the longest stall of each phase — during the import,
  from its end until the source is shown whole, from then until idle — `--window-runs` times,
  each in a fresh process, median and max. Each stall is also given less the GUI thread's wait
  in the machine's run queue ("held"), and as the GUI thread's own CPU time in it ("GUI CPU",
  what the application's work costs whatever the machine's load). With `--baseline-rev REV`
  the product at git REV (exported with `git archive`) runs the same imports in turn with this
  tree, in the same run. `--slices` adds one import in this process with every event-loop
  slice timed (`event_slices.py`; `--profile` names the functions of each long slice).

On a shared machine, read the reader CPU split too: Linux shares the CPU between sessions
(autogroups), so while other sessions keep the cores busy the two readers share one session's
slice and run no faster than one; the CPU seconds per reader show what they do on idle cores.

The window runs live in `pdf_import_window.py`, what both parts share (the PDF, the cache
emptied, one full import, the machine's parallelism) in `pdf_import_common.py`; this script's
command lines run them all.

The first import of a session also starts the reader fork server (imports and the language
model, about 1–3 s); it is timed apart as "first import" and the medians exclude it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from argparse import SUPPRESS
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The product measured: this tree's, or the one `--baseline-rev` exported (PROVDESK_BENCH_TREE).
sys.path.insert(
    0, os.environ.get("PROVDESK_BENCH_TREE") or str(Path(__file__).resolve().parents[2])
)
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_import_common import (  # after the product tree is on the path
    CPU,
    READERS,
    clear_cache,
    full_import,
    machine_parallelism,
    make_pdf,
)
from pdf_import_window import (
    PHASES,
    baseline_tree,
    print_longest_slices,
    stall_in_window,
    window_child,
    window_runs,
)


def baseline(path: Path) -> float:
    from pypdf import PdfReader

    start, cpu = time.perf_counter(), time.process_time()
    reader = PdfReader(path)
    for page in reader.pages:
        page.extract_text()
    CPU["baseline"].append(time.process_time() - cpu)
    return time.perf_counter() - start


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
        "--window-runs",
        type=int,
        default=3,
        help="window imports, each in a fresh process (median and max are printed)",
    )
    parser.add_argument(
        "--baseline-rev",
        metavar="REV",
        help="run the window imports of the product at git REV in turn with this tree's",
    )
    parser.add_argument(
        "--slices",
        action="store_true",
        help="one more window import in this process, timing every event-loop slice: the "
        "longest of each phase are printed",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="with --slices: name the functions each long slice spent its time in (cProfile)",
    )
    parser.add_argument("--window-child", nargs=3, metavar=("PDF", "FOLDER", "RUN"), help=SUPPRESS)
    args = parser.parse_args()
    if args.window_child:
        pdf, folder, run = args.window_child
        return window_child(Path(pdf), Path(folder), int(run))
    if args.slices:
        from event_slices import SlicedApplication

        SlicedApplication([], profile=args.profile)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        os.environ["XDG_CACHE_HOME"] = str(folder / "cache")
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")  # no reviewer's window layout
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
        if args.slices:
            from PySide6.QtWidgets import QApplication

            got = stall_in_window(pdf, folder, -1)
            print(f"import in the window, in this process (slices timed): load {got.load:.1f}")
            for (title, _since, _until), gap in zip(PHASES, got.phases, strict=True):
                print(f"  longest stall {title}: {gap}")
            print_longest_slices(QApplication.instance(), 12 if args.profile else 6)
        baseline = None
        if args.baseline_rev:
            baseline = baseline_tree(args.baseline_rev, folder / "baseline")
        print(
            f"import in the window (build_window, File ▸ Import's importer), {args.window_runs} "
            "runs, each in a fresh process"
            + (f", in turn with {args.baseline_rev}" if baseline else "")
        )
        window_runs(pdf, folder / "window", args.window_runs, baseline)
        idle = idle_stall(2.0)
        print(
            f"the heartbeat idle for 2 s: longest gap {idle:.1f} ms (the machine's noise); "
            f"load average {os.getloadavg()[0]:.1f}"
        )
        held, which = longest_c_call(pdf, folder)
        print(
            f"longest single C call of the import (holds the GUI thread): {held:.1f} ms ({which})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
