"""Search and claim-list paging on a case of 1,000,000 claims (not a test: prints figures).

    .venv/bin/python tests/benchmarks/bench_search.py [--claims N]

With PROVDESK_TEST_DATABASE_URL set, the case is also copied to a new database on that
PostgreSQL server and the command-line part is measured there too.

For the same search words it prints the median time of the app's search call
(`db.search.search_claims`, through SQLAlchemy) and of the same FTS5 query on a raw sqlite3
connection to the same file, and their ratio (target ≤ 1.2); and the keyset page fetch
(`db.queries.list_claims`) at the start and at the end of the list.

Then, for a rare, a medium and the most common word: `provdesk-cli search WORD` and
`provdesk-cli claims --search WORD` as processes, less the process's start (`provdesk-cli
--version`), against the raw full-text queries of the same words (claims, quotes and sources;
target ≤ 1.5×), on SQLite and on PostgreSQL.
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
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from casegen import generate
from sqlalchemy import text

from db.case import Case, open_case
from db.queries import ClaimCursor, list_claims
from db.search import claims_statement, kind_statement, search_claims, tsquery_expression
from db.text.normalise import fts5_match_expression

ROOT = Path(__file__).resolve().parents[2]
CLI_WORDS = {"rare": "w30000", "medium": "w300", "most common": "minister"}

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


def median_ms(action: Callable[[], object], repeat: int = 15) -> float:
    action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=1_000_000)
    args = parser.parse_args()
    path = generate(
        Path(tempfile.gettempdir()) / f"provdesk-bench-{args.claims}.provdesk", args.claims
    )
    case = open_case(path, reviewer="bench")
    raw = sqlite3.connect(path)
    plain = "SELECT rowid, rank FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rank LIMIT 50"
    print(f"case: {path} ({path.stat().st_size / 2**20:.0f} MB)")
    print("app: db.search.search_claims (claims and quotes, first page of 50); raw: the same SQL")
    print("on a bare sqlite3 connection; claims-only: one FTS5 table, ORDER BY rank LIMIT 50")
    print(
        f"{'query':<16}{'hits':>6}{'app ms':>10}{'raw ms':>10}{'ratio':>8}{'claims-only raw ms':>20}"
    )
    ratios = []
    with case.read() as session:
        for words in QUERIES:
            expression = fts5_match_expression(words)
            hits = search_claims(session, words)
            app = median_ms(lambda w=words: search_claims(session, w))
            found = claims_statement("sqlite", words)
            assert found is not None
            sql, params = found
            bare = median_ms(lambda s=sql, p=params: raw.execute(s, p).fetchall())
            alone = median_ms(lambda e=expression: raw.execute(plain, (e,)).fetchall())
            ratios.append(app / bare)
            print(
                f"{words:<16}{len(hits):>6}{app:>10.2f}{bare:>10.2f}{app / bare:>8.2f}{alone:>20.2f}"
            )
        print(f"median ratio app/raw: {statistics.median(ratios):.2f} (target ≤ 1.2)")
        last = raw.execute("SELECT max(id) FROM claims").fetchone()[0]
        start = median_ms(lambda: list_claims(session))
        end = median_ms(lambda: list_claims(session, after=ClaimCursor(last - 256)))
        newest = median_ms(lambda: list_claims(session, order="updated"))
        print(
            f"keyset page of 256 claims: first {start:.2f} ms, last {end:.2f} ms, newest-first {newest:.2f} ms"
        )
    cli_section(str(path), case)
    case.close()
    server = os.environ.get("PROVDESK_TEST_DATABASE_URL")
    if server:
        on_postgres(server, case)


def cli_ms(location: str, *args: str, repeat: int = 3) -> float:
    def run() -> None:
        subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--case", location, *args],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )

    return median_ms(run, repeat)


def cli_section(location: str, case: Case) -> None:
    """The command line's search and claims --search against the raw full-text queries."""
    dialect = case.dialect
    start = cli_ms(location, "--version")
    print(f"\n{dialect}: provdesk-cli, less its start ({start:.0f} ms), against raw full-text SQL")
    print(f"{'word':<22}{'search ms':>11}{'claims --search':>17}{'raw ms':>9}{'ratios':>14}")
    with case.read() as session:
        for label, word in CLI_WORDS.items():
            expression = (
                tsquery_expression(word) if dialect == "postgresql" else fts5_match_expression(word)
            )
            statements = [kind_statement(dialect, k) for k in ("claim", "quote", "source")]

            def raw(statements: list[str] = statements, e: object = expression) -> None:
                for sql in statements:
                    session.execute(text(sql), {"q": e, "n": 50}).all()

            bare = median_ms(raw, 5)
            search_ms = cli_ms(location, "search", word) - start
            claims_ms = cli_ms(location, "claims", "--search", word) - start
            print(
                f"{label + ' (' + word + ')':<22}{search_ms:>11.0f}{claims_ms:>17.0f}{bare:>9.0f}"
                f"{search_ms / bare:>7.1f}×{claims_ms / bare:>6.1f}×"
            )


def on_postgres(server: str, case: Case) -> None:
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
        cli_section(location, target)
        target.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
