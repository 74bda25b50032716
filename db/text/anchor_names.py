"""Named people, places and organisations in a text (the "name" anchors).

Three sources of names, in this order of precedence where they overlap:

1. **The case's names** (`names`: its actors and their aliases). An entry is one name, or a
   tuple of one actor's names (its aliases): all of them get the value of the first, so "North
   Korea" and "Pyongyang" agree when the case says they are one actor. Value "name:<key>".
2. **Known names** (`db.text.anchor_places`) from the Unicode CLDR through Babel, in the
   text's language: every country and territory ("كوريا الشمالية", "Kuzey Kore", "КНДР") with
   the value "place:<code>" (so the same country agrees across languages), the cities CLDR
   names for time zones ("place:<zone>"), nationality adjectives and organisations.
3. **Capitalised words** (English, Turkish, Russian) that do not open a sentence, or a run of
   two or more that does ("North Korea fired …"); value "cap:<key>". Such a name on one side
   only is not a difference by itself (a reworded claim capitalises differently); replaced by
   another name, it is.

Words match by their folded form; Russian words by their stem (case endings dropped: "Северной
Кореи" is "Северная Корея"), Arabic words also with a leading و/ب/ل/ف/ك, Turkish words before an
apostrophe ("Kore'ye").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from .normalise import search_key

Hit = tuple[int, int, str]

_TOKEN = re.compile(r"\w+")
_ARABIC_PREFIXES = "وبلفك"


@functools.lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=65536)
def stem(word: str, language: str) -> str:
    """The form of a folded word names are matched by: for Russian its dictionary form
    (pymorphy3: "Египту" → "египет", "Северной" → "северный"), else the word."""
    if language == "ru" and len(word) > 2 and not word.isascii():
        return str(_morph().parse(word)[0].normal_form).replace("ё", "е")
    return word


_NAME_TAGS = ("Surn", "Name", "Patr", "Geox", "Orgn", "Trad")


@functools.lru_cache(maxsize=4096)
def _russian_common_word(word: str) -> bool:
    """Whether pymorphy3's dictionary knows a Russian word and none of its readings is a name
    (surname, first name, place, organisation…)."""
    morph = _morph()
    if not morph.word_is_known(word):
        return False
    return not any(tag in parse.tag for parse in morph.parse(word) for tag in _NAME_TAGS)


_TURKISH_PLURAL = re.compile(r"(?:lar|ler)(?:ı|i|a|e|da|de|ta|te|dan|den|tan|ten|ın|in|la|le)?$")


def _common_opener(word: str, language: str) -> bool:
    """Whether a capitalised word that opens a sentence is a common word, not a name:
    - Russian: pymorphy3 knows it, never as a name ("Чиновники");
    - English: lemminflect knows it as an inflected form ("Prices", "Bakers", "Rising": its
      lemma differs) or never as a noun ("Meanwhile", "Said"); a bare singular noun stays a
      possible name, as names often are such words ("Trump", "Brown", "Rice");
    - Turkish: it ends in a plural suffix without an apostrophe ("Fiyatlar", "Fırıncılar"),
      which Turkish writes before the endings of a name ("Ankara'da")."""
    folded = search_key(word)
    if language == "ru":
        return _russian_common_word(folded)
    if language == "en":
        import lemminflect

        lemmas = lemminflect.getAllLemmas(word.lower())
        if not lemmas:
            return False
        inflected = all(word.lower() not in forms for forms in lemmas.values())
        return inflected or "NOUN" not in lemmas
    if language == "tr":
        lowered = word.replace("I", "ı").replace("İ", "i").lower()
        return _TURKISH_PLURAL.search(lowered) is not None and len(lowered) > 5
    return False


def name_value_key(name: str, language: str) -> str:
    """The key of a name: its folded words, stemmed, joined by spaces."""
    return " ".join(stem(w, language) for w in _TOKEN.findall(search_key(name)))


Index = dict[str, list[tuple[tuple[str, ...], str]]]


def _add(index: Index, name: str, value: str, language: str) -> None:
    words = tuple(stem(w, language) for w in _TOKEN.findall(search_key(name)))
    if words and len("".join(words)) >= 2:
        index.setdefault(words[0], []).append((words, value))


def _sorted(index: Index) -> Index:
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def case_names(names: Iterable[str | tuple[str, ...]], language: str) -> Index:
    """The index of the case's names (an entry: a name, or a tuple of one actor's aliases)."""
    entries = tuple(entry if isinstance(entry, str) else tuple(entry) for entry in names)
    return _case_index(entries, language) if entries else {}


@functools.lru_cache(maxsize=16)
def _case_index(names: tuple[str | tuple[str, ...], ...], language: str) -> Index:
    index: Index = {}
    for entry in names:
        aliases = (entry,) if isinstance(entry, str) else tuple(entry)
        aliases = tuple(a for a in aliases if a.strip())
        if not aliases:
            continue
        value = "name:" + name_value_key(aliases[0], language)
        for alias in aliases:
            _add(index, alias, value, language)
    return _sorted(index)


_TURKISH_SUFFIXES = tuple(
    sorted(
        {
            *(
                [
                    "nin",
                    "nun",
                    "in",
                    "un",
                    "ni",
                    "nu",
                    "i",
                    "u",
                    "e",
                    "a",
                    "ye",
                    "ya",
                    "de",
                    "da",
                    "te",
                    "ta",
                    "den",
                    "dan",
                    "ten",
                    "tan",
                ]
            ),
            *(
                [
                    "le",
                    "la",
                    "yle",
                    "yla",
                    "ndeki",
                    "deki",
                    "daki",
                    "nda",
                    "nde",
                    "ndan",
                    "nden",
                    "na",
                    "ne",
                    "ler",
                    "lar",
                    "leri",
                    "lari",
                ]
            ),
        },
        key=len,
        reverse=True,
    )
)
"""Case and possessive endings a Turkish name takes without an apostrophe ("Türkiyenin")."""


def _candidates(word: str, language: str) -> list[str]:
    """The forms under which a word of the text may be a name's word."""
    forms = [stem(word, language)]
    if language == "ar" and len(word) > 3 and word[0] in _ARABIC_PREFIXES:
        forms.append(word[1:])
    if language == "tr":
        forms.extend(
            word[: -len(ending)]
            for ending in _TURKISH_SUFFIXES
            if word.endswith(ending) and len(word) - len(ending) >= 3
        )
    return forms


def _follows(words: tuple[str, ...], tokens: list[str], language: str) -> bool:
    """Whether the text's words `tokens` are the name's further `words`."""
    if len(tokens) != len(words):
        return False
    return all(w in _candidates(t, language) for w, t in zip(words, tokens, strict=True))


def indexed_names(folded: str, language: str, indexes: list[Index]) -> Iterator[Hit]:
    """Names of the indexes found in the folded text, longest first at each place."""
    tokens = list(_TOKEN.finditer(folded))
    words = [t.group() for t in tokens]
    i = 0
    while i < len(tokens):
        found = None
        for index in indexes:
            for form in _candidates(tokens[i].group(), language):
                for name, value in index.get(form, ()):
                    if _follows(name[1:], words[i + 1 : i + len(name)], language):
                        found = (len(name), value)
                        break
                if found:
                    break
            if found:
                break
        if found is None:
            i += 1
            continue
        width, value = found
        yield tokens[i].start(), tokens[i + width - 1].end(), value
        i += width


_CAPITALISED = re.compile(r"[^\W\d_][\w]*")
_OPENERS = frozenset(
    [
        *[
            "according",
            "after",
            "before",
            "as",
            "by",
            "from",
            "if",
            "since",
            "when",
            "while",
            "with",
            "there",
            "here",
            "its",
            "their",
        ],
        *["our", "his", "her", "officials"],
        *["ancak", "fakat", "ise", "şimdi", "dün", "bugün", "yarın"],
        *[
            "во",
            "по",
            "из",
            "от",
            "до",
            "для",
            "при",
            "после",
            "перед",
            "как",
            "когда",
            "также",
            "к",
            "у",
            "о",
            "об",
            "с",
            "со",
            "за",
            "под",
            "над",
        ],
        "the",
        "a",
        "an",
        "on",
        "in",
        "at",
        "for",
        "but",
        "and",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "this",
        "that",
        "these",
        "those",
        "officials",
        "bu",
        "bir",
        "ve",
        "ama",
        "şu",
        "o",
        "в",
        "на",
        "по",
        "это",
        "он",
        "она",
        "они",
        "но",
        "и",
    ]
)
_NOT_FUNCTION_WORDS = frozenset(
    [
        *("microsoft", "netscape", "website", "webpage", "html", "htm", "http", "www", "arpa"),
        *("uucp", "msie", "pmid", "com", "org", "edu", "gov", "gmt", "ltd", "inc", "int"),
        *("biol", "auth", "abst", "adj", "sec", "vol", "vols", "ord", "que", "sensible"),
    ]
)
"""Words of the English stop-word list that are no function words (web words, abbreviations)."""
_RU_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "PRED", "INTJ"})


@functools.lru_cache(maxsize=8)
def _function_words(language: str) -> frozenset[str]:
    """The function words of a language (the stop-word lists of `stopwordsiso`), as folded:
    for English those of three letters or more that lemminflect knows as no noun, verb or
    adjective ("Nor", "However", "Yet"; not "New", "States"); for Russian those pymorphy3
    reads as a preposition, conjunction, particle, pronoun or adverb ("Ни", "Однако"; not
    "Москва", which the list holds); for Turkish the whole list ("Ne", "Hem", "Ya")."""
    import stopwordsiso

    words = {w for w in stopwordsiso.stopwords(language) if w.isalpha()}
    if language == "en":
        import lemminflect

        words = {
            w
            for w in words
            if len(w) >= 3
            and w not in _NOT_FUNCTION_WORDS
            and not {"NOUN", "PROPN", "ADJ", "VERB"} & set(lemminflect.getAllLemmas(w))
        }
    elif language == "ru":
        morph = _morph()
        words = {
            w
            for w in words
            if str(morph.parse(w)[0].tag.POS) in _RU_FUNCTION_POS and not _russian_name(w)
        }
    elif language == "tr":
        words = {w.replace("I", "ı").replace("İ", "i").lower() for w in words}
    return frozenset(search_key(w) for w in words)


def function_word(word: str, language: str) -> bool:
    """Whether a word written with a capital only at its start is a function word of the
    language (a conjunction, particle, pronoun…), so no name however it is written: "Ne … ne
    de", "Ни … ни", "Nor", "Hem … hem de"."""
    if language not in ("en", "tr", "ru") or not word[:1].isupper() or not word[1:].islower():
        return False
    return search_key(word) in _function_words(language)


def _russian_name(word: str) -> bool:
    return any(tag in parse.tag for parse in _morph().parse(word) for tag in _NAME_TAGS)


_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"«»“”(\n]\s*)$")


def capitalised_names(text: str, language: str, taken: list[tuple[int, int]]) -> Iterator[Hit]:
    """Runs of capitalised words of the stored `text` (spans of `text`), see the docstring."""
    if language not in ("en", "tr", "ru"):
        return
    run: list[re.Match[str]] = []

    def flush() -> Iterator[Hit]:
        words = list(run)
        opens = bool(words) and _SENTENCE_END.search(text[: words[0].start()]) is not None
        while words and (
            search_key(words[0].group()) in _OPENERS or function_word(words[0].group(), language)
        ):
            words.pop(0)
            opens = False  # the word after "The" is capitalised for itself
        if not words or all(w.group() == "I" for w in words):
            return
        key = " ".join(stem(search_key(w.group()), language) for w in words)
        # a single capitalised word that opens a sentence may be any word ("Prices rose"):
        # a weak name, a difference only where the other text has another name in its place
        weak = len(words) == 1 and opens
        if weak and _common_opener(words[0].group(), language):
            return  # "Чиновники заявили…", "Prices rose…", "Fırıncılar…": no name
        yield words[0].start(), words[-1].end(), f"{'cap0' if weak else 'cap'}:{key}"

    for match in _CAPITALISED.finditer(text):
        word = match.group()
        overlaps = any(a < match.end() and match.start() < b for a, b in taken)
        if word[0].isupper() and not overlaps:
            if run and text[run[-1].end() : match.start()] not in (" ", "-"):
                yield from flush()
                run = []
            run.append(match)
        else:
            yield from flush()
            run = []
    yield from flush()
