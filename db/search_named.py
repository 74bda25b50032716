"""Claims found by the names of the people and outlets on their chains.

When every word of a query is in an actor's name or alias ("Lavrov" finds Sergey Lavrov) or in a
source's outlet, the claims with a hop by that actor or in that outlet's sources match too
(`named_matches`; `db.search` ranks them after every text match). Names are few beside claims:
they are folded in Python and kept per case until one changes (`name_index`), and the claims
are then found through the hops' indexes on actor and source; the full-text indexes are
untouched. "Every word" means every word in the names of one actor (name and aliases together)
or of one outlet.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Engine, text

from . import search_names_cache as names_cache
from .name_search import Expansion, expand_query
from .search_hits import Reader, connection_of, statement_rows
from .text.normalise import search_key, search_words
from .text.number_forms import Term, query_terms

_WORD = re.compile(r"\w+", re.UNICODE)
"""A word of folded text, as `search_words` finds them."""


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
class NameIndex:
    """The folded words of every actor name and alias (word → actor ids) and of every outlet
    (word → outlets), and the name keys of the case's actors (`db.search_names_cache.Words`);
    `token` tells when the names may have changed (None: not asked, `head` vouched for them),
    `head` the case as it was when they were last known current."""

    token: list[int | None] | None
    head: list[object] | None
    words: names_cache.Words
    expansions: dict[str, Expansion] = field(default_factory=dict)
    """Queries expanded through the actors' other spellings, kept while the names are."""
    named: dict[tuple[str, bool], Named] = field(default_factory=dict)
    """What each query names (with or without other spellings), kept while the names are."""


_INDEXES: weakref.WeakKeyDictionary[Engine, NameIndex] = weakref.WeakKeyDictionary()
_TOKEN = (
    "SELECT (SELECT COUNT(*) FROM actors), (SELECT MAX(id) FROM actors),"
    " (SELECT SUM(version) FROM actors), (SELECT COUNT(*) FROM actor_aliases),"
    " (SELECT MAX(id) FROM actor_aliases), (SELECT COUNT(*) FROM sources),"
    " (SELECT MAX(id) FROM sources), (SELECT SUM(version) FROM sources)"
)
"""Changes when an actor, alias or source is added, removed or edited (versions count up; an
actor's name keys change only with its names)."""


_HEAD = (
    "SELECT (SELECT version_num FROM alembic_version), id, hash FROM audit_events "
    "ORDER BY id DESC LIMIT 1"
)
"""The newest audit event (its id and the hash that chains it to every event before it) and the
schema's revision: every change to a case records an event, so while these stay the same nothing
changed at all, names included — one look-up by primary key, where `_TOKEN` reads every actor and
source."""


def name_index(db: Reader) -> NameIndex:
    """The case's name index, read again only when the names may have changed: nothing changed
    since they were last known current (`_HEAD`), or else `_TOKEN` is the same. Between
    processes it is kept in the user's cache folder (`db.search_names_cache`)."""
    engine = connection_of(db).engine
    found = statement_rows(db, _HEAD)
    head = [str(found[0][0]), int(found[0][1]), str(found[0][2])] if found else None
    index = _INDEXES.get(engine)
    if index is not None and head is not None and index.head == head:
        return index
    identity = names_cache.case_identity(engine)
    if index is None and head is not None and identity is not None:
        words = names_cache.load(identity, head=head)
        if words is not None:
            index = _INDEXES[engine] = NameIndex(None, head, words)
            return index
    (row,) = statement_rows(db, _TOKEN)
    token = names_cache.token_of(row)
    if index is not None and index.token == token:
        index.head = head
        return index
    words = None if identity is None else names_cache.load(identity, token=token)
    if words is None:
        words = _fold_names(db)
        if identity is not None:
            names_cache.save(identity, token, head, words)
    elif identity is not None and head is not None:  # current under this head too
        names_cache.save(identity, token, head, words)
    index = _INDEXES[engine] = NameIndex(token, head, words)
    return index


def _fold_names(db: Reader) -> names_cache.Words:
    """Word → actor ids for every actor name and alias, word → outlets for every outlet, and
    the actors' name keys."""
    names = db.execute(
        text("SELECT id, name FROM actors UNION ALL SELECT actor_id, alias FROM actor_aliases")
    ).all()
    actors: dict[str, set[int]] = {}
    for (actor_id, _name), words in zip(names, words_of_names([n for _i, n in names]), strict=True):
        for word in words:
            actors.setdefault(word, set()).add(int(actor_id))
    sources = [
        outlet or ""
        for (outlet,) in db.execute(text("SELECT DISTINCT outlet FROM sources ORDER BY 1"))
    ]
    outlets: dict[str, set[int]] = {}
    for place, words in enumerate(words_of_names(sources)):
        for word in words:
            outlets.setdefault(word, set()).add(place)
    keys = [str(k) for (k,) in db.execute(text("SELECT DISTINCT key FROM actor_name_keys"))]
    return names_cache.Words(
        names_cache.WordTable.of(actors),
        names_cache.WordTable.of(outlets),
        tuple(sources),
        names_cache.NameKeys.of(keys),
    )


_APART = " \x00 "
"""Between two names folded in one go: a control character no name holds, which the folding
keeps and no word contains, with spaces on both sides so that no step of the folding (marks
after a letter, hyphens at a line's end) reaches from one name into the next."""


def words_of_names(names: list[str]) -> list[list[str]]:
    """`search_words` of each name, folded in one call: the folding's fixed cost per call is
    most of its cost for a name (1,000 actors' names: 10 ms one by one, half that together,
    paid by every command-line search). One by one when a name holds the separator."""
    if any("\x00" in name for name in names):
        return [search_words(name) for name in names]
    folded = search_key(_APART.join(names)).split("\x00")
    if len(folded) != len(names):
        return [search_words(name) for name in names]
    return [_WORD.findall(name) for name in folded]


def expansion_of(db: Reader, query: str, index: NameIndex | None = None) -> Expansion:
    """`db.name_search.expand_query`, kept per case until an actor, alias or source changes
    (a search box asks for the same words again and again while results page in); the actors'
    other spellings are asked of the case only for a word that has a key of an actor's name.
    `index`: the case's `name_index`, when the caller has it at hand."""
    index = index or name_index(db)
    found = index.expansions.get(query)
    if found is None:
        if len(index.expansions) > 1000:
            index.expansions.clear()
        found = index.expansions[query] = expand_query(db, query, index.words.keys)
    return found


def _having_all(terms: Sequence[Term], table: names_cache.WordTable) -> set[int]:
    """The things whose words include every term of `terms`: a word (the last perhaps only as
    the start of one, as in the full-text search), or a number in one of its forms (whole)."""
    found: set[int] | None = None
    for at, term in enumerate(terms):
        if term.is_number:
            having: set[int] = set()
            for form in term.forms():
                having |= set.intersection(*(table.exact(word) for word in form))
        elif at == len(terms) - 1:
            having = table.prefixed(term.word)
        else:
            having = table.exact(term.word)
        found = having if found is None else found & having
        if not found:
            return set()
    return found or set()


def named_matches(
    db: Reader, query: str, index: NameIndex | None = None, *, spellings: bool = True
) -> Named:
    """The actors whose names and aliases, and the outlets whose names, hold every term of
    `query` (the last word may be the start of one; a number is whole, in any of its forms,
    `db.text.number_forms`); empty for a query without words. The names are folded as the
    full-text index folds and kept per case until an actor, alias or source changes, and so is
    the answer for each query. `index`: the case's `name_index`. Unless `spellings` is off, an
    actor also counts when a word is in its names only as another spelling of that word
    (`expansion_of`: "Lavrov" names the actor Сергей Лавров)."""
    index = index or name_index(db)
    found = index.named.get((query, spellings))
    if found is None:
        if len(index.named) > 1000:
            index.named.clear()
        found = index.named[query, spellings] = _named(db, query, index, spellings)
    return found


def _named(db: Reader, query: str, index: NameIndex, spellings: bool) -> Named:
    terms = query_terms(query)
    if not terms:
        return Named()
    actor_ids = _having_all(terms, index.words.actors)
    if spellings:
        actor_ids |= _spelled_actors(db, query, index)
    places = _having_all(terms, index.words.outlet_words)
    listed = index.words.outlets
    outlets = sorted(listed[place] for place in places if 0 <= place < len(listed))
    return Named(tuple(sorted(actor_ids)), tuple(outlets[:MAX_OUTLETS]))


def _spelled_actors(db: Reader, query: str, index: NameIndex) -> set[int]:
    """The actors whose names hold, for every word of `query`, the word or one of its other
    spellings (each spelling's words all), when some word has other spellings."""
    expansion = expansion_of(db, query, index)
    if not expansion:
        return set()
    table = index.words.actors
    found: set[int] | None = None
    for at, (word, others) in enumerate(zip(expansion.words, expansion.alternatives, strict=True)):
        last = at == len(expansion.words) - 1
        having = table.prefixed(word) if last else table.exact(word)
        for spelling in others:
            having |= set.intersection(*(table.exact(part) for part in spelling.split()))
        found = having if found is None else found & having
        if not found:
            return set()
    return found or set()


def named_statement(
    named: Named, dialect: str, first: int | None = None
) -> tuple[str, dict[str, object]]:
    """SELECT claim_id, rank for the claims with a hop by one of the named actors or in a source
    of one of the named outlets (the hops' ids of claims by actor and by source, which hold
    what is needed: `ix_hops_actor_claim`, `ix_hops_source_claim`), neither in the Trash.
    With `first`, only the `first` lowest claim ids: enough for a first page of `first` results, since every name match ranks the same (NAME_RANK) and ties go by claim id."""
    rank = "CAST(0 AS DOUBLE PRECISION)" if dialect == "postgresql" else "0.0"
    # Hops and claims in the Trash are not found through their names either: the claims in it
    # are few and read once from their index (ix_claims_deleted_at_id), where a look-up of each
    # hop's claim by primary key (`ALIVE`) read a claim for each of the name's hops before the
    # first page was known (an actor of 8,000 hops on a million claims: 0.2–0.5 s).
    alive = "deleted_at IS NULL AND claim_id NOT IN (SELECT id FROM claims WHERE deleted_at IS NOT NULL)"
    # With `first`, each way of being named gives its lowest claims alone (read in claim order,
    # stopping there), so the union sorts a page or two, not every hop of a name; distinct
    # claims, since two hops of one claim would otherwise fill the page with one claim.
    limit = f" ORDER BY claim_id LIMIT {int(first)}" if first is not None else ""
    parts: list[str] = []
    params: dict[str, object] = {}
    if named.actor_ids:
        ids = ", ".join(str(int(i)) for i in named.actor_ids)  # ints from the case: safe inline
        parts.append(
            f"SELECT DISTINCT claim_id FROM hops WHERE actor_id IN ({ids}) AND {alive}{limit}"
        )
    if named.outlets:
        marks = ", ".join(f":outlet{n}" for n in range(len(named.outlets)))
        params = {f"outlet{n}": outlet for n, outlet in enumerate(named.outlets)}
        parts.append(
            "SELECT DISTINCT claim_id FROM hops WHERE source_id IN "
            f"(SELECT id FROM sources WHERE outlet IN ({marks})) AND {alive}{limit}"
        )
    union = " UNION ".join(f"SELECT * FROM ({part}) AS by_{n}" for n, part in enumerate(parts))
    inner = f"SELECT DISTINCT claim_id FROM ({union}) AS named_hops{limit}"
    return f"SELECT claim_id, {rank} AS rank FROM ({inner}) AS named_claims", params


def names_in_claims(
    db: Reader, query: str, claim_ids: set[int], index: NameIndex | None = None
) -> dict[int, list[str]]:
    """For claims found by an actor's or outlet's name (`named_matches`): those names, per
    claim (hops in the Trash left out)."""
    named = named_matches(db, query, index)
    if not claim_ids or not named:
        return {}
    claims = ", ".join(str(int(i)) for i in sorted(claim_ids))  # ints: safe inline
    parts, params = [], {}
    if named.actor_ids:
        actors = ", ".join(str(int(i)) for i in named.actor_ids)
        parts.append(
            "SELECT DISTINCT hops.claim_id, actors.name FROM hops JOIN actors ON actors.id = "
            f"hops.actor_id WHERE hops.claim_id IN ({claims}) AND hops.actor_id IN ({actors}) "
            "AND hops.deleted_at IS NULL"
        )
    if named.outlets:
        marks = ", ".join(f":outlet{n}" for n in range(len(named.outlets)))
        params = {f"outlet{n}": outlet for n, outlet in enumerate(named.outlets)}
        parts.append(
            "SELECT DISTINCT hops.claim_id, sources.outlet FROM hops JOIN sources ON sources.id "
            f"= hops.source_id WHERE hops.claim_id IN ({claims}) AND sources.outlet IN ({marks}) "
            "AND hops.deleted_at IS NULL"
        )
    found: dict[int, list[str]] = {}
    for part in parts:
        for claim_id, name in db.execute(text(part), params):
            if name not in found.setdefault(int(claim_id), []):
                found[int(claim_id)].append(name)
    return found
