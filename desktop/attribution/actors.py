"""Actors as a reviewer records them: the person's name with the title kept as a role
("Russian Foreign Minister Sergey Lavrov" → Sergey Lavrov, role Russian Foreign Minister), an
outlet by its name ("the channel “Russia Today” website" → Russia Today), inflected names in
their base form («Дмитрия Пескова» → Дмитрий Песков, "Peskov'a" → Peskov), and a country or
capital that speaks ("Moscow says") standing for the official of it the article names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .lexicon import Lexicon

_QUOTED = re.compile(r"[“«\"„]([^”»\"“]{2,60})[”»\"“]")
_APOSTROPHE = re.compile(r"['’](?:\w+)$")
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class ActorName:
    """A name to record: `name` (the person or outlet), `role` (a title the text gives),
    `alias` (the words as written when they differ from `name`)."""

    name: str
    role: str = ""
    alias: str = ""


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def split_title(mention: str, lex: Lexicon) -> ActorName:
    """The name at the end of a mention and the title before it, when the mention is a title
    followed by a name; otherwise the mention as it is."""
    words = mention.split()
    if len(words) < 2:
        return ActorName(mention)
    if lex.language == "ar":
        return _split_arabic_title(mention, words, lex)
    titles = lex.title_words | lex.official_words | lex.organisation_words
    adjectives = {a.casefold() for a in _places(lex).adjectives}
    k = len(words)
    while k > 0:
        w = words[k - 1]
        fold = w.casefold().strip(",.")
        if not _capitalised(w) or fold in titles or fold in adjectives or _is_place(w, lex):
            break
        k -= 1
    name = " ".join(words[k:])
    if k == 0 or not name or k == len(words):
        return ActorName(mention)
    role = " ".join(words[:k]).strip(" ,")
    if role.casefold() in ("the", "a", "an"):
        return ActorName(name)
    return ActorName(name, role=role, alias=mention)


_AR_MARKS = " ,،:؛"


def _ar_title_word(word: str) -> bool:
    """A word that goes on an Arabic title: its definite complements ("الخارجية", "العام",
    "الروسي"), a genitive with li- ("للوكالة", "لمنظمة") or "باسم" (spokesman for)."""
    w = word.strip(_AR_MARKS)
    return w.startswith(("ال", "لل")) or (w.startswith("ل") and len(w) > 3) or w == "باسم"


def _split_arabic_title(mention: str, words: list[str], lex: Lexicon) -> ActorName:
    """ "وزير الخارجية أحمد عطاف" → أحمد عطاف, role وزير الخارجية; "المدير العام للوكالة رافائيل
    غروسي" → رافائيل غروسي: a title word, its definite complements, then a name (whose first
    word has no article; a last one may, "السوداني")."""
    if words[0].strip(_AR_MARKS) not in lex.title_words:
        return ActorName(mention)
    k = 1
    while k < len(words) and (
        _ar_title_word(words[k]) or words[k].strip(_AR_MARKS) in lex.title_words
    ):
        k += 1
        if words[k - 1].endswith(("،", ",")):
            break  # "المدير العام لمنظمة الصحة العالمية، تيدروس …": the name after the comma
    name = " ".join(words[k:]).strip(_AR_MARKS)
    if not name or k == len(words) or len(words) - k > 6 or words[k].startswith("ال"):
        return ActorName(mention)
    role = " ".join(words[:k]).strip(_AR_MARKS)
    return ActorName(name, role=role, alias=mention)


def _is_place(word: str, lex: Lexicon) -> bool:
    if country_of(word, lex):
        return True
    if lex.language == "ru" and re.fullmatch(r"[А-ЯЁ][а-яё-]+", word):
        return any("Geox" in p.tag for p in _morph().parse(word)[:2])
    return False


def outlet_name(mention: str, lex: Lexicon) -> str:
    """An outlet's own name from the words around it: a quoted name inside the mention, or
    the mention less its leading lower-case words and trailing generic nouns."""
    quoted = _QUOTED.search(mention)
    if quoted:
        return quoted.group(1).strip()
    words = mention.split()
    while len(words) > 1 and not _capitalised(words[0]):
        words = words[1:]
    while (
        len(words) > 1
        and not _capitalised(words[-1])
        and words[-1].casefold() in (lex.outlet_words)
    ):
        words = words[:-1]
    return " ".join(words) or mention


# inflected names -------------------------------------------------------------------------


@cache
def _morph() -> Any:
    """pymorphy3's Russian analyser (its dictionary is a package; about 0.3 s to load, once)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


_NAME_TAGS = ("Name", "Surn", "Patr")


# A surname in -ов/-ев/-ёв/-ин/-ын is already the masculine nominative (pymorphy may read
# "Силуанов" as a plural genitive of "Силуан"); its oblique forms end in one more ending.
_RU_SURNAME_NOMN = re.compile(r".{2,}(?:ов|ев|ёв|ин|ын)")
_RU_SURNAME_INSTR = re.compile(r"([А-ЯЁ].+(?:ов|ев|ёв|ин|ын))ым")


@lru_cache(maxsize=4096)
def _ru_word(word: str) -> str:
    if not re.fullmatch(r"[А-Яа-яЁё-]+", word) or _RU_SURNAME_NOMN.fullmatch(word):
        return word
    if instrumental := _RU_SURNAME_INSTR.fullmatch(word):
        return instrumental.group(1)
    for parse in _morph().parse(word):
        if any(tag in parse.tag for tag in _NAME_TAGS) or "Geox" in parse.tag:
            nominative = parse.inflect({"nomn"})
            base = nominative.word if nominative is not None else parse.normal_form
            return base[:1].upper() + base[1:] if word[:1].isupper() else base
    return word


def _first_name(word: str) -> tuple[str, str] | None:
    """A Russian first name's gender and case ("masc", "gent"), as pymorphy reads it best."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё-]+", word):
        return None
    for parse in _morph().parse(word):
        if "Name" in parse.tag and "sing" in parse.tag:
            return str(parse.tag.gender), str(parse.tag.case)
    return None


_RU_MASC_OBLIQUE = re.compile(
    r"(.+(?:ов|ев|ёв|ин|ын))(?:а|у|ым|е)|(.+[бвгдкмнпрстфхцчшщ])(?:а|у|ом|ем|е)"
)
_RU_FEMN_OBLIQUE = re.compile(r"(.+(?:ов|ев|ёв|ин|ын))(?:ой|у)")


def _ru_surname(word: str, gender: str, case: str) -> str:
    """A surname after a first name of `gender` in `case`, in the nominative: as written when the
    first name is nominative ("Эльвира Набиуллина", "Антон Силуанов"), else brought back by the
    surname's own reading, or by its ending ("Максима Решетникова" → "Решетников")."""
    if case == "nomn" or not re.fullmatch(r"[А-ЯЁ][а-яё-]+", word):
        return word
    for parse in _morph().parse(word):
        if "Surn" in parse.tag and parse.tag.gender == gender and parse.tag.case == case:
            nominative = parse.inflect({"nomn"})
            if nominative is not None:
                return nominative.word[:1].upper() + nominative.word[1:]
    if gender == "masc" and (oblique := _RU_MASC_OBLIQUE.fullmatch(word)):
        return oblique.group(1) or oblique.group(2)
    if gender == "femn" and (oblique := _RU_FEMN_OBLIQUE.fullmatch(word)):
        return oblique.group(1) + "а"
    return word


def _ru_name(words: list[str]) -> list[str]:
    """Russian name words in the nominative; a surname agrees with the first name before it."""
    out = [_ru_word(w) if w[:1].isupper() else w for w in words]
    for i in range(len(words) - 1):
        first = _first_name(words[i])
        if first is not None and words[i + 1][:1].isupper():
            out[i + 1] = _ru_surname(words[i + 1], *first)
    return out


def base_name(name: str, language: str) -> str:
    """A name in its base form: Russian names in the nominative, Turkish case suffixes after
    the apostrophe left out, an English possessive left out."""
    words = name.split()
    if language == "ru":
        words = _ru_name(words)
    elif language == "tr":
        words = [_APOSTROPHE.sub("", w) for w in words]
    elif language == "en":
        words = [_POSSESSIVE.sub("", w) for w in words]
    return " ".join(words)


# countries as speakers -------------------------------------------------------------------


@dataclass(frozen=True)
class _Places:
    by_name: dict[str, str]  # folded name → country
    adjectives: dict[str, str]  # adjective → country


@cache
def _places_of(language: str, items: tuple[tuple[str, tuple[str, ...], str], ...]) -> _Places:
    del language
    by_name = {n.casefold(): country for country, names, _ in items for n in names}
    adjectives = {adj: country for country, _, adj in items if adj}
    return _Places(by_name, adjectives)


def _places(lex: Lexicon) -> _Places:
    return _places_of(lex.language, lex.places)


def country_of(mention: str, lex: Lexicon) -> str:
    """The country a speaker's mention names ("Moscow" → Russia), or ''."""
    return _places(lex).by_name.get(mention.strip().casefold(), "")


def official_country(role: str, lex: Lexicon) -> str:
    """The country whose official a title names ("Russian Foreign Minister" → Russia)."""
    for word in role.split():
        country = _places(lex).adjectives.get(word)
        if country:
            return country
    for word in role.split():
        country = _places(lex).by_name.get(word.casefold())
        if country:
            return country
    return ""
