"""Words organisations are named with, as concepts in four languages (`drift_org_words.json`:
workers, oil, refinery, farming, the press, the north…): what a body serves or gathers. Two
bodies of one kind in each other's place whose names hold words of disjoint concepts are two
bodies ("نقابة عمال النفط", oil workers' union / "Refinery Technicians' Association"); a concept
in common may be the same body translated, and a name the table does not know tells nothing."""

from __future__ import annotations

import functools
import itertools
import json
from pathlib import Path
from typing import Protocol

from .align_anchors import anchors_of
from .align_lexicon import fold
from .drift_organisations import WORD


class _Body(Protocol):
    @property
    def words(self) -> tuple[str, ...]: ...
    @property
    def text(self) -> str: ...


_AR_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")


@functools.cache
def _stems(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """(prefix stems, whole-word stems) → concept, for one language."""
    data: dict[str, dict[str, str]] = json.loads(
        Path(__file__).with_name("drift_org_words.json").read_text(encoding="utf-8")
    )
    prefix: dict[str, str] = {}
    whole: dict[str, str] = {}
    for concept, columns in data.items():
        if concept.startswith("_"):
            continue
        for stem in columns.get(language, "").split("|"):
            if stem.endswith("="):
                whole[fold(stem[:-1])] = concept
            elif stem:
                prefix[fold(stem)] = concept
    return prefix, whole


def _forms(word: str, language: str) -> list[str]:
    if language != "ar":
        return [word]
    forms = [word]
    for p in _AR_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            forms.append(word[len(p) :])
    return forms


@functools.lru_cache(maxsize=16384)
def org_concept(word: str, language: str) -> str | None:
    """The concept of a word of an organisation's name, if the table knows it (the longest
    stem wins)."""
    prefix, whole = _stems(language)
    best: tuple[int, str] | None = None
    for form in _forms(fold(word), language):
        if form in whole and (best is None or len(form) > best[0]):
            best = (len(form), whole[form])
        for k in range(len(form), 1, -1):
            concept = prefix.get(form[:k])
            if concept is not None:
                if best is None or k > best[0]:
                    best = (k, concept)
                break
    return best[1] if best else None


def org_concepts(words: tuple[str, ...] | list[str], language: str) -> frozenset[str]:
    """The concepts of the words of a name (or a passage); a trade union is of workers."""
    found = {c for w in words if (c := org_concept(w, language)) is not None}
    folded = [fold(w) for w in words]
    if language == "en" and any(
        a == "trade" and b.startswith("union") for a, b in itertools.pairwise(folded)
    ):
        found = (found - {"trade"}) | {"worker"}
    return frozenset(found)


def unplaced(m: _Body, language: str) -> tuple[str, ...]:
    """A body's words less those of the places it holds."""
    places = {
        w
        for a in anchors_of(m.text, language)
        if a.value.startswith("place:")
        for w in WORD.findall(a.surface)
    }
    return tuple(w for w in m.words if w not in places)


Name = tuple[tuple[str, ...], tuple[str, ...], str]
"""A body's name for `named_apart`: its words (less places), its own words, its language."""


def named_apart(x: Name, y: Name, seen: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether each of two bodies' names holds a concept that the other side's whole passage
    (`seen`: the concepts of x's passage, of y's) does not ("عمال النفط", workers and oil /
    "Refinery Technicians", refinery and workers), every own word of one body known to the
    table: a name half known may be translated by the half the table does not know, and a
    concept the other side names outside the body's name ("Çevre, Şehircilik … Bakanlığı",
    cut at its comma) may be that name's."""
    (words_x, own_x, lx), (words_y, own_y, ly) = x, y
    cx, cy = org_concepts(words_x, lx), org_concepts(words_y, ly)
    if not (cx - seen[1]) or not (cy - seen[0]):
        return False
    return all(org_concept(w, lx) for w in own_x) or all(org_concept(w, ly) for w in own_y)
