"""Search across scripts and inflections: a query word that names an actor also finds the other
spellings of that actor's names ("Lavrov" → "Лавров", "Лаврова", "لافروف") and their inflected
forms (Russian cases, Arabic clitics); a Cyrillic or Arabic query word finds its own forms too.

The expansion goes through the actors' name keys (`db.actor_names`, one indexed look-up), never
through guessing a spelling in another script: what it adds is what the case's actors are
called — and, on SQLite, what the case's own texts write in the other scripts (`_text_spellings`:
"Bayraktar" finds بيرقدار and Байрактар in a source no actor is called by): the full-text
indexes' vocabularies are read from the letters the name may start with in Arabic or Cyrillic
script, with or without an Arabic clitic or article before it, and a word is taken when its name
keys meet the query word's (and it is not another given name that only looks like it). `db.search` runs the expanded query beside the exact one and ranks what only the
expansion found below every exact match (`expanded_rank`); the window's switch and the command
line's `--exact` leave it out. `Expansion.describe` says what was added, for the reviewer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container
from dataclasses import dataclass

from sqlalchemy import bindparam, text

from .search_hits import Reader, dialect_of
from .text.name_morphology import inflected_forms
from .text.name_parts import two_given_names
from .text.names import mention_keys, name_keys, part_keys, romanise
from .text.normalise import search_words
from .text.number_forms import Phrase, expression

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

    def _groups(self) -> list[list[Phrase]]:
        """Each word as a group of phrases (`db.text.number_forms.expression`): its other
        spellings, and itself (the last word as the start of one) when it has none or when
        several words are expanded."""
        last = len(self.words) - 1
        groups: list[list[Phrase]] = []
        for at, (word, spellings) in enumerate(zip(self.words, self.alternatives, strict=True)):
            own: Phrase = ((word,), at == last)
            others: list[Phrase] = [(tuple(s.split()), False) for s in spellings]
            groups.append(([own, *others] if self._own_too() else others) if spellings else [own])
        return groups

    def fts5(self) -> str | None:
        """The FTS5 MATCH expression of the expanded query (None when nothing was added)."""
        return expression(self._groups(), "sqlite") if self else None

    def tsquery(self) -> str | None:
        """The PostgreSQL tsquery of the expanded query (None when nothing was added)."""
        return expression(self._groups(), "postgresql") if self else None


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


MAX_TEXT_WORDS = 200
"""Words read from one index's vocabulary per initial at most (a case's texts may hold many
Arabic words beginning with one letter: the first ones in the index's order are read)."""
MIN_TEXT_KEY = 3
"""Consonants a query word's key needs before words of the texts are read for it (a short key
meets common words: سعد, "said")."""
_ARABIC_BEFORE = ("", "و", "ب", "ل", "ال")
_ARABIC_LETTERS = [chr(c) for c in range(0x0621, 0x064B)]
_CYRILLIC_LETTERS = [chr(c) for c in range(0x0430, 0x0450)]
_WORDS_FROM = (
    "WITH RECURSIVE listed(term) AS ("
    "SELECT (SELECT term FROM {fts}_terms WHERE term >= {w} AND term <= {end} LIMIT 1) "
    "UNION ALL SELECT (SELECT term FROM {fts}_terms WHERE term >= listed.term || char(1) "
    "AND term <= {end} LIMIT 1) FROM listed WHERE listed.term IS NOT NULL LIMIT :m) "
    "SELECT term FROM listed WHERE term IS NOT NULL"
)
_LAST = "\U0010ffff"


@functools.lru_cache(maxsize=512)
def _classes(letter: str) -> frozenset[str]:
    """The sound classes a word may start its key with when it starts with `letter` ("" for a
    vowel letter)."""
    keys = part_keys(letter + "a")
    first = romanise(letter)[:1]
    return frozenset({k[:1] for k in keys} | ({""} if not keys or first in "aeiouy" else set()))


_FILLERS = {
    "arabic": ("", "ا", "و", "ي"),
    "cyrillic": ("", *"аеиоуыэюяё", *(v + "й" for v in "аеиоуыэюяё")),
}
"""What may stand between two consonants of a name: Arabic long vowels, Cyrillic vowels."""


@functools.lru_cache(maxsize=1024)
def _starts(keys: frozenset[str], vowel: bool) -> list[str]:
    """The beginnings (folded as the indexes fold) a spelling of a name with `keys` may have in
    Arabic or Cyrillic script: its first two consonants with what vowels may stand between,
    after a vowel letter when the name starts with one (Erdoğan: أرد…, Эрд…)."""
    letters = {
        script: [(c, _classes(c)) for c in alphabet]
        for script, alphabet in (("arabic", _ARABIC_LETTERS), ("cyrillic", _CYRILLIC_LETTERS))
    }
    starts: set[str] = set()
    for script, fillers in _FILLERS.items():
        for key in keys:
            sounds = ("", key[0]) if vowel else (key[0], key[1:2])
            firsts = [c for c, classes in letters[script] if sounds[0] in classes]
            if not sounds[1]:
                starts.update(firsts)
                continue
            seconds = [c for c, classes in letters[script] if sounds[1] in classes]
            between = ("",) if vowel else fillers  # أحمد, Ахмет: a vowel letter, a consonant
            starts.update(a + f + b for a in firsts for f in between for b in seconds)
    return sorted({_folded(start) for start in starts if search_words(start)})


def _text_spellings(db: Reader, word: str, keys: frozenset[str]) -> list[str]:
    """Words of the case's sources in Arabic or Cyrillic script whose name keys meet `keys` (see
    the module's docstring); SQLite only (PostgreSQL keeps no vocabulary to read)."""
    longest = max((len(k) for k in keys), default=0)
    if dialect_of(db) != "sqlite" or longest < MIN_TEXT_KEY or any(c.isdigit() for c in word):
        return []
    script = _script_of(word)
    held = {s for s in ("arabic", "cyrillic") if s != script and _holds(db, s)}
    if not held:
        return []  # the sources hold no word in another script: nothing to read
    vowel = romanise(word)[:1] in tuple("aeiouy")
    begins: dict[str, int] = {}  # a beginning → the letters of a clitic or article in it
    for start in _starts(keys, vowel):
        if _script_of(start) in held:
            befores = _ARABIC_BEFORE if _script_of(start) == "arabic" else ("",)
            for before in befores:
                begins.setdefault(_folded(before + start), len(before))
    if not begins:
        return []
    found: dict[str, None] = {}
    for term in _words_beginning(db, list(begins)):
        clitic = max((n for b, n in begins.items() if term.startswith(b)), default=0)
        # a spelling writes each consonant of the key, and a few vowels at most
        if term in found or not longest - 1 <= len(term) - clitic <= 2 * longest + 2:
            continue
        if not _may_spell(term[clitic:], keys):
            continue
        if mention_keys(term) & keys and not two_given_names(word, term):
            found[term] = None
    return list(found)


_SCRIPT_SPAN = {
    "arabic": ("\u0600", "\u06ff\U0010ffff"),
    "cyrillic": ("\u0400", "\u04ff\U0010ffff"),
}


def _holds(db: Reader, script: str) -> bool:
    """Whether the sources' index holds a word of `script` (one seek in its vocabulary)."""
    low, high = _SCRIPT_SPAN[script]
    sql = "SELECT 1 FROM source_fts_terms WHERE term >= :low AND term <= :high LIMIT 1"
    return db.execute(text(sql), {"low": low, "high": high}).first() is not None


def _may_spell(word: str, keys: frozenset[str]) -> bool:
    """A quick test before the keys: whether `word`'s consonant letters, each read in its first
    sound class, are as many as a key's, give or take one, and end as it does."""
    sounds = [_classes(c) for c in word]
    consonants = [c for c in sounds if "" not in c]
    if not consonants:
        return False
    return any(
        abs(len(consonants) - len(k)) <= 1 and (not consonants[-1] or k[-1] in consonants[-1])
        for k in keys
    )


def _words_beginning(db: Reader, begins: list[str]) -> list[str]:
    """The sources' words that begin with each of `begins` (MAX_TEXT_WORDS each at most), in
    statements of RANGES_A_STATEMENT ranges (SQLite's limit on a compound statement)."""
    words: list[str] = []
    for at in range(0, len(begins), RANGES_A_STATEMENT):
        ranges = begins[at : at + RANGES_A_STATEMENT]
        statement = " UNION ALL ".join(
            f"SELECT * FROM ({_WORDS_FROM.format(fts='source_fts', w=f':w{i}', end=f':e{i}')})"
            for i in range(len(ranges))
        )
        params: dict[str, object] = {"m": MAX_TEXT_WORDS}
        for i, begin in enumerate(ranges):
            params[f"w{i}"], params[f"e{i}"] = begin, begin + _LAST
        words += [str(term) for (term,) in db.execute(text(statement), params)]
    return words


RANGES_A_STATEMENT = 200


@functools.lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return search_words(text)[0]


def _script_of(word: str) -> str:
    for char in word:
        if "\u0600" <= char <= "\u06ff":
            return "arabic"
        if "\u0400" <= char <= "\u04ff":
            return "cyrillic"
        if char.isalpha():
            return "latin"
    return ""


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
        spellings += _text_spellings(db, source, keys)
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
