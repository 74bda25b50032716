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

from sqlalchemy import text

from db.case import Case
from db.search import claims_statement, kind_statement, tsquery_expression
from db.text.normalise import fts5_match_expression

ROOT = Path(__file__).resolve().parents[2]
WORDS = {"rare": "w30000", "medium": "w300", "most common": "minister"}
COMMANDS = {"search": ("search",), "claims --search": ("claims", "--search")}
SEARCH_CALLS = {"search": "search", "claims --search": "search_claims"}


@contextlib.contextmanager
def _timed_calls(name: str, spent: list[float]) -> Iterator[None]:
    """Time every call of the CLI's own reference to `db.search.<name>` (wall seconds)."""
    from desktop.cli import reading_commands

    real = getattr(reading_commands, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - started)

    setattr(reading_commands, name, timed)
    try:
        yield
    finally:
        setattr(reading_commands, name, real)


def _run(location: str, args: tuple[str, ...]) -> None:
    from desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["--case", location, *args])
    if status != 0:
        raise SystemExit(f"bench_search: provdesk-cli {' '.join(args)}: {err.getvalue().strip()}")


def command_ms(location: str, command: str, word: str, repeat: int) -> tuple[float, float, float]:
    """Median wall ms, median CPU ms of the whole command in this process, and median wall ms
    spent in its search call, over `repeat` runs after one warm-up."""
    args = (*COMMANDS[command], word)
    _run(location, args)
    walls, cpus, inside = [], [], []
    for _ in range(repeat):
        spent: list[float] = []
        with _timed_calls(SEARCH_CALLS[command], spent):
            started, cpu = time.perf_counter(), time.process_time()
            _run(location, args)
            walls.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
        inside.append(sum(spent))
    return tuple(statistics.median(v) * 1000 for v in (walls, cpus, inside))  # type: ignore[return-value]


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


def raw_ms(case: Case, word: str, repeat: int) -> tuple[float, float, int]:
    """Median ms of the raw full-text SQL of `word` on the case's own kind of connection:
    every match of claims, quotes and sources ranked, best 50 of each (what `search` ran
    before a common word's page came newest first), and the claims search's own statement
    (`claims_statement`, what `claims --search` runs for a word); and the number of claims
    that hold the word."""
    dialect = case.dialect
    expression = (
        tsquery_expression(word) if dialect == "postgresql" else fts5_match_expression(word)
    )
    statements = [kind_statement(dialect, kind) for kind in ("claim", "quote", "source")]
    found = claims_statement(dialect, word)
    assert found is not None
    claims_sql, claims_params = found
    with case.read() as session:

        def kinds() -> None:
            for sql in statements:
                session.execute(text(sql), {"q": expression, "n": 50}).all()

        if dialect == "postgresql":
            count_sql = (
                "SELECT count(*) FROM claims WHERE search_vector @@ to_tsquery('simple', :q)"
            )
        else:
            count_sql = "SELECT count(*) FROM claim_fts WHERE claim_fts MATCH :q"
        holding = int(session.execute(text(count_sql), {"q": expression}).scalar() or 0)
        return (
            _median_ms(kinds, repeat),
            _median_ms(lambda: session.execute(text(claims_sql), claims_params).all(), repeat),
            holding,
        )


def section(location: str, case: Case, repeat: int) -> dict[str, dict[str, float]]:
    """Print the rows of one database; returns each word's command times (wall ms)."""
    print(
        f"\n{case.dialect}: the command in this process (wall / CPU ms; the search call inside it)"
        " against the raw full-text SQL of the same word; goal: the search within 1.5× raw"
    )
    print(
        f"{'word':<24}{'claims':>8}  {'command':<16}{'wall':>8}{'CPU':>8}{'search':>9}"
        f"{'raw':>10}{'search/raw':>12}"
    )
    times: dict[str, dict[str, float]] = {}
    for label, word in WORDS.items():
        kinds_raw, claims_raw, holding = raw_ms(case, word, repeat)
        for command, raw in (("search", kinds_raw), ("claims --search", claims_raw)):
            wall, cpu, inside = command_ms(location, command, word, repeat)
            times.setdefault(label, {})[command] = wall
            print(
                f"{label + ' (' + word + ')':<24}{holding:>8,}  {command:<16}{wall:>8.1f}{cpu:>8.1f}"
                f"{inside:>9.1f}{raw:>10.1f}{inside / raw:>11.2f}×"
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
