"""bench_search's command-line rows: `provdesk-cli search WORD` and `provdesk-cli claims --search
WORD` timed in this process through the CLI's own entry point (`desktop.cli.main`) with the
arguments a person types, after a warm-up run: the interpreter's start and the first imports are
left out, everything the command does is in (its parser, opening the case, the search, snippets,
names, printing). Beside each: the time the command spent in the search call itself
(`db.search.search` / `search_claims`, timed inside the real run), the raw full-text SQL of the
same word on the same connection kind, and, for transparency, the command as a process with the
start of a bare `python -c 'import sqlalchemy'` beside it (not subtracted: it varies more than a
search costs)."""

from __future__ import annotations

import contextlib
import io
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.pool import NullPool

from db.case import Case
from db.search import claims_statement, kind_statement
from db.text.number_forms import query_expression

ROOT = Path(__file__).resolve().parents[2]
_OPENING = {
    "sqlite": "SELECT count(*) FROM sqlite_master",
    "postgresql": "SELECT count(*) FROM pg_catalog.pg_class",
}
"""A first statement on a new connection, as opening a case runs one before any search."""
WORDS = {
    "rare": "w30000",
    "medium": "w300",
    "most common": "minister",
    "partial": "minist",
    "number": "12",
    "common number": "2025",
    "grouped number": "4,500",
    "arabic digits": "١٢",
}
"""A rare, a medium and the most common word, and the start of the most common word (its
last word is spelled out from the words of the index that begin with it); numbers (any query
holding one is searched in every way it is written, `db.text.number_forms`): one in a few claims
that also names an actor ("Actor 12"), one in most of the claims `bench_search` adds
(`add_numbered_claims`), one typed in groups, one in Arabic-Indic digits."""
COMMANDS = {"search": ("search",), "claims --search": ("claims", "--search")}
SEARCH_CALLS = {"search": ("search", "name_index"), "claims --search": ("search_claims",)}
"""The calls timed as the search inside each command: `search` reads the case's name index
before it searches (to hand it on to the spellings and names it prints), which counts."""


@contextlib.contextmanager
def _timed_calls(names: tuple[str, ...], spent: list[tuple[float, float]]) -> Iterator[None]:
    """Time every call of `db.search.<name>` for each of `names` made by the command line (wall
    and CPU seconds), whether its command module imported the name at its top or imports it
    when it runs."""
    import db.search
    from desktop.cli import reading_commands

    def timed_version(real: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started, cpu = time.perf_counter(), time.process_time()
            try:
                return real(*args, **kwargs)
            finally:
                spent.append((time.perf_counter() - started, time.process_time() - cpu))

        return timed

    swapped = [
        (holder, name, getattr(db.search, name))
        for name in names
        for holder in [db.search] + [reading_commands] * hasattr(reading_commands, name)
    ]
    for holder, name, real in swapped:
        setattr(holder, name, timed_version(real))
    try:
        yield
    finally:
        for holder, name, real in swapped:
            setattr(holder, name, real)


def _run(location: str, args: tuple[str, ...]) -> None:
    from desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["--case", location, *args])
    if status != 0:
        raise SystemExit(f"bench_search: provdesk-cli {' '.join(args)}: {err.getvalue().strip()}")


def command_ms(location: str, command: str, word: str, repeat: int) -> list[float]:
    """Median wall ms and CPU ms of the whole command in this process, and of its search call,
    over `repeat` runs after one warm-up."""
    args = (*COMMANDS[command], word)
    _run(location, args)
    runs: list[tuple[float, float, float, float]] = []
    for _ in range(repeat):
        spent: list[tuple[float, float]] = []
        with _timed_calls(SEARCH_CALLS[command], spent):
            started, cpu = time.perf_counter(), time.process_time()
            _run(location, args)
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        runs.append((wall, cpu, sum(w for w, _c in spent), sum(c for _w, c in spent)))
    return [statistics.median(column) * 1000 for column in zip(*runs, strict=True)]


def process_ms(location: str, word: str, repeat: int) -> tuple[float, float]:
    """Median wall ms of `python -m desktop.cli --case … search WORD` as a process, and of
    `python -c 'import sqlalchemy'` (the start any such process pays)."""

    def run(argv: list[str]) -> Callable[[], None]:
        def go() -> None:
            subprocess.run(
                argv, cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )  # fmt: skip

        return go

    command = run([sys.executable, "-m", "desktop.cli", "--case", location, "search", word])
    bare = run([sys.executable, "-c", "import sqlalchemy"])
    return _median_ms(command, repeat), _median_ms(bare, repeat)


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def raw_ms(case: Case, word: str, repeat: int) -> tuple[dict[str, tuple[float, ...]], int]:
    """Median ms of the raw full-text SQL of `word` per command: on an open connection that has
    run it before; on a new one each time, its opening timed too; and on a new one each time
    whose opening is not timed, only the statements, as the command's search call finds its
    connection (the case opened, nothing searched yet: the baseline of the goal). For `search`
    every match of claims, quotes and sources ranked, best 50 of each (what it ran before a
    common word's page came newest first); for `claims --search` the claims search's own
    statement (`claims_statement`). Also the number of claims that hold the word."""
    dialect = case.dialect
    expression = query_expression(word, dialect)  # the expression search runs
    assert expression is not None
    statements = [kind_statement(dialect, kind) for kind in ("claim", "quote", "source")]
    found = claims_statement(dialect, word)
    assert found is not None
    claims_sql, claims_params = found
    per_command = {
        "search": [(sql, {"q": expression, "n": 50}) for sql in statements],
        "claims --search": [(claims_sql, claims_params)],
    }
    fresh = create_engine(case.engine.url, poolclass=NullPool)

    def on(connection: Connection, command: str) -> None:
        for sql, params in per_command[command]:
            connection.execute(text(sql), params).all()

    def new_connection(command: str) -> None:
        with fresh.connect() as connection:
            on(connection, command)

    def opened_connection(command: str) -> tuple[float, float]:
        """Wall and CPU ms of the statements alone on a new connection that has read the schema
        (as opening the case does) and searched nothing yet."""
        with fresh.connect() as connection:
            connection.exec_driver_sql(_OPENING[dialect]).all()
            started, cpu = time.perf_counter(), time.process_time()
            on(connection, command)
            return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000

    with case.engine.connect() as open_connection:
        times = {
            command: (
                _median_ms(lambda c=command: on(open_connection, c), repeat),
                _median_ms(lambda c=command: new_connection(c), repeat),
                *(
                    statistics.median(column)
                    for column in zip(
                        *(opened_connection(command) for _ in range(repeat + 1)), strict=True
                    )
                ),
            )
            for command in per_command
        }
    fresh.dispose()
    with case.read() as session:
        if dialect == "postgresql":
            count_sql = (
                "SELECT count(*) FROM claims WHERE search_vector @@ to_tsquery('simple', :q)"
            )
        else:
            count_sql = "SELECT count(*) FROM claim_fts WHERE claim_fts MATCH :q"
        holding = int(session.execute(text(count_sql), {"q": expression}).scalar() or 0)
    return times, holding


def section(
    location: str, case: Case, repeat: int, labels: list[str] | None = None
) -> dict[str, dict[str, float]]:
    """Print the rows of one database; returns each word's command times (wall ms)."""
    print(
        f"\n{case.dialect}: ms, the command in this process and the search call inside it (wall"
        " / CPU), against the raw full-text SQL of the same word: on an open connection that ran"
        " it before, on a new one (connecting timed too), and on a new one already opened (wall /"
        " CPU, only the statements timed: where the command's search call starts); goal: the"
        " search call within 1.5× the last (search/raw, wall and CPU: SQLite works in this"
        " process, so its CPU time is the steadier figure on a busy machine; PostgreSQL's work is"
        " the server's, its wall time counts); search/new: against the new connection, as earlier"
        " runs printed"
    )
    print(
        f"{'word':<24}{'claims':>8}  {'command':<16}{'command':>14}{'search':>14}"
        f"{'raw open':>10}{'raw new':>9}{'raw opened':>14}{'search/raw':>16}{'search/new':>12}"
    )
    times: dict[str, dict[str, float]] = {}
    for label, word in WORDS.items():
        if labels and label not in labels:
            continue
        raw, holding = raw_ms(case, word, repeat)
        for command, (warm, new, opened, opened_cpu) in raw.items():
            wall, cpu, inside, inside_cpu = command_ms(location, command, word, repeat)
            times.setdefault(label, {})[command] = wall
            print(
                f"{label + ' (' + word + ')':<24}{holding:>8,}  {command:<16}"
                f"{wall:>7.1f} /{cpu:>5.1f}{inside:>7.1f} /{inside_cpu:>5.1f}"
                f"{warm:>10.1f}{new:>9.1f}{opened:>7.1f} /{opened_cpu:>5.1f}"
                f"{inside / opened:>7.2f}× /{inside_cpu / max(opened_cpu, 1e-3):>5.2f}×"
                f"{inside / new:>11.2f}×"
            )
    command, bare = process_ms(location, WORDS["rare"], max(3, repeat // 2))
    print(
        f"as a process: `provdesk-cli search {WORDS['rare']}` {command:.0f} ms wall; "
        f"`python -c 'import sqlalchemy'` {bare:.0f} ms wall (start of any such process)"
    )
    return times


def compare(sqlite: dict[str, dict[str, float]], postgres: dict[str, dict[str, float]]) -> None:
    """The whole command on SQLite against the same on PostgreSQL (goal ≤ 1.5×)."""
    print("\nSQLite against PostgreSQL, the whole command in this process (goal ≤ 1.5×)")
    print(f"{'word':<24}{'command':<16}{'SQLite ms':>10}{'PostgreSQL ms':>15}{'ratio':>8}")
    for label, commands in sqlite.items():
        for command, here in commands.items():
            there = postgres[label][command]
            word = f"{label} ({WORDS[label]})"
            print(f"{word:<24}{command:<16}{here:>10.1f}{there:>15.1f}{here / there:>7.2f}×")
