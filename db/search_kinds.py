"""`search`: claims, quotes and source texts that hold a query's words, a page per kind.

A kind's matches are counted up to `COMMON_MATCHES`, nothing scored (on SQLite with the last
word spelled out, `db.search_terms`, so FTS5 reads lazily). Fewer than that: every match is
ranked best first as before (bm25 or ts_rank, the same statement as
always, `kind_statement`). That many: the word is common, ranking every match would cost a
score per match (seconds on a million claims), so the page is the newest `limit` matches,
ranked within itself (`SearchHit.order == "recent"`).
"""

from __future__ import annotations

from sqlalchemy import text

from . import search_recent
from .search_hits import (
    ALIVE,
    SEARCH_PAGE,
    Reader,
    SearchHit,
    dialect_of,
    statement_rows,
    tsquery_expression,
)
from .search_named import (
    NAME_RANK,
    NameIndex,
    expansion_of,
    name_index,
    named_matches,
    named_statement,
)
from .search_terms import Spelled, average_length, page_ranks, spelled_query
from .text.number_forms import fts5_terms

_SQLITE_ALL = {
    "claim": "SELECT rowid AS ident, rowid, bm25(claim_fts) FROM claim_fts WHERE claim_fts MATCH :q",
    "quote": "SELECT hops.id AS ident, hops.claim_id, bm25(quote_fts) FROM quote_fts "
    "JOIN hops ON hops.id = quote_fts.rowid WHERE quote_fts MATCH :q",
    "source": "SELECT rowid AS ident, NULL, bm25(source_fts) FROM source_fts WHERE source_fts MATCH :q",
}

_PG_ALL = {
    "claim": "SELECT id AS ident, id, -(ts_rank(search_vector, to_tsquery('simple', :q))::float8) FROM claims "
    "WHERE search_vector @@ to_tsquery('simple', :q)",
    "quote": "SELECT id AS ident, claim_id, -(ts_rank(search_vector, to_tsquery('simple', :q))::float8) FROM hops "
    "WHERE search_vector @@ to_tsquery('simple', :q)",
    "source": "SELECT id AS ident, CAST(NULL AS INTEGER), -(ts_rank(search_vector, to_tsquery('simple', :q))::float8) FROM sources "
    "WHERE search_vector @@ to_tsquery('simple', :q)",
}

_SQLITE_NEWEST = {
    "claim": "SELECT rowid AS ident, rowid FROM claim_fts WHERE claim_fts MATCH :q",
    "quote": "SELECT quote_fts.rowid AS ident, hops.claim_id FROM quote_fts "
    "JOIN hops ON hops.id = quote_fts.rowid WHERE quote_fts MATCH :q",
    "source": "SELECT rowid AS ident, NULL FROM source_fts WHERE source_fts MATCH :q",
}
_PG_NEWEST = {
    "claim": "SELECT id AS ident, id FROM claims WHERE search_vector @@ to_tsquery('simple', :q)",
    "quote": "SELECT id AS ident, claim_id FROM hops WHERE search_vector @@ to_tsquery('simple', :q)",
    "source": "SELECT id AS ident, NULL FROM sources WHERE search_vector @@ to_tsquery('simple', :q)",
}
_KEYS = {"claim": ("claims", "text_key"), "quote": ("hops", "quote_key"), "source": ("sources", "text_key")}  # fmt: skip


def kind_statement(dialect: str, kind: str) -> str:
    """The SQL that ranks every match of one kind ("claim", "quote" or "source") on this
    dialect: parameters `q` (the FTS5 MATCH or tsquery expression) and `n` (how many); rows of
    (id, claim id or NULL, rank), best first, nothing from the Trash."""
    statements = _PG_ALL if dialect == "postgresql" else _SQLITE_ALL
    alive = ALIVE[kind].format(ident="found.ident")
    return f"SELECT * FROM ({statements[kind]}) AS found WHERE {alive} ORDER BY 3, 1 LIMIT :n"


def newest_statement(dialect: str, kind: str) -> str:
    """The SQL of one kind's newest matches, nothing scored: parameters `q` and `t` (how
    many); rows of (id, claim id or NULL), newest first, nothing from the Trash."""
    statements = _PG_NEWEST if dialect == "postgresql" else _SQLITE_NEWEST
    # the full-text index gives its rows in id order: ORDER BY needs no sort
    alive = ALIVE[kind].format(ident="found.ident")
    return f"SELECT * FROM ({statements[kind]}) AS found WHERE {alive} ORDER BY 1 DESC LIMIT :t"


def ranked_statement(dialect: str, kinds: tuple[str, ...]) -> str:
    """One statement ranking every match of each of `kinds` (`kind_statement`'s best `n` of
    each, side by side): rows of (kind, id, claim id or NULL, rank)."""
    pages = [
        f"SELECT * FROM (SELECT '{kind}' AS kind, page.* FROM ({kind_statement(dialect, kind)}) "
        f"AS page) AS {kind}_page"
        for kind in kinds
    ]
    return " UNION ALL ".join(pages)


def _few(db: Reader, dialect: str, kind: str, lazy: str, spelled: Spelled | None) -> bool | None:
    """Whether a kind's matches are few enough to rank them all; None when there are none. As
    the look-up of the last word bounded them (`spelled`), else counted."""
    common = search_recent.COMMON_MATCHES
    table = _KEYS[kind][0] if dialect == "postgresql" else f"{kind}_fts"
    at_most = None if spelled is None else spelled.at_most(table)
    if at_most == 0:  # the look-up found none of the words in this index
        return None
    if at_most is not None:
        return at_most < common
    return search_recent.count_matches(db, dialect, table, lazy, common) < common


def _pages(
    db: Reader,
    dialect: str,
    kinds: tuple[str, ...],
    query: str,
    expressions: tuple[str, str],
    limit: int,
    spelled: Spelled | None = None,
) -> dict[str, list[SearchHit]]:
    """Each kind's page: every match ranked when there are few (the kinds with few in one
    statement), else the newest ranked."""
    ranked, lazy = expressions
    if dialect == "postgresql":
        few, pages = _postgres_pages(db, kinds, ranked, limit)
    else:
        few = {kind: _few(db, dialect, kind, lazy, spelled) for kind in kinds}
        pages = {kind: [] for kind in kinds}
        all_ranked = tuple(kind for kind in kinds if few[kind])
        if all_ranked:
            sql = ranked_statement(dialect, all_ranked)
            for kind, i, c, r in statement_rows(db, sql, {"q": ranked, "n": limit}):
                pages[kind].append(SearchHit(kind, int(i), _claim(c), float(r)))
    for kind in kinds:  # as each page came (a union keeps no order of its own)
        pages[kind].sort(key=lambda h: (h.rank, h.id))
    for kind in (kind for kind in kinds if few[kind] is False):
        newest = db.execute(text(newest_statement(dialect, kind)), {"q": lazy, "t": limit})
        page = {int(i): None if c is None else int(c) for i, c in newest}
        ranks = _ranks(db, dialect, kind, query, ranked, list(page))
        pages[kind] = sorted(
            (SearchHit(kind, i, c, ranks.get(i, 0.0), "recent") for i, c in page.items()),
            key=lambda h: (h.rank, -h.id),
        )
    return pages


_PG_CAPPED = {
    "claim": ("claims", "id"),
    "quote": ("hops", "claim_id"),
    "source": ("sources", "CAST(NULL AS INTEGER)"),
}
_PG_COUNTED = (
    "SELECT * FROM (WITH capped AS MATERIALIZED (SELECT id AS ident, {claim} AS claim FROM "
    "{table} WHERE search_vector @@ to_tsquery('simple', :q) LIMIT :common) "
    "SELECT '{kind}' AS kind, CAST(NULL AS INTEGER) AS ident, CAST(NULL AS INTEGER) AS claim, "
    "CAST(NULL AS DOUBLE PRECISION) AS rank, (SELECT COUNT(*) FROM capped) AS total "
    "UNION ALL SELECT * FROM (SELECT '{kind}', found.ident, found.claim, "
    "-(ts_rank(t.search_vector, to_tsquery('simple', :q))::float8) AS rank, CAST(NULL AS BIGINT) "
    "FROM capped AS found JOIN {table} AS t ON t.id = found.ident "
    "WHERE (SELECT COUNT(*) FROM capped) < :common AND {alive} "
    "ORDER BY rank, found.ident LIMIT :n) AS ranked) AS {kind}_page"
)
"""One kind's matches counted up to `:common` (nothing read but the ids) and, when fewer, ranked
(`kind_statement`'s page) in the same statement: a row of (kind, NULL, NULL, NULL, how many
matched), then the page's rows of (kind, id, claim id or NULL, rank, NULL)."""


def _postgres_pages(
    db: Reader, kinds: tuple[str, ...], expression: str, limit: int
) -> tuple[dict[str, bool | None], dict[str, list[SearchHit]]]:
    """PostgreSQL: whether each kind's matches are few (None: none) and the pages of those that
    are, in one statement: the server looks each kind's words up once and answers in one round
    trip. (Counted first, then ranked, the search looked them up twice, in two round trips,
    each planned on a connection that had planned nothing yet: twice the raw query of the words
    on a new connection.)"""
    common = search_recent.COMMON_MATCHES
    sql = " UNION ALL ".join(
        _PG_COUNTED.format(
            kind=kind,
            table=_PG_CAPPED[kind][0],
            claim=_PG_CAPPED[kind][1],
            alive=ALIVE[kind].format(ident="found.ident"),
        )
        for kind in kinds
    )
    params = {"q": expression, "n": limit, "common": common}
    totals: dict[str, int] = {}
    pages: dict[str, list[SearchHit]] = {kind: [] for kind in kinds}
    for kind, i, c, r, total in statement_rows(db, sql, params):
        if total is not None:
            totals[kind] = int(total)
        else:
            pages[kind].append(SearchHit(kind, int(i), _claim(c), float(r)))
    few = {kind: None if kind not in totals else totals[kind] < common for kind in kinds}
    return few, pages


def _claim(ident: object) -> int | None:
    return None if ident is None else int(str(ident))


def _ranks(
    db: Reader, dialect: str, kind: str, query: str, expression: str, ids: list[int]
) -> dict[int, float]:
    """The rank of each of a page's rows (ids of one kind): ts_rank, or on SQLite bm25's
    weighting from the texts themselves (`db.search_terms.page_ranks`)."""
    table, column = _KEYS[kind]
    listed = ", ".join(str(int(i)) for i in ids)  # ints from the case: safe inline
    if dialect == "postgresql":
        rows = db.execute(
            text(
                f"SELECT id, -(ts_rank(search_vector, to_tsquery('simple', :q))::float8) "
                f"FROM {table} WHERE id IN ({listed})"
            ),
            {"q": expression},
        )
        return {int(i): float(r) for i, r in rows}
    keys = db.execute(text(f"SELECT id, {column} FROM {table} WHERE id IN ({listed})"))
    average = average_length(db, f"{kind}_fts")
    return page_ranks(query, ((int(i), k) for i, k in keys), average)


def search(
    db: Reader,
    query: str,
    *,
    kinds: tuple[str, ...] = ("claim", "quote", "source"),
    limit: int = SEARCH_PAGE,
    exact: bool = False,
    names: NameIndex | None = None,
) -> list[SearchHit]:
    """Claims, quotes and source texts holding every word of `query`, best first per kind (a
    common word's newest first, see above); the claims include those found by an actor's or
    outlet's name (rank NAME_RANK, after the text matches; see `search_claims`); unless
    `exact`, then the texts that spell a name of the query in another script or form (ranked
    after those: `db.name_search`). `names`: the case's `name_index`, when the caller has it."""
    dialect = dialect_of(db)
    postgres = dialect == "postgresql"
    expression = tsquery_expression(query) if postgres else fts5_terms(query)
    if expression is None:
        return []
    spelled = None if postgres else spelled_query(db, query)
    lazy = expression if spelled is None else spelled.expression
    ranked = lazy if spelled is not None and spelled.whole else expression
    names = names or name_index(db)  # asked once for the names and the other spellings
    expansion = None if exact else expansion_of(db, query, names)
    expanded = (expansion.tsquery() if postgres else expansion.fts5()) if expansion else None
    # what only another spelling finds ranks after everything else, so it is asked for only
    # when a kind's page is not full
    hits: list[SearchHit] = []
    pages = _pages(db, dialect, kinds, query, (ranked, lazy), limit, spelled)
    for kind in kinds:
        hits += pages[kind]
        if kind == "claim":
            hits.extend(_claims_by_name(db, query, hits, limit, names, exact=exact))
        if expanded and sum(h.kind == kind for h in hits) < limit:
            have = {h.id for h in hits if h.kind == kind}
            sql = kind_statement(dialect, kind)
            rows = db.execute(text(sql), {"q": expanded, "n": limit + len(have)})
            hits.extend(
                SearchHit(kind, int(i), None if c is None else int(c), 1.0 / (1.0 - float(r)))
                for i, c, r in rows
                if int(i) not in have
            )
    return sorted(hits, key=lambda h: (h.rank, h.kind, h.id))[:limit] if len(kinds) > 1 else hits


def _claims_by_name(
    db: Reader,
    query: str,
    found: list[SearchHit],
    limit: int,
    names: NameIndex,
    *,
    exact: bool = False,
) -> list[SearchHit]:
    """Claim hits for the claims `query` names through their actors or outlets and not found
    by their text already (at most `limit`, by claim id)."""
    named = named_matches(db, query, names, spellings=not exact)
    if not named:
        return []
    have = {h.id for h in found if h.kind == "claim"}
    by_name, params = named_statement(named, dialect_of(db), first=limit + len(have))
    rows = db.execute(
        text(
            f"SELECT DISTINCT claim_id FROM ({by_name}) AS by_name ORDER BY claim_id "
            f"LIMIT {int(limit) + len(have)}"
        ),
        params,
    )
    ids = [int(cid) for (cid,) in rows if int(cid) not in have]
    return [SearchHit("claim", cid, cid, NAME_RANK) for cid in ids[:limit]]
