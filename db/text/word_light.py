"""Words that are light in one phrase only (`db.text.word_accounting` leaves them out of a
text's content words there): elsewhere they say what is claimed. A lower bound ("at least"), a
time said relative to now ("last week") and a few phrases ("left without", "in front of")."""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING

from .normalise import search_key
from .synonym_table import RELATIVE_TIME
from .wording import TEXT_WORD, stem

if TYPE_CHECKING:
    from .word_tables import Word

_WITHOUT = re.compile(r"\s+without\b")
_OF = re.compile(r"\s+of\b")
_NI = re.compile(r"(?i)\bни\s+$")
_RU_ONE = frozenset({"один", "одна", "одно", "одного", "одной", "одну", "одним"})
_IN = re.compile(r"\bin\s+$")


def light_here(text: str, word: Word, language: str) -> bool:
    """Words light in one phrase only: "left" before "without" is the light verb of a double
    negation ("no village was left without water" / "every village had water"; "ships left the
    port" keeps its verb), "front" in "in front of" is "outside", "одна" after "ни" is "not a
    single" ("ни одна школа не осталась без …" / "все школы …")."""
    if language == "ru":
        return word.folded in _RU_ONE and _NI.search(text, 0, word.start) is not None
    if language != "en":
        return False
    if word.folded == "left":
        return _WITHOUT.match(text, word.end) is not None
    if word.folded == "front":
        return _OF.match(text, word.end) is not None and _IN.search(text, 0, word.start) is not None
    return False


_BOUNDS = {
    "en": r"\b(?:no|not)\s+(?:fewer|less)\s+than\b|\bat\s+least\b",
    "ru": r"\bне\s+(?:менее|меньше)\b|\bпо\s+меньшей\s+мере\b|\bкак\s+минимум\b",
    "ar": r"(?:ما\s+)?لا\s+[يت]قل(?:\s+عن)?|على\s+الأقل",
    "tr": r"\ben\s+az\b",
}
"""A lower bound said in words ("no fewer than", "at least", "не менее", "по меньшей мере",
"لا يقل عن", "على الأقل", "en az"): one bound however it is said (the negation of "not less"
is none: `db.text.anchor_polarity`)."""


def bounds(text: str, language: str) -> set[tuple[int, int]]:
    """Spans of the words of `text` that say a lower bound of a number."""
    pattern = _BOUNDS.get(language)
    found: set[tuple[int, int]] = set()
    for match in re.finditer(pattern, text, re.IGNORECASE) if pattern else ():
        found |= {m.span() for m in TEXT_WORD.finditer(text, *match.span())}
    return found


@functools.cache
def _time_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    modifiers, units = RELATIVE_TIME.get(language, ("", ""))

    def keys(words: str) -> frozenset[str]:
        return frozenset(k for w in words.split() for k in (search_key(w), stem(w, language)) if k)

    return keys(modifiers), keys(units)


def relative_time(text: str, language: str) -> set[tuple[int, int]]:
    """Spans of the words of `text` that say a time relative to now: a unit of time next to a
    modifier ("last week", "الأسبوع الماضي"), both words."""
    modifiers, units = _time_words(language)
    if not units:
        return set()
    raw = [(m.start(), m.end(), m.group()) for m in TEXT_WORD.finditer(text)]

    def keys(word: str) -> set[str]:
        return {search_key(word), stem(word, language)}

    found: set[tuple[int, int]] = set()
    for (a, b, first), (c, d, second) in itertools.pairwise(raw):
        if (keys(first) & modifiers and keys(second) & units) or (
            keys(first) & units and keys(second) & modifiers
        ):
            found |= {(a, b), (c, d)}
    return found
