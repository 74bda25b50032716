"""Dates in folded text (the "date" anchors): days of a month, weekdays, days named relative to
today, years.

Month and weekday names come from the Unicode CLDR through Babel, in the format and
stand-alone forms (Russian "января" and "январь"; Levantine and Iraqi Arabic "كانون الثاني"
besides "يناير"); Russian case forms ("в январе", "в среду") match by their stem. Values:

- "2023-01-19" (day, month and year), "--01-19" (day and month), "--01" (a month), "2023" (a
  year, 1900–2099, where the words around it say so: "in 2023", "2023 yılında"), also from
  "19.01.2023", "19/01/2023" and "2023-01-19";
- "weekday:1" … "weekday:7" (Monday … Sunday);
- "day:-1", "day:0", "day:+1" (yesterday, today, tomorrow).

A date without a year agrees with the same day of any year (`dates_agree`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Literal

from .anchor_numbers import ascii_digits
from .normalise import search_key

Hit = tuple[int, int, str]

_LOCALES = ("en", "ar", "ar_SY", "ar_IQ", "tr", "ru")
_TOKEN = re.compile(r"\w+")
_TURKISH_ENDINGS = ("den", "dan", "ten", "tan", "de", "da", "te", "ta", "ye", "ya", "e", "a", "i")
_RUSSIAN_ENDING = re.compile(r"(?:ь|й|я|а|е|у|ю|ы|и)$")

_RELATIVE = {
    **dict.fromkeys(("today", "bugun", "сегодня", "اليوم"), "day:0"),
    **dict.fromkeys(("yesterday", "dun", "вчера", "امس", "بالامس"), "day:-1"),
    **dict.fromkeys(("tomorrow", "yarin", "завтра", "غدا", "غد"), "day:+1"),
}
_AMBIGUOUS_MONTHS = frozenset(
    search_key(w) for w in ("may", "march", "mar", "aralık", "ekim", "kasım", "ocak", "مارس")
)
"""Month names that are also common words ("may close", "aralık" = interval): a month only
next to a day or a year."""
_NUMERIC_DATE = re.compile(
    r"(?<![\d.,/-])(?:(?P<y1>(?:19|20)\d\d)-(?P<m1>\d\d?)-(?P<d1>\d\d?)"
    r"|(?P<d2>\d\d?)[./](?P<m2>\d\d?)[./](?P<y2>(?:19|20)\d\d))(?![\d])"
)
_DAY = re.compile(r"(?<![\d.,])(\d{1,2})(?:st|nd|rd|th|'?[a-z]{0,3}|-?(?:го|е|ого))?(?!\d)")
_YEAR_BEFORE = re.compile(
    r"(?:^|\W)(?:in|since|of|by|until|from|year|в|с|до|к|году|عام|سنة|في|منذ|حتى)\s$"
)
_YEAR_AFTER = re.compile(r"\s?(?:год\w*|г\.|yil\w*|'\w+)")
"""A number from 1900 to 2099 standing alone is a year only where words around say so ("in
2023", "в 2023 году", "2023 yılında", "عام 2023", "2023'te"); else it is a number (1,900
people)."""
_YEAR = re.compile(r"(?<![\d.,\u066b\u066c])((?:19|20)\d\d)(?![\d.,]\d|\d)")


def _stem(word: str) -> str:
    return _RUSSIAN_ENDING.sub("", word) if len(word) > 4 and word[0] >= "а" else word


@functools.lru_cache(maxsize=1)
def _names() -> tuple[dict[str, int], dict[str, int]]:
    """Folded month names → 1–12 and weekday names → 1–7 (ISO), with Russian stems."""
    from babel.dates import get_day_names, get_month_names

    months: dict[str, int] = {}
    days: dict[str, int] = {}
    for locale in _LOCALES:
        for context in ("format", "stand-alone"):
            widths: tuple[Literal["wide", "abbreviated"], ...] = (
                ("wide", "abbreviated") if locale in ("en", "ru") else ("wide",)
            )
            for width in widths:
                for number, name in get_month_names(width, context, locale).items():
                    key = search_key(name).rstrip(".")
                    if len(key) >= 3:
                        months.setdefault(key, number)
            for number, name in get_day_names("wide", context, locale).items():
                days.setdefault(search_key(name), number + 1)
    for key, number in list(months.items()):
        months.setdefault(_stem(key), number)
    for key, number in list(days.items()):
        days.setdefault(_stem(key), number)
    months.pop("мар", None)
    return months, days


def _month_of(words: list[str], i: int, language: str) -> tuple[int, int] | None:
    """The month named by the word(s) at `i` and how many words it takes."""
    months, _ = _names()
    if i + 1 < len(words):
        two = f"{words[i]} {words[i + 1]}"
        if two in months:
            return months[two], 2
    for candidate in _forms(words[i], language):
        if candidate in months:
            return months[candidate], 1
    return None


def _forms(word: str, language: str) -> list[str]:
    """The forms under which a folded word may be a month's or weekday's name: itself, its
    Russian stem, without an Arabic و/ب/ل/ف, without a Turkish ending ("pazartesiden")."""
    forms = [word]
    if language == "ru":
        forms.append(_stem(word))
    elif language == "ar" and word[:1] in "وبلف":
        forms.append(word[1:])
    elif language == "tr":
        forms.extend(
            word[: -len(ending)]
            for ending in _TURKISH_ENDINGS
            if word.endswith(ending) and len(word) - len(ending) >= 3
        )
    return forms


def _weekday_of(word: str, language: str) -> int | None:
    _, days = _names()
    for candidate in _forms(word, language):
        if candidate in days:
            return days[candidate]
    return None


def date_hits(folded: str, language: str) -> Iterator[Hit]:
    """Every date of the folded text (values as in the module's docstring)."""
    text = ascii_digits(folded)
    taken: list[tuple[int, int]] = []
    for match in _NUMERIC_DATE.finditer(text):
        year = match["y1"] or match["y2"]
        month = int(match["m1"] or match["m2"])
        day = int(match["d1"] or match["d2"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            taken.append(match.span())
            yield match.start(), match.end(), f"{year}-{month:02d}-{day:02d}"
    tokens = list(_TOKEN.finditer(text))
    words = [t.group() for t in tokens]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if any(a <= token.start() < b for a, b in taken):
            i += 1
            continue
        found = _month_hit(text, tokens, words, i, language)
        if found is not None:
            start, end, value, width = found
            taken.append((start, end))
            yield start, end, value
            i += width
            continue
        weekday = _weekday_of(words[i], language)
        if weekday is not None:
            yield token.start(), token.end(), f"weekday:{weekday}"
        elif words[i] in _RELATIVE:
            yield token.start(), token.end(), _RELATIVE[words[i]]
        i += 1
    for match in _YEAR.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        before = text[max(0, match.start() - 12) : match.start()]
        if _YEAR_BEFORE.search(before) or _YEAR_AFTER.match(text, match.end()):
            yield match.start(), match.end(), match.group(1)


def _month_hit(
    text: str, tokens: list[re.Match[str]], words: list[str], i: int, language: str
) -> tuple[int, int, str, int] | None:
    """The date whose month is named at word `i` (with the day before or after it and the year
    after): its span, value and how many words the month name takes."""
    month = _month_of(words, i, language) if not words[i].isdigit() else None
    if month is None:
        return None
    number, width = month
    start, end = tokens[i].start(), tokens[i + width - 1].end()
    day: int | None = None
    if i > 0 and _is_day(words[i - 1]) and tokens[i - 1].end() >= start - 2:
        day, start = int(_digits(words[i - 1])), tokens[i - 1].start()
    elif i + width < len(tokens) and _is_day(words[i + width]):
        after = tokens[i + width]
        if after.start() - end <= 2 and not _PERCENT_AFTER.match(text, after.end()):
            day, end = int(_digits(words[i + width])), after.end()
    year = _YEAR.match(text, end + 1) or _YEAR.match(text, end + 2)
    if day is None and year is None and words[i] in _AMBIGUOUS_MONTHS:
        return None
    value = f"--{number:02d}" if day is None else f"--{number:02d}-{day:02d}"
    if year is not None and year.start() - end <= 2:
        value = f"{year.group(1)}{value[1:]}"
        end = year.end()
    return start, end, value, width


_PERCENT_AFTER = re.compile(r"\s*(?:%|٪|percent\b|per cent\b|процент|بالمئة|بالمائة|في المئة)")
"""A number followed by a percent sign or word is a share, not a day ("In February, 25% of…")."""


def _digits(word: str) -> str:
    return "".join(c for c in word if c.isdigit())


def _is_day(word: str) -> bool:
    match = _DAY.fullmatch(word)
    return match is not None and 1 <= int(match.group(1)) <= 31


def _fields(value: str) -> tuple[str | None, str | None, str | None] | None:
    """(year, month, day) of a calendar date value; None for weekdays and relative days."""
    match = re.fullmatch(r"(\d{4}|-)(?:-(\d\d))?(?:-(\d\d))?", value)
    if match is None:
        return None
    year = None if match.group(1) == "-" else match.group(1)
    return year, match.group(2), match.group(3)


def dates_agree(a: str, b: str) -> bool:
    """Whether two date values can name the same day: equal, or calendar dates whose given
    parts agree ("--01-19" and "2023-01-19"; "2023" and "2023-05")."""
    if a == b:
        return True
    fa, fb = _fields(a), _fields(b)
    if fa is None or fb is None:
        return False
    shared = [(x, y) for x, y in zip(fa, fb, strict=True) if x is not None and y is not None]
    return bool(shared) and all(x == y for x, y in shared)
