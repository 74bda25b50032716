"""Ranked full-text search over claims, quotes and source text.

SQLite uses FTS5 (bm25); PostgreSQL a tsvector with a GIN index (ts_rank). Both index the
folded `*_key` columns, and the query is folded the same way (`db.text.normalise`), so that Arabic
with or without ligatures and diacritics, Turkish dotted and dotless i, and Russian ё match what
a reviewer typed. Results page by keyset on (rank, id), never by OFFSET.

A claim is also found by the names of the people and outlets on its chain: when every word of the
query is in an actor's name or alias ("Lavrov" finds Sergey Lavrov) or in a source's outlet, the
claims with a hop by that actor or in that outlet's sources match too (`named_matches`; ranked
after every text match). Names are few beside claims: they are folded in Python and kept per case
until one changes (`_name_index`), and the claims are then found through the hops' indexes on
actor and source; the full-text indexes are untouched. "Every word" means every word in the names
of one actor (name and aliases together) or of one outlet.
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from .name_search import Expansion, expand_query, expanded_rank
from .text.normalise import fts5_match_expression, search_words

SEARCH_PAGE = 50
T = TypeVar("T")


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


@dataclass
class _NameIndex:
    """The folded words of every actor name and alias (word → actor ids) and of every outlet
    (word → outlets), with the sorted words for prefix look-ups; `token` tells when the names
    may have changed."""

    token: tuple[object, ...]
    actors: dict[str, set[int]]
    outlets: dict[str, set[str]]
    actor_words: list[str]
    outlet_words: list[str]
    expansions: dict[str, Expansion] = field(default_factory=dict)
    """Queries expanded through the actors' other spellings, kept while the names are."""


_INDEXES: weakref.WeakKeyDictionary[Engine, _NameIndex] = weakref.WeakKeyDictionary()
_TOKEN = (
    "SELECT (SELECT COUNT(*) FROM actors), (SELECT MAX(id) FROM actors),"
    " (SELECT SUM(version) FROM actors), (SELECT COUNT(*) FROM actor_aliases),"
    " (SELECT MAX(id) FROM actor_aliases), (SELECT COUNT(*) FROM sources),"
    " (SELECT MAX(id) FROM sources), (SELECT SUM(version) FROM sources)"
)
"""Changes when an actor, alias or source is added, removed or edited (versions count up)."""


def _name_index(session: Session) -> _NameIndex:
    """The case's name index, read again only when `_TOKEN` says the names changed (one
    aggregate query over the actors and sources: well under a millisecond for thousands)."""
    engine = session.get_bind().engine
    token = tuple(session.execute(text(_TOKEN)).one())
    index = _INDEXES.get(engine)
    if index is not None and index.token == token:
        return index
    actors: dict[str, set[int]] = {}
    names = session.execute(
        text("SELECT id, name FROM actors UNION ALL SELECT actor_id, alias FROM actor_aliases")
    )
    for actor_id, name in names:
        for word in search_words(name):
            actors.setdefault(word, set()).add(int(actor_id))
    outlets: dict[str, set[str]] = {}
    for (outlet,) in session.execute(text("SELECT DISTINCT outlet FROM sources")):
        for word in search_words(outlet or ""):
            outlets.setdefault(word, set()).add(outlet)
    index = _NameIndex(token, actors, outlets, sorted(actors), sorted(outlets))
    _INDEXES[engine] = index
    return index


def expansion_of(session: Session, query: str) -> Expansion:
    """`db.name_search.expand_query`, kept per case until an actor, alias or source changes
    (a search box asks for the same words again and again while results page in)."""
    index = _name_index(session)
    found = index.expansions.get(query)
    if found is None:
        if len(index.expansions) > 1000:
            index.expansions.clear()
        found = index.expansions[query] = expand_query(session, query)
    return found


def _having_all(words: list[str], by_word: dict[str, set[T]], vocabulary: list[str]) -> set[T]:
    """The things whose words include every word of `words`, the last perhaps only as the start
    of one (as in the full-text search)."""
    *whole, last = words
    found: set[T] | None = None
    for word in whole:
        found = set(by_word.get(word, ())) if found is None else found & by_word.get(word, set())
        if not found:
            return set()
    prefixed: set[T] = set()
    at = bisect.bisect_left(vocabulary, last)
    while at < len(vocabulary) and vocabulary[at].startswith(last):
        prefixed |= by_word[vocabulary[at]]
        at += 1
    return prefixed if found is None else found & prefixed


def named_matches(session: Session, query: str) -> Named:
    """The actors whose names and aliases, and the outlets whose names, hold every word of
    `query` (the last word may be the start of one); empty for a query without words. The
    names are folded as the full-text index folds (`db.text.normalise.search_words`) and kept per
    case until an actor, alias or source changes."""
    words = search_words(query)
    if not words:
        return Named()
    index = _name_index(session)
    actor_ids = _having_all(words, index.actors, index.actor_words)
    outlets = sorted(_having_all(words, index.outlets, index.outlet_words))
    return Named(tuple(sorted(actor_ids)), tuple(outlets[:MAX_OUTLETS]))


def _named_statement(
    named: Named, dialect: str, first: int | None = None
) -> tuple[str, dict[str, object]]:
    """SELECT claim_id, rank for the claims with a hop by one of the named actors or in a source
    of one of the named outlets (through ix_hops_actor_id and ix_hops_source_id). With `first`,
    only the `first` lowest claim ids: enough for a first page of `first` results, since every
    name match ranks the same (NAME_RANK) and ties go by claim id."""
    rank = "CAST(0 AS DOUBLE PRECISION)" if dialect == "postgresql" else "0.0"
    parts: list[str] = []
    params: dict[str, object] = {}
    if named.actor_ids:
        ids = ", ".join(str(int(i)) for i in named.actor_ids)  # ints from the case: safe inline
        parts.append(f"SELECT claim_id FROM hops WHERE actor_id IN ({ids})")
    if named.outlets:
        marks = ", ".join(f":outlet{n}" for n in range(len(named.outlets)))
        params = {f"outlet{n}": outlet for n, outlet in enumerate(named.outlets)}
        parts.append(
            "SELECT claim_id FROM hops WHERE source_id IN "
            f"(SELECT id FROM sources WHERE outlet IN ({marks}))"
        )
    union = " UNION ".join(parts)
    limit = f" ORDER BY claim_id LIMIT {int(first)}" if first is not None else ""
    inner = f"SELECT DISTINCT claim_id FROM ({union}) AS named_hops{limit}"
    return f"SELECT claim_id, {rank} AS rank FROM ({inner}) AS named_claims", params


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
        by_name, name_params = _named_statement(
            named, dialect, first=limit if after is None else None
        )
        params |= name_params
        body = (
            f"SELECT claim_id, MIN(best) AS best FROM (SELECT claim_id, best FROM ({body}) AS text_"
            f"matches UNION ALL SELECT claim_id, rank AS best FROM ({by_name}) AS by_name) AS "
            "all_matches GROUP BY claim_id"
        )
    # Claims in the Trash (and hops in it, above) are not found.
    keyset = "WHERE " + _ALIVE["claim"].format(ident="ranked.claim_id")
    if after is not None:
        keyset += " AND (best > :r OR (best = :r AND claim_id > :i))"
        params |= {"r": after.rank, "i": after.id}
    statement = (
        f"SELECT claim_id, best FROM ({body}) AS ranked {keyset} ORDER BY best, claim_id LIMIT :n"
    )
    return statement, params


def search_claims(
    session: Session,
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
    Later pages (`after`) rank every match, so paging never skips or repeats a claim.
    """
    dialect = session.get_bind().dialect.name
    named = named_matches(session, query)
    hits: list[SearchHit] = []
    if after is None or after.rank <= NAME_RANK:  # exact and named matches come first
        found = claims_statement(dialect, query, limit=limit, after=after, named=named)
        if found is None:
            return []
        statement, params = found
        hits = [
            SearchHit("claim", int(cid), int(cid), float(rank))
            for cid, rank in session.execute(text(statement), params)
        ]
    if exact or len(hits) >= limit:
        return hits
    expansion = expansion_of(session, query)
    later = after if after is not None and after.rank > NAME_RANK else None
    # on a first page that is not full, its hits are every exact and named match there is
    known = tuple(h.id for h in hits) if after is None else None
    spelled = spelled_statement(
        dialect,
        query,
        expansion,
        named=named,
        limit=limit - len(hits),
        after=later,
        found_ids=known,
    )
    if spelled is not None:
        statement, params = spelled
        hits += [
            SearchHit("claim", int(cid), int(cid), float(rank))
            for cid, rank in session.execute(text(statement), params)
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
    expression = tsquery_expression(query) if postgres else fts5_match_expression(query)
    if not expanded or expression is None:
        return None
    template = _PG_CLAIMS if postgres else _SQLITE_CLAIMS
    params: dict[str, object] = {"q": expression, "qx": expanded, "n": limit}
    keyset = "WHERE " + _ALIVE["claim"].format(ident="ranked.claim_id")
    if found_ids is not None:
        if found_ids:  # ints from the case: safe inline
            keyset += f" AND claim_id NOT IN ({', '.join(str(int(i)) for i in found_ids)})"
    else:
        exact = f"SELECT claim_id FROM ({template}) AS exact_matches"
        if named:
            by_name, name_params = _named_statement(named, dialect)
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


_ALIVE = {
    "claim": "EXISTS (SELECT 1 FROM claims AS alive WHERE alive.id = {ident} "
    "AND alive.deleted_at IS NULL)",
    "quote": "EXISTS (SELECT 1 FROM hops AS alive JOIN claims AS owner ON owner.id = alive.claim_id "
    "WHERE alive.id = {ident} AND alive.deleted_at IS NULL AND owner.deleted_at IS NULL)",
    "source": "EXISTS (SELECT 1 FROM sources AS alive WHERE alive.id = {ident} "
    "AND alive.deleted_at IS NULL)",
}
"""Keeps what is in the Trash out of the results: a correlated look-up by primary key for each
match, so that both planners start from the full-text index. (`ident IN (SELECT id FROM claims
WHERE deleted_at IS NULL)` made SQLite walk every live claim and probe the FTS index once per
claim: 16 s for a rare word on a million claims; `tests/db/test_search_plans.py`.)"""

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
    "source": "SELECT id AS ident, NULL, -(ts_rank(search_vector, to_tsquery('simple', :q))::float8) FROM sources "
    "WHERE search_vector @@ to_tsquery('simple', :q)",
}


def kind_statement(dialect: str, kind: str) -> str:
    """The SQL `search` runs for one kind ("claim", "quote" or "source") on this dialect:
    parameters `q` (the FTS5 MATCH or tsquery expression) and `n` (how many); rows of
    (id, claim id or NULL, rank), best first, nothing from the Trash."""
    statements = _PG_ALL if dialect == "postgresql" else _SQLITE_ALL
    alive = _ALIVE[kind].format(ident="found.ident")
    return f"SELECT * FROM ({statements[kind]}) AS found WHERE {alive} ORDER BY 3, 1 LIMIT :n"


def search(
    session: Session,
    query: str,
    *,
    kinds: tuple[str, ...] = ("claim", "quote", "source"),
    limit: int = SEARCH_PAGE,
    exact: bool = False,
) -> list[SearchHit]:
    """Claims, quotes and source texts holding every word of `query`, best first per kind; the
    claims include those found by an actor's or outlet's name (rank NAME_RANK, after the text
    matches; see `search_claims`); unless `exact`, then the texts that spell a name of the
    query in another script or form (ranked after those: `db.name_search`)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    expression = tsquery_expression(query) if postgres else fts5_match_expression(query)
    if expression is None:
        return []
    expansion = None if exact else expansion_of(session, query)
    expanded = (expansion.tsquery() if postgres else expansion.fts5()) if expansion else None
    # what only another spelling finds ranks after everything else, so it is asked for only
    # when a kind's page is not full
    hits: list[SearchHit] = []
    for kind in kinds:
        sql = kind_statement("postgresql" if postgres else "sqlite", kind)
        for ident, claim_id, rank in session.execute(text(sql), {"q": expression, "n": limit}):
            hits.append(
                SearchHit(
                    kind, int(ident), None if claim_id is None else int(claim_id), float(rank)
                )
            )
        if kind == "claim":
            hits.extend(_claims_by_name(session, query, hits, limit))
        if expanded and sum(h.kind == kind for h in hits) < limit:
            have = {h.id for h in hits if h.kind == kind}
            rows = session.execute(text(sql), {"q": expanded, "n": limit + len(have)})
            hits.extend(
                SearchHit(kind, int(i), None if c is None else int(c), 1.0 / (1.0 - float(r)))
                for i, c, r in rows
                if int(i) not in have
            )
    return sorted(hits, key=lambda h: (h.rank, h.kind, h.id))[:limit] if len(kinds) > 1 else hits


def _claims_by_name(
    session: Session, query: str, found: list[SearchHit], limit: int
) -> list[SearchHit]:
    """Claim hits for the claims `query` names through their actors or outlets and not found
    by their text already (at most `limit`, by claim id)."""
    named = named_matches(session, query)
    if not named:
        return []
    have = {h.id for h in found if h.kind == "claim"}
    by_name, params = _named_statement(
        named, session.get_bind().dialect.name, first=limit + len(have)
    )
    rows = session.execute(
        text(
            f"SELECT DISTINCT claim_id FROM ({by_name}) AS by_name ORDER BY claim_id "
            f"LIMIT {int(limit) + len(have)}"
        ),
        params,
    )
    ids = [int(cid) for (cid,) in rows if int(cid) not in have]
    return [SearchHit("claim", cid, cid, NAME_RANK) for cid in ids[:limit]]
