"""The PDF import in the application's window (`bench_pdf_import.py`'s window runs): the
heartbeat on the GUI thread from File ▸ Import's importer until the new source is shown whole
and the window is idle, phase by phase, each run in a fresh process, optionally in turn with
the product at another git revision."""

from __future__ import annotations

import itertools
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from pdf_import_common import clear_cache, full_import

#: The script the window runs start in fresh processes (`--window-child`).
BENCH = Path(__file__).resolve().with_name("bench_pdf_import.py")

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
                    str(BENCH),
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


def window_child(pdf: Path, folder: Path, run: int) -> int:
    """One window import in this process (`--window-child`, run by `window_runs`): the readers'
    fork server started first by an import of its own, then the figures as one JSON line."""
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
