"""Planted drift: copies of our parallel documents with one difference written into the
translation (a number changed, a negation added, a sentence dropped), and where it is."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .parallel import ParallelDocument

_NUMBER = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")
_VERB = re.compile(r"\b(is|are|was|were|will|would|has|had|can)\b(?! not)")


@dataclass(frozen=True)
class Planted:
    document: ParallelDocument
    kind: str  # "number" | "negation" | "omitted"
    original_sentence: int  # the original sentence whose counterpart was changed


def _one_to_one(doc: ParallelDocument) -> list[tuple[int, int]]:
    return [(o[0], t[0]) for o, t in doc.gold if len(o) == 1 and len(t) == 1]


def plant_number(doc: ParallelDocument) -> Planted | None:
    for o, t in _one_to_one(doc):
        sentence = doc.translation[t]
        m = _NUMBER.search(sentence)
        if m is None:
            continue
        value = int(m.group().replace(",", "").split(".")[0])
        changed = sentence[: m.start()] + f"{value * 100:,}" + sentence[m.end() :]
        return Planted(_with(doc, t, changed), "number", o)
    return None


def plant_negation(doc: ParallelDocument) -> Planted | None:
    for o, t in _one_to_one(doc)[1:]:
        sentence = doc.translation[t]
        if re.search(r"\b(not|no|never|n't|without|cannot)\b", sentence):
            continue
        m = _VERB.search(sentence)
        if m is None:
            continue
        changed = sentence[: m.end()] + " not" + sentence[m.end() :]
        return Planted(_with(doc, t, changed), "negation", o)
    return None


def plant_omission(doc: ParallelDocument) -> Planted | None:
    pairs = _one_to_one(doc)
    if len(pairs) < 5:
        return None
    o, t = pairs[len(pairs) // 2]
    translation = doc.translation[:t] + doc.translation[t + 1 :]
    gold = tuple((a, tuple(j - (j > t) for j in b if j != t)) for a, b in doc.gold)
    return Planted(replace(doc, translation=translation, gold=gold), "omitted", o)


def _with(doc: ParallelDocument, index: int, sentence: str) -> ParallelDocument:
    translation = (*doc.translation[:index], sentence, *doc.translation[index + 1 :])
    return replace(doc, translation=translation)


def planted_variants(docs: list[ParallelDocument]) -> list[Planted]:
    out: list[Planted] = []
    for d in docs:
        for plant in (plant_number, plant_negation, plant_omission):
            p = plant(d)
            if p is not None:
                out.append(p)
    return out
