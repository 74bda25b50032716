"""Benchmark of the main window over a generated 1,000,000-claim case (not a pytest test).

    .venv/bin/python tests/benchmarks/bench_window.py [--claims 1000000] [--runs 5]
    .venv/bin/python tests/benchmarks/bench_window.py --case "$PROVDESK_TEST_DATABASE_URL" ...

Prints medians, each against a baseline measured in the same run:
- process start → first paint of the main window with the claim list filled, against process
  start → first paint of an empty PySide6 window (target ratio ≤ 1.5);
- scroll to the bottom of the list (target ≤ 50 ms);
- resident memory of the window after scrolling the list to its end and back (the app's
  start-up in a process of its own, target ≤ 150 MB), and with the case open;
- a search typed into the box → results listed and the best claim opened, against the same
  FTS5 query run raw on sqlite3 (target ≤ 1.2×).

The case is generated once by `casegen.py` (raw inserts into the normal schema made by
`open_case(create=True)`, FTS tables rebuilt at the end) and cached in the temp folder.

With `--case URL` (a PostgreSQL server, as PROVDESK_TEST_DATABASE_URL names it: a role that
creates databases) the same case is also copied (`copy-to`) into a database of the bench's own
on that server, kept for the next run, and the window is started on it: start → claim list
painted with its rows on PostgreSQL against the same on the SQLite file, in the same run
(target ≤ 1.5).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def generate(path: Path, claims: int) -> Path:
    """The shared benchmark case (`casegen.py`: normal schema, bulk rows, FTS rebuilt once);
    bench_search.py uses the same file, so it is generated once for both."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from casegen import generate as make_case

    return make_case(path, claims)


def on_server(server: str, path: Path, claims: int) -> str:
    """The bench's own database on the server at `server` holding the case at `path` (copied
    once with `db.transfer.copy_case`, kept for later runs; made again when the schema moved
    on). Returns its URL with the password, for the child processes."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from db.case import open_case
    from db.schema_revision import HEAD_REVISION
    from db.transfer import copy_case

    admin_url = make_url(server).set(drivername="postgresql+psycopg")
    name = f"provdesk_bench_window_{claims}_{HEAD_REVISION}"
    url = admin_url.set(database=name).render_as_string(hide_password=False)
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
            if exists:
                return url
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            started = time.perf_counter()
            source = open_case(path, reviewer="bench")
            target = open_case(url, reviewer="bench", create=True)
            copy_case(source, target)
            target.close()
            source.close()
            print(f"copied the case to {name} in {time.perf_counter() - started:.1f} s")
        except BaseException:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            raise
        return url
    finally:
        admin.dispose()


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# -- child processes: start, paint once, report ------------------------------------------


def child_empty() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    window = QWidget()
    window.resize(1360, 820)

    class Painted(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                print(f"PAINTED {time.perf_counter()} {rss_mb():.1f}", flush=True)
                os._exit(0)
            return False

    window.installEventFilter(Painted(window))
    window.show()
    app.exec()


def child_main(case_path: str) -> None:
    """The app's own start-up (`desktop.app.start_window`): prints when the window first
    paints, then when the claim list first paints with rows, then exits. The paint filter
    goes on the window and the list only (as on the empty window): on the whole application
    it would run Python for every event of the window's construction."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from desktop.app import start_window

    app = QApplication([])

    class Painted(QObject):
        shell = False

        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                if not self.shell:
                    self.shell = True
                    print(f"WINDOW {time.perf_counter()}", flush=True)
                if (
                    watched is window.table.viewport()
                    and window.model.rowCount() > 0
                    and window.model.is_loaded(0)
                ):
                    print(f"PAINTED {time.perf_counter()} {rss_mb():.1f}", flush=True)
                    os._exit(0)
            return False

    window = start_window(case_path)
    painted = Painted(window)
    window.installEventFilter(painted)
    window.table.viewport().installEventFilter(painted)
    app.exec()


def child_scroll(case_path: str, runs: int) -> None:
    """The app's own start-up on the case, then the claim list scrolled to its end and back
    `runs` times with each end's rows read and painted, the workers done: prints the process's
    resident memory (the reviewer's window alone, no benchmark in the same process)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from desktop.app import start_window

    app = QApplication([])
    window = start_window(case_path)
    while not (
        window.parts is not None
        and window.parts.sources is not None
        and window.model.rowCount() > 0
        and window.model.is_loaded(0)
    ):
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    for _ in range(runs):
        for end in (window.table.scrollToBottom, window.table.scrollToTop):
            end()
            window.table.viewport().repaint()
            rows_shown(app, window, window.table.rowAt(0))
            rows_shown(app, window, window.table.rowAt(window.table.viewport().height() - 1))
    window.workers.wait(10_000)
    app.processEvents()
    print(f"SCROLLED {time.perf_counter()} {rss_mb():.1f}", flush=True)
    os._exit(0)


def time_child(args: list[str]) -> dict[str, float]:
    """Seconds from process start to each mark the child prints (perf_counter is system-wide
    monotonic on Linux, so the parent's and the child's clocks agree)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    for line in proc.stdout:
        parts = line.split()
        if parts and parts[0] in ("WINDOW", "PAINTED", "SCROLLED"):
            marks[parts[0]] = (float(parts[1]) if len(parts) > 1 else time.perf_counter()) - started
            if len(parts) > 2:
                marks["RSS"] = float(parts[2])
            if parts[0] in ("PAINTED", "SCROLLED"):
                break
    proc.wait()
    if "PAINTED" not in marks and "SCROLLED" not in marks:
        raise SystemExit(f"child {args} did not paint")
    return marks


# -- in-process measurements -------------------------------------------------------------


def rows_shown(app: Any, window: Any, row: int) -> None:
    """Wait until the page holding `row` has arrived from the workers (a large case reads
    its pages there; the first paint shows "…"), then paint it."""
    from PySide6.QtCore import QEventLoop

    if row < 0 or window.model.is_loaded(row):
        return
    while not window.model.is_loaded(row):
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    window.table.viewport().repaint()


def in_process(case_path: Path, runs: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    # The window's package before the case code, in the order the app's start-up imports them.
    from desktop.ui.window_setup import build_window  # isort: skip
    from db.case import open_case
    from db.search import claims_statement
    from desktop.ui.claims.claim_list_control import SEARCH_LIMIT

    app = QApplication.instance() or QApplication([])
    window, _actions = build_window()
    window.resize(1360, 820)
    window.show()
    case = open_case(case_path, reviewer="bench")
    window.set_case(case)
    app.processEvents()
    found: dict[str, list[float]] = {"scroll": [], "search": [], "fts": [], "rss": [], "paint": []}
    for _ in range(runs):
        window.model.refresh()
        window.table.scrollToTop()
        window.table.viewport().repaint()
        app.processEvents()
        started = time.perf_counter()
        window.table.scrollToBottom()
        window.table.viewport().repaint()
        rows_shown(app, window, window.model.rowCount() - 1)
        found["scroll"].append(time.perf_counter() - started)
    last = window.model.data(window.model.index(window.model.rowCount() - 1, 0))
    found["rss"].append(rss_mb())
    raw = sqlite3.connect(case_path)
    queries = ["w4242", "kurds statelet", "damascus minister prep"]
    for _ in range(runs):
        for query in queries:
            statement = claims_statement("sqlite", query, limit=SEARCH_LIMIT)
            assert statement is not None
            sql, params = statement
            started = time.perf_counter()
            # The statement `db.search.search_claims` runs (claims and quotes, bm25), raw.
            ids = [r[0] for r in raw.execute(sql, params)]
            found["fts"].append(time.perf_counter() - started)
            found.setdefault(f"fts {query}", []).append(found["fts"][-1])
            assert ids
            window.filters.search.setText(query)
            started = time.perf_counter()
            window.filters.search_now()
            while window.workers.busy or not window.model.searching:
                # Block in Qt's event loop (GIL released) as the app does, not spin in Python.
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            window.table.viewport().repaint()
            rows_shown(app, window, 0)
            found["search"].append(time.perf_counter() - started)
            found.setdefault(f"search {query}", []).append(found["search"][-1])
            started = time.perf_counter()
            window.table.viewport().repaint()  # the same rows again: what painting alone costs
            found["paint"].append(time.perf_counter() - started)
            window.filters.search.setText("")
            window.search("")
            app.processEvents()
    raw.close()
    # A Cyrillic query word: its Russian cases come from the window's morphology process.
    window.filters.search.setText("Лаврова")
    window.filters.search_now()
    while window.workers.busy or not window.model.searching:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    window.filters.search.setText("")
    window.search("")
    app.processEvents()
    window.workers.wait(10_000)
    found["rss searched"] = [rss_mb()]
    found["morphology"] = [float("pymorphy3" in sys.modules)]
    print(f"(last row: {last})")
    window.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=["empty", "main", "scroll"])
    parser.add_argument(
        "--case",
        dest="server",
        metavar="URL",
        help="a PostgreSQL server (as PROVDESK_TEST_DATABASE_URL): the window on it too",
    )
    parser.add_argument("case", nargs="?")
    args = parser.parse_args()
    if args.child == "empty":
        child_empty()
        return
    if args.child == "main":
        child_main(args.case)
        return
    if args.child == "scroll":
        child_scroll(args.case, args.runs)
        return
    from db.schema_revision import HEAD_REVISION

    path = generate(
        Path(tempfile.gettempdir()) / f"provdesk-bench-{args.claims}-{HEAD_REVISION}.provdesk",
        args.claims,
    )
    os.environ.setdefault("PROVDESK_REVIEWER", "bench")
    from db.case import open_case

    open_case(path, reviewer="bench").close()  # a cached case of an older schema: migrated now
    server_case = on_server(args.server, path, args.claims) if args.server else None
    # An installed app starts from bytecode (pip compiles wheels; PyInstaller bundles .pyc),
    # like PySide6 in the baseline; with PYTHONDONTWRITEBYTECODE set, as on these machines, the
    # project's own modules would otherwise be compiled from source in every child.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "db", "desktop"], cwd=ROOT, check=True
    )
    empty, shell, main_window, memory, server, empty_memory = [], [], [], [], [], []
    for _ in range(args.runs):
        marks = time_child(["--child", "empty"])
        empty.append(marks["PAINTED"])
        empty_memory.append(marks["RSS"])
        marks = time_child(["--child", "main", str(path)])
        shell.append(marks["WINDOW"])
        main_window.append(marks["PAINTED"])
        memory.append(marks["RSS"])
        if server_case:
            server.append(time_child(["--child", "main", server_case])["PAINTED"])
    scrolled = [
        time_child(["--child", "scroll", "--runs", str(args.runs), str(path)])["RSS"]
        for _ in range(2)
    ]
    found = in_process(path, args.runs)

    def ms(values: list[float]) -> float:
        return statistics.median(values) * 1000

    print(f"case: {path} ({args.claims:,} claims), {args.runs} runs, medians")
    print(f"start → first paint, empty PySide6 window: {ms(empty):7.1f} ms")
    print(f"start → first paint, main window:          {ms(shell):7.1f} ms")
    print(f"  ratio: {ms(shell) / ms(empty):.2f} (target ≤ 1.5)")
    print(f"start → claim list painted with its rows:  {ms(main_window):7.1f} ms")
    print(f"  ratio: {ms(main_window) / ms(empty):.2f}")
    if server:
        print(f"start → claim list painted with its rows, PostgreSQL: {ms(server):7.1f} ms")
        print(
            f"  ratio to the same on SQLite: {ms(server) / ms(main_window):.2f} (target ≤ 1.5); "
            f"to the empty window: {ms(server) / ms(empty):.2f}"
        )
    print(f"scroll to bottom: {ms(found['scroll']):.1f} ms (target ≤ 50 ms)")
    base = statistics.median(empty_memory)
    print(
        f"window memory after scrolling {args.claims:,} claims to the end and back "
        f"{args.runs} times (the app's start-up in a process of its own, workers done): "
        f"{' / '.join(f'{m:.0f}' for m in scrolled)} MB (target ≤ 150 MB); an empty PySide6 "
        f"window at first paint: {base:.0f} MB"
    )
    print(
        f"RSS at first paint: {statistics.median(memory):.0f} MB; after scrolling in this "
        f"process (the benchmark's own modules and cases in it too): {found['rss'][0]:.0f} MB; "
        "after the searches: "
        f"{found['rss searched'][0]:.0f} MB (with a Cyrillic one; Russian morphology loaded: "
        f"{'yes' if found['morphology'][0] else 'no'}); baseline, an empty PySide6 window at "
        f"first paint: {base:.0f} MB (after scrolling = baseline + "
        f"{found['rss'][0] - base:.0f} MB); load average {os.getloadavg()[0]:.1f}"
    )
    print(
        f"search typed → results shown: {ms(found['search']):.1f} ms; raw FTS5 query: "
        f"{ms(found['fts']):.1f} ms; ratio {ms(found['search']) / ms(found['fts']):.2f} "
        "(target ≤ 1.2)"
    )
    print(
        f"  of which painting the listed rows again alone: {ms(found['paint']):.1f} ms "
        "(the raw query paints nothing)"
    )
    for key in sorted(found):
        if key.startswith("search "):
            query = key.removeprefix("search ")
            app_ms, raw_ms = ms(found[key]), ms(found[f"fts {query}"])
            print(
                f"  {query!r}: {app_ms:.1f} ms in the window, {raw_ms:.1f} ms raw, "
                f"ratio {app_ms / raw_ms:.2f}"
            )


if __name__ == "__main__":
    main()
