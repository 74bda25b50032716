"""Name keys: one key for every spelling of a name, across scripts and inflections.

`name_key("Lavrov") == name_key("Лавров") == name_key("Лаврова") == name_key("لافروف")`.
A key is built in four steps:

1. **Citation form** of each word (`db.text.name_morphology`): Russian cases to the nominative
   (pymorphy3), a Turkish suffix after an apostrophe dropped ("Peskov'a"), the Arabic article
   and the clitics before it dropped ("بالوطن"), Persian/Urdu letters folded to Arabic; the
   article written apart (al-, el-, as-, аль-, эль-) dropped too; patronymics left out.
2. **Exonyms** (`db.text.exonyms`): Moscow and Moskva, Damascus and Dimashq get one key.
3. **Romanisation** with anyascii (Unicode's letters to ASCII, a maintained table covering
   every script; chosen over Unidecode and ICU's Any-Latin by measurement, see
   tests/benchmarks/bench_names.py).
4. **Consonant skeleton**: Arabic writes no short vowels, so the key keeps consonants only,
   each in a class that spellings of one sound share (v/f/w, p/b, kh/h, gh/g, sh/s,
   ch/j/zh/c, q/k/c, th/t, dh/d); doubled letters collapse.

`name_keys` gives the variants a match may go through: the key, the key of the surname (last
word), the words in any order, and spellings that one rule alone cannot tell (w as v in
Lawrow, c as Turkish j, an initial Ye/E, a final h that Russian does not write, Turkish
suffixes without an apostrophe in Turkish text). Two names match when their key sets meet; a
match is a *candidate*: different people share keys (Mohammed, Muhammad; father and son), so
callers offer it and show `name_similarity`, never merge by it.

An empty key means "nothing to match on": a name made of initials or of one letter.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz import fuzz

from db.text import name_tables
from db.text.exonyms import EXONYM_GROUPS
from db.text.name_descriptions import DESCRIPTION_WORDS as _DESCRIPTION_WORDS
from db.text.name_morphology import citation_form, strip_turkish_bare_suffix

__all__ = [
    "best_matches",
    "mention_keys",
    "name_key",
    "name_keys",
    "name_parts",
    "name_similarity",
    "part_keys",
    "romanise",
    "surname",
]

_WORD = re.compile(r"[^\W_]+(?:['’ʼ`´][^\W\d_]+)?")
# The Arabic article written apart in Latin or Cyrillic: al-Assad, el-Sisi, ash-Sharq, ас-Сиси.
_ARTICLE = re.compile(
    r"(?<![^\W\d_])(?:al|el|ul|an|ar|as|ash|at|ad|az|adh|ath|аль|эль|ал|ас|аш|ад|ан|ар|ат|аз|уль)"
    r"[-‐‑–‒—\s]+(?=[^\W\d_]{2})",
    re.IGNORECASE,
)
# Abdel Fattah, Abdul-Aziz, Abdulaziz, Абдель: "servant of" + the article of the next word.
_ABD = re.compile(r"(?<![^\W\d_])(abd|абд)[eauуеа]?[lл][ьъ']?(?=[\s\-]|[^\W\d_]{3})", re.IGNORECASE)
_TURKISH_LETTERS = re.compile(r"[çğışöüÇĞİŞÖÜ]")
_DIGRAPH_CLASS = {
    "shch": "s",
    "dzh": "j",
    "kh": "h",
    "gh": "g",
    "sh": "s",
    "ch": "j",
    "zh": "j",
    "th": "t",
    "dh": "d",
    "ph": "f",
    "ts": "s",
    "tz": "s",
    "ck": "k",
    "dj": "j",
    "q": "k",
    "x": "ks",
    "c": "k",
    "v": "f",
    "p": "b",
    "j": "j",
}
_VOWELS = re.compile(r"[aeiouy|=]")
_NOT_ASCII_LETTER = re.compile(r"[^a-z0-9 |=]+")
_NOT_ROMAN = re.compile(r"[^a-z0-9 ]+")
_REPEATS = re.compile(r"(.)\1+")


@dataclass(frozen=True)
class _Reading:
    """How to read the letters a rule alone cannot tell."""

    w_as_v: bool = False  # Lawrow (Polish/German w) rather than Nawaf (w a vowel letter)
    c_as_j: bool = False  # Cemal, Recep (Turkish c) rather than Moscow
    loose: bool = False  # the spellings of a second tradition, listed in _LOOSE
    turkish_bare: bool = False  # Erdoganin, Lavrovun: Turkish suffix without an apostrophe
    voiced: bool = False  # t as d (Bayraktar, بيرقدار) and an Arabic و as v (Mevlüt, مولود)


_MAIN = _Reading()
# The loose reading: an initial Ye/E either way (Yeltsin, Ельцин), a final h Russian does not
# write (Хезболла), Turkish final devoicing (Bağdat, Ahmet), French ch for sh (Ghannouchi),
# Arabic ض ظ ذ as z (Ramzan, Zarif), ة written as t (Hayat), نب said mb (Jumblatt).
_LOOSE = {"ch": "s", "dz": "z", "=": "t"}
_SKELETON_LETTERS = re.compile(r"shch|dzh|kh|gh|sh|ch|zh|th|dh|ph|ts|tz|ck|dj|dz|[qxcvpwyj=]")
_NOISE_WORDS = frozenset(
    ("group", "agency", "party", "company", "news", "группа", "агентство", "партия", "чвк")
)


def romanise(text: str) -> str:
    """`text` in lower-case ASCII letters (anyascii), apostrophes and marks dropped."""
    return _NOT_ROMAN.sub("", anyascii(text).lower())


_ARABIC_PIECES = re.compile(r"تش|تس|.")
_ARABIC_LETTER = {"ا": "a", "تش": "ch", "تس": "ts", "ض": "dz", "ظ": "dz", "ذ": "dz", "ة": "="}


def _letters(word: str) -> str:
    """A romanised word for the skeleton. Arabic letters are romanised one by one, with a
    separator so that two letters never read as one digraph (ت+ح is t-h, not ث); تش is ch."""
    if _script(word) != "arabic":
        return romanise(word.replace("ç", "ch").replace("Ç", "Ch"))
    pieces = (_ARABIC_LETTER.get(p) or anyascii(p).lower() for p in _ARABIC_PIECES.findall(word))
    return "|".join(_NOT_ASCII_LETTER.sub("", piece) for piece in pieces)


def _skeleton(word: str, reading: _Reading) -> str:
    """Consonant skeleton of one romanised word."""

    def sound(match: re.Match[str]) -> str:
        letters = match.group()
        at_start = match.start() == 0 or not word[: match.start()].strip("|")
        if reading.loose and letters in _LOOSE:
            return _LOOSE[letters]
        if letters == "j" and reading.w_as_v and not at_start and "|" not in word:
            return "a"  # Sergej, Nikolaj: German and Polish j after a vowel is a y
        if letters == "w":
            # the first و of a word said aw is a Turkish v (مولود Mevlüt, جودت Cevdet)
            first = reading.voiced and "w" not in word[: match.start()]
            v = reading.w_as_v and (first or _w_is_v(word, match.end()))
            return "f" if at_start or v else "a"
        if letters == "y":
            return "y" if at_start and not reading.loose else "a"
        if letters == "c" and reading.c_as_j:
            return "j"
        if letters in ("dz", "="):
            return {"dz": "d", "=": ""}[letters]
        return _DIGRAPH_CLASS[letters]

    classes = _SKELETON_LETTERS.sub(sound, word)
    if reading.loose:
        classes = re.sub(r"(?<=..)h$", "", classes)
        classes = re.sub(r"(?<=.)t$", "d", classes).replace("nb", "mb")
    if reading.voiced:
        classes = classes.replace("t", "d")
    skeleton = _REPEATS.sub(r"\1", _VOWELS.sub("", classes))
    if reading.voiced and len(skeleton) < VOICED_FROM:
        return _skeleton(word, dataclasses.replace(reading, voiced=False))
    return skeleton


VOICED_FROM = 4
"""Consonants a word needs before t is read as d or a first و as v: a shorter skeleton meets
too many words ("حتى", until, would meet "Haddad")."""


def _w_is_v(word: str, end: int) -> bool:
    """In Latin, a w read as v is any w (Lawrow); in Arabic only a و before a vowel letter
    (جاويش Çavuş) is, a و before a consonant is the vowel o or u (أوغلو oğlu)."""
    if "|" not in word:
        return True
    return word[end + 1 : end + 2] in ("a", "y", "w")


def _citation_words(name: str, language: str | None) -> list[str]:
    """The words of a name in citation form, articles and patronymics left out."""
    name = "".join(
        c for c in unicodedata.normalize("NFKC", name) if unicodedata.category(c) != "Mn"
    )
    text = _ABD.sub(lambda m: m.group(1) + " ", _ARTICLE.sub("", name.replace("ـ", "")))
    words: list[str] = []
    for token in _WORD.findall(text):
        form, patronymic = citation_form(token, language)
        if not patronymic:
            words.extend(form.split())
    return words


def fingerprint(value: object) -> str:
    """Of a word list the stored tables (`name_tables`) were made from."""
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()[:16]


@functools.cache
def _exonyms() -> dict[str, str]:
    """`exonym_table()`, as stored when made from today's groups: making it reads Cyrillic
    spellings through the Russian morphology (~24 MB), which a Latin name never needs."""
    if fingerprint(EXONYM_GROUPS) == name_tables.EXONYMS_OF:
        return name_tables.EXONYMS
    return exonym_table()


def exonym_table() -> dict[str, str]:
    """Romanised citation form of each exonym spelling → the first spelling of its group."""
    table: dict[str, str] = {}
    for group in EXONYM_GROUPS:
        for spelling in group:
            table[" ".join(romanise(w) for w in _citation_words(spelling, None))] = group[0]
    return table


def _words_for_keys(name: str, language: str | None) -> list[str]:
    """Citation words with exonyms replaced (the whole name first, then each word)."""
    words = [w for w in _citation_words(name, language) if romanise(w)]
    exonyms = _exonyms()
    whole = exonyms.get(" ".join(romanise(w) for w in words))
    if whole is not None:
        return _citation_words(whole, None)
    replaced: list[str] = []
    for word in words:
        exonym = exonyms.get(romanise(word))
        replaced.extend(exonym.split() if exonym else [word])
    return replaced


def _skeletons(name: str, language: str | None, reading: _Reading) -> list[str]:
    words = _words_for_keys(name, language)
    if reading.turkish_bare:
        words = [strip_turkish_bare_suffix(w) for w in words]
    # Initials and one-letter words carry nothing to match on.
    words = [w for w in words if len(w) > 1 and w.lower() not in _NOISE_WORDS]
    return [s for s in (_skeleton(_letters(w), reading) for w in words) if s]


def _turkish(name: str, language: str | None) -> bool:
    return (language or "").lower().startswith("tr") or bool(_TURKISH_LETTERS.search(name))


@functools.lru_cache(maxsize=65536)
def name_key(name: str, language: str | None = None) -> str:
    """The key of a name: equal for its spellings in Latin, Cyrillic and Arabic script and its
    inflected forms; "" when the name has nothing to match on (initials, one letter)."""
    parts = _script_parts(name)
    if len(parts) > 1:  # "Al-Watan الوطن": the first spelling stands for the name
        return name_key(parts[0], language)
    reading = _Reading(c_as_j=True) if _turkish(name, language) else _MAIN
    return _joined(_skeletons(name, language, reading))


def _joined(skeletons: list[str]) -> str:
    return _REPEATS.sub(r"\1", "".join(skeletons))


def _readings(name: str, language: str | None) -> list[_Reading]:
    turkish = _turkish(name, language)
    readings = [_Reading(c_as_j=turkish), _Reading(w_as_v=True, c_as_j=turkish)]
    readings.append(_Reading(w_as_v=True, c_as_j=not turkish, loose=True))
    readings.append(_Reading(w_as_v=True, c_as_j=turkish, loose=True, voiced=True))
    if (language or "").lower().startswith("tr"):
        readings.append(_Reading(c_as_j=True, turkish_bare=True))
    return readings


@functools.lru_cache(maxsize=65536)
def name_keys(name: str, language: str | None = None) -> frozenset[str]:
    """The keys a match may go through: `name_key`, the surname's key, the words in any order,
    and the readings of letters one rule cannot tell. Empty when `name_key` is empty."""
    parts = _script_parts(name)
    if len(parts) > 1:  # "Al-Watan الوطن": each script's part is a spelling of the name
        return frozenset().union(*(name_keys(part, language) for part in parts))
    if not name_key(name, language):
        return frozenset()
    keys: set[str] = set()
    for reading in _readings(name, language):
        skeletons = _skeletons(name, language, reading)
        if not skeletons:
            continue
        keys.add(_joined(skeletons))
        if len(skeletons) > 1:
            keys.add("+".join(sorted(skeletons)))
            if _may_be_surname(name, language):
                keys.add(skeletons[-1])
                if len(skeletons) > 2:  # مولود جاويش أوغلو: a surname in two words
                    keys.add(_joined(skeletons[1:]))
    return frozenset(keys)


@functools.lru_cache(maxsize=65536)
def part_keys(word: str, language: str | None = None) -> frozenset[str]:
    """The keys of one part of a name (one word in citation form), in every reading."""
    keys: set[str] = set()
    for reading in _readings(word, language):
        if reading.turkish_bare:
            word = strip_turkish_bare_suffix(word)
        skeleton = _skeleton(_letters(word), reading)
        if skeleton:
            keys.add(skeleton)
    return frozenset(keys)


_LATIN_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$", re.IGNORECASE)
"""A Russian patronymic written in Latin letters (Viktorovich, Sergeyevna)."""


@functools.lru_cache(maxsize=65536)
def name_parts(name: str, language: str | None = None) -> tuple[tuple[str, frozenset[str]], ...]:
    """The parts of a name as written, each with the `part_keys` of its citation form;
    articles, patronymics, initials and noise words left out ("Сергея Викторовича Лаврова" →
    Сергея, Лаврова)."""
    name = "".join(
        c for c in unicodedata.normalize("NFKC", name) if unicodedata.category(c) != "Mn"
    )
    text = _ABD.sub(lambda m: m.group(1) + " ", _ARTICLE.sub("", name.replace("ـ", "")))
    exonyms = _exonyms()
    parts: list[tuple[str, frozenset[str]]] = []
    for token in _WORD.findall(text):
        form, patronymic = citation_form(token, language)
        if patronymic or _LATIN_PATRONYMIC.search(token):
            continue
        for word in form.split():
            exonym = exonyms.get(romanise(word))
            if len(word) < 2 or word.lower() in _NOISE_WORDS or not romanise(word):
                continue
            keys = part_keys(exonym or word, language)
            if keys:
                parts.append((token if len(form.split()) == 1 else word, keys))
    return tuple(parts)


_ARABIC_CLITICS = ("و", "ف", "ب", "ك", "ل", "وب", "ول", "وك", "فب", "فل")


@functools.lru_cache(maxsize=65536)
def mention_keys(text: str, language: str | None = None) -> frozenset[str]:
    """The keys of a name as met in running text: `name_keys`, and, for an Arabic word that may
    carry a clitic (و and, ب in, ل to, ف so, ك as), the keys without it ("ولافروف"). Kept apart
    from `name_keys` because a listed name has no clitic, and stripping one from a name that
    only starts with the letter (بوتين) would pair it with another name (وتين); match a mention
    against listed names, never two listed names through this."""
    keys = set(name_keys(text, language))
    first, _, rest = text.strip().partition(" ")
    if _script(first) == "arabic":
        for clitic in _ARABIC_CLITICS:
            if first.startswith(clitic) and len(first) - len(clitic) >= 3:
                keys |= name_keys(f"{first[len(clitic) :]} {rest}".strip(), language)
    return frozenset(keys)


@functools.cache
def _not_surnames() -> frozenset[str]:
    if fingerprint(_DESCRIPTION_WORDS) == name_tables.NOT_SURNAMES_OF:
        return name_tables.NOT_SURNAMES
    return not_surname_table()


def not_surname_table() -> frozenset[str]:
    """The romanised citation forms of the words of descriptions (never a surname)."""
    return frozenset(
        romanise(w) for word in _DESCRIPTION_WORDS for w in _citation_words(word, None)
    )


def _may_be_surname(name: str, language: str | None) -> bool:
    """Whether the last word of a name can stand for it: not a title or a common word of a
    description ("Russian Foreign Minister", "Turkish security official")."""
    words = _citation_words(name, language)
    return bool(words) and romanise(words[-1]) not in _not_surnames()


def _script_parts(name: str) -> list[str]:
    """A name split where its script changes between words (Latin, Cyrillic, Arabic)."""
    parts: list[tuple[str, list[str]]] = []
    for word in name.split():
        script = _script(word)
        if parts and (script in (parts[-1][0], "") or parts[-1][0] == ""):
            parts[-1] = (parts[-1][0] or script, [*parts[-1][1], word])
        else:
            parts.append((script, [word]))
    return [" ".join(words) for _, words in parts]


def _script(word: str) -> str:
    for char in word:
        if char.isalpha():
            if "\u0400" <= char <= "\u052f":
                return "cyrillic"
            if "\u0600" <= char <= "\u08ff" or "\ufb50" <= char <= "\ufeff":
                return "arabic"
            return "latin"
    return ""


def surname(name: str) -> str:
    """The last word of a name in citation form (what a single-word mention of it spells)."""
    words = _citation_words(name, None)
    return words[-1] if words else ""


def name_similarity(a: str, b: str) -> float:
    """How alike two names are, 0 to 1: their romanised citation forms and their skeletons
    compared letter by letter. For ranking candidates that share a key, not for deciding."""
    plain_a = " ".join(romanise(w) for w in _words_for_keys(a, None))
    plain_b = " ".join(romanise(w) for w in _words_for_keys(b, None))
    plain = fuzz.ratio(plain_a, plain_b) / 100
    skeleton = fuzz.ratio(name_key(a), name_key(b)) / 100
    same_key = 1.0 if name_key(a) and name_key(a) == name_key(b) else 0.0
    return round((plain + skeleton + same_key) / 3, 4)


def best_matches(name: str, candidates: Iterable[str]) -> list[tuple[str, float]]:
    """The candidates whose keys meet `name`'s keys, most alike first."""
    keys = name_keys(name)
    found = [(c, name_similarity(name, c)) for c in candidates if keys & name_keys(c)]
    return sorted(found, key=lambda pair: -pair[1])
