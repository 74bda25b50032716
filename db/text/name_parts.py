"""Two names compared part by part: which parts spell each other, which are on one side only,
and which look alike but are two names — the evidence behind "same person?".

A person is written with more or fewer parts, in any order: "Alparslan Bayraktar",
"ألب أرسلان بيرقدار" (the Turkish compound given name written as two words), "Bayraktar",
"Байрактар Алпарслан"; "Sergey Viktorovich Lavrov" / "Лавров Сергей" (the patronymic is left out
of the parts, as of the keys). Two spellings may be one person when every part of one of them
meets a part of the other (`NameComparison.same`): a part meets another when their name keys meet
(`db.text.names.part_keys`), when two neighbouring parts written as one word meet it (Alp Arslan /
Alparslan, Abdel Fattah / Abdelfattah), or when it is the end or start of a compound given name
(Arslan / Alparslan). A part on each side that meets nothing says two people: "Berat Bayraktar"
and "Alparslan Bayraktar" share a family name and are two ministers.

Some given names share every consonant but are two names: Arabic writes them apart (كمال Kamal
/ كامل Kamil, حسن Hasan / حسين Hussein, محمد Muhammad / محمود Mahmoud), and their usual spellings
in Latin, Turkish and Cyrillic follow (`resources/names/distinct_given_names.json`). Two such
parts are `two_names`, never a meeting, and the comparison says so.

This decides nothing for the reviewer: it is what a match offer shows and what a drift flag
rests on.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from dataclasses import dataclass
from importlib import resources

from .name_morphology import fold_arabic
from .names import name_parts, part_keys

DISTINCT = "names/distinct_given_names.json"
MIN_COMPOUND_PART = 4
"""Consonants a part needs to be read as the end or start of a compound given name."""


@dataclass(frozen=True)
class NameComparison:
    """Two names part by part: `met` the pairs of parts that spell each other (a part of two
    words is written with a space), `only_a` / `only_b` the parts on one side only, `two_names`
    the pairs that look alike but are two given names (Kamal / Kamel)."""

    a: str
    b: str
    met: tuple[tuple[str, str], ...]
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    two_names: tuple[tuple[str, str], ...]

    @property
    def same(self) -> bool:
        """Whether the two may be one person: some parts meet, no two given names differ, and
        one name's parts are all among the other's (in any order)."""
        return bool(self.met) and not self.two_names and not (self.only_a and self.only_b)

    def describe(self) -> str:
        """The evidence in one line: "Bayraktar = بيرقدار; Alparslan = ألب أرسلان; only in …"."""
        said = [f"{x} = {y}" for x, y in self.met]
        said += [f"{x} ≠ {y} (two names)" for x, y in self.two_names]
        if self.only_a:
            said.append(f"only in {self.a}: {' '.join(self.only_a)}")
        if self.only_b:
            said.append(f"only in {self.b}: {' '.join(self.only_b)}")
        return "; ".join(said) if said else "no part meets"


@functools.cache
def _distinct() -> dict[str, str]:
    """Each listed spelling (folded by `_given`) → the Arabic spelling of its name."""
    data = json.loads(resources.files("resources").joinpath(DISTINCT).read_text("utf-8"))
    table: dict[str, str] = {}
    for group in data["groups"]:
        for spelling in group:
            table[_given(spelling)] = group[0]
    return table


def _given(word: str) -> str:
    """A word as the table of distinct given names is looked up: Arabic folded (hamza seats,
    the article), Latin without its accents, all in lower case."""
    if any("\u0600" <= c <= "\u06ff" for c in word):
        return fold_arabic(word)
    lowered = word.casefold().replace("’", "'")
    if lowered.isascii() or any("\u0400" <= c <= "\u04ff" for c in lowered):
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered.replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def given_name(word: str) -> str:
    """The Arabic spelling of the listed given name `word` is a spelling of ("" if unlisted)."""
    return _distinct().get(_given(word), "")


def two_given_names(x: str, y: str) -> bool:
    """Whether two words are spellings of two different listed given names (Kamal / Kamel)."""
    gx, gy = given_name(x), given_name(y)
    return bool(gx) and bool(gy) and gx != gy


def _meet(x: frozenset[str], y: frozenset[str]) -> bool:
    return bool(x & y)


def _compound(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether one part is the start or the end of the other (Arslan / Alparslan)."""
    return any(
        len(short) >= MIN_COMPOUND_PART
        and len(long) > len(short) + 1
        and (long.startswith(short) or long.endswith(short))
        for short in x
        for long in y
    )


Part = tuple[str, frozenset[str]]


def compare_names(
    a: str, b: str, language_a: str | None = None, language_b: str | None = None
) -> NameComparison:
    """`a` and `b` part by part (see the module's docstring)."""
    parts_a, parts_b = name_parts(a, language_a), name_parts(b, language_b)
    return compare_parts(a, b, parts_a, parts_b, (language_a, language_b))


def compare_parts(
    a: str,
    b: str,
    parts_a: tuple[Part, ...],
    parts_b: tuple[Part, ...],
    languages: tuple[str | None, str | None] = (None, None),
) -> NameComparison:
    """`compare_names` on parts already read (`db.text.names.name_parts`)."""
    left: list[Part | None] = list(parts_a)
    right: list[Part | None] = list(parts_b)
    met: list[tuple[str, str]] = []
    two: list[tuple[str, str]] = []
    # 1. two neighbouring parts of one side written as one word on the other (Alp Arslan)
    for side, other, flip, language in (
        (left, right, False, languages[0]),
        (right, left, True, languages[1]),
    ):
        for i in range(len(side) - 1):
            first, second = side[i], side[i + 1]
            if first is None or second is None:
                continue
            joined = part_keys(first[0] + second[0], language)
            for j, part in enumerate(other):
                if part is None or _meet(first[1], part[1]) or _meet(second[1], part[1]):
                    continue
                if _meet(joined, part[1]):
                    words = f"{first[0]} {second[0]}"
                    met.append((part[0], words) if flip else (words, part[0]))
                    side[i] = side[i + 1] = other[j] = None
                    break
    # 2. parts that spell each other, then 3. a part that ends or starts a compound
    for test in (_meet, _compound):
        for i, x in enumerate(left):
            for j, y in enumerate(right):
                if x is None or y is None or not (test(x[1], y[1]) or test(y[1], x[1])):
                    continue
                (two if two_given_names(x[0], y[0]) else met).append((x[0], y[0]))
                left[i] = right[j] = None
                break
    return NameComparison(
        a,
        b,
        tuple(met),
        tuple(p[0] for p in left if p is not None),
        tuple(p[0] for p in right if p is not None),
        tuple(two),
    )
