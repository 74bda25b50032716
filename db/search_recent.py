"""A common word's claims, most recent first: pages that need no ranking of every match.

Ranking by bm25 (SQLite) or ts_rank (PostgreSQL) scores every matching row before the first
page can be known: for a word in most claims ("minister") that is hundreds of thousands of
scores, near a second on a million claims. A query that matches at least `COMMON_MATCHES` claim
texts or quotes (`is_common`: counting stops there, nothing is scored) is paged by recency
instead: the claims whose text or a quote matches, newest (highest id) first, a page at a time,
keyset on the claim id; only the page's own claims are then ranked, best first within the page.
The hits say so (`SearchHit.order == "recent"`), and `next_cursor` continues in that order.

A page is exact: the newest `limit` claims whose text matches below the cursor (the full-text
index in rowid order) bound the page's window; within it the newest claims with a matching quote
are found through the hops' claim index, each hop looked up in the quote index by rowid. Claims
and hops in the Trash are left out as everywhere.

On SQLite the statements take the query with its last word spelled out
(`db.search_terms.spelled_expression`), which FTS5 reads lazily, and the page is ranked from its
own texts (`db.search_terms.page_ranks`): bm25 would first count every match of each word.
"""

from __future__ import annotations

from sqlalchemy import text

from .search_hits import Reader, statement_rows
from .search_terms import Spelled, average_length, page_ranks

COMMON_MATCHES = 5_000
"""A query matching this many claim texts and quotes is common: ranking every match costs
about 2.5 µs a match on SQLite, and a page by recency costs more the rarer the word."""

_WINDOW = "SELECT MIN(id), MAX(id) FROM hops WHERE claim_id >= :low AND claim_id < :c"
"""The hops of the claims in a window (their ids: the quote index is searched in that range),
through the hops' claim index."""

_POSTGRES_WINDOW = (
    "SELECT MIN(id), MAX(id) FROM (SELECT id FROM hops WHERE claim_id >= :low AND claim_id < :c "
    "OFFSET 0) AS in_window"
)
"""The same on PostgreSQL. Asked for MIN(id) and MAX(id) of one table, its planner walks the
primary key from each end until a hop of the window turns up, counting on the window's hops to be
spread over the ids; they are the newest claims' hops, all at the end, so the walk from the start
read every other hop first (3 s at 2,000,000 hops). The subquery (OFFSET 0 keeps it one) makes it
read the window's hops through the claim index, as SQLite does."""

_SQLITE = {
    "window": _WINDOW,
    "count": "SELECT COUNT(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH :q LIMIT :t)",
    "claims": "SELECT rowid FROM claim_fts WHERE claim_fts MATCH :q AND rowid < :c "
    "AND EXISTS (SELECT 1 FROM claims WHERE claims.id = claim_fts.rowid "
    "AND claims.deleted_at IS NULL) ORDER BY rowid DESC LIMIT :n",
    "quotes": "SELECT DISTINCT h.claim_id FROM quote_fts JOIN hops AS h ON h.id = quote_fts.rowid "
    "JOIN claims ON claims.id = h.claim_id AND claims.deleted_at IS NULL "
    "WHERE quote_fts MATCH :q AND quote_fts.rowid BETWEEN :hlo AND :hhi "
    "AND h.claim_id >= :low AND h.claim_id < :c AND h.deleted_at IS NULL "
    "ORDER BY h.claim_id DESC LIMIT :n",
}
"""One full-text query each, the quotes in a rowid range (a query per hop would look the words
up again and again)."""

_TS = "to_tsquery('simple', :q)"
_POSTGRES = {
    "window": _POSTGRES_WINDOW,
    "count": "SELECT COUNT(*) FROM (SELECT 1 FROM {table} WHERE search_vector @@ "
    + _TS
    + " LIMIT :t) AS probe",
    "claims": "SELECT id FROM claims WHERE search_vector @@ "
    + _TS
    + " AND id < :c AND deleted_at IS NULL ORDER BY id DESC LIMIT :n",
    "quotes": "SELECT DISTINCT h.claim_id FROM hops AS h JOIN claims ON claims.id = h.claim_id "
    "AND claims.deleted_at IS NULL WHERE h.search_vector @@ "
    + _TS
    + " AND h.id BETWEEN :hlo AND :hhi AND h.claim_id >= :low AND h.claim_id < :c "
    "AND h.deleted_at IS NULL ORDER BY h.claim_id DESC LIMIT :n",
}


def _sql(dialect: str) -> dict[str, str]:
    return _POSTGRES if dialect == "postgresql" else _SQLITE


def count_matches(db: Reader, dialect: str, table: str, expression: str, up_to: int) -> int:
    """How many rows of `table` (an FTS5 table on SQLite, the searched table on PostgreSQL)
    match `expression`, counted up to `up_to` and no further, nothing scored."""
    return count_each(db, dialect, (table,), expression, up_to)[table]


def count_each(
    db: Reader, dialect: str, tables: tuple[str, ...], expression: str, up_to: int
) -> dict[str, int]:
    """`count_matches` of each of `tables`, in one statement (one round trip to a server)."""
    sql = " UNION ALL ".join(
        f"SELECT '{table}', ({_sql(dialect)['count'].format(table=table)})" for table in tables
    )
    return {str(t): int(n or 0) for t, n in statement_rows(db, sql, {"q": expression, "t": up_to})}


def is_common(db: Reader, dialect: str, expression: str, spelled: Spelled | None = None) -> bool:
    """Whether the query (an FTS5 MATCH — best spelled out, `spelled_query` — or tsquery
    `expression`) matches `COMMON_MATCHES` claim texts and quotes together: counted up to there
    and no further, nothing scored; unless the look-up of the last word (`spelled`) bounded
    them below that already."""
    tables: tuple[str, ...] = ("claim_fts", "quote_fts")
    if dialect == "postgresql":
        tables = ("claims", "hops")
    if spelled is not None:
        bounds = [spelled.at_most(table) for table in tables]
        if None not in bounds and sum(b or 0 for b in bounds) < COMMON_MATCHES:
            return False
        # the look-up found none of the words in an index: it is not counted
        tables = tuple(table for table in tables if spelled.at_most(table) != 0)
    if dialect == "postgresql":  # one round trip to the server
        found = count_each(db, dialect, tables, expression, COMMON_MATCHES)
        return sum(found.values()) >= COMMON_MATCHES
    left = COMMON_MATCHES  # in this process: the hops are not counted when the claims suffice
    for table in tables:
        left -= count_matches(db, dialect, table, expression, left)
        if left <= 0:
            return True
    return False


def recent_page(
    db: Reader,
    dialect: str,
    expression: str,
    query: str,
    *,
    before: int | None,
    limit: int,
) -> list[tuple[int, float]]:
    """The newest `limit` claims below id `before` whose text or a quote matches `query`
    (`expression`: its FTS5 MATCH or tsquery expression), as (claim id, rank), best rank first
    (the page ranked within itself)."""
    sql = _sql(dialect)
    below = before if before is not None else 2**62
    params = {"q": expression, "c": below, "n": limit}
    by_text = [int(i) for (i,) in db.execute(text(sql["claims"]), params)]
    low = by_text[-1] if len(by_text) == limit else 0  # the window the page lies in
    ids = set(by_text)
    hlo, hhi = db.execute(text(sql["window"]), {"low": low, "c": below}).one()
    if hlo is not None:
        window = params | {"low": low, "hlo": hlo, "hhi": hhi}
        ids |= {int(i) for (i,) in db.execute(text(sql["quotes"]), window)}
    page = sorted(ids, reverse=True)[:limit]
    if not page:
        return []
    bounds = {"low": page[-1], "c": page[0] + 1}
    if dialect == "postgresql":
        ranks = _postgres_ranks(db, expression, page, bounds)
    else:
        ranks = _sqlite_ranks(db, query, page)
    return sorted(((i, ranks.get(i, 0.0)) for i in page), key=lambda r: (r[1], -r[0]))


def _sqlite_ranks(db: Reader, query: str, page: list[int]) -> dict[int, float]:
    """The page's claims ranked by their texts and their live hops' quotes."""
    ids = ", ".join(str(int(i)) for i in page)  # ints from the case: safe inline
    claims = db.execute(text(f"SELECT id, text_key FROM claims WHERE id IN ({ids})"))
    ranks = page_ranks(query, claims, average_length(db, "claim_fts"))
    quotes = db.execute(
        text(
            f"SELECT claim_id, quote_key FROM hops WHERE claim_id IN ({ids}) "
            "AND deleted_at IS NULL AND quote_key != ''"
        )
    )
    for claim_id, rank in page_ranks(query, quotes, average_length(db, "quote_fts")).items():
        ranks[claim_id] = min(rank, ranks.get(claim_id, 0.0))
    return ranks


_POSTGRES_RANK = (
    "SELECT id, -(ts_rank(search_vector, " + _TS + ")::float8) FROM claims "
    "WHERE search_vector @@ " + _TS + " AND id BETWEEN :low AND :high UNION ALL "
    "SELECT claim_id, -(ts_rank(search_vector, " + _TS + ")::float8) FROM hops "
    "WHERE search_vector @@ " + _TS + " AND id BETWEEN :hlo AND :hhi AND deleted_at IS NULL"
)


def _postgres_ranks(
    db: Reader, expression: str, page: list[int], bounds: dict[str, int]
) -> dict[int, float]:
    """The page's claims ranked by ts_rank (which needs no count of every match)."""
    hlo, hhi = db.execute(text(_POSTGRES_WINDOW), bounds).one()
    ranges = {"q": expression, "low": page[-1], "high": page[0], "hlo": hlo or 0, "hhi": hhi or 0}
    ranks: dict[int, float] = {}
    for claim_id, rank in db.execute(text(_POSTGRES_RANK), ranges):
        ranks[int(claim_id)] = min(float(rank), ranks.get(int(claim_id), 0.0))
    return ranks
