"""Citation forms of name tokens and their inflected forms: Russian cases (pymorphy3's
dictionary and its guesser for unknown surnames), Turkish case suffixes (after an apostrophe,
or without one in Turkish text), and the Arabic article with the clitics و ف ب ك ل before it.

`citation_form` goes from a form met in text to the form a name is listed under ("Лаврова" →
"лавров", "Peskov'a" → "Peskov", "بالوطن" → "وطن"); `inflected_forms` goes the other way, for
search (a name → the forms text may spell it in).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Any

# pymorphy3 tags that mark a proper name: surname, first name, patronymic, place, organisation.
_NAME_TAGS = ("Surn", "Name", "Patr", "Geox", "Orgn", "Trad")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

# Persian and Urdu letters fold to the Arabic letters Arabic text writes for the same sounds.
_ARABIC_FOLD = str.maketrans(
    {
        "ک": "ك",
        "ی": "ي",
        "ې": "ي",
        "ے": "ي",
        "ۍ": "ي",
        "ئ": "ي",
        "ۀ": "ة",
        "ہ": "ه",
        "ھ": "ه",
        "ۃ": "ة",
        "ٹ": "ت",
        "ڈ": "د",
        "ڑ": "ر",
        "ں": "ن",
        "پ": "ب",
        "چ": "ج",
        "ژ": "ز",
        "گ": "غ",
        "ڤ": "ف",
        "ڨ": "ق",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ى": "ي",
        "ء": "",
        "ـ": "",  # tatweel
    }
)
_ARABIC_PREFIX = re.compile(r"^(?:[وف]?[بكل]?ال|[وف]?لل)(?=..)")
_ABD_PREFIX_ARABIC = re.compile(r"^عبدال(?=..)")

# Turkish case and possessive suffixes as written after an apostrophe on a proper name
# ("Peskov'a", "Erdoğan'ın", "Ankara'daki", "Lavrov'la").
_TURKISH_SUFFIX = re.compile(
    r"(?:l[ae]r)?(?:[yns])?(?:[aeıiuü]|[ıiuü]n|n[ıiuü]n|[dt][ae]n?|y?l[ae]|[cç][ae])?(?:ki)?(?:n)?",
)
_APOSTROPHES = "'’ʼ`´‘"
# Without an apostrophe only the suffixes that carry a consonant matter (vowels drop out of the
# key anyway); they are tried only on Turkish text and only as a variant.
_TURKISH_BARE_SUFFIX = re.compile(
    r"(?<=...)(?:n[ıiuü]n|[ıiuü]n|[dt][ae]n|[dt][ae]ki|[dt][ae]|y?l[ae])$",
)


Ask = Callable[[str, str], Any]
_asked: Ask | None = None


def answer_elsewhere(ask: Ask | None) -> None:
    """Have the Russian morphology answered by `ask(question, token)` (question "citation":
    `russian_citation`'s pair, "forms": the forms of `inflected_forms`; None when it could not
    answer, and it is then computed here), or here again (None). The window asks a process of
    its own, so that pymorphy3's dictionary (~20 MB) never loads in it."""
    global _asked
    _asked = ask
    russian_citation.cache_clear()
    inflected_forms.cache_clear()


def stop_answering_elsewhere(ask: Ask) -> None:
    """`answer_elsewhere(None)`, if `ask` is still the one asked (another window may have set
    its own since)."""
    if _asked == ask:
        answer_elsewhere(None)


def answer(question: str, token: str) -> Any:
    """What `answer_elsewhere`'s process answers, computed here (picklable)."""
    if question == "citation":
        return _russian_citation(token)
    if question == "forms":
        return sorted(_russian_forms(token))
    raise ValueError(f"no such morphology question: {question}")


def _elsewhere(question: str, token: str) -> Any:
    ask = _asked
    return None if ask is None else ask(question, token)


@functools.cache
def _analyzer() -> Any:
    import pymorphy3  # a dictionary of ~15 MB: loaded on first use only

    return pymorphy3.MorphAnalyzer(lang="ru")


def _name_parse(token: str) -> Any:
    """The parse of a Cyrillic token pymorphy3 thinks likeliest among the proper-name parses,
    else its likeliest parse."""
    parses = _analyzer().parse(token)
    for parse in parses:
        if any(tag in parse.tag for tag in _NAME_TAGS):
            return parse
    return parses[0]


_SURNAME_ENDING = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$")
_RUSSIAN_CASE_ENDING = re.compile(r"(?<=\w{4})(?:ым|ом|ем|ами|ями|ах|ях)$")


@functools.lru_cache(maxsize=65536)
def russian_citation(token: str) -> tuple[str, bool]:
    """(nominative singular of a Cyrillic token, whether it is a patronymic). A capitalised
    word pymorphy3 knows only as a common noun, or guesses, keeps its letters (Рябков is not
    the genitive plural of рябок), less a case ending made of consonants."""
    found = _elsewhere("citation", token)
    if found is not None:
        return str(found[0]), bool(found[1])
    return _russian_citation(token)


def _russian_citation(token: str) -> tuple[str, bool]:
    word = token.lower()
    parses = _analyzer().parse(word)
    names = [p for p in parses if any(tag in p.tag for tag in _NAME_TAGS)]
    own = next((p for p in names if p.normal_form == word), None)
    if own is None and token[:1].isupper() and _SURNAME_ENDING.search(word):
        return word, False  # Бхов: a surname the dictionary does not know, as written
    if names:  # a word that is its own citation form stays so (Песков, not песок's genitive)
        parse = own or names[0]
        return str(parse.normal_form), "Patr" in parse.tag
    parse = parses[0]
    if token[:1].isupper():
        return _RUSSIAN_CASE_ENDING.sub("", word), False
    return str(parse.normal_form), False


def strip_turkish_suffix(token: str) -> str:
    """A Latin token without the Turkish suffix written after its apostrophe."""
    for mark in _APOSTROPHES:
        head, found, tail = token.partition(mark)
        if found and head and tail and _TURKISH_SUFFIX.fullmatch(tail):
            return head
    return token


def strip_turkish_bare_suffix(token: str) -> str:
    """A Latin token without a Turkish case suffix written without an apostrophe (a variant:
    "Putin" would lose "in" too, so this never makes the main key)."""
    return _TURKISH_BARE_SUFFIX.sub("", token)


def fold_arabic(token: str) -> str:
    """Arabic-script token: marks removed, Persian/Urdu letters and alef forms folded, and the
    article with its clitics removed ("والوطن" → "وطن", "للأسد" → "اسد")."""
    token = "".join(c for c in token if unicodedata.category(c) != "Mn").translate(_ARABIC_FOLD)
    token = _ABD_PREFIX_ARABIC.sub("عبد ", token)
    return _ARABIC_PREFIX.sub("", token) if " " not in token else token


def citation_form(token: str, language: str | None = None) -> tuple[str, bool]:
    """(the token as a name is listed, whether it is a patronymic to leave out of keys)."""
    if _CYRILLIC.search(token):
        return russian_citation(token)
    if _ARABIC.search(token):
        return fold_arabic(token), False
    return strip_turkish_suffix(token), False


@functools.lru_cache(maxsize=4096)
def inflected_forms(word: str) -> frozenset[str]:
    """Forms text may spell a one-word name in: its Russian cases, the Arabic article and
    clitics before it; the word itself always. Turkish suffixes follow an apostrophe, which
    search already splits off."""
    forms = {word}
    if _CYRILLIC.search(word):
        found = _elsewhere("forms", word)
        forms.update(_russian_forms(word) if found is None else map(str, found))
    elif _ARABIC.search(word):
        bare = _ARABIC_PREFIX.sub("", word)
        stems = {word, bare} if bare != word else {word}
        for stem in stems:
            prefixes = ("و", "ب", "ل", "ف", "ك", "وب", "ول")
            # before the article ل is لل (below), not ل + ال
            forms.update(p + stem for p in prefixes if stem == bare or "ل" not in p)
        if bare != word:
            forms.update(prefix + "ال" + bare for prefix in ("", "و", "ب", "ف", "ك", "وب"))
            forms.update(prefix + "لل" + bare for prefix in ("", "و", "ف"))
    return frozenset(forms)


def _russian_forms(word: str) -> set[str]:
    """The forms of a Cyrillic one-word name in its lexeme (its cases), capitalised as it is."""
    capital = word[:1].isupper()
    forms = set()
    for lexeme_form in _name_parse(word.lower()).lexeme:
        form = str(lexeme_form.word)
        forms.add(form.capitalize() if capital else form)
    return forms
