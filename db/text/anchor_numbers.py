"""Numbers and quantities in folded text, as comparable values (the number anchors).

Works on text folded by the project's one folding (`db.text.normalise.fold`): positions returned are
positions in the folded text, which `db.text.anchors` maps back to the stored text.

- **Digits** of any decimal digit system (ASCII, Arabic-Indic ٤٥, Persian ۴۵, …) count alike.
  Thousands separators: `,` `.` a space (also no-break and narrow spaces, which the folding
  makes plain spaces) and the Arabic `٬`; decimal marks `.` `,` and the Arabic `٫`. When one
  separator followed by exactly three digits could be either ("4,500", "4.500"), the language
  decides: Turkish and Russian write thousands with `.` (or a space) and decimals with `,`;
  English and Arabic the other way round.
- **Scale words** after digits multiply them ("45 bin", "4,5 тыс.", "4.5 million", "٤٥ ألف").
- **Percentages** ("45%", "%45", "yüzde 45", "45 процентов", "45 بالمئة") get a `%` after the
  value: 45 people and 45 per cent are different facts.
- **Number words** (`db.text.anchor_number_words`): English and Russian through the
  `number-parser` package, Turkish and Arabic through small tables; its `find_numbers` gives
  digits and words together.

Values are plain decimals without exponent or trailing zeros: "4500", "4.5", "45%".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from .normalise import search_key

Hit = tuple[int, int, str]
"""(start, end, value): a span of the folded text and its normalised value."""

DECIMAL_COMMA_LANGUAGES = frozenset({"tr", "ru"})
"""Languages whose decimal mark is a comma (and thousands separator a dot or a space)."""

NUMBER = re.compile(
    # after a letter only when it is an Arabic prefix written onto the number ("و2357", "لـ4")
    r"(?:(?<![\w.,\u066b\u066c])|(?<=[\u0648\u0628\u0644\u0641]))"
    r"(?P<int>\d{1,3}(?P<sep>[,.'\u066c ])\d{3}(?:(?P=sep)\d{3})*(?!\d)|\d+)"
    r"(?:(?P<dec>[.,\u066b])(?P<frac>\d+))?"
    r"(?:(?![\d\w])|(?=s(?!\w)))"  # "the 1990s", "F-16s"
)
_TOKEN = re.compile(r"\w+")


def fold_all(words: dict[str, int]) -> dict[str, int]:
    return {search_key(word): value for word, value in words.items()}


_SCALE_WORDS = fold_all(
    {
        "thousand": 10**3,
        "million": 10**6,
        "mn": 10**6,
        "billion": 10**9,
        "bn": 10**9,
        "trillion": 10**12,
        "bin": 10**3,
        "milyon": 10**6,
        "milyar": 10**9,
        "trilyon": 10**12,
        "тыс": 10**3,
        "млн": 10**6,
        "млрд": 10**9,
        "трлн": 10**12,
        "ألف": 10**3,
        "آلاف": 10**3,
        "ألفا": 10**3,
        "مليون": 10**6,
        "ملايين": 10**6,
        "مليونا": 10**6,
        "مليار": 10**9,
        "مليارات": 10**9,
        "مليارا": 10**9,
    }
)
_RUSSIAN_SCALE_STEMS = (
    ("тысяч", 10**3),
    ("миллион", 10**6),
    ("миллиард", 10**9),
    ("триллион", 10**12),
)
_TURKISH_SCALES = {"bin": 10**3, "milyon": 10**6, "milyar": 10**9, "trilyon": 10**12}
TURKISH_CASE_ENDINGS = tuple(
    sorted(
        [
            "e",
            "a",
            "ye",
            "ya",
            "i",
            "u",
            "yi",
            "yu",
            "de",
            "da",
            "te",
            "ta",
            "den",
            "dan",
            "ten",
            "tan",
            "in",
            "un",
            "nin",
            "nun",
        ],
        key=len,
        reverse=True,
    )
)
_SCALE_AFTER = re.compile(r"[ -]?(\w+)\.?")
_TURKISH_SUFFIXES = re.compile(
    r"(?:l[ae]r|l[ıiuü]k)?(?:s?[ıiuü]|[ıiuü]m[ıiuü]z|[ıiuü]n[ıiuü]z)?"
    r"(?:n?[ıiuü]n|y?[ae]|y?[ıiuü]|n?d[ae]n?|n?t[ae]n?|n?[ae])?"
)
"""Endings a Turkish scale word takes, stacked: plural, possessive, case ("bine", "binden",
"bininin" of its thousand, "milyonlarca" aside)."""
_PERCENT_AFTER = re.compile(
    "|".join(
        [
            r" ?[%\u066a]",
            r" (?:percent|per cent|процент\w*|بالمئة|بالمائة|في المئة|في المائة)(?!\w)",
        ]
    )
)
_REST_AFTER_SCALE = re.compile(r" (?:and |و ?|ve )?(\d{1,3})(?![\d.,]?\d)")
_PERCENT_BEFORE = re.compile(r"(?:[%\u066a]|yuzde ) ?$")
_HALF_DAY_AFTER = re.compile(
    r"(?:(?P<am> ?a\.? ?m\b\.?| (?:утра|ночи|صباحا|ص)(?!\w))"
    r"|(?P<pm> ?p\.? ?m\b\.?| (?:(?:часа? |часов )?(?:вечера|дня)|مساء|م)(?!\w)))"
)
_HALF_DAY_BEFORE = re.compile(r"(?:(?P<am>sabah)|(?P<pm>aksam|ogleden sonra)) (?:saat )?$")
_ARABIC_HOUR = re.compile(r"الساعة ?$")
"""A.m. and p.m. around an hour ("9 a.m.", "9 утра", "9 вечера", "٩ مساء", "9 م", "sabah 9",
"akşam 9"): the hour is read on a 24-hour clock, so 9 a.m. and 9 p.m. differ."""


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit of any script as its ASCII digit (same length)."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text
    )


def format_value(value: Decimal) -> str:
    """A value as plain decimal text: no exponent, no trailing zeros ("4500", "4.5")."""
    text = format(value.normalize(), "f")
    return text


def parse_digits(
    integer: str, separator: str | None, mark: str | None, fraction: str | None, language: str
) -> Decimal:
    """The value of a number written in ASCII digits, by the rules in the module's docstring."""
    groups = integer.split(separator) if separator else [integer]
    if separator and mark is None and len(groups) == 2 and separator in ",.":
        comma_decimal = language in DECIMAL_COMMA_LANGUAGES
        as_decimal = (separator == ",") == comma_decimal or groups[0] == "0"
        if as_decimal:
            return Decimal(f"{groups[0]}.{groups[1]}")
    whole = "".join(groups)
    if mark is not None and fraction:
        return Decimal(f"{whole}.{fraction}")
    return Decimal(whole)


def _scale_after(folded: str, end: int) -> tuple[int, int] | None:
    """The multiplier of a scale word right after position `end`, and where the word ends."""
    match = _SCALE_AFTER.match(folded, end)
    if match is None:
        return None
    word = match.group(1)
    factor = _SCALE_WORDS.get(word)
    if factor is None:
        factor = next((f for stem, f in _RUSSIAN_SCALE_STEMS if word.startswith(stem)), None)
    if factor is None:
        # Turkish scale words take case endings: "44 bine", "160 binden", "1 milyondan"
        factor = next(
            (
                f
                for stem, f in _TURKISH_SCALES.items()
                if word.startswith(stem) and _TURKISH_SUFFIXES.fullmatch(word[len(stem) :])
            ),
            None,
        )
    if factor is None:
        return None
    stop = match.end() if match.group().endswith(".") and word in _SCALE_WORDS else match.end(1)
    return factor, stop


_ENGLISH_WORDS = re.compile(r"(?i)\b(?:the|of|to|is|are|was|were|will|has|have|and|in|on|by)\b")
_AMBIGUOUS = re.compile(r"(\d{1,3})[.,](\d{3})")


def separators_decided(text: str, language: str) -> bool:
    """Whether the text's language says how to read "1.500" and "1,500": Turkish and Russian
    (dot groups thousands, comma marks decimals), English shown by its own words (the other
    way round); Arabic writes either with Western digits, and an unknown language says nothing."""
    return language in DECIMAL_COMMA_LANGUAGES or (
        language == "en" and _ENGLISH_WORDS.search(text) is not None
    )


def thousands_reading(surface: str) -> str | None:
    """The value in thousands of a number written with one separator before three digits,
    which reads either way ("4.500": 4.5 where "." marks decimals, 4500 in Turkish); None for
    any other number."""
    match = _AMBIGUOUS.fullmatch(ascii_digits(surface).strip())
    if match is None or match[1] == "0":
        return None
    return str(int(match[1] + match[2]))


def _with_half_day(folded: str, start: int, end: int, value: Decimal) -> Hit | None:
    """An hour with a.m. or p.m. around it, as its hour on a 24-hour clock ("9 p.m." → "21")."""
    if value != value.to_integral_value() or not 1 <= value <= 12:
        return None
    after = _HALF_DAY_AFTER.match(folded, end)
    before = None if after else _HALF_DAY_BEFORE.search(folded, max(0, start - 20), start)
    found = after or before
    if found is None:
        return None
    if (
        after is not None
        and after.group().strip() in ("ص", "م")
        and not _ARABIC_HOUR.search(folded, max(0, start - 12), start)
    ):
        return None  # "ص" and "م" are a.m. and p.m. only after "الساعة" ("10 م" may be metres)
    hour = int(value) % 12 + (12 if found["pm"] else 0)
    if after is not None:
        return start, after.end(), f"{hour}h"
    return found.start(), end, f"{hour}h"


def with_percent(folded: str, start: int, end: int, value: Decimal) -> Hit:
    half_day = _with_half_day(folded, start, end, value)
    if half_day is not None:
        return half_day
    after = _PERCENT_AFTER.match(folded, end)
    if after is not None:
        return start, after.end(), format_value(value) + "%"
    before = _PERCENT_BEFORE.search(folded, max(0, start - 7), start)
    if before is not None:
        return before.start(), end, format_value(value) + "%"
    return start, end, format_value(value)


def digit_numbers(folded: str, language: str) -> Iterator[Hit]:
    """Numbers written with digits (with a scale word or percent sign that follows them)."""
    text = ascii_digits(folded)
    skip_to = 0
    for match in NUMBER.finditer(text):
        try:
            value = parse_digits(match["int"], match["sep"], match["dec"], match["frac"], language)
        except InvalidOperation:
            continue
        end = match.end()
        scale = _scale_after(text, end)
        if scale is not None:
            value, end = value * scale[0], scale[1]
            # words and digits mixed: "4 тысячи 500", "٤ آلاف و٥٠٠", "45 bin 300"
            rest = _REST_AFTER_SCALE.match(text, end)
            if rest is not None and int(rest.group(1)) < scale[0]:
                value, end = value + int(rest.group(1)), rest.end()
                skip_to = end
        if match.start() < skip_to and scale is None:
            continue
        yield with_percent(text, match.start(), end, value)
