"""A small bilingual lexicon for sentence alignment: words of news about the region that
translators render word for word, as stems per language mapped to one concept each.

The words are data, `align_lexicon.json`: one concept a line, its stems per language
("|"-separated). A stem matches a word that starts with it (after folding and, in Arabic, after
attached prefixes such as و, ب, ال are taken off); a stem ending in "=" matches the whole word
only. Kept small on purpose: each concept must be one the translations of our test set render
reliably, and a desk may add its own pairs to the file."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from .normalise import search_key

LEXICON: dict[str, dict[str, str]] = json.loads(
    (Path(__file__).with_name("align_lexicon.json")).read_text(encoding="utf-8")
)
"""concept → {language: stems}, in the file's order."""

fold = functools.lru_cache(maxsize=65536)(search_key)
"""`search_key` of a word or sentence, remembered: the aligner folds the same words often."""

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_AR_CONJ = ("و", "ف")
_AR_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "ب", "ل", "ك")


@functools.lru_cache(maxsize=4)
def _stems(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """(prefix stems, whole-word stems) → concept, for one language."""
    prefix: dict[str, str] = {}
    whole: dict[str, str] = {}
    for concept, columns in LEXICON.items():
        stems = columns.get(language, "")
        for stem in stems.split("|") if stems else ():
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
    found = concept_and_stem(word, language)
    return found[0] if found else None


@functools.lru_cache(maxsize=65536)
def concept_and_stem(word: str, language: str) -> tuple[str, int] | None:
    """The lexicon's concept of a folded word and the length of the stem that matched it."""
    prefix, whole = _stems(language)
    for v in _variants(word, language):
        if v in whole:
            return whole[v], len(v)
        for k in range(len(v), 2, -1):
            concept = prefix.get(v[:k])
            if concept is not None:
                return concept, k
    return None
