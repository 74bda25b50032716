"""Search and claim-list paging on a case of 1,000,000 claims (not a test: prints figures).

    .venv/bin/python tests/benchmarks/bench_search.py [--claims N]

For the same search words it prints the median time of the app's search call
(`db.search.search_claims`, through SQLAlchemy) and of the same FTS5 query on a raw sqlite3
connection to the same file, and their ratio (target ≤ 1.2); and the keyset page fetch
(`db.queries.list_claims`) at the start and at the end of the list.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from casegen import generate

from db.case import open_case
from db.queries import ClaimCursor, list_claims
from db.search import claims_statement, search_claims
from db.text.normalise import fts5_match_expression

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
    case.close()


if __name__ == "__main__":
    main()
