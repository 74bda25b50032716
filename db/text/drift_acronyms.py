"""Acronyms of organisations for the "name" drift flag: the acronym a text gives in brackets
after a body's full name ("Hava-Pilot Derneği (HPD)", "the Cabin Crew Association
(KABİN-DER)") is that body's; an acronym is *explained* by a name when it is made of the starts
of the name's words in order (HPD: Hava-Pilot Derneği, KASÇ: KAmu Sağlık Çalışanları, TurkStat:
TURKish STATistical Institute).

A faithful translation either keeps the original's acronym (KASÇ / KASÇ, ФСБ / FSB) or makes
one of its own words (TurkStat, PHWU); an acronym that is neither — explained by no name of its
own side and not the other side's acronym — names another body ("Hava-Pilot Derneği (HPD)" /
"Cabin Crew Association (KABİN-DER)")."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from .align_lexicon import fold
from .names import mention_keys

ACRONYM = re.compile(r"^[A-ZÇĞİÖŞÜА-ЯЁ]{2,8}(?:-[A-ZÇĞİÖŞÜА-ЯЁ]{2,8})?$")
"""An acronym in capitals, in Latin or Cyrillic letters ("AFAD", "ФСБ", "BEL-İŞ")."""
_BRACKETED = re.compile(r"^\s*\(\s*([^\W\d_]+(?:-[^\W\d_]+)?)\s*\)")
_CAMEL = re.compile(r"^[A-ZÇĞİÖŞÜ][a-zçğıöşü]+[A-ZÇĞİÖŞÜ][a-zçğıöşü]+$")
"""An acronym of syllables written in capitalised parts ("TurkStat")."""


def bracketed_acronym(text: str, end: int) -> tuple[str, int] | None:
    """The acronym in brackets right after position `end` ("… Derneği (HPD)") and where the
    closing bracket ends, if any."""
    m = _BRACKETED.match(text[end:])
    if m is None:
        return None
    word = m.group(1)
    if ACRONYM.match(word) is None and _CAMEL.match(word) is None:
        return None
    return word, end + m.end()


@functools.lru_cache(maxsize=8192)
def explained(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether an acronym is made of the starts of `words` in order, each word giving one or
    more of its first letters and words passed over allowed after the first two ("HPD" by
    "Hava-Pilot Derneği", "KASÇ" by "Kamu Sağlık Çalışanları Sendikası")."""
    letters = fold(acronym).replace("-", "")
    parts = [fold(p) for w in words for p in w.split("-") if p]
    if not letters or not parts:
        return False

    @functools.cache
    def fits(i: int, k: int) -> bool:  # letters[i:] from parts[k:]
        if i == len(letters):
            return True
        for j in range(k, len(parts)):
            if j > k and i == 0 and j > 1:
                break  # the acronym starts with one of the first two words
            word = parts[j]
            n = 0
            while n < len(word) and i + n < len(letters) and word[n] == letters[i + n]:
                n += 1
                if fits(i + n, j + 1):
                    return True
        return False

    return fits(0, 0)


def same_acronym(a: str, la: str, b: str, lb: str) -> bool:
    """Two acronyms of one body: spelt alike in any script (ФСБ / FSB, BAKDER / BAKDER)."""
    if fold(a) == fold(b):
        return True
    return len(a) > 2 and bool(mention_keys(a, la) & mention_keys(b, lb))


def latin_or_cyrillic(word: str) -> str:
    if any("\u0600" <= c <= "\u06ff" for c in word):
        return "arabic"
    return "cyrillic" if any("\u0400" <= c <= "\u04ff" for c in word) else "latin"


_Body = TypeVar("_Body", bound="_Spanned")


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def words(self) -> tuple[str, ...]: ...
    @property
    def heads(self) -> frozenset[str]: ...
    @property
    def own(self) -> tuple[str, ...]: ...


def with_acronyms(text: str, found: list[_Body]) -> list[tuple[_Body, str]]:
    """Each body and the acronym in brackets after it ("Hava-Pilot Derneği (HPD)"; "" when
    none): that acronym is no body of its own."""
    out: list[tuple[_Body, str]] = []
    skip: set[int] = set()
    for o in found:
        if o.start in skip:
            continue
        hit = bracketed_acronym(text, o.end) if o.heads or len(o.words) > 1 else None
        if hit is not None:
            skip.update(x.start for x in found if o.end < x.start < hit[1])
        out.append((o, hit[0] if hit else ""))
    return out


class _Named(Protocol):
    @property
    def words(self) -> tuple[str, ...]: ...
    @property
    def sort(self) -> str: ...
    @property
    def acronym(self) -> str: ...


def acronym_of(m: _Named) -> str:
    """An organisation's acronym: the one in brackets after its name, or the acronym it is."""
    if m.acronym:
        return m.acronym
    return m.words[0] if len(m.words) == 1 and ACRONYM.match(m.words[0]) else ""


def acronym_explained(m: _Named, other: Sequence[_Named]) -> bool:
    """Whether an organisation's acronym is made of the words of a body of the other side
    ("TTB" / "Türk Tabipleri Birliği"): the translation kept the original's acronym."""
    acronym = acronym_of(m)
    return bool(acronym) and any(
        o.sort == "org" and acronym_of(o) != o.words[0] and explained(acronym, o.words)
        for o in other
    )


def acronyms_differ(x: _Named, lx: str, y: _Named, ly: str) -> bool | None:
    """Whether the acronyms of two bodies in each other's place tell them apart: True when one
    is explained neither by its own name nor by the other's and is not the other's acronym
    ("Hava-Pilot Derneği (HPD)" / "Cabin Crew Association (KABİN-DER)"); False when the two
    are one acronym (KASÇ / KASÇ, ФСБ / FSB); None when they tell nothing (TurkStat is made
    of "Turkish Statistical Institute", ЦИК / CEC are of two alphabets)."""
    ax, ay = acronym_of(x), acronym_of(y)
    if not ax and not ay:
        return None
    if ax and ay and same_acronym(ax, lx, ay, ly):
        return False
    for acronym, own, other in ((ax, x, y), (ay, y, x)):
        if not acronym or acronym == own.words[0] or explained(acronym, own.words):
            continue  # alone, or made of its own name (a translation's own acronym: TurkStat)
        if acronym_of(other):
            return True  # not the other's acronym, nor one of its own name's
        script = latin_or_cyrillic(acronym)
        if any(latin_or_cyrillic(w) != script for w in other.words):
            continue  # another alphabet (UGTT / الاتحاد العام التونسي للشغل) tells nothing
        if not explained(acronym, other.words):
            return True
    return None
