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
from argparse import SUPPRESS
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The product measured: this tree's, or the one `--baseline-rev` exported (PROVDESK_BENCH_TREE).
sys.path.insert(
    0, os.environ.get("PROVDESK_BENCH_TREE") or str(Path(__file__).resolve().parents[2])
)

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


#: When the window's import started, ended, its source was shown whole and the window settled
#: (monotonic), for the longest slices.
SPAN: dict[str, float] = {}
#: The phases of a window import the stalls are told apart by (SPAN's marks that end them).
PHASES = (
    ("during the import", "start", "imported"),
    ("from its end until the source is shown whole", "imported", "shown"),
    ("from then until the window is idle (suggestions listed, workers done)", "shown", "settled"),
)
SHORT = ("during", "end → shown", "shown → idle")
#: The last window import's heartbeat ticks: (ms, run-queue ms, GUI CPU ms, monotonic).
TICKS: list[tuple[float, float, float, float]] = []


@dataclass(frozen=True)
class Gap:
    """One heartbeat gap beyond its 5 ms: wall, less the GUI thread's wait in the run queue
    (what the application held), and the GUI thread's own CPU in it (ms)."""

    wall: float = 0.0
    held: float = 0.0
    cpu: float = 0.0

    def __str__(self) -> str:
        return f"{self.wall:6.1f} ms (held {self.held:5.1f}, GUI CPU {self.cpu:5.1f})"


@dataclass(frozen=True)
class WindowRun:
    """The longest gaps of each phase (PHASES), the import's seconds and the load average."""

    phases: tuple[Gap, Gap, Gap]
    seconds: float
    load: float


def print_longest_slices(app: object, count: int = 6) -> None:
    """The GUI thread's longest event-loop slices in each phase of the window's import."""
    from event_slices import SlicedApplication

    if not isinstance(app, SlicedApplication) or "start" not in SPAN:
        return
    for title, since, until in PHASES:
        print(f"  longest GUI-thread slices {title}:")
        for found in app.longest(count, SPAN.get(since, 0.0), SPAN.get(until, time.monotonic())):
            print(f"    {found}")
        # One heartbeat gap may hold several slices (an event-loop pass delivers every event
        # posted before it): those of the phase's gap with the most GUI CPU.
        gaps = [
            (b[2] - a[2], a[3], b[3])
            for a, b in itertools.pairwise(TICKS[1:])
            if SPAN.get(since, 0.0) < b[3] <= SPAN.get(until, float("inf"))
        ]
        if gaps:
            cpu, begun, ended = max(gaps)
            print(f"  the gap of most GUI CPU {title} ({cpu:.1f} ms) held these slices:")
            for found in app.longest(50, begun, ended):
                print(f"    {found}")


def stall_in_window(path: Path, folder: Path, run: int = 0) -> WindowRun:
    """The heartbeat in the application's own window (`build_window`, a new case open, the
    import started as File ▸ Import does, `parts.sources.importer`) until the new source is
    shown whole in the viewer and then until the window is idle (its suggestions listed, no
    worker busy). Each tick also reads the GUI thread's CPU time and its wait in the run queue,
    so each gap is told apart into the application's own work and the machine's."""
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
    case = open_case(folder / f"bench-window-{run}.provdesk", reviewer="Benchmark", create=True)
    window.set_case(case)
    app.processEvents()
    parts = window.parts
    assert parts is not None and parts.sources is not None
    importer, viewer = parts.sources.importer, parts.sources.viewer
    importer.show_messages = False
    clock = QElapsedTimer()
    ticks = TICKS  # (ms, queued ms, CPU ms, monotonic)
    ticks.clear()
    timer = QTimer()
    timer.setTimerType(timer.timerType().PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(
        lambda: ticks.append(
            (clock.nsecsElapsed() / 1e6, queued_ms(), time.thread_time() * 1000, time.monotonic())
        )
    )
    loop = QEventLoop()
    listed: list[int] = []

    def whole() -> None:  # the viewer puts a long text in a piece per turn
        if "shown" not in SPAN and viewer.text_view.filled:
            SPAN["shown"] = time.monotonic()
        if "shown" in SPAN and listed and not window.workers.busy:
            SPAN["settled"] = time.monotonic()
            QTimer.singleShot(100, loop.quit)
        else:
            QTimer.singleShot(5, whole)

    importer.imported.connect(lambda *_: SPAN.setdefault("imported", time.monotonic()))
    viewer.loaded.connect(lambda _id: whole())
    viewer.suggestions.loaded.connect(listed.append)
    importer.failed.connect(lambda message: (print("import failed:", message), loop.quit()))
    SPAN.clear()
    SPAN["start"] = time.monotonic()
    clock.start()
    timer.start()
    importer.import_files([path])
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    timer.stop()
    window.workers.wait(10_000)
    importer.pool.waitForDone(10_000)
    window.close()
    case.close()
    app.processEvents()
    found = []
    for _title, since, until in PHASES:
        gaps = [
            Gap(b[0] - a[0] - 5.0, b[0] - a[0] - 5.0 - (b[1] - a[1]), b[2] - a[2])
            for a, b in itertools.pairwise(ticks[1:])
            if SPAN.get(since, 0.0) < b[3] <= SPAN.get(until, float("inf"))
        ]
        found.append(
            Gap(
                max((g.wall for g in gaps), default=0.0),
                max((g.held for g in gaps), default=0.0),
                max((g.cpu for g in gaps), default=0.0),
            )
        )
    seconds = SPAN.get("imported", SPAN["start"]) - SPAN["start"]
    return WindowRun((found[0], found[1], found[2]), seconds, os.getloadavg()[0])


def window_runs(pdf: Path, folder: Path, runs: int, baseline: Path | None) -> None:
    """`runs` imports in the window, each in a process of its own (a fresh interpreter, as
    the reviewer's), with the tree at `baseline` run in turn with this one when given."""
    import json
    import subprocess

    trees = [("this tree", Path(__file__).resolve().parents[2])]
    if baseline is not None:
        trees.insert(0, ("baseline", baseline))
    results: dict[str, list[WindowRun]] = {name: [] for name, _ in trees}
    for run in range(runs):
        for name, tree in trees:
            env = dict(os.environ, PROVDESK_BENCH_TREE=str(tree), PYTHONPATH=str(tree))
            child = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--window-child",
                    str(pdf),
                    str(folder / f"{name.replace(' ', '-')}-{run}"),
                    str(run),
                ],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if child.returncode != 0:
                print(f"  {name}, run {run + 1}: failed\n{child.stderr[-2000:]}")
                continue
            line = child.stdout.strip().splitlines()[-1]
            data = json.loads(line)
            got = WindowRun(
                tuple(Gap(*g) for g in data["phases"]),  # type: ignore[arg-type]
                data["seconds"],
                data["load"],
            )
            results[name].append(got)
            print(
                f"  {name:9}, run {run + 1}: load {got.load:4.1f}; import {got.seconds:5.2f} s; "
                + "; ".join(
                    f"{t.split()[0]} {g}" for (t, _, _), g in zip(PHASES, got.phases, strict=True)
                )
            )
    print("longest stall per phase, median and max over the runs (held: less the GUI thread's")
    print("wait in the run queue; GUI CPU: the GUI thread's own work in the gap; target ≤ 16 ms):")
    for name, found in results.items():
        if not found:
            continue
        for index in range(len(PHASES)):
            gaps = [r.phases[index] for r in found]
            line = ", ".join(
                f"{what} {statistics.median(getattr(g, what) for g in gaps):5.1f} / "
                f"{max(getattr(g, what) for g in gaps):5.1f}"
                for what in ("wall", "held", "cpu")
            )
            print(f"  {name:9} {SHORT[index]:12} {line} ms")


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


def window_child(pdf: Path, folder: Path, run: int) -> int:
    """One window import in this process (`--window-child`, run by `window_runs`): the readers'
    fork server started first by an import of its own, then the figures as one JSON line."""
    import json

    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    folder.mkdir(parents=True, exist_ok=True)
    full_import(pdf, folder, 0)
    got = stall_in_window(pdf, folder, run)
    phases = [[g.wall, g.held, g.cpu] for g in got.phases]
    print(json.dumps({"phases": phases, "seconds": got.seconds, "load": got.load}))
    return 0


def baseline_tree(revision: str, folder: Path) -> Path:
    """The product at git `revision` of this repository, exported into `folder`."""
    import subprocess

    root = Path(__file__).resolve().parents[2]
    folder.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", revision], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder


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
    sys.path.insert(0, str(Path(__file__).resolve().parent))
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
