"""What the aligner compares between sentences of two languages: length, numbers (any digit
system), names matched across scripts and inflections by `db.text.names` keys, concepts of the small
bilingual lexicon, and punctuation (question marks, quotation marks)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .align_lexicon import fold, word_concept
from .align_organisations import organisation_spans
from .align_polarity import negated
from .anchor_number_words import arabic_lone_thousands, word_numbers
from .anchor_numbers import ascii_digits, digit_numbers
from .drift_organisations import organisations
from .names import mention_keys

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
QUOTES = frozenset('"“”„«»‹›')
QUESTION = frozenset("?؟")
ORDINAL = re.compile(r"(?<![\d.,])(\d+)(?:st|nd|rd|th|-?(?:й|я|е|го|му|м|ого|ому|ым|ой))\b")
"""An ordinal written with digits: "52nd", "52-й", "52-го" (Turkish "52'nci" and "52." read as
the number already)."""
TIME = re.compile(r"(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:])")
"""A time with a colon, "04:17", the same value as "04.17" read as a number."""


_ARABIC_DUAL = re.compile(
    r"(?<![^\W\d_])[وفب]?(?:(?P<k>[أا]لف[اي]|[أا]لفين)|(?P<m>مليون[اي]|مليونين)"
    r"|(?P<b>مليار[اي]|مليارين))(?![^\W\d_])"
)
"""The Arabic dual of a scale word: "مليونا دولار" is two million dollars."""
_DUAL_VALUE = {"k": "2000", "m": "2000000", "b": "2000000000"}


def arabic_duals(text: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of each dual scale word ("ألفا", "مليوني", "مليارين")."""
    return [
        (m.start(), m.end(), _DUAL_VALUE[str(m.lastgroup)]) for m in _ARABIC_DUAL.finditer(text)
    ]


_AR_UNITS = {
    "اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5,
    "سادس": 6, "سابع": 7, "ثامن": 8, "تاسع": 9, "عاشر": 10, "حادي": 1,
}  # fmt: skip
_AR_ORDINAL_DAY = re.compile(
    r"(?<!\w)[وب]?ال(?P<unit>[اأإ]ول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي)[ةهى]?"
    r"(?:\s+(?P<teen>عشر[ةه]?)|\s+وال(?P<tens>عشرين|ثلاثين))?"
    r"|(?<!\w)[وب]?ال(?P<round>عشرين|ثلاثين)"
)
_AR_DAY_OF = re.compile(r"\s+من\s")


def arabic_ordinal_days(text: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of each Arabic ordinal day of a month in words ("الخامس عشر من تموز":
    15, "الحادي والعشرين من آذار": 21), only before "من" (of the month)."""
    found: list[tuple[int, int, str]] = []
    for m in _AR_ORDINAL_DAY.finditer(text):
        if not _AR_DAY_OF.match(text, m.end()):
            continue
        if m.group("round"):
            value = 20 if m.group("round") == "عشرين" else 30
        else:
            unit = _AR_UNITS[m.group("unit").replace("أ", "ا").replace("إ", "ا")]
            if m.group("teen"):
                value = 10 + (2 if m.group("unit") == "ثاني" else unit)
            elif m.group("tens"):
                value = unit + (20 if m.group("tens") == "عشرين" else 30)
            else:
                value = unit
        if 1 <= value <= 31:
            found.append((m.start(), m.end(), str(value)))
    return found


def time_value(hours: str, minutes: str) -> str | None:
    h, m = int(hours), int(minutes)
    if h >= 24 or m >= 60:
        return None
    return f"{h}.{m:02d}".rstrip("0").rstrip(".")


_A_THOUSAND = {
    "en": re.compile(r"\b(?:a|one) thousand\b(?!\s*(?:-|\w+\s+)?(?:thousand|million))"),
    "ru": re.compile(r"\b(?:(?:около|почти|более|менее|свыше|примерно|порядка) тысячи|тысяча)\b"),
    "tr": re.compile(r"\b(?:yaklasik|en az|tam|asagi yukari) bin\b"),
}
"""A thousand said in words in the other languages, so that Arabic ألف meets it."""


def extra_numbers(folded: str, language: str) -> set[str]:
    """Values the digit reader leaves out that a translation writes otherwise: ordinals, times
    with a colon, and numbers in words from ten up (below ten, a number word against an Arabic
    dual or "both" is no evidence either way)."""
    digits = ascii_digits(folded)
    found = {str(int(m.group(1))) for m in ORDINAL.finditer(digits)}
    if language == "ar":
        found |= {value for _s, _e, value in arabic_duals(folded)}
        found |= {value for _s, _e, value in arabic_ordinal_days(folded)}
        found |= {"1000" for _span in arabic_lone_thousands(folded)}
    elif language in _A_THOUSAND and _A_THOUSAND[language].search(folded):
        found.add("1000")
    if language == "ru" and _DAY_AND_NIGHT.search(folded):
        found.add("24")  # "сутки": 24 hours
    found |= {v for m in TIME.finditer(digits) if (v := time_value(m.group(1), m.group(2)))}
    for start, end, value in word_numbers(folded, language):
        if word_concept(folded[start:end].strip(), language) is not None:
            continue  # a word of the lexicon ("yüzde", per cent) is not the number it holds
        try:
            if float(value.rstrip("%")) >= 10:
                found.add(value)
        except ValueError:
            continue
    return found


_ACRONYMS = {"US": "usa", "USA": "usa", "UN": "un"}
"""English acronyms the lexicon cannot hold (its words are folded: "us" is a pronoun)."""
_DAY_AND_NIGHT = re.compile(r"(?<!\w)сут(?:ки|ок|кам|ками|ках)(?!\w)")


def base_language(language: str | None) -> str:
    return (language or "").split("-")[0].split("_")[0].lower()


@functools.lru_cache(maxsize=65536)
def word_name_keys(word: str, language: str) -> frozenset[str]:
    """The name keys of one word of running text (`db.text.names.mention_keys`: Lavrov,
    Лаврова and ولافروف share one), empty for a word too short to be a name."""
    if len(word) < 3:
        return frozenset()
    keys = mention_keys(word, language or None)
    adjective = _RUSSIAN_PLACE_ADJECTIVE.match(word) if language == "ru" else None
    if adjective:  # "Красноярского края": the place Красноярск; "Московская": Москва
        keys |= mention_keys(adjective.group(1), language)
        if adjective.group(1).endswith("овск"):
            keys |= mention_keys(adjective.group(1)[:-2], language)
    if language == "ar" and _ARABIC_EL_NAME.match(word):
        keys |= mention_keys(word[1:], language)  # "إلياس" is Elias, not an article and "ياس"
    return keys


_ARABIC_EL_NAME = re.compile(r"^[اإأ]لي\w{2,}$")


_RUSSIAN_PLACE_ADJECTIVE = re.compile(
    r"^([А-ЯЁ]\w{3,}ск)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|им|ими)$"
)


@dataclass(frozen=True)
class SentenceFeatures:
    length: int
    keys: frozenset[str]  # "#4500" numbers, "o:who" organisations, "c:minister" concepts,
    # "p:?" punctuation
    names: tuple[frozenset[str], ...]  # name keys of each candidate name (in Arabic, each
    # word the lexicon does not know: the script has no capitals)


def sentence_features(
    text: str, language: str | None, lowercase_words: frozenset[str]
) -> SentenceFeatures:
    lang = base_language(language)
    keys: set[str] = set()
    # numbers written with digits, as the anchors of meaning read them (positions not needed)
    folded = fold(text)
    for _start, _end, value in digit_numbers(folded, lang):
        keys.add("#" + value)
    keys.update("#" + v for v in extra_numbers(folded, lang))
    if negated(text, lang):
        keys.add("p:not")
    known = organisation_spans(text, lang)
    keys.update("o:" + value[4:] for _s, _e, value in known)
    if known or organisations(text, lang, tuple((s, e) for s, e, _v in known), frozenset()):
        keys.add(
            "x:o"
        )  # alignment.BODY: an organisation no list holds: no weight, but one on each side of
        # a pair is a body in another's place, not two unrelated sentences (see the aligner)
    names: list[frozenset[str]] = []
    # Arabic words are read folded: vowel marks and the shadda would cut "عمّان" in two
    for i, m in enumerate(WORD.finditer(folded if lang == "ar" else text)):
        raw = m.group()
        word = fold(raw)
        concept = _ACRONYMS.get(raw) if lang == "en" else None
        concept = concept or word_concept(word, lang)
        if concept is not None:
            keys.add("c:" + concept)
            continue
        if lang == "ar" or (
            raw[:1].isupper() and len(raw) >= 3 and not (i == 0 and word in lowercase_words)
        ):
            names.append(word_name_keys(raw, lang))
    if any(c in QUESTION for c in text):
        keys.add("p:?")
    if any(c in QUOTES for c in text):
        keys.add("p:q")
    return SentenceFeatures(len(text), frozenset(keys), tuple(n for n in names if n))


def document_features(sentences: Sequence[str], language: str | None) -> list[SentenceFeatures]:
    lowercase = frozenset(w for s in sentences for w in WORD.findall(s) if w[:1].islower())
    lower_keys = frozenset(fold(w) for w in lowercase)
    return [sentence_features(s, language, lower_keys) for s in sentences]


def name_keys(
    left: list[SentenceFeatures], right: list[SentenceFeatures]
) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Each sentence's name keys: a name of one side whose keys meet those of a name of the
    other side becomes the same key ("n:" and that name's first key) on both sides."""
    by_key: dict[str, str] = {}
    for f in right:
        for keys in f.names:
            first = min(keys)
            for k in keys:
                by_key.setdefault(k, first)
    left_keys: list[frozenset[str]] = []
    for f in left:
        found = set()
        for keys in f.names:
            matched = sorted(by_key[k] for k in keys if k in by_key)
            if matched:
                found.add("n:" + matched[0])
        left_keys.append(frozenset(found))
    used = set().union(*left_keys) if left_keys else set()
    right_keys = [
        frozenset(k for keys in f.names if (k := "n:" + min(keys)) in used) for f in right
    ]
    return left_keys, right_keys


def key_weights(
    left: Sequence[frozenset[str]], right: Sequence[frozenset[str]]
) -> dict[str, float]:
    """How much a shared key says: numbers most, then names, concepts, punctuation; less the
    more sentences carry it."""
    base = {"#": 3.0, "o": 2.0, "n": 2.0, "c": 1.0, "p": 0.5, "x": 0.0}
    df: Counter[str] = Counter()
    for keys in (*left, *right):
        df.update(keys)
    return {k: base[k[0]] / max(1.0, (df[k] / 2) ** 0.5) for k in df}
