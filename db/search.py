"""Ranked full-text search over claims, quotes and source text.

SQLite uses FTS5 (bm25); PostgreSQL a tsvector with a GIN index (ts_rank). Both index the
folded `*_key` columns, and the query is folded the same way (`db.normalise`), so that Arabic
with or without ligatures and diacritics, Turkish dotted and dotless i, and Russian ё match what
a reviewer typed. Results page by keyset on (rank, id), never by OFFSET.

A claim is also found by the names of the people and outlets on its chain: when every word of the
query is in an actor's name or alias ("Lavrov" finds Sergey Lavrov) or in a source's outlet, the
claims with a hop by that actor or in that outlet's sources match too (`named_matches`; ranked
after every text match). Names are few beside claims: they are folded in Python (cached), and the
claims are then found through the hops' indexes on actor and source; the full-text indexes are
untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

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


NAME_RANK = 0.0
"""The rank of a claim found only by an actor's or outlet's name: after every text match (text
ranks are negative: lower is better on both databases)."""
MAX_OUTLETS = 5_000
"""More outlets than this matching one query are not a name search (the words are too common):
the first ones by name are used."""


@dataclass(frozen=True)
class Named:
    """Actors (ids) whose name or an alias, and outlets whose name, hold every word of a query."""

    actor_ids: tuple[int, ...] = ()
    outlets: tuple[str, ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.actor_ids or self.outlets)


@lru_cache(maxsize=65_536)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(search_words(name))


def _holds(words: list[str], name: str) -> bool:
    """Every word of the query is a word of `name`, the last one perhaps only its start (as
    in the full-text search)."""
    have = _name_words(name)
    if not have:
        return False
    *whole, last = words
    return all(w in have for w in whole) and (last in have or any(h.startswith(last) for h in have))


def named_matches(session: Session, query: str) -> Named:
    """The actors and outlets `query` names (see the module docstring); empty for a query
    without words. Reads every actor name, alias and distinct outlet: a few milliseconds for
    thousands of them (their folded words are cached)."""
    words = search_words(query)
    if not words:
        return Named()
    actor_ids: set[int] = set()
    names = session.execute(
        text("SELECT id, name FROM actors UNION ALL SELECT actor_id, alias FROM actor_aliases")
    )
    for actor_id, name in names:
        if actor_id not in actor_ids and _holds(words, name):
            actor_ids.add(int(actor_id))
    outlets = [
        outlet
        for (outlet,) in session.execute(
            text("SELECT DISTINCT outlet FROM sources WHERE outlet <> '' ORDER BY outlet")
        )
        if _holds(words, outlet)
    ]
    return Named(tuple(sorted(actor_ids)), tuple(outlets[:MAX_OUTLETS]))


def _named_statement(named: Named, dialect: str) -> tuple[str, dict[str, object]]:
    """SELECT claim_id, rank for the claims with a hop by one of the named actors or in a source
    of one of the named outlets (through ix_hops_actor_id and ix_hops_source_id)."""
    rank = "CAST(0 AS DOUBLE PRECISION)" if dialect == "postgresql" else "0.0"
    parts: list[str] = []
    params: dict[str, object] = {}
    if named.actor_ids:
        ids = ", ".join(str(int(i)) for i in named.actor_ids)  # ints from the case: safe inline
        parts.append(f"SELECT claim_id, {rank} AS rank FROM hops WHERE actor_id IN ({ids})")
    if named.outlets:
        marks = ", ".join(f":outlet{n}" for n in range(len(named.outlets)))
        params = {f"outlet{n}": outlet for n, outlet in enumerate(named.outlets)}
        parts.append(
            f"SELECT hops.claim_id, {rank} AS rank FROM hops WHERE hops.source_id IN "
            f"(SELECT id FROM sources WHERE outlet IN ({marks}))"
        )
    return " UNION ALL ".join(parts), params


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
    dialect: str,
    query: str,
    *,
    limit: int = SEARCH_PAGE,
    after: SearchCursor | None = None,
    named: Named | None = None,
) -> tuple[str, dict[str, object]] | None:
    """The SQL `search_claims` runs on this dialect ("sqlite" or "postgresql") and its
    parameters, or None when `query` holds no word (benchmarks run it raw). `named`: the actors
    and outlets the query names, whose claims match too (ranked NAME_RANK)."""
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
    if named:
        by_name, name_params = _named_statement(named, dialect)
        params |= name_params
        body = (
            f"SELECT claim_id, MIN(best) AS best FROM (SELECT claim_id, best FROM ({body}) AS text_"
            f"matches UNION ALL SELECT claim_id, rank AS best FROM ({by_name}) AS by_name) AS "
            "all_matches GROUP BY claim_id"
        )
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
    """Claims whose wording or any hop's quote holds every word of `query`, or with a hop by an
    actor (name or alias) or in an outlet that holds them all, best first.

    A claim ranks by its best match (NAME_RANK for a name alone). Later pages (`after`) rank
    every match, so paging never skips or repeats a claim.
    """
    dialect = session.get_bind().dialect.name
    named = named_matches(session, query)
    found = claims_statement(dialect, query, limit=limit, after=after, named=named)
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
    """Claims, quotes and source texts holding every word of `query`, best first per kind; the
    claims include those found by an actor's or outlet's name (rank NAME_RANK, after the text
    matches; see `search_claims`)."""
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
        if kind == "claim":
            hits.extend(_claims_by_name(session, query, hits, limit))
    return sorted(hits, key=lambda h: (h.rank, h.kind, h.id))[:limit] if len(kinds) > 1 else hits


def _claims_by_name(
    session: Session, query: str, found: list[SearchHit], limit: int
) -> list[SearchHit]:
    """Claim hits for the claims `query` names through their actors or outlets and not found
    by their text already (at most `limit`, by claim id)."""
    named = named_matches(session, query)
    if not named:
        return []
    by_name, params = _named_statement(named, session.get_bind().dialect.name)
    have = {h.id for h in found if h.kind == "claim"}
    rows = session.execute(
        text(
            f"SELECT DISTINCT claim_id FROM ({by_name}) AS by_name ORDER BY claim_id "
            f"LIMIT {int(limit) + len(have)}"
        ),
        params,
    )
    ids = [int(cid) for (cid,) in rows if int(cid) not in have]
    return [SearchHit("claim", cid, cid, NAME_RANK) for cid in ids[:limit]]
