"""Telling a text file's legacy encoding, and saying so when it cannot be told for sure.

charset-normalizer guesses well on long text; on a one-line headline it may pick any code page
that decodes the bytes (a Turkish cp1254 headline read as cp1252 gives `Dýþiþleri`, Russian
koi8-r read as cp932 gives half-width katakana). So the bytes are also decoded in each encoding a
desk meets (`DESK_ENCODINGS`) and every reading is scored by whether its letters make words of
the language it reads as: one script per word, an ordinary case pattern (lower, Title, UPPER),
and letters of that language's alphabet where it is known. The best reading wins; when another
reading with a different text scores nearly as well, or the best is poor, the read is marked
doubtful, so the reviewer checks the encoding (`--encoding NAME` reads it again).

Runs in reader processes (it loads the language model through `language`).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from . import language

DESK_ENCODINGS = (
    "utf-8",
    "cp1252",
    "cp1254",
    "cp1256",
    "cp1251",
    "koi8-r",
    "iso-8859-9",
    "iso-8859-6",
    "iso-8859-5",
)
_WORD = re.compile(r"[^\W\d_]+")
_CLOSE = 0.05
_GOOD = 0.95
_UNCHECKED = 0.85


@dataclass(frozen=True)
class Reading:
    encoding: str
    text: str
    language: str
    score: float


@dataclass(frozen=True)
class Decision:
    """The reading chosen, whether it is doubtful, and the other plausible encodings."""

    text: str
    encoding: str
    doubtful: bool
    candidates: tuple[str, ...]


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def _cased(word: str) -> bool:
    return any(c.islower() or c.isupper() for c in word)


_ARABIC_FINAL_ONLY = re.compile(r"[ةى](?=.)")
_HEBREW_FINAL_FORM_INSIDE = re.compile(r"[ךםןףץ](?=.)")


def _normal_case(word: str) -> bool:
    """Whether the word's shape is one that words have: lower, Title or UPPER case; in Arabic,
    ta marbuta and alef maksura only at the end; in Hebrew, final letter forms only there."""
    if not _cased(word):
        return not (_ARABIC_FINAL_ONLY.search(word) or _HEBREW_FINAL_FORM_INSIDE.search(word))
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def plausibility(text: str, tag: str) -> float:
    """The share of letters of `text` in words that look like words of language `tag` (0–1);
    format and control characters inside the text (other than white space) count against it."""
    alphabet = language.alphabet(tag)
    letters = 0
    good = 0.0
    for word in _WORD.findall(text):
        letters += len(word)
        if len({_script(c) for c in word}) != 1 or not _normal_case(word):
            continue
        if alphabet is not None:
            if any(x not in alphabet for c in word for x in c.lower()):
                continue
            good += len(word)
        else:
            # A cased script in a language whose alphabet is not known here counts for less
            # than one whose letters were all checked.
            good += len(word) * (_UNCHECKED if _cased(word) else 1.0)
    odd = sum(
        1
        for c in text
        if (unicodedata.category(c) in ("Cf", "Cc", "Co", "So") and c not in "\n\r\t\f")
        or (not c.isascii() and unicodedata.category(c) in ("Sm", "Sk"))
    )
    return max(0.0, (good - 2 * odd) / letters) if letters else 0.0


def readings(data: bytes, first: str | None) -> list[Reading]:
    """Each distinct text the desk's encodings (and then `first`, charset-normalizer's guess)
    make of `data`, best first; the same text from several encodings is kept once, under the
    first; on equal scores the desk's encodings come first, in `DESK_ENCODINGS` order."""
    seen: dict[str, Reading] = {}
    names = [*DESK_ENCODINGS, first] if first else list(DESK_ENCODINGS)
    for name in names:
        assert name is not None
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if text in seen:
            continue
        tag = language.reading_language(text)
        seen[text] = Reading(name, text, tag, plausibility(text, tag))
    return sorted(seen.values(), key=lambda r: -r.score)


def decide(data: bytes, first: str | None) -> Decision | None:
    """The reading of `data` to store, or None when no encoding gives text."""
    found = readings(data, first)
    if not found:
        return None
    best = found[0]
    close = [r.encoding for r in found[1:] if r.score >= best.score - _CLOSE]
    doubtful = best.score < _GOOD or bool(close)
    return Decision(best.text, best.encoding, doubtful, tuple(close))


def normal_name(name: str) -> str:
    """The codec name for an encoding a person typed (`CP1254`, `koi8_r`, `latin5`); raises
    `LookupError` for a name Python does not know."""
    return codecs.lookup(name).name
