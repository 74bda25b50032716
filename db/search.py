"""Ranked full-text search over claims, quotes and source text.

SQLite uses FTS5 (bm25); PostgreSQL a tsvector with a GIN index (ts_rank). Both index the
folded `*_key` columns, and the query is folded the same way (`db.normalise`), so that Arabic
with or without ligatures and diacritics, Turkish dotted and dotless i, and Russian ё match what
a reviewer typed. Results page by keyset on (rank, id), never by OFFSET.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from .normalise import fts5_match_expression, search_words

SEARCH_PAGE = 50


@dataclass(frozen=True)
class SearchCursor:
    rank: float
    id: int


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "claim", "quote" or "source"
    id: int
    claim_id: int | None
    rank: float


def tsquery_expression(query: str) -> str | None:
    """A PostgreSQL tsquery: every word, the last one as a prefix."""
    words = search_words(query)
    if not words:
        return None
    quoted = [f"'{w}'" for w in words]
    quoted[-1] += ":*"
    return " & ".join(quoted)


_SQLITE_CLAIMS = """
SELECT claim_id, MIN(rank) AS best FROM (
    SELECT rowid AS claim_id, bm25(claim_fts) AS rank FROM claim_fts WHERE claim_fts MATCH :q
    UNION ALL
    SELECT hops.claim_id, bm25(quote_fts) FROM quote_fts JOIN hops ON hops.id = quote_fts.rowid
    WHERE quote_fts MATCH :q
) GROUP BY claim_id
"""

_PG_CLAIMS = """
SELECT claim_id, MIN(rank) AS best FROM (
    SELECT id AS claim_id, -(ts_rank(search_vector, to_tsquery('simple', :q))::float8) AS rank
    FROM claims WHERE search_vector @@ to_tsquery('simple', :q)
    UNION ALL
    SELECT claim_id, -(ts_rank(search_vector, to_tsquery('simple', :q))::float8)
    FROM hops WHERE search_vector @@ to_tsquery('simple', :q)
) AS matches GROUP BY claim_id
"""


_SQLITE_FIRST_PAGE = """
SELECT claim_id, MIN(rank) AS best FROM (
    SELECT * FROM (SELECT rowid AS claim_id, rank FROM claim_fts WHERE claim_fts MATCH :q
                   ORDER BY rank LIMIT :m)
    UNION ALL
    SELECT hops.claim_id, q.rank FROM (SELECT rowid, rank FROM quote_fts WHERE quote_fts MATCH :q
                                       ORDER BY rank LIMIT :m) AS q
    JOIN hops ON hops.id = q.rowid
) GROUP BY claim_id
"""

QUOTES_PER_CLAIM = 8
"""The first page takes the best `limit × QUOTES_PER_CLAIM` rows of each index, which holds
every claim of the true first page unless a claim has more quotes than this among the best."""

FIRST_PAGE_LIMIT = 200
"""FTS5 keeping only the best rows while ranking (ORDER BY rank LIMIT) pays for one word and a
short page: 25–35 % faster for one-word queries at 50 results on a million claims; slower for
several words (each row must match them all anyway) and for 1,000 results, where ranking every
match is cheaper (`tests/benchmarks/bench_search.py`)."""


def claims_statement(
    dialect: str, query: str, *, limit: int = SEARCH_PAGE, after: SearchCursor | None = None
) -> tuple[str, dict[str, object]] | None:
    """The SQL `search_claims` runs on this dialect ("sqlite" or "postgresql") and its
    parameters, or None when `query` holds no word (benchmarks run it raw)."""
    if dialect == "postgresql":
        expression = tsquery_expression(query)
        body = _PG_CLAIMS
    else:
        expression = fts5_match_expression(query)
        body = _SQLITE_CLAIMS
        if after is None and limit <= FIRST_PAGE_LIMIT and len(search_words(query)) == 1:
            body = _SQLITE_FIRST_PAGE
    if expression is None:
        return None
    params: dict[str, object] = {"q": expression, "n": limit, "m": limit * QUOTES_PER_CLAIM}
    keyset = ""
    if after is not None:
        keyset = "WHERE best > :r OR (best = :r AND claim_id > :i)"
        params |= {"r": after.rank, "i": after.id}
    statement = (
        f"SELECT claim_id, best FROM ({body}) AS ranked {keyset} ORDER BY best, claim_id LIMIT :n"
    )
    return statement, params


def search_claims(
    session: Session, query: str, *, limit: int = SEARCH_PAGE, after: SearchCursor | None = None
) -> list[SearchHit]:
    """Claims whose wording or any hop's quote holds every word of `query`, best first.

    A claim ranks by its best match. Later pages (`after`) rank every match, so paging never
    skips or repeats a claim.
    """
    found = claims_statement(session.get_bind().dialect.name, query, limit=limit, after=after)
    if found is None:
        return []
    statement, params = found
    return [
        SearchHit("claim", int(cid), int(cid), float(rank))
        for cid, rank in session.execute(text(statement), params)
    ]


_SQLITE_ALL = {
    "claim": "SELECT rowid, rowid, bm25(claim_fts) FROM claim_fts WHERE claim_fts MATCH :q",
    "quote": "SELECT hops.id, hops.claim_id, bm25(quote_fts) FROM quote_fts "
    "JOIN hops ON hops.id = quote_fts.rowid WHERE quote_fts MATCH :q",
    "source": "SELECT rowid, NULL, bm25(source_fts) FROM source_fts WHERE source_fts MATCH :q",
}

_PG_ALL = {
    "claim": "SELECT id, id, -(ts_rank(search_vector, to_tsquery('simple', :q))::float8) FROM claims "
    "WHERE search_vector @@ to_tsquery('simple', :q)",
    "quote": "SELECT id, claim_id, -(ts_rank(search_vector, to_tsquery('simple', :q))::float8) FROM hops "
    "WHERE search_vector @@ to_tsquery('simple', :q)",
    "source": "SELECT id, NULL, -(ts_rank(search_vector, to_tsquery('simple', :q))::float8) FROM sources "
    "WHERE search_vector @@ to_tsquery('simple', :q)",
}


def search(
    session: Session,
    query: str,
    *,
    kinds: tuple[str, ...] = ("claim", "quote", "source"),
    limit: int = SEARCH_PAGE,
) -> list[SearchHit]:
    """Claims, quotes and source texts holding every word of `query`, best first per kind."""
    postgres = session.get_bind().dialect.name == "postgresql"
    expression = tsquery_expression(query) if postgres else fts5_match_expression(query)
    if expression is None:
        return []
    statements = _PG_ALL if postgres else _SQLITE_ALL
    hits: list[SearchHit] = []
    for kind in kinds:
        sql = f"{statements[kind]} ORDER BY 3, 1 LIMIT :n"
        for ident, claim_id, rank in session.execute(text(sql), {"q": expression, "n": limit}):
            hits.append(
                SearchHit(
                    kind, int(ident), None if claim_id is None else int(claim_id), float(rank)
                )
            )
    return sorted(hits, key=lambda h: (h.rank, h.kind, h.id))[:limit] if len(kinds) > 1 else hits
