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
- **Number words**: English and Russian (with its case forms: "сорока пяти") through the
  `number-parser` package; Turkish and Arabic, which it does not parse, through the small tables
  below. A lone "one" / "bir" / "один" (an article as often as a number) and a lone "thousands" /
  "тысячи" (a vague amount) are not numbers.

Values are plain decimals without exponent or trailing zeros: "4500", "4.5", "45%".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from .normalise import search_key

Hit = tuple[int, int, str]
"""(start, end, value): a span of the folded text and its normalised value."""

DECIMAL_COMMA_LANGUAGES = frozenset({"tr", "ru"})
"""Languages whose decimal mark is a comma (and thousands separator a dot or a space)."""

_NUMBER = re.compile(
    # after a letter only when it is an Arabic prefix written onto the number ("و2357", "لـ4")
    r"(?:(?<![\w.,\u066b\u066c])|(?<=[\u0648\u0628\u0644\u0641]))"
    r"(?P<int>\d{1,3}(?P<sep>[,.\u066c ])\d{3}(?:(?P=sep)\d{3})*(?!\d)|\d+)"
    r"(?:(?P<dec>[.,\u066b])(?P<frac>\d+))?"
    r"(?:(?![\d\w])|(?=s(?!\w)))"  # "the 1990s", "F-16s"
)
_TOKEN = re.compile(r"\w+")


def _fold_all(words: dict[str, int]) -> dict[str, int]:
    return {search_key(word): value for word, value in words.items()}


_SCALE_WORDS = _fold_all(
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
_SCALE_AFTER = re.compile(r"[ -]?(\w+)\.?")
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

# --- number words of Turkish and Arabic (folded) ------------------------------------------------

_ADD, _HUNDRED, _BIG = "add", "hundred", "big"

_TURKISH_WORDS = _fold_all(
    {
        "sıfır": 0,
        "bir": 1,
        "iki": 2,
        "üç": 3,
        "dört": 4,
        "beş": 5,
        "altı": 6,
        "yedi": 7,
        "sekiz": 8,
        "dokuz": 9,
        "on": 10,
        "yirmi": 20,
        "otuz": 30,
        "kırk": 40,
        "elli": 50,
        "altmış": 60,
        "yetmiş": 70,
        "seksen": 80,
        "doksan": 90,
        "yüz": 100,
        "bin": 10**3,
        "milyon": 10**6,
        "milyar": 10**9,
        "trilyon": 10**12,
    }
)
_TURKISH_CASE_ENDINGS = tuple(
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

_ARABIC_WORDS = _fold_all(
    {
        "صفر": 0,
        "واحد": 1,
        "واحدة": 1,
        "أحد": 1,
        "إحدى": 1,
        "اثنان": 2,
        "اثنين": 2,
        "اثنتان": 2,
        "اثنتين": 2,
        "اثنا": 2,
        "اثنتا": 2,
        "اثني": 2,
        "اثنتي": 2,
        "ثلاث": 3,
        "ثلاثة": 3,
        "أربع": 4,
        "أربعة": 4,
        "خمس": 5,
        "خمسة": 5,
        "ست": 6,
        "ستة": 6,
        "سبع": 7,
        "سبعة": 7,
        "ثمان": 8,
        "ثماني": 8,
        "ثمانية": 8,
        "تسع": 9,
        "تسعة": 9,
        "عشر": 10,
        "عشرة": 10,
        "عشرون": 20,
        "عشرين": 20,
        "ثلاثون": 30,
        "ثلاثين": 30,
        "أربعون": 40,
        "أربعين": 40,
        "خمسون": 50,
        "خمسين": 50,
        "ستون": 60,
        "ستين": 60,
        "سبعون": 70,
        "سبعين": 70,
        "ثمانون": 80,
        "ثمانين": 80,
        "تسعون": 90,
        "تسعين": 90,
        "مائة": 100,
        "مئة": 100,
        "مائتان": 200,
        "مائتين": 200,
        "مئتان": 200,
        "مئتين": 200,
        **{
            f"{unit}{hundred}": n * 100
            for unit, n in [
                ("ثلاث", 3),
                ("أربع", 4),
                ("خمس", 5),
                ("ست", 6),
                ("سبع", 7),
                ("ثمان", 8),
                ("ثماني", 8),
                ("تسع", 9),
            ]
            for hundred in ("مائة", "مئة")
        },
        "ألف": 10**3,
        "آلاف": 10**3,
        "ألفا": 10**3,
        "ألفان": 2 * 10**3,
        "ألفين": 2 * 10**3,
        "مليون": 10**6,
        "ملايين": 10**6,
        "مليونا": 10**6,
        "مليونان": 2 * 10**6,
        "مليونين": 2 * 10**6,
        "مليار": 10**9,
        "مليارات": 10**9,
    }
)
_ARABIC_PREFIXES = ("و", "ب", "ل", "ف")
_ARABIC_DUALS = {search_key(w) for w in ("ألفان", "ألفين", "مليونان", "مليونين")}
"""Duals stand for two thousand / two million alone, for a thousand after a number."""

_LONE_NOT_NUMBERS = frozenset(
    search_key(w)
    for w in (
        "one",
        "أحد",
        "إحدى",
        "bir",
        "on",
        "yüz",
        "один",
        "одна",
        "одно",
        "одного",
        "одной",
        "одну",
        "одним",
        "одном",
        "одному",
    )
)
"""Words that alone are an article, a preposition or another word as often as a number
(folded Turkish "on" is also "ön", front; "yüz" also face) — unless a unit of count follows."""

_COUNTED_UNIT = re.compile(
    r" (?:gun|hafta|ay|yil|saat|dakika|kisi|ton|kilometre|km|metre|asker|yarali|olu|"
    r"day|week|month|year|hour|minute|person|tonne|ton|kilometre|mile|soldier)\w*"
)
"""A unit of count after a lone number word ("on gün", ten days; "one day")."""


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
                if word.startswith(stem)
                and word[len(stem) :] in (*_TURKISH_CASE_ENDINGS, "ı", "i", "a", "e")
            ),
            None,
        )
    if factor is None:
        return None
    stop = match.end() if match.group().endswith(".") and word in _SCALE_WORDS else match.end(1)
    return factor, stop


def _with_percent(folded: str, start: int, end: int, value: Decimal) -> Hit:
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
    for match in _NUMBER.finditer(text):
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
        yield _with_percent(text, match.start(), end, value)


# --- number words ---------------------------------------------------------------------------


def _strip_accents(word: str) -> str:
    """What number-parser does to its words (and so must be done to ours): й → и."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


@functools.lru_cache(maxsize=4)
def _parser_words(language: str) -> frozenset[str]:
    from number_parser.parser import LanguageData

    data = LanguageData(language)
    return frozenset(data.all_numbers)


@functools.lru_cache(maxsize=4)
def _parser_big_words(language: str) -> frozenset[str]:
    from number_parser.parser import LanguageData

    data = LanguageData(language)
    return frozenset(data.big_powers_of_ten)


def _table_word(word: str, language: str) -> int | None:
    if language == "tr":
        if word in _TURKISH_WORDS:
            return _TURKISH_WORDS[word]
        for ending in _TURKISH_CASE_ENDINGS:
            stem = word[: -len(ending)]
            if word.endswith(ending) and stem in _TURKISH_WORDS:
                return _TURKISH_WORDS[stem]
        return None
    if word in _ARABIC_WORDS:
        return _ARABIC_WORDS[word]
    if word[:1] in _ARABIC_PREFIXES and word[1:] in _ARABIC_WORDS:
        return _ARABIC_WORDS[word[1:]]
    return None


def _table_value(words: list[str], values: list[int], language: str) -> int:
    """The value of Turkish or Arabic number words: units and tens add up (Arabic says "five and
    forty"), "hundred" multiplies what precedes it, thousand and up close a group."""
    total = group = 0
    for word, value in zip(words, values, strict=True):
        if value == 100:
            group = (group or 1) * 100
        elif value >= 1000:
            if language == "ar" and word in _ARABIC_DUALS and group:
                value //= 2
            total += (group or 1) * value
            group = 0
        else:
            group += value
    return total + group


def _is_number_word(word: str, language: str) -> bool:
    if language in ("tr", "ar"):
        return _table_word(word, language) is not None
    return _strip_accents(word) in _parser_words(language)


def word_numbers(folded: str, language: str) -> Iterator[Hit]:
    """Numbers written in words, for English, Russian, Turkish and Arabic."""
    if language not in ("en", "ru", "tr", "ar"):
        return
    run: list[re.Match[str]] = []
    for token in _TOKEN.finditer(folded):
        word = token.group()
        if _is_number_word(word, language):
            if run and not _joins(folded[run[-1].end() : token.start()], language):
                yield from _run_value(run, folded, language)
                run = []
            run.append(token)
        elif not (run and language == "en" and word == "and"):
            yield from _run_value(run, folded, language)
            run = []
    yield from _run_value(run, folded, language)


def _joins(gap: str, language: str) -> bool:
    gap = gap.strip()
    return gap in ("", "-") or (language == "en" and gap == "and")


def _run_value(run: list[re.Match[str]], folded: str, language: str) -> Iterator[Hit]:
    if not run:
        return
    words = [m.group() for m in run]
    lone = len(words) == 1 and words[0] in _LONE_NOT_NUMBERS
    if lone and not _COUNTED_UNIT.match(folded, run[-1].end()):
        return
    if language in ("tr", "ar"):
        values = [v for v in (_table_word(w, language) for w in words) if v is not None]
        if all(v >= 1000 for v in values) and not (language == "ar" and words[0] in _ARABIC_DUALS):
            return
        value = _table_value(words, values, language)
    else:
        bare = [_strip_accents(w) for w in words]
        if all(w in _parser_big_words(language) for w in bare):
            return
        from number_parser import parse_number

        parsed = parse_number(" ".join(bare), language)
        if parsed is None:
            return
        value = int(parsed)
    yield _with_percent(folded, run[0].start(), run[-1].end(), Decimal(value))


def find_numbers(folded: str, language: str) -> list[Hit]:
    """Every number of the folded text, in order; a number in words never overlaps digits."""
    hits = list(digit_numbers(folded, language))
    taken = [(a, b) for a, b, _ in hits]
    for hit in word_numbers(folded, language):
        if not any(a < hit[1] and hit[0] < b for a, b in taken):
            hits.append(hit)
    return sorted(hits)
