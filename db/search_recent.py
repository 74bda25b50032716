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
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

COMMON_MATCHES = 5_000
"""A query matching this many claim texts and quotes is common: ranking every match costs
about 2.5 µs a match on SQLite, and a page by recency costs more the rarer the word."""

_WINDOW = "SELECT MIN(id), MAX(id) FROM hops WHERE claim_id >= :low AND claim_id < :c"
"""The hops of the claims in a window (their ids: the quote index is searched in that range)."""

_SQLITE = {
    "count": "SELECT COUNT(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH :q LIMIT :t)",
    "claims": "SELECT rowid FROM claim_fts WHERE claim_fts MATCH :q AND rowid < :c "
    "AND EXISTS (SELECT 1 FROM claims WHERE claims.id = claim_fts.rowid "
    "AND claims.deleted_at IS NULL) ORDER BY rowid DESC LIMIT :n",
    "quotes": "SELECT DISTINCT h.claim_id FROM quote_fts JOIN hops AS h ON h.id = quote_fts.rowid "
    "JOIN claims ON claims.id = h.claim_id AND claims.deleted_at IS NULL "
    "WHERE quote_fts MATCH :q AND quote_fts.rowid BETWEEN :hlo AND :hhi "
    "AND h.claim_id >= :low AND h.claim_id < :c AND h.deleted_at IS NULL "
    "ORDER BY h.claim_id DESC LIMIT :n",
    "rank": "SELECT rowid, bm25(claim_fts) FROM claim_fts WHERE claim_fts MATCH :q "
    "AND rowid BETWEEN :low AND :high UNION ALL "
    "SELECT hops.claim_id, bm25(quote_fts) FROM quote_fts JOIN hops ON hops.id = quote_fts.rowid "
    "WHERE quote_fts MATCH :q AND quote_fts.rowid BETWEEN :hlo AND :hhi "
    "AND hops.deleted_at IS NULL",
}
"""One full-text query each, in a rowid range (a query per row would merge the last word's
prefix lists again and again)."""

_TS = "to_tsquery('simple', :q)"
_POSTGRES = {
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
    "rank": "SELECT id, -(ts_rank(search_vector, " + _TS + ")::float8) FROM claims "
    "WHERE search_vector @@ " + _TS + " AND id BETWEEN :low AND :high UNION ALL "
    "SELECT claim_id, -(ts_rank(search_vector, " + _TS + ")::float8) FROM hops "
    "WHERE search_vector @@ " + _TS + " AND id BETWEEN :hlo AND :hhi AND deleted_at IS NULL",
}


def _sql(dialect: str) -> dict[str, str]:
    return _POSTGRES if dialect == "postgresql" else _SQLITE


def is_common(session: Session, dialect: str, expression: str) -> bool:
    """Whether the query (an FTS5 MATCH or tsquery `expression`) matches `COMMON_MATCHES` claim
    texts and quotes together: counted up to there and no further, nothing scored."""
    sql = _sql(dialect)
    tables = ("claims", "hops") if dialect == "postgresql" else ("claim_fts", "quote_fts")
    left = COMMON_MATCHES
    for table in tables:
        statement = text(sql["count"].format(table=table))
        left -= int(session.execute(statement, {"q": expression, "t": left}).scalar() or 0)
        if left <= 0:
            return True
    return False


def recent_page(
    session: Session, dialect: str, expression: str, *, before: int | None, limit: int
) -> list[tuple[int, float]]:
    """The newest `limit` claims below id `before` whose text or a quote matches, as (claim id,
    rank), best rank first (the page ranked within itself)."""
    sql = _sql(dialect)
    below = before if before is not None else 2**62
    params = {"q": expression, "c": below, "n": limit}
    by_text = [int(i) for (i,) in session.execute(text(sql["claims"]), params)]
    low = by_text[-1] if len(by_text) == limit else 0  # the window the page lies in
    ids = set(by_text)
    hlo, hhi = session.execute(text(_WINDOW), {"low": low, "c": below}).one()
    if hlo is not None:
        window = params | {"low": low, "hlo": hlo, "hhi": hhi}
        ids |= {int(i) for (i,) in session.execute(text(sql["quotes"]), window)}
    page = sorted(ids, reverse=True)[:limit]
    if not page:
        return []
    # rank the page alone: its claims' texts and quotes, each index searched in the page's range
    bounds = {"low": page[-1], "c": page[0] + 1}
    hlo, hhi = session.execute(text(_WINDOW), bounds).one()
    ranges = {"q": expression, "low": page[-1], "high": page[0], "hlo": hlo or 0, "hhi": hhi or 0}
    ranks: dict[int, float] = {}
    for claim_id, rank in session.execute(text(sql["rank"]), ranges):
        ranks[int(claim_id)] = min(float(rank), ranks.get(int(claim_id), 0.0))
    return sorted(((i, ranks.get(i, 0.0)) for i in page), key=lambda r: (r[1], -r[0]))
