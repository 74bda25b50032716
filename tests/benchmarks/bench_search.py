"""Search and claim-list paging on a case of 1,000,000 claims (not a test: prints figures).

    .venv/bin/python tests/benchmarks/bench_search.py [--claims N] [--names-only] [--server URL]

With PROVDESK_TEST_DATABASE_URL set, the case is also copied to a new database on that
PostgreSQL server and the command-line part is measured there too (`--server URL`: a database
that already holds a copy of the same generated case, e.g. made once with `copy-to`; kept).

For the same search words it prints the median time of the app's search call
(`db.search.search_claims`, through SQLAlchemy) and of the same FTS5 query on a raw sqlite3
connection to the same file, and their ratio (target ≤ 1.2; a common word's first page comes
newest first without ranking every match, `db.search_recent`, against the raw SQL that ranks
every match: the common-word line); and the keyset page fetch
(`db.queries.list_claims`) at the start and at the end of the list.

Then, for a rare, a medium and the most common word: `provdesk-cli search WORD` and
`provdesk-cli claims --search WORD` run through the CLI's entry point in this process (after a
warm-up: no interpreter start, everything the command does), the time of the search call inside
each, against the raw full-text queries of the same word (target ≤ 1.5×), on SQLite and on
PostgreSQL, and SQLite's commands against PostgreSQL's (target ≤ 1.5×): `search_commands.py`.
`--cli-only` measures only that.

With a few actors spelled in three scripts (added once per case file), the search with and
without the expansion through their other spellings (`exact=True`): the first page and the page
after the last exact match, the median extra time over the queries (target ≤ 16 ms, one frame).
`--names-only` measures only that.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import search_commands
from casegen import generate
from sqlalchemy import text
from sqlalchemy.orm import Session

from db import operations as ops
from db.case import Case, open_case
from db.name_search import expand_query
from db.queries import ClaimCursor, list_claims
from db.search import (
    SearchCursor,
    claims_statement,
    search_claims,
)
from db.text.number_forms import fts5_terms

QUERIES = [
    "minister",
    "red lines",
    "damascus talks",
    "лавров",
    "الوطن",
    "istanbul",
    "w123",
    "prepar",
]


REPEAT = 15


def median_ms(action: Callable[[], object], repeat: int | None = None) -> float:
    repeat = repeat or REPEAT
    action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    global REPEAT
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument(
        "--names-only", action="store_true", help="only the search across scripts (expansion)"
    )
    parser.add_argument("--cli-only", action="store_true", help="only the command-line rows")
    parser.add_argument("--server", help="a PostgreSQL copy of the same case to measure too")
    parser.add_argument("--repeat", type=int, default=REPEAT, help="runs per median")
    parser.add_argument(
        "--words",
        help="the command-line rows of these words only, e.g. 'rare,medium' (of: "
        + ", ".join(search_commands.WORDS)
        + ")",
    )
    args = parser.parse_args()
    REPEAT = args.repeat
    from db.schema_revision import HEAD_REVISION

    path = generate(
        Path(tempfile.gettempdir()) / f"provdesk-bench-{args.claims}-{HEAD_REVISION}.provdesk",
        args.claims,
    )
    case = open_case(path, reviewer="bench")
    add_named_actors(case)
    add_numbered_claims(case)
    if args.names_only:
        with case.read() as session:
            expansion_costs(session)
        case.close()
        return
    if not args.cli_only:
        app_section(path, case)
    labels = args.words.split(",") if args.words else None
    sqlite_times = search_commands.section(str(path), case, REPEAT, labels)
    server = os.environ.get("PROVDESK_TEST_DATABASE_URL")
    if args.server:
        target = open_case(args.server, reviewer="bench")
        search_commands.compare(
            sqlite_times, search_commands.section(args.server, target, REPEAT, labels)
        )
        target.close()
    elif server:
        search_commands.compare(sqlite_times, on_postgres(server, case))
    case.close()


def app_section(path: Path, case: Case) -> None:
    """The app's search calls against the raw SQL, the keyset pages and the expansion."""
    raw = sqlite3.connect(path)
    plain = "SELECT rowid, rank FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rank LIMIT 50"
    print(f"case: {path} ({path.stat().st_size / 2**20:.0f} MB)")
    print("app: db.search.search_claims (claims and quotes, first page of 50); raw: the same SQL")
    print("on a bare sqlite3 connection; claims-only: one FTS5 table, ORDER BY rank LIMIT 50")
    print("(raw ranks every match; the app pages a common word newest first: db.search_recent)")
    print(
        f"{'query':<16}{'hits':>6}{'app ms':>10}{'raw ms':>10}{'ratio':>8}{'claims-only raw ms':>20}"
    )
    ratios = []
    with case.read() as session:
        for words in QUERIES:
            expression = fts5_terms(words)
            hits = search_claims(session, words)
            app = median_ms(lambda w=words: search_claims(session, w))
            found = claims_statement("sqlite", words)
            assert found is not None
            sql, params = found
            bare = median_ms(lambda s=sql, p=params: raw.execute(s, p).fetchall())
            alone = median_ms(lambda e=expression: raw.execute(plain, (e,)).fetchall())
            ratios.append(app / bare)
            order = hits[0].order if hits else "-"
            print(
                f"{words:<16}{len(hits):>6}{app:>10.2f}{bare:>10.2f}{app / bare:>8.2f}{alone:>20.2f}"
                f"  {order}"
            )
            if words == QUERIES[0]:
                common = (words, app, bare, order)
        print(f"median ratio app/raw: {statistics.median(ratios):.2f} (target ≤ 1.2)")
        words, app, bare, order = common
        print(
            f"most common word {words!r}, first page of 50: {app:.1f} ms ({order}: "
            f"{'newest first, the page ranked' if order == 'recent' else 'every match ranked'}) "
            f"against ranking every match (raw) {bare:.1f} ms; target ≤ 100 ms"
        )
        last = raw.execute("SELECT max(id) FROM claims").fetchone()[0]
        start = median_ms(lambda: list_claims(session))
        end = median_ms(lambda: list_claims(session, after=ClaimCursor(last - 256)))
        newest = median_ms(lambda: list_claims(session, order="updated"))
        print(
            f"keyset page of 256 claims: first {start:.2f} ms, last {end:.2f} ms, newest-first {newest:.2f} ms"
        )
    with case.read() as session:
        expansion_costs(session)


def on_postgres(server: str, case: Case) -> dict[str, dict[str, float]]:
    """The same case copied to a new database on the server, and the command line on it."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from db.transfer import copy_case

    admin_url = make_url(server).set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"provdesk_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        location = admin_url.set(database=name).render_as_string(hide_password=False)
        target = open_case(location, reviewer="bench", create=True)
        copy_case(case, target)
        with target.read() as session:
            session.execute(text("ANALYZE"))
        times = search_commands.section(location, target, REPEAT)
        target.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return times


NAMED_ACTORS = [
    ("Sergey Lavrov", ["Лавров", "لافروف"]),
    ("Recep Tayyip Erdoğan", ["Эрдоган", "أردوغان"]),
    ("Bashar al-Assad", ["Башар Асад", "بشار الأسد"]),
    ("al-Watan", ["Аль-Ватан", "الوطن"]),
    ("Hakan Fidan", ["Хакан Фидан", "هاكان فيدان"]),
]
RARE_NAME_CLAIMS = [
    *(f"Fidan met his counterpart, round {n}" for n in range(10)),
    *(f"Фидана спросили о встрече, раунд {n}" for n in range(10)),
    *(f"قال فيدان إن الجولة {n} ستعقد" for n in range(10)),
]
"""A name rarer than a page of results, spelled three ways: the expansion has work to do."""
NAME_QUERIES = [
    *("lavrov", "Лавров", "erdogan", "assad", "watan", "الوطن"),
    *("fidan", "Фидан", "فيدان", "minister", "w123"),
]


def add_named_actors(case: Case) -> None:
    """The actors whose names the expansion goes through (once per case file)."""
    with case.change() as uow:
        if ops.find_actor(uow, "Hakan Fidan") is None:
            for wording in RARE_NAME_CLAIMS:
                ops.add_claim(uow, wording)
        for name, aliases in NAMED_ACTORS:
            if ops.find_actor(uow, name) is None:
                ops.add_actor(uow, name, aliases=aliases)


NUMBERED_CLAIMS = [
    *(f"The budget for 2025 was debated, round {n}" for n in range(6_000)),
    *(f"About 12 people were at the meeting, round {n}" for n in range(20)),
    *(f"حضر ١٢ شخصا الاجتماع، الجولة {n}" for n in range(10)),
    *(f"{written} people were moved, round {n}"
      for n, written in enumerate(["4,500", "4 500", "4.500", "4500", "٤٬٥٠٠"] * 4)),
]  # fmt: skip
"""Numbers for `search_commands.WORDS`: "2025" in more claims than COMMON_MATCHES (paged newest
first), "12" and "١٢" in a few (and in the name "Actor 12"), "4,500" in a few, written five
ways."""


def add_numbered_claims(case: Case) -> None:
    """The claims holding numbers (once per case file)."""
    with case.read() as session:
        found = session.execute(
            text("SELECT 1 FROM claims WHERE text = :t"), {"t": NUMBERED_CLAIMS[-1]}
        ).first()
    if found is None:
        with case.change() as uow:
            for wording in NUMBERED_CLAIMS:
                ops.add_claim(uow, wording)


def expansion_costs(session: Session) -> None:
    """Search with the expansion through other spellings and without it (`exact=True`), the
    median over NAME_QUERIES of the difference (target: within one frame, 16 ms); then the
    same on the page after the last exact match, where the other spellings are listed."""
    print("search_claims: exact (as typed) and expanded (other spellings), first page of 50")
    print(
        f"{'query':<12}{'exact hits':>11}{'exp. hits':>10}{'exact ms':>10}{'exp. ms':>10}{'+ms':>8}"
    )
    extra = []
    for words in NAME_QUERIES:
        exact = median_ms(lambda w=words: search_claims(session, w, exact=True))
        expanded = median_ms(lambda w=words: search_claims(session, w))
        n_exact = len(search_claims(session, words, exact=True))
        n_expanded = len(search_claims(session, words))
        extra.append(expanded - exact)
        print(
            f"{words:<12}{n_exact:>11}{n_expanded:>10}{exact:>10.2f}{expanded:>10.2f}"
            f"{expanded - exact:>8.2f}"
        )
        print(f"{'':<12}{expand_query(session, words).describe()[:100]}")
    print(f"median extra time of the expansion: {statistics.median(extra):.2f} ms (target ≤ 16)")
    extra = []
    for words in NAME_QUERIES:
        last = search_claims(session, words, exact=True, limit=1000)
        cursor = SearchCursor(last[-1].rank, last[-1].id) if last else None
        expanded = median_ms(lambda w=words, c=cursor: search_claims(session, w, after=c))
        exact = median_ms(lambda w=words, c=cursor: search_claims(session, w, after=c, exact=True))
        extra.append(expanded - exact)
        print(
            f"{words:<12} page after the exact ones: exact {exact:.2f} ms, expanded {expanded:.2f} ms"
        )
    print(f"median extra time on that page: {statistics.median(extra):.2f} ms")


if __name__ == "__main__":
    main()
