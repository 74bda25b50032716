"""The word tables of the meaning check (`db.text.word_accounting`): one content word
(`Word`), the curated groups, antonyms, converse pairs and kinds of light word read into
look-up tables, and the thesauri's synonyms of a word."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from . import thesaurus, word_lexicon
from .anchors import Anchor
from .antonym_table import ANTONYMS
from .normalise import search_key
from .sense_table import SENSES
from .synonym_table import ADMINISTRATIVE, COUNT_DOWN, COUNT_UP, DENIED_REPORTS, LIGHT, SYNONYMS
from .word_arabic import arabic_core, arabic_lookup_forms
from .word_converse import CONVERSE
from .word_support import SUPPORT
from .wording import lemma, stem

MIN_ROOT = 3
"""A root of the table ("kapan-") matches a word that begins with it, from this length."""


@dataclass(frozen=True)
class Word:
    """One content word of a text: its stem, its folded surface, its span."""

    stem: str
    folded: str
    start: int
    end: int
    surface: str
    phrase: str = ""
    """An English verb with the particle after it, lemmatised ("put out", "lay off"): the
    thesaurus knows the phrasal verb, not its verb ("put out" / "extinguished")."""
    phrase_end: int = 0
    """Where the particle of `phrase` ends in the text (0 without one): a difference names
    the verb with its particle ("put out → put up")."""


@dataclass(frozen=True)
class Table:
    exact: dict[str, frozenset[str]]
    roots: tuple[tuple[str, str], ...]

    def senses(self, word: Word, language: str) -> frozenset[str]:
        keys = {word.stem, word.folded, lemma(word.folded, language)}
        if language == "ar":
            keys.add(arabic_core(word.folded))
        found: set[str] = set()
        for key in keys:
            found |= self.exact.get(key, frozenset())
            found |= {sense for root, sense in self.roots if key.startswith(root)}
        return frozenset(found)


def _entries(line: str, language: str, forms_only: bool) -> list[tuple[bool, str]]:
    """(is a root, key) of each word of a table line, phrases split into their words; with
    `forms_only`, a word stands for its own form only (not its stem or lemma)."""
    out: list[tuple[bool, str]] = []
    for entry in line.split():
        root = entry.endswith("-")
        for piece in entry.rstrip("-").split("_"):
            folded = search_key(piece)
            if root and len(folded) >= MIN_ROOT:
                out.append((True, folded))
                if language == "ar":
                    out.append((True, arabic_core(folded)))
            elif folded and forms_only:
                out.append((False, folded))
            elif folded:
                keys = {folded, stem(piece, language), lemma(folded, language)}
                out.extend((False, key) for key in keys if key)
    return out


@functools.cache
def table(language: str, sense_lines: tuple[tuple[str, str], ...]) -> Table:
    exact: dict[str, set[str]] = {}
    roots: list[tuple[str, str]] = []
    for sense, line in sense_lines:
        forms_only = sense == "light" or (sense.startswith("c") and language != "ru")
        for root, key in _entries(line, language, forms_only=forms_only):
            if root:
                roots.append((key, sense))
            else:
                exact.setdefault(key, set()).add(sense)
    return Table({k: frozenset(v) for k, v in exact.items()}, tuple(roots))


def synonyms(language: str) -> Table:
    lines = SYNONYMS.get(language, ())
    senses = tuple((f"n:{name}", words.get(language, "")) for name, words in SENSES.items())
    return table(language, (*((f"s{i}", line) for i, line in enumerate(lines)), *senses))


def antonyms(language: str) -> Table:
    """Senses "a<i>:0" and "a<i>:1": the two sides of each antonym pair."""
    lines = []
    for i, line in enumerate(ANTONYMS.get(language, ())):
        for side, words in enumerate(line.split("|")):
            lines.append((f"a{i}:{side}", words))
    return table(language, tuple(lines))


def converse(language: str) -> Table:
    """Senses "c<i>:0" and "c<i>:1": the two sides of each converse pair (`CONVERSE`)."""
    lines = []
    for i, line in enumerate(CONVERSE.get(language, ())):
        for side, words in enumerate(line.split("|")):
            lines.append((f"c{i}:{side}", words))
    return table(language, tuple(lines))


def one_side(senses: frozenset[str]) -> frozenset[str]:
    """`senses` less the converse pairs of which a word holds both sides (an ambiguous form)."""
    return frozenset(s for s in senses if s[:-1] + ("1" if s.endswith("0") else "0") not in senses)


def converse_words(a: str, b: str, language: str) -> bool:
    """Whether the first words of two phrases are two sides of one converse pair."""
    table = converse(language)

    def senses(phrase: str) -> frozenset[str]:
        word = phrase.split()[0] if phrase.split() else phrase
        found = table.senses(Word(stem(word, language), search_key(word), 0, 0, word), language)
        return one_side(found)

    return opposite(senses(a), senses(b))


def opposite(senses_a: frozenset[str], senses_b: frozenset[str]) -> bool:
    """Whether two words sit on the two sides of one antonym pair."""
    return any(
        (s.endswith(":0") and s[:-1] + "1" in senses_b)
        or (s.endswith(":1") and s[:-1] + "0" in senses_b)
        for s in senses_a
    )


def kinds(language: str) -> Table:
    return table(
        language,
        (
            ("light", LIGHT.get(language, "")),
            ("support", SUPPORT.get(language, "")),
            ("up", COUNT_UP.get(language, "")),
            ("down", COUNT_DOWN.get(language, "")),
            ("admin", ADMINISTRATIVE.get(language, "")),
        ),
    )


def denied(language: str) -> Table:
    """The words a verb of denial denies (`DENIED_REPORTS`)."""
    return table(language, (("report", DENIED_REPORTS.get(language, "")),))


def particles_differ(a: Word, b: Word) -> bool:
    """Whether two English verbs take two particles ("paid back" / "paid out", "put out" /
    "put up"): two verbs, however their verb is spelt."""
    return bool(a.phrase and b.phrase and a.phrase != b.phrase)


@functools.lru_cache(maxsize=16384)
def _keys(word: Word, language: str) -> frozenset[str]:
    """The forms under which a word is looked up in the thesaurus: as written, its lemma, its
    stem, and in Arabic its core and its form without the article."""
    keys = {word.folded, word.stem, lemma(word.folded, language), word.phrase}
    if language == "ar":
        keys |= {arabic_core(word.folded), *arabic_lookup_forms(word.folded.removeprefix("ال"))}
    return frozenset(k for k in keys if k)


def thesaurus_synonyms(a: Word, b: Word, language: str) -> bool:
    """Whether the thesaurus (`db.text.thesaurus`) lists one word as a synonym or the broader
    term of the other."""
    if particles_differ(a, b):
        return False  # "pay back" and "pay out" both list "pay"
    keys_a, keys_b = _keys(a, language), _keys(b, language)
    return bool(
        thesaurus.synonyms(keys_a, language) & keys_b
        or thesaurus.synonyms(keys_b, language) & keys_a
        or thesaurus.broader(keys_a, language) & keys_b
        or thesaurus.broader(keys_b, language) & keys_a
    )


def synonym_openers(a: Anchor, b: Anchor, language: str) -> bool:
    """Whether two names found only by the capital of a sentence's first word are two
    synonyms of one common word ("Unemployment" / "Joblessness", "Fabrika" / "Tesis"): the
    words are then compared as words (a name so found counts among them)."""
    if not (a.value.startswith("cap0:") and b.value.startswith("cap0:")):
        return False
    if " " in a.surface.strip() or " " in b.surface.strip():
        return False
    x, y = (
        Word(stem(n.surface, language), search_key(n.surface), n.start, n.end, n.surface)
        for n in (a, b)
    )
    if not x.stem or not y.stem:
        return False
    table = synonyms(language)
    return bool(
        table.senses(x, language) & table.senses(y, language)
        or thesaurus_synonyms(x, y, language)
        or word_lexicon.synonyms(x.folded, y.folded, language)
    )
