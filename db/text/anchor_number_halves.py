"""A number and a half, and several fifths, said in words (the number anchors' words).

"Two and a half million" is 2,500,000 and "two fifths" is 40%, in the four languages: "двух с
половиной миллионов", "полтора миллиона", "iki buçuk milyon", "مليونين ونصف المليون"; "две
пятых", "beşte ikisi", "خُمسا". Without this the number words are read one by one ("two", then "half" = 50%) and a
rewording that spells out "2.5 million" or "40 percent" reads as another number.
`db.text.anchor_number_words.find_numbers` takes these before the single number words. Works on
folded text (`db.text.normalise.search_key`: Turkish without marks, Russian ё as е).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from .anchor_numbers import Hit, with_percent

_HALVES = {
    "en": r"\b(?P<n>[a-z]+|\d+) and a half(?: (?P<big>thousand|million|billion)s?\b)?",
    "ru": r"\b(?:(?P<n>[а-я]+|\d+) с половиной|(?P<one>полтор(?:а|ы|ух|ам|ами)))"
    r"(?: (?P<big>тысяч\w*|миллион\w*|миллиард\w*|тыс|млн|млрд)\b)?",
    "tr": r"\b(?P<n>[a-z]+|\d+) bucuk(?: (?P<big>bin|milyon|milyar)\w*)?",
    "ar": r"(?:^|(?<=\s))(?P<n>\S+) ونصف(?: (?:ال)?(?P<big>الف|مليون|مليار)\b)?",
}
_BIG = (("тыс", 10**3), ("млн", 10**6), ("млрд", 10**9), ("bin", 10**3), ("thousand", 10**3))
_BIG_STEMS = (
    ("тысяч", 10**3),
    ("миллион", 10**6),
    ("миллиард", 10**9),
    ("million", 10**6),
    ("billion", 10**9),
    ("milyon", 10**6),
    ("milyar", 10**9),
    ("الف", 10**3),
    ("مليون", 10**6),
    ("مليار", 10**9),
)

_FIFTHS = {
    "en": r"\b(?P<n>two|three|four)[- ]fifths\b",
    "ru": r"\b(?P<n>две|двух|три|трех|четыре|четырех) пятых\b",
    "tr": r"\bbeste (?P<n>iki|uc|dort)\w*",
    "ar": r"(?:^|(?<=\s))[وب]?(?:ال)?(?P<n>خمسا|خمسي)(?=\s|$)",
}
_FIFTH_COUNTS = {
    "two": 2, "three": 3, "four": 4,
    "две": 2, "двух": 2, "три": 3, "трех": 3, "четыре": 4, "четырех": 4,
    "iki": 2, "uc": 3, "dort": 4,
    "خمسا": 2, "خمسي": 2,
}  # fmt: skip


_DOZENS = {
    "en": r"\b(?:(?P<half>half a)|a|one|(?P<n>two|three|four|five|six|\d+)) dozen\b",
    "ru": r"\b(?:(?P<n>две|двух|три|трех|четыре|четырех|\d+) )?(?P<half>пол)?дюжин[аыуе]\b",
    "tr": r"\b(?:(?P<half>yarim)|bir|(?P<n>iki|uc|dort|bes|alti|\d+)) duzine(?!ler)\w*",
    "ar": r"(?:^|(?<=\s))(?:(?P<half>نصف) )?(?:ال)?(?:دزينة|دستة|درزن)(?=\s|$|[.,،])",
}
_DOZEN_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "две": 2, "двух": 2, "три": 3, "трех": 3, "четыре": 4, "четырех": 4,
    "iki": 2, "uc": 3, "dort": 4, "bes": 5, "alti": 6,
}  # fmt: skip
"""A dozen is twelve: "a dozen" / "12", "half a dozen" / "6", "две дюжины" / "24" ("dozens
of", "düzinelerce": many, no number)."""


_ONES = frozenset(
    {"one", "один", "одна", "одного", "одной", "bir", "واحد", "مليون", "الف", "مليار"}
)


@functools.cache
def _pattern(table: str, language: str) -> re.Pattern[str] | None:
    tables = {"halves": _HALVES, "fifths": _FIFTHS, "dozens": _DOZENS}
    pattern = tables[table].get(language)
    return re.compile(pattern) if pattern else None


def _big(word: str | None) -> int:
    if not word:
        return 1
    for key, value in _BIG:
        if word == key:
            return value
    return next((value for stem, value in _BIG_STEMS if word.startswith(stem)), 1)


Numbers = Callable[[str, str], list[Hit]]
"""`db.text.anchor_number_words.find_numbers`: every number of a folded text."""
TableWord = Callable[[str, str], "int | None"]
"""`db.text.anchor_number_words.table_word`: one Turkish or Arabic number word's value."""


def _count(word: str, language: str, find_numbers: Numbers, table_word: TableWord) -> int | None:
    """The value of one number word (or digits) before "and a half"."""
    if word.isdigit():
        return int(word)
    if word in _ONES and language in ("en", "ru"):
        return 1
    if language in ("tr", "ar"):  # "bir buçuk", "مليون ونصف": no number alone, one here
        value = table_word(word, language)
        if value is None and language == "ar":
            value = _big(word.removeprefix("ال"))
        return value if value != 1 or word in _ONES else None
    hits = find_numbers(word, language)
    if len(hits) != 1 or hits[0][:2] != (0, len(word)) or hits[0][2].endswith("%"):
        return None
    try:
        return int(Decimal(hits[0][2]))
    except ArithmeticError:
        return None


def half_numbers(
    folded: str, language: str, find_numbers: Numbers, table_word: TableWord
) -> Iterator[Hit]:
    """ "N and a half [thousand|million|billion]" as one number; in Arabic "مليونين ونصف
    [المليون]" is two million and half a million. The single number words are read by the
    functions given (`find_numbers`, `table_word` of `db.text.anchor_number_words`)."""

    def count(word: str) -> int | None:
        return _count(word.strip(".,;:"), language, find_numbers, table_word)

    pattern = _pattern("halves", language)
    for match in pattern.finditer(folded) if pattern is not None else ():
        before = folded[: match.start()].split()
        value_n = 1 if match.groupdict().get("one") else count(match.group("n"))
        if value_n is None or value_n <= 0 or (before and count(before[-1]) is not None):
            continue  # "خمسة آلاف ونصف": the number words are read as a run
        if language == "ar":
            unit = _big(match.group("n").removeprefix("ال"))
            if unit == 1 and value_n >= 1000:
                unit = 10 ** (3 * ((len(str(value_n)) - 1) // 3))
            value = Decimal(value_n) + Decimal(unit) / 2
        else:
            value = (Decimal(value_n) + Decimal("0.5")) * _big(match.group("big"))
        yield with_percent(folded, match.start(), match.end(), value.normalize())


def fifth_numbers(folded: str, language: str) -> Iterator[Hit]:
    """Two, three or four fifths as their percent."""
    pattern = _pattern("fifths", language)
    for match in pattern.finditer(folded) if pattern is not None else ():
        count = _FIFTH_COUNTS[match.group("n")]
        yield match.start(), match.end(), f"{count * 20}%"


def dozen_numbers(folded: str, language: str) -> Iterator[Hit]:
    """A dozen, half a dozen, N dozen: twelve, six, N × 12."""
    pattern = _pattern("dozens", language)
    for match in pattern.finditer(folded) if pattern is not None else ():
        n = match.groupdict().get("n")
        count = Decimal(6) if match.group("half") else Decimal(12)
        if n:
            count *= int(n) if n.isdigit() else _DOZEN_COUNTS[n]
        yield with_percent(folded, match.start(), match.end(), count)
