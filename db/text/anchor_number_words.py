"""Numbers written in words, as comparable values (the number anchors' words).

English and Russian (with its case forms: "сорока пяти") through the `number-parser` package;
Turkish and Arabic, which it does not parse, through the small tables below (units and tens add
up, Arabic says "five and forty"; "hundred" multiplies; a thousand and up close a group). A lone
"one" / "bir" / "один" (an article as often as a number) is a number only before a unit of count
("on gün", ten days), and a lone "thousands" / "тысячи" (a vague amount) is none. Works on folded
text, like `db.text.anchor_numbers`; `find_numbers` joins these to the digits found there.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal

from .anchor_number_halves import dozen_numbers, fifth_numbers, half_numbers
from .anchor_numbers import TURKISH_CASE_ENDINGS, Hit, digit_numbers, fold_all, with_percent
from .normalise import search_key

_TOKEN = re.compile(r"\w+")

# --- number words of Turkish and Arabic (folded) ------------------------------------------------

_ADD, _HUNDRED, _BIG = "add", "hundred", "big"

_TURKISH_WORDS = fold_all(
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

_ARABIC_WORDS = fold_all(
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
        # the dual before what it counts ("مليوني دولار", two million dollars)
        "مئتي": 200,
        "مائتي": 200,
        "ألفي": 2 * 10**3,
        "مليوني": 2 * 10**6,
        "ملياري": 2 * 10**9,
        "ملياران": 2 * 10**9,
        "مليارين": 2 * 10**9,
    }
)
_ARABIC_PREFIXES = ("و", "ب", "ل", "ف")
_ARABIC_DUALS = {
    search_key(w)
    for w in (
        "ألفان",
        "ألفين",
        "ألفي",
        "مليونان",
        "مليونين",
        "مليوني",
        "ملياران",
        "مليارين",
        "ملياري",
    )
}
"""Duals stand for two thousand / two million alone, for a thousand after a number."""

_ARABIC_ONE = {search_key(w) for w in ("ألف", "مليون", "مليار")}
"""A thousand, million, billion said alone before what they count: one of them."""

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
    r"day|week|month|year|hour|minute|person|tonne|ton|kilometre|mile|soldier|"
    r"lira|dolar|avro|euro|dollar|pound|rubl|dinar|riyal|"
    r"دولار|دينار|ريال|جنيه|درهم|يورو|ليرة|شخص|طن)\w*"
)
"""A unit of count after a lone number word ("on gün", ten days; "one day")."""


_NEARLY = re.compile(r" yakin\b")
"""Turkish "yüze yakın", "ona yakın" (close to a hundred, to ten): the word is a number."""


def _turkish_stem(word: str) -> str:
    """A folded Turkish word less a case ending ("yuzden" → "yuz", "ona" → "on"): "bu yüzden"
    (therefore), "ona göre" (according to him), "ondan sonra" are no numbers."""
    for ending in TURKISH_CASE_ENDINGS:
        if word.endswith(ending) and word[: -len(ending)] in _TURKISH_WORDS:
            return word[: -len(ending)]
    return word


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


def table_word(word: str, language: str) -> int | None:
    """The value of one Turkish or Arabic number word (with its case ending or prefix)."""
    if language == "tr":
        if word in _TURKISH_WORDS:
            return _TURKISH_WORDS[word]
        for ending in TURKISH_CASE_ENDINGS:
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
        return table_word(word, language) is not None
    return _strip_accents(word) in _parser_words(language)


def word_numbers(folded: str, language: str) -> Iterator[Hit]:
    """Numbers written in words, for English, Russian, Turkish and Arabic."""
    if language not in ("en", "ru", "tr", "ar"):
        return
    run: list[re.Match[str]] = []
    for token in _TOKEN.finditer(folded):
        word = token.group()
        if _is_number_word(word, language):
            if _face_to_face(run, word, language):
                run = []  # "yüz yüze" (face to face), not a hundred hundred
                continue
            if run and not _joins(folded[run[-1].end() : token.start()], language):
                yield from _run_value(run, folded, language)
                run = []
            run.append(token)
        elif not (run and language == "en" and word == "and"):
            yield from _run_value(run, folded, language)
            run = []
    yield from _run_value(run, folded, language)


ARABIC_THOUSAND = re.compile(r"(?<![^\W\d_])[وبل]?[أا]لف(?![^\W\d_])")
"""Arabic "ألف" (a thousand), with a prefix ("وألف", "بألف"), as a word of its own."""
_BEFORE_THOUSAND = re.compile(r"(?:[\d٠-٩]|\b(?:مئة|مائة|مئه|مائه|الف|ألف))\W*$")
"""What makes "ألف" part of a larger number: digits or a word of hundreds before it."""


def arabic_lone_thousands(text: str) -> list[tuple[int, int]]:
    """Where Arabic says a thousand alone ("نحو ألف مراقب", about 1,000 observers), which
    `word_numbers` leaves out unless a unit of count follows; not "45 ألف" or "مئة ألف" (a
    larger number). The aligner reads these as 1,000; raw or folded text alike."""
    return [
        m.span()
        for m in ARABIC_THOUSAND.finditer(text)
        if not _BEFORE_THOUSAND.search(text[max(0, m.start() - 12) : m.start()])
    ]


def _face_to_face(run: list[re.Match[str]], word: str, language: str) -> bool:
    """A Turkish "hundred" said twice, the second with an ending ("yüz yüze", "yüz yüzü"): the
    word for face, doubled; a number never says a hundred hundred."""
    if language != "tr" or not run or table_word(word, language) != 100:
        return False
    last = run[-1].group()
    return table_word(last, language) == 100 and word != last and word.startswith(last)


def _joins(gap: str, language: str) -> bool:
    gap = gap.strip()
    return gap in ("", "-") or (language == "en" and gap == "and")


def _run_value(run: list[re.Match[str]], folded: str, language: str) -> Iterator[Hit]:
    if not run:
        return
    words = [m.group() for m in run]
    lone = len(words) == 1 and (
        words[0] in _LONE_NOT_NUMBERS
        or (language == "tr" and _turkish_stem(words[0]) in _LONE_NOT_NUMBERS)
    )
    nearly = language == "tr" and _NEARLY.match(folded, run[-1].end())
    if lone and not _COUNTED_UNIT.match(folded, run[-1].end()) and not nearly:
        return
    if language in ("tr", "ar"):
        values = [v for v in (table_word(w, language) for w in words) if v is not None]
        # "ملايين" alone is many; "مليون دينار" is one million dinars
        one = language == "ar" and words[0] in _ARABIC_ONE
        if (
            all(v >= 1000 for v in values)
            and not (language == "ar" and words[0] in _ARABIC_DUALS)
            and not (one and _COUNTED_UNIT.match(folded, run[-1].end()))
        ):
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
    yield with_percent(folded, run[0].start(), run[-1].end(), Decimal(value))


_FRACTIONS = {
    "en": r"\b(?:(?P<half>half)|(?:a|one) (?:(?P<third>third)|(?P<quarter>quarter)|"
    r"(?P<fifth>fifth)|(?P<tenth>tenth))|(?P<two_thirds>two[- ]thirds)|"
    r"(?P<three_quarters>three[- ]quarters))\b",
    "ru": r"(?:\b(?P<half>половин\w*|вдвое)|\b(?P<two_thirds>две трети|двух третей)|"
    r"\b(?P<three_quarters>три четверти|трех четвертей)|"
    r"\b(?P<third>треть|трети|третью)(?! (?:века|столетия|часа))|"
    r"\b(?P<quarter>четверть|четверти|четвертью)(?! (?:века|столетия|часа|финала))|"
    r"\b(?:на )?(?:(?P<fifth>пятую часть)|(?P<tenth>десятую часть)))\b",
    "tr": r"\b(?:(?P<half>yari\w*(?: yari\w*)?|ikide bir\w*)|(?P<third>ucte bir\w*)|"
    r"(?P<two_thirds>ucte iki\w*)|(?P<quarter>dortte bir\w*)|(?P<three_quarters>dortte uc\w*)|"
    r"(?P<fifth>beste bir\w*)|(?P<tenth>onda bir\w*))\b",
    "ar": r"(?:^|(?<=\s))(?:[وب]?(?:ال)?(?P<half>نصف)|[وب]?(?P<quarter>ربع)|"
    r"[وب]?(?P<two_thirds>ثلثي|ثلثا)|[وب]?(?P<three_quarters>ثلاثة ارباع)|"
    r"[وب]?(?P<third>ثلث))(?=\s|$)",
}
_FRACTION_VALUES = {
    "half": "50%",
    "third": "33%",
    "quarter": "25%",
    "fifth": "20%",
    "tenth": "10%",
    "two_thirds": "67%",
    "three_quarters": "75%",
}
"""A fraction said in words is its share in percent ("fell by a fifth" / "fell by 20 percent",
"half" / "50%", "четверть школ" / "25% школ", "dörtte biri" / "yüzde 25'i"); thirds round to
33% and 67%. A quarter or third of a century or an hour is no share. Patterns are on folded
text (Turkish without marks, Russian ё as е)."""


@functools.cache
def _fraction_pattern(language: str) -> re.Pattern[str] | None:
    pattern = _FRACTIONS.get(language)
    return re.compile(pattern) if pattern else None


def fraction_numbers(folded: str, language: str) -> Iterator[Hit]:
    """Fractions said in words, as percentages."""
    pattern = _fraction_pattern(language)
    for match in pattern.finditer(folded) if pattern is not None else ():
        kind = next(k for k, v in match.groupdict().items() if v)
        yield match.start(kind), match.end(kind), _FRACTION_VALUES[kind]


def find_numbers(folded: str, language: str) -> list[Hit]:
    """Every number of the folded text, in order; a number in words never overlaps digits."""
    hits = list(digit_numbers(folded, language))
    taken = [(a, b) for a, b, _ in hits]
    phrases = (
        *half_numbers(folded, language, find_numbers, table_word),
        *fifth_numbers(folded, language),
        *dozen_numbers(folded, language),
    )
    for hit in (*phrases, *fraction_numbers(folded, language), *word_numbers(folded, language)):
        if not any(a < hit[1] and hit[0] < b for a, b in taken):
            hits.append(hit)
            taken.append((hit[0], hit[1]))
    return sorted(hits)
