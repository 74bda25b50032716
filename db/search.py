"""Ranked full-text search over claims, quotes and source text.

SQLite uses FTS5 (bm25); PostgreSQL a tsvector with a GIN index (ts_rank). Both index the
folded `*_key` columns, and the query is folded the same way (`db.text.normalise`), so that Arabic
with or without ligatures and diacritics, Turkish dotted and dotless i, and Russian ё match what
a reviewer typed. Results page by keyset on (rank, id), never by OFFSET.

A claim is also found by the names of the people and outlets on its chain (`db.search_named`:
ranked after every text match).
"""

from __future__ import annotations

from collections.abc import Sequence

from .name_search import Expansion, expanded_rank
from .search_hits import (
    ALIVE,
    SEARCH_PAGE,
    Reader,
    SearchCursor,
    SearchHit,
    dialect_of,
    next_cursor,
    statement_rows,
    tsquery_expression,
)
from .search_kinds import kind_statement, search
from .search_named import (
    NAME_RANK,
    Named,
    expansion_of,
    name_index,
    named_matches,
    named_statement,
)
from .search_recent import is_common, recent_page
from .search_terms import spelled_query
from .text.number_forms import fts5_terms, query_terms

__all__ = [
    "NAME_RANK",
    "SEARCH_PAGE",
    "SearchCursor",
    "SearchHit",
    "claims_statement",
    "expansion_of",
    "kind_statement",
    "name_index",
    "named_matches",
    "next_cursor",
    "search",
    "search_claims",
    "spelled_statement",
    "tsquery_expression",
]


_SQLITE_CLAIMS = """
SELECT claim_id, MIN(rank) AS best FROM (
    SELECT rowid AS claim_id, bm25(claim_fts) AS rank FROM claim_fts WHERE claim_fts MATCH :q
    UNION ALL
    SELECT hops.claim_id, bm25(quote_fts) FROM quote_fts
    JOIN hops ON hops.id = quote_fts.rowid AND hops.deleted_at IS NULL
    WHERE quote_fts MATCH :q
) GROUP BY claim_id
"""

_PG_CLAIMS = """
SELECT claim_id, MIN(rank) AS best FROM (
    SELECT id AS claim_id, -(ts_rank(search_vector, to_tsquery('simple', :q))::float8) AS rank
    FROM claims WHERE search_vector @@ to_tsquery('simple', :q)
    UNION ALL
    SELECT claim_id, -(ts_rank(search_vector, to_tsquery('simple', :q))::float8)
    FROM hops WHERE deleted_at IS NULL AND search_vector @@ to_tsquery('simple', :q)
) AS matches GROUP BY claim_id
"""


_SQLITE_FIRST_PAGE = """
SELECT claim_id, MIN(rank) AS best FROM (
    SELECT * FROM (SELECT rowid AS claim_id, rank FROM claim_fts WHERE claim_fts MATCH :q
                   ORDER BY rank LIMIT :m)
    UNION ALL
    SELECT hops.claim_id, q.rank FROM (SELECT rowid, rank FROM quote_fts WHERE quote_fts MATCH :q
                                       ORDER BY rank LIMIT :m) AS q
    JOIN hops ON hops.id = q.rowid AND hops.deleted_at IS NULL
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
    expression: str | None = None,
) -> tuple[str, dict[str, object]] | None:
    """The SQL `search_claims` runs on this dialect ("sqlite" or "postgresql") and its
    parameters, or None when `query` holds no word (benchmarks run it raw). `named`: the actors
    and outlets the query names, whose claims match too (ranked NAME_RANK). `expression`: the
    query's FTS5 expression when the caller has one that ranks the same (`Spelled.whole`)."""
    if dialect == "postgresql":
        expression = tsquery_expression(query)
        body = _PG_CLAIMS
    else:
        expression = expression or fts5_terms(query)
        body = _SQLITE_CLAIMS
        if after is None and limit <= FIRST_PAGE_LIMIT and len(query_terms(query)) == 1:
            body = _SQLITE_FIRST_PAGE
    if expression is None:
        return None
    params: dict[str, object] = {"q": expression, "n": limit, "m": limit * QUOTES_PER_CLAIM}
    if named:
        by_name, name_params = named_statement(
            named, dialect, first=limit if after is None else None
        )
        params |= name_params
        body = (
            f"SELECT claim_id, MIN(best) AS best FROM (SELECT claim_id, best FROM ({body}) AS text_"
            f"matches UNION ALL SELECT claim_id, rank AS best FROM ({by_name}) AS by_name) AS "
            "all_matches GROUP BY claim_id"
        )
    # Claims in the Trash (and hops in it, above) are not found.
    keyset = "WHERE " + ALIVE["claim"].format(ident="ranked.claim_id")
    if after is not None:
        keyset += " AND (best > :r OR (best = :r AND claim_id > :i))"
        params |= {"r": after.rank, "i": after.id}
    statement = (
        f"SELECT claim_id, best FROM ({body}) AS ranked {keyset} ORDER BY best, claim_id LIMIT :n"
    )
    return statement, params


def search_claims(
    db: Reader,
    query: str,
    *,
    limit: int = SEARCH_PAGE,
    after: SearchCursor | None = None,
    exact: bool = False,
) -> list[SearchHit]:
    """Claims whose wording or any hop's quote holds every word of `query`, or with a hop by an
    actor (name or alias) or in an outlet that holds them all, best first; unless `exact`, then
    those that spell a name of the query in another script or form (`db.name_search`).

    A claim ranks by its best match (NAME_RANK for a name alone, above 0 for another spelling).
    Later pages (`after`) rank every match, so paging never skips or repeats a claim. A common
    word's text matches come newest first instead, each page ranked within itself (`order`
    "recent", `db.search_recent`); `next_cursor` gives the next page's cursor in either order.
    """
    dialect = dialect_of(db)
    whole = None  # the query with every word whole, when that ranks as the query does
    if after is None or after.recent:
        postgres = dialect == "postgresql"
        expression = tsquery_expression(query) if postgres else fts5_terms(query)
        if expression is None:
            return []
        # the last word spelled out: FTS5 reads it lazily (db.search_terms)
        typed = None if postgres else spelled_query(db, query)
        expression = expression if typed is None else typed.expression
        whole = typed.expression if typed is not None and typed.whole else None
        if after is not None or is_common(db, dialect, expression, typed):
            before = after.id if after is not None else None
            page = recent_page(db, dialect, expression, query, before=before, limit=limit)
            newest = [SearchHit("claim", cid, cid, rank, "recent") for cid, rank in page]
            if len(newest) >= limit:
                return newest
            # every text match given: the claims found only by a name or another spelling
            # follow, as they follow ranked text matches
            rest = SearchCursor(NAME_RANK, -1)
            return newest + search_claims(
                db, query, limit=limit - len(newest), after=rest, exact=exact
            )
    names = name_index(db)  # asked once for the names and the other spellings
    named = named_matches(db, query, names, spellings=not exact)
    hits: list[SearchHit] = []
    if after is None or after.rank <= NAME_RANK:  # exact and named matches come first
        found = claims_statement(
            dialect, query, limit=limit, after=after, named=named, expression=whole
        )
        if found is None:
            return []
        statement, params = found
        hits = [
            SearchHit("claim", int(cid), int(cid), float(rank))
            for cid, rank in statement_rows(db, statement, params)
        ]
    if exact or len(hits) >= limit:
        return hits
    expansion = expansion_of(db, query, names)
    later = after if after is not None and after.rank > NAME_RANK else None
    # on a first page that is not full, its hits are every exact and named match there is
    known = tuple(h.id for h in hits) if after is None else None
    other_spellings = spelled_statement(
        dialect,
        query,
        expansion,
        named=named,
        limit=limit - len(hits),
        after=later,
        found_ids=known,
    )
    if other_spellings is not None:
        statement, params = other_spellings
        hits += [
            SearchHit("claim", int(cid), int(cid), float(rank))
            for cid, rank in statement_rows(db, statement, params)
        ]
    return hits


def spelled_statement(
    dialect: str,
    query: str,
    expansion: Expansion,
    *,
    named: Named | None = None,
    limit: int = SEARCH_PAGE,
    after: SearchCursor | None = None,
    found_ids: Sequence[int] | None = None,
) -> tuple[str, dict[str, object]] | None:
    """The SQL of the claims found only through other spellings of the query's names (not by
    the query as typed, nor by a name): ranked in (0, 1] after every other match, by their
    text rank (`expanded_rank`), keyset paged like `claims_statement`. None when the
    expansion added nothing. `found_ids`: every claim the query as typed or a name finds,
    when the caller has them all (else the statement finds them again to leave them out)."""
    postgres = dialect == "postgresql"
    expanded = expansion.tsquery() if postgres else expansion.fts5()
    expression = tsquery_expression(query) if postgres else fts5_terms(query)
    if not expanded or expression is None:
        return None
    template = _PG_CLAIMS if postgres else _SQLITE_CLAIMS
    params: dict[str, object] = {"q": expression, "qx": expanded, "n": limit}
    keyset = "WHERE " + ALIVE["claim"].format(ident="ranked.claim_id")
    if found_ids is not None:
        if found_ids:  # ints from the case: safe inline
            keyset += f" AND claim_id NOT IN ({', '.join(str(int(i)) for i in found_ids)})"
    else:
        exact = f"SELECT claim_id FROM ({template}) AS exact_matches"
        if named:
            by_name, name_params = named_statement(named, dialect)
            exact += f" UNION SELECT claim_id FROM ({by_name}) AS by_name"
            params |= name_params
        keyset += f" AND claim_id NOT IN ({exact})"
    if after is not None:
        keyset += " AND (best > :r OR (best = :r AND claim_id > :i))"
        params |= {"r": after.rank, "i": after.id}
    body = (
        f"SELECT claim_id, {expanded_rank('best')} AS best "
        f"FROM ({template.replace(':q', ':qx')}) AS spelled"
    )
    statement = (
        f"SELECT claim_id, best FROM ({body}) AS ranked {keyset} ORDER BY best, claim_id LIMIT :n"
    )
    return statement, params
