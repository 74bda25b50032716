"""What the aligner compares between sentences of two languages: length, numbers (any digit
system), names matched across scripts by their consonant skeleton, concepts of the small
bilingual lexicon, and punctuation (question marks, quotation marks)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from .align_lexicon import LEXICON
from .anchor_numbers import digit_numbers
from .anchor_polarity import negation_hits
from .normalise import search_key

_LANGS = ("en", "ar", "ru", "tr")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)
_ARABIC = dict(
    zip(
        "اأإآبتثجحخدذرزسشصضطظعغفقكلمنهوىيةءئؤپچگڤ",
        [
            "a",
            "a",
            "a",
            "a",
            "b",
            "t",
            "th",
            "j",
            "h",
            "kh",
            "d",
            "dh",
            "r",
            "z",
            "s",
            "sh",
            "s",
            "d",
            "t",
            "z",
            "_",
            "gh",
            "f",
            "q",
            "k",
            "l",
            "m",
            "n",
            "h",
            "w",
            "a",
            "y",
            "a",
            "_",
            "_",
            "_",
            "p",
            "ch",
            "g",
            "v",
        ],
        strict=True,
    )
)
_DIGRAPHS = (
    ("shch", "s"),
    ("sh", "s"),
    ("ch", "s"),
    ("kh", "k"),
    ("gh", "k"),
    ("th", "t"),
    ("ph", "f"),
    ("zh", "j"),
    ("ts", "s"),
    ("dj", "j"),
)
_CLASSES = str.maketrans("pvdqgcxzğ", "bftkkkssk")
_DROP = re.compile(r"[aeiouyw_h'ıöüâîû]")
_AR_CONJ = ("و", "ف")
_AR_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "ب", "ل", "ك")
QUOTES = frozenset('"“”„«»‹›')
QUESTION = frozenset("?؟")


_fold = functools.lru_cache(maxsize=65536)(search_key)


def _base(language: str | None) -> str:
    return (language or "").split("-")[0].split("_")[0].lower()


@functools.lru_cache(maxsize=4)
def _stems(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """(prefix stems, whole-word stems) → concept, for one language."""
    if language not in _LANGS:
        return {}, {}
    col = _LANGS.index(language)
    prefix: dict[str, str] = {}
    whole: dict[str, str] = {}
    for concept, columns in LEXICON.items():
        for stem in columns[col].split("|"):
            if stem.endswith("="):
                whole[search_key(stem[:-1])] = concept
            else:
                prefix[search_key(stem)] = concept
    return prefix, whole


def _variants(word: str, language: str) -> tuple[str, ...]:
    """The word and, in Arabic, the word without its attached conjunction and prefixes."""
    if language != "ar":
        return (word,)
    out = [word]
    bases = [word] + ([word[1:]] if len(word) > 3 and word[0] in _AR_CONJ else [])
    for b in bases:
        if b != word:
            out.append(b)
        for p in _AR_PREFIXES:
            if b.startswith(p) and len(b) - len(p) >= 3:
                out.append(b[len(p) :])
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def word_concept(word: str, language: str) -> str | None:
    """The lexicon's concept of a folded word, if any (the longest stem wins)."""
    prefix, whole = _stems(language)
    for v in _variants(word, language):
        if v in whole:
            return whole[v]
        for k in range(len(v), 2, -1):
            concept = prefix.get(v[:k])
            if concept is not None:
                return concept
    return None


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The consonant skeleton of a folded word in any of our scripts: Lavrov, Лавров, Лаврова
    and لافروف all give "lfrf"; Erdoğan, Эрдоган and أردوغان give "rtkn"."""
    latin = "".join(_CYRILLIC.get(c, _ARABIC.get(c, c)) for c in word)
    for a, b in _DIGRAPHS:
        latin = latin.replace(a, b)
    latin = _DROP.sub("", latin.translate(_CLASSES))
    return re.sub(r"(.)\1+", r"\1", latin)


def names_match(a: str, b: str) -> bool:
    if a == b:
        return len(a) >= 2
    if min(len(a), len(b)) < 3:
        return False
    if (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 2:
        return True
    return min(len(a), len(b)) >= 4 and Levenshtein.distance(a, b) <= 1


@dataclass(frozen=True)
class SentenceFeatures:
    length: int
    keys: frozenset[str]  # "#4500" numbers, "c:minister" concepts, "p:?" punctuation
    names: tuple[str, ...]  # skeletons of candidate names (all words in Arabic)


def sentence_features(
    text: str, language: str | None, lowercase_words: frozenset[str]
) -> SentenceFeatures:
    lang = _base(language)
    keys: set[str] = set()
    # numbers written with digits, as the anchors of meaning read them (positions not needed)
    folded = _fold(text)
    for _start, _end, value in digit_numbers(folded, lang):
        keys.add("#" + value)
    if next(negation_hits(folded, lang), None) is not None:
        keys.add("p:not")
    names: list[str] = []
    for i, m in enumerate(_WORD.finditer(text)):
        raw = m.group()
        word = _fold(raw)
        concept = word_concept(word, lang)
        if concept is not None:
            keys.add("c:" + concept)
            continue
        if lang == "ar":
            names.extend(skeleton(v) for v in _variants(word, lang)[:3] if len(v) >= 3)
        elif raw[:1].isupper() and len(raw) >= 3 and not (i == 0 and word in lowercase_words):
            names.append(skeleton(word.split("'")[0]))
    if any(c in QUESTION for c in text):
        keys.add("p:?")
    if any(c in QUOTES for c in text):
        keys.add("p:q")
    return SentenceFeatures(len(text), frozenset(keys), tuple(n for n in names if len(n) >= 2))


def document_features(sentences: Sequence[str], language: str | None) -> list[SentenceFeatures]:
    lowercase = frozenset(w for s in sentences for w in _WORD.findall(s) if w[:1].islower())
    lower_keys = frozenset(_fold(w) for w in lowercase)
    return [sentence_features(s, language, lower_keys) for s in sentences]


def name_keys(
    left: list[SentenceFeatures], right: list[SentenceFeatures]
) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Each sentence's name keys, the two sides' skeletons matched onto each other: a skeleton
    of one side that matches one of the other side becomes the same key on both."""
    vocabulary = {n for f in right for n in f.names if len(n) >= 2}
    by_initial: dict[str, list[str]] = {}
    for v in sorted(vocabulary, key=len, reverse=True):
        by_initial.setdefault(v[0], []).append(v)
    cache: dict[str, str | None] = {}

    def canonical(n: str) -> str | None:
        if n not in cache:
            if n in vocabulary:
                cache[n] = n
            else:
                candidates = by_initial.get(n[0], [])
                cache[n] = next((v for v in candidates if names_match(n, v)), None)
        return cache[n]

    left_keys = [
        frozenset("n:" + c for n in f.names if (c := canonical(n)) is not None) for f in left
    ]
    used = set().union(*left_keys) if left_keys else set()
    right_keys = [frozenset(k for n in f.names if (k := "n:" + n) in used) for f in right]
    return left_keys, right_keys


def key_weights(
    left: Sequence[frozenset[str]], right: Sequence[frozenset[str]]
) -> dict[str, float]:
    """How much a shared key says: numbers most, then names, concepts, punctuation; less the
    more sentences carry it."""
    base = {"#": 3.0, "n": 2.0, "c": 1.0, "p": 0.5}
    df: Counter[str] = Counter()
    for keys in (*left, *right):
        df.update(keys)
    return {k: base[k[0]] / max(1.0, (df[k] / 2) ** 0.5) for k in df}
