"""Organisations that no list holds, for the "name" drift flag: "نقابة المهندسين الأردنيين",
"وزارة الأشغال العامة", "شركة ميرسك", "Türk Tabipleri Birliği", "İzmir Barosu", "AFAD",
"Следственный комитет", "Минэнерго", "компания «Победа»", "ФСБ", "the Asian Development Bank",
"the State of Law coalition", "the shipping company Hapag-Lloyd".

An organisation is found by its *head*, the word that says what kind of body it is (bank,
ministry, union, court, party…, `HEADS`, in the four languages), with the words that name it:

- Arabic: a head (وزارة, نقابة, شركة, هيئة, البنك…) and its construct phrase (up to four words:
  the genitive and the adjectives with the article, "لل…" complements);
- English: a run of capitalised words holding a head ("Asian Development Bank"), a run followed
  by a head in lower case ("the State of Law coalition") or preceded by one ("the shipping
  company Hapag-Lloyd");
- Turkish: a run of capitalised words ending with a head in its compound form ("Birliği",
  "Barosu", "Bakanlığı", "Odası");
- Russian: a head with its adjectives and genitives when the phrase starts with a capital
  ("Следственный комитет", "Фонд кино"), compounds ("Минэнерго", "Мосгорсуд",
  "Роскомнадзор") and «quoted» names (with the head before them: "компания «Победа»");
- in every script, an acronym in capitals (AFAD, DİSK, ФСБ, UTICA): an organisation with no
  head.

A mention keeps its head's kinds (`heads`) and its *own words* (`own`): the words that are not
heads, places or function words, which are what a translation transliterates (أرامكس / Aramex)
or translates (البنك الدولي / World Bank). `drift_names` compares them across the pair."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Any

from .align_lexicon import fold, word_concept
from .drift_acronyms import ACRONYM, with_acronyms
from .drift_heads import HEAD_WORDS_RU, head_stems
from .drift_heads import head_kinds as head_kinds
from .wording import function_words

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
"""A word of running text (as the aligner reads them: "Türk-İş" is one word)."""
_ACRONYM = ACRONYM
_NOT_ORGANISATIONS = frozenset(
    [
        "US",
        "USA",
        "UK",
        "UAE",
        "EU",
        "TV",
        "GDP",
        "CEO",
        "AM",
        "PM",
        "ID",
        "NGO",
        "NGOS",
        "COVID",
        "OK",
        "LNG",
        "VAT",
        "CHP",
        "TL",
        "ABD",
        "AB",
        "BM",
        "KDV",
        "AŞ",
        "РФ",
        "США",
        "СССР",
        "ЕС",
        "ООН",
        "ОАО",
        "ООО",
        "ПАО",
        "ЗАО",
        "АО",
        "АНО",
        "ГУП",
        "МУП",
        "ФГУП",
        "ТЭЦ",
        "ГЭС",
        "АЭС",
        "ДТП",
        "ВВП",
        "НДС",
        "СМИ",
        "СИЗО",
    ]
)
"""Capitals that are no body: countries, legal forms (ОАО, AŞ), things (ТЭЦ, LNG, GDP)."""
_QUOTED = re.compile(r"«([^»]{2,60})»")


@dataclass(frozen=True)
class Organisation:
    """An organisation a passage names: where, its words, the kinds of its head ("" none: an
    acronym or a bare name) and its own words (see the module's docstring)."""

    start: int
    end: int
    words: tuple[str, ...]
    heads: frozenset[str]
    own: tuple[str, ...]
    acronym: str = ""  # the acronym the text gives in brackets after the name ("… (HPD)")
    proper: tuple[str, ...] = ()  # words the text marks as a proper name (quoted, capitalised)

    @property
    def text(self) -> str:
        return " ".join(self.words)


@functools.cache
def _function_words(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in function_words(language))


def _named(words: list[str], language: str) -> list[str]:
    """The words that are not heads or function words; a compound is both ("Минэнерго",
    "Türk-İş")."""
    skip = _function_words(language)
    return [
        w
        for w in words
        if fold(w) not in skip
        and len(w) > 1
        and (not head_kinds(w, language) or _compound_word(w, language))
    ]


def _compound_word(word: str, language: str) -> bool:
    f = fold(word)
    if language == "ru":
        return f not in HEAD_WORDS_RU and not any(
            f.startswith(s) for s, _k in head_stems("ru") if s != "мин"
        )
    return "-" in f


def organisations(
    text: str, language: str, taken: tuple[tuple[int, int], ...], places: frozenset[str]
) -> tuple[Organisation, ...]:
    """The organisations of a passage outside `taken` (the spans of known organisations):
    those with a head and their own words, and acronyms; `places` are words of places, which
    locate a body rather than name it ("İzmir Barosu")."""
    tokens = [m for m in WORD.finditer(text) if not any(s <= m.start() < e for s, e in taken)]
    if language == "ar":
        spans = _arabic(text, tokens, places)
    elif language in ("en", "tr", "ru"):
        spans = _latin_cyrillic(text, tokens, language)
    else:
        spans = []
    found: list[Organisation] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if any(o.start < end and start < o.end for o in found) or _before(text, end, taken):
            continue
        words = WORD.findall(text[start:end])
        while len(words) > 1 and fold(words[0]) in ("the", "a", "an"):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]  # "The Asian Development Bank"
        heads = frozenset().union(*(head_kinds(w, language) for w in words))
        named = _named(words, language)
        acronym = len(words) == 1 and _acronym(words[0])
        if not named and not acronym:
            continue  # "the ministry", "المنظمة": a body the passage already named
        own = tuple(w for w in named if w not in places)
        proper = _proper_part(text, start, end, tuple(words), language)
        if proper == tuple(words) and not heads and language != "en":
            # a quoted name takes the head before it ("учреждения «Даурлесхоз»"; not English
            # "group", which may be a company or an association)
            before = WORD.findall(text[max(0, start - 40) : start])
            heads = head_kinds(before[-1], language) if before else heads
        found.append(Organisation(start, end, tuple(words), heads, own, "", proper))
    return tuple(
        replace(o, acronym=acronym, own=(*o.own, acronym)) if acronym else o
        for o, acronym in with_acronyms(text, found)
    )


_QUOTES = '"«»“”„'


def _proper_part(
    text: str, start: int, end: int, words: tuple[str, ...], language: str
) -> tuple[str, ...]:
    """The words of a body's name the text marks as a proper name: inside quotation marks
    ("شركة "حصن للحلول الرقمية"", "отряд «Таёжный щит»"), or in English capitalised before
    or after a head in lower case ("the Green Horizon rural development association", "the
    volunteer group Baikal Guard")."""
    if start > 0 and text[start - 1] in '"«“„':
        return words
    inside = re.findall(r"[\"«“„]([^\"»”]{2,60})[\"»”]", text[start:end])
    if inside:
        return tuple(w for q in inside for w in WORD.findall(q))
    if language != "en":
        return ()
    lower_head = any(w[:1].islower() and head_kinds(w, language) for w in words)
    before = WORD.findall(text[max(0, start - 30) : start])
    after_head = not any(head_kinds(w, language) for w in words) and bool(
        before and before[-1][:1].islower() and head_kinds(before[-1], language)
    )
    if not lower_head and not after_head:
        return ()
    # not a word the lexicon translates ("Interior ministry"), nor a sentence's first word alone
    named = tuple(w for w in words if w[:1].isupper() and word_concept(fold(w), "en") is None)
    return () if len(named) == 1 and not text[:start].strip(' "“«') else named


def _before(text: str, end: int, taken: tuple[tuple[int, int], ...]) -> bool:
    """Whether a span runs into a known organisation ("International Committee of the" before
    "Red Cross"): part of its name."""
    return any(
        0 <= s - end <= 9 and text[end:s].strip().lower() in ("", "of", "of the", "for", "for the")
        for s, _e in taken
    )


def _acronym(word: str) -> bool:
    return _ACRONYM.match(word) is not None and word not in _NOT_ORGANISATIONS


def is_acronym(words: tuple[str, ...]) -> bool:
    """An organisation written as one acronym ("AFAD", "ФСБ")."""
    return len(words) == 1 and _acronym(words[0])


def same_script(a: str, b: str) -> bool:
    """Whether two acronyms are written in one alphabet (HSK / YSK, not ЦИК / CEC)."""
    return _cyrillic(a) == _cyrillic(b)


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


# --- Arabic ---------------------------------------------------------------------------------


_AR_QUALIFIERS = frozenset(
    fold(w) for w in ("بالإنابة", "بالنيابة", "بالوكالة", "السابق", "السابقة", "الأسبق")
)
"""Words after a body in a title ("حاكم مصرف لبنان بالإنابة"): the title ends there."""


def _arabic(
    text: str, tokens: list[re.Match[str]], places: frozenset[str]
) -> list[tuple[int, int]]:
    skip = _function_words("ar")
    spans: list[tuple[int, int]] = []
    for i, m in enumerate(tokens):
        if not head_kinds(m.group(), "ar") or fold(m.group()) in skip:
            continue
        end = i
        definite = fold(m.group()).lstrip("وفبل").startswith("ال") or fold(m.group()).startswith(
            "لل"
        )  # a definite body takes adjectives only ("المجلس الأعلى"), not a genitive
        quoted = _quoted_after(text, tokens, i)
        if quoted:
            spans.append((m.start(), quoted))  # شركة "حصن للحلول الرقمية"
            continue
        for k in range(i + 1, min(i + 5, len(tokens))):
            w = fold(tokens[k].group())
            gap = text[tokens[k - 1].end() : tokens[k].start()]
            if gap.strip() or w in skip or len(w) < 2 or w in _AR_QUALIFIERS:
                break
            article = w.startswith(("ال", "لل", "وال"))
            if (definite or k > i + 1) and not article:
                break  # one genitive ("شركة أرامكس", "وزارة الأشغال"), then adjectives only
            end, definite = k, definite or article
            if tokens[k].group() in places:
                break  # a place ends a construct phrase ("مصرف لبنان")
        if end > i:
            spans.append((m.start(), tokens[end].end()))
    for m in tokens:
        if _acronym(m.group()):
            spans.append((m.start(), m.end()))
    return spans


def _quoted_after(text: str, tokens: list[re.Match[str]], i: int) -> int:
    """Where a name in quotation marks right after the head at `i` ends, with its closing
    mark (0: none)."""
    if i + 1 >= len(tokens) or text[tokens[i].end() : tokens[i + 1].start()].strip() not in (
        '"',
        "«",
        "“",
    ):
        return 0
    for k in range(i + 1, min(i + 7, len(tokens))):
        after = text[tokens[k].end() : tokens[k + 1].start() if k + 1 < len(tokens) else None]
        closing = min((at for q in '"»”' if (at := after.find(q)) >= 0), default=-1)
        if closing >= 0:
            return tokens[k].end() + closing + 1
    return 0


# --- English, Turkish, Russian --------------------------------------------------------------


def _capital(word: str) -> bool:
    return word[:1].isupper()


_CONNECTORS = {
    "en": frozenset({"of", "for", "and", "the", "on", "de"}),
    "tr": frozenset({"ve"}),
    "ru": frozenset(),
}


def _latin_cyrillic(text: str, tokens: list[re.Match[str]], language: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    connectors = _CONNECTORS[language]
    skip = _function_words(language)
    # runs of capitalised words (with connectors inside), cut at punctuation
    runs: list[list[int]] = []
    run: list[int] = []
    for i, m in enumerate(tokens):
        gap = text[tokens[i - 1].end() : m.start()] if i else " "
        joined = not gap.strip(" '’")
        w = m.group()
        if run and w == "s" and gap in ("'", "’") and language == "en":
            continue  # "the Coastal Fishermen's Association"
        if _capital(w) and (not run or joined):
            run.append(i)
            continue
        if run and joined and fold(w) in connectors and i + 1 < len(tokens):
            nxt = tokens[i + 1].group()
            if _capital(nxt):
                run.append(i)
                continue
        if run:
            runs.append(run)
        run = [i] if _capital(w) else []
    if run:
        runs.append(run)
    for run in runs:
        while run and fold(tokens[run[-1]].group()) in connectors:
            run.pop()
        if not run:
            continue
        words = [tokens[k].group() for k in run]
        start, end = tokens[run[0]].start(), tokens[run[-1]].end()
        if language == "ru":
            spans += _russian(text, tokens, run)
            continue
        if any(head_kinds(w, language) for w in words):
            last = max(k for k in run if head_kinds(tokens[k].group(), language))
            following = fold(tokens[last + 1].group()) if last < run[-1] else ""
            if language == "tr" or following not in connectors:
                end = tokens[last].end()  # a title after the body starts a person
            first = min(k for k in run if head_kinds(tokens[k].group(), language))
            of = [k for k in run if k < first and fold(tokens[k].group()) in ("of", "for")]
            if of:  # "Mustafa Zengin of Karadeniz Technical University"
                start = tokens[of[-1] + 1].start()
            spans.append((start, end))
            continue
        if language != "en":
            continue
        after = _lower_head(text, tokens, run[-1] + 1, skip)
        if after:
            spans.append((start, tokens[after].end()))  # the State of Law coalition
            continue
        before = run[0] - 1
        if before >= 0 and head_kinds(tokens[before].group(), "en"):
            gap = text[tokens[before].end() : start]
            if not gap.strip() and fold(words[0]) not in skip:
                spans.append((start, end))  # the shipping company Hapag-Lloyd
    for m in tokens:
        word = m.group()
        if _acronym(word):
            spans.append((m.start(), m.end()))
    if language == "ru":
        for q in _QUOTED.finditer(text):
            if _capital(q.group(1)):
                spans.append((q.start(1), q.end(1)))
    return spans


def _lower_head(text: str, tokens: list[re.Match[str]], at: int, skip: frozenset[str]) -> int:
    """Where a singular head in lower case stands after a run of capitalised words, at most two
    lower-case words of its own between ("the State of Law coalition", "the Green Horizon rural
    development association"); 0 when none does."""
    for k in range(at, min(at + 3, len(tokens))):
        word = tokens[k].group()
        gap = text[tokens[k - 1].end() : tokens[k].start()]
        if gap.strip() or not word[:1].islower() or fold(word) in skip:
            return 0
        if head_kinds(word, "en") and not word.endswith("s"):
            if k + 1 < len(tokens) and head_kinds(tokens[k + 1].group(), "en"):
                k += 1  # "the Open Hearts charity fund"
            named_after = k + 1 < len(tokens) and tokens[k + 1].group()[:1].isupper()
            return 0 if named_after else k  # "the Jordanian relief group Qatra": Qatra
    return 0


@functools.cache
def _morph() -> Any:
    from .name_morphology import _analyzer

    return _analyzer()


@functools.lru_cache(maxsize=16384)
def _pos(word: str) -> frozenset[str]:
    parses = _morph().parse(word.lower())
    return frozenset({str(p.tag.POS) for p in parses[:2]}) | (
        {"gent"} if any("gent" in p.tag for p in parses) else frozenset()
    )


def _russian(text: str, tokens: list[re.Match[str]], run: list[int]) -> list[tuple[int, int]]:
    """A capitalised Russian word that is a compound head ("Минэнерго"), or that starts a
    phrase of adjectives and a head ("Следственный комитет", "Фонд кино")."""
    spans: list[tuple[int, int]] = []
    for k in run:
        w = tokens[k].group()
        if _acronym(w):
            continue
        if head_kinds(w, "ru") and fold(w) not in HEAD_WORDS_RU:
            spans.append((tokens[k].start(), tokens[k].end()))  # a compound: Минэнерго
            continue
        # adjectives then a head: Всемирный банк, Следственный комитет (the dictionary only
        # where a head follows)
        if not any(head_kinds(tokens[x].group(), "ru") for x in range(k, min(k + 5, len(tokens)))):
            continue
        j = k
        while j < len(tokens) and j - k < 4 and not head_kinds(tokens[j].group(), "ru"):
            if "ADJF" not in _pos(tokens[j].group()):
                break
            j += 1
        if j >= len(tokens) or not head_kinds(tokens[j].group(), "ru"):
            continue
        end = j
        for g in range(j + 1, min(j + 3, len(tokens))):
            gap = text[tokens[g - 1].end() : tokens[g].start()]
            if gap.strip() or "gent" not in _pos(tokens[g].group()):
                break
            if "NOUN" not in _pos(tokens[g].group()) and "ADJF" not in _pos(tokens[g].group()):
                break
            end = g
        spans.append((tokens[k].start(), tokens[end].end()))
    return spans
