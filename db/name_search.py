"""Search across scripts and inflections: a query word that names an actor also finds the other
spellings of that actor's names ("Lavrov" → "Лавров", "Лаврова", "لافروف") and their inflected
forms (Russian cases, Arabic clitics); a Cyrillic or Arabic query word finds its own forms too.

The expansion goes through the actors' name keys (`db.actor_names`, one indexed look-up), never
through guessing a spelling in another script: what it adds is what the case's actors are
called. `db.search` runs the expanded query beside the exact one and ranks what only the
expansion found below every exact match (`expanded_rank`); the window's switch and the command
line's `--exact` leave it out. `Expansion.describe` says what was added, for the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from sqlalchemy import bindparam, text

from .search_hits import Reader
from .text.name_morphology import inflected_forms
from .text.name_parts import two_given_names
from .text.names import mention_keys, name_keys
from .text.normalise import search_words

_WORDS = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")
MAX_ALTERNATIVES = 40
"""Other spellings and forms added per query word at most (the most alike first)."""
MIN_WORD_LETTERS = 3
"""Shorter query words are not expanded (initials, particles)."""


@dataclass(frozen=True)
class Expansion:
    """A query with, for each of its (folded) words, the other spellings that count for it: one
    word, or a phrase of several (حزب الله for Hezbollah)."""

    query: str
    words: tuple[str, ...]
    alternatives: tuple[tuple[str, ...], ...]  # per word: folded spellings, each "w1 w2 …"

    def __bool__(self) -> bool:
        return any(self.alternatives)

    @property
    def marked_words(self) -> frozenset[str]:
        """Every folded word an expanded match may have matched (to mark in snippets)."""
        return frozenset(w for spellings in self.alternatives for s in spellings for w in s.split())

    def describe(self) -> str:
        """ "lavrov → лавров, лаврова, لافروف" for each expanded word."""
        return "; ".join(
            f"{word} → {', '.join(spellings[:12])}{' …' if len(spellings) > 12 else ''}"
            for word, spellings in zip(self.words, self.alternatives, strict=True)
            if spellings
        )

    def _own_too(self) -> bool:
        """Whether an expanded word keeps its own spelling among its alternatives: only when
        several words are expanded (one may be spelled as typed, another not); with one, the
        expanded query finds just what the exact one does not."""
        return sum(1 for spellings in self.alternatives if spellings) > 1

    def fts5(self) -> str | None:
        """The FTS5 MATCH expression of the expanded query (None when nothing was added)."""
        if not self:
            return None
        parts = []
        for at, (word, spellings) in enumerate(zip(self.words, self.alternatives, strict=True)):
            own = f'"{word}"*' if at == len(self.words) - 1 else f'"{word}"'
            if spellings:
                others = [f'"{s}"' for s in spellings]
                parts.append("(" + " OR ".join([own, *others] if self._own_too() else others) + ")")
            else:
                parts.append(own)
        return " AND ".join(parts)

    def tsquery(self) -> str | None:
        """The PostgreSQL tsquery of the expanded query (None when nothing was added)."""
        if not self:
            return None
        parts = []
        for at, (word, spellings) in enumerate(zip(self.words, self.alternatives, strict=True)):
            own = f"'{word}':*" if at == len(self.words) - 1 else f"'{word}'"
            phrases = [" <-> ".join(f"'{w}'" for w in s.split()) for s in spellings]
            group = [own, *phrases] if self._own_too() else phrases
            parts.append("(" + " | ".join(group) + ")" if spellings else own)
        return " & ".join(parts)


_SPELLINGS = text(
    "SELECT name FROM actors WHERE id IN (SELECT actor_id FROM actor_name_keys WHERE key IN "
    ":keys) AND deleted_at IS NULL AND merged_into_id IS NULL UNION ALL "
    "SELECT alias FROM actor_aliases JOIN actors ON actors.id = actor_aliases.actor_id "
    "WHERE actors.id IN (SELECT actor_id FROM actor_name_keys WHERE key IN :keys) "
    "AND actors.deleted_at IS NULL AND actors.merged_into_id IS NULL"
).bindparams(bindparam("keys", expanding=True))


def _spellings_for(db: Reader, keys: frozenset[str]) -> list[str]:
    """The names and aliases of the live actors having one of `keys` (one statement, through
    the primary key of actor_name_keys)."""
    if not keys:
        return []
    return [str(name) for (name,) in db.execute(_SPELLINGS, {"keys": sorted(keys)})]


def _parts_meeting(spelling: str, keys: frozenset[str], word: str = "") -> list[str]:
    """The words of `spelling` that spell the query `word` (its keys meet them, and they are
    not another given name that only looks like it: Kamel for Kamal), or the whole spelling
    when only all its words together do (حزب الله)."""
    words = _WORDS.findall(spelling)
    meeting = [w for w in words if name_keys(w) & keys and not two_given_names(word, w)]
    if meeting:
        return meeting
    return [spelling] if len(words) > 1 and name_keys(spelling) & keys else []


def expand_query(db: Reader, query: str, known_keys: Container[str] | None = None) -> Expansion:
    """`query` with the other spellings and forms of each of its words that names an actor.
    `known_keys`: every name key the case's actors have, when the caller knows them (a word
    none of whose keys is among them names no actor: the case is not asked)."""
    raw = query.split()
    folded = search_words(query)
    alternatives: list[tuple[str, ...]] = []
    for word in folded:
        source = next((r for r in raw if search_words(r)[:1] == [word]), word)
        if len(word) < MIN_WORD_LETTERS or word.isdigit():
            alternatives.append(())
            continue
        keys = mention_keys(source)
        names_one = known_keys is None or any(k in known_keys for k in keys)
        seen: dict[str, None] = {}
        spellings = [source]
        for spelling in _spellings_for(db, keys) if names_one else ():
            spellings += _parts_meeting(spelling, keys, source)
        for spelling in spellings:
            forms = inflected_forms(spelling) if " " not in spelling else {spelling}
            for form in sorted(forms, key=lambda f: (f != spelling, f)):
                key = " ".join(search_words(form))
                if key and key != word:
                    seen.setdefault(key, None)
        alternatives.append(tuple(seen)[:MAX_ALTERNATIVES])
    return Expansion(query, tuple(folded), tuple(alternatives))


def expanded_rank(column: str) -> str:
    """SQL mapping a text rank (≤ 0, lower is better, on both databases) to one in (0, 1]:
    after every exact match (< 0) and every claim found by a name alone (0), keeping order."""
    return f"(1.0 / (1.0 - ({column})))"
