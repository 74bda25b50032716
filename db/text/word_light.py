"""Words that are light in one phrase only (`db.text.word_accounting` leaves them out of a
text's content words there): elsewhere they say what is claimed."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .word_accounting import Word

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
