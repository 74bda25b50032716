"""Drift flags on an aligned pair of a translation and its original: a number on one side only
or different ("45" → "4,500"), negation on one side only, a different month, a sentence
omitted in the translation or added by the translator. Each flag names what differs; none
decides anything."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .align_anchors import find_anchors
from .align_features import word_concept
from .align_lexicon import LEXICON

_MONTHS = frozenset(
    list(LEXICON)[list(LEXICON).index("january") : list(LEXICON).index("december") + 1]
)


@dataclass(frozen=True)
class DriftFlag:
    kind: str  # "number" | "negation" | "date" | "omitted" | "added"
    description: str  # e.g. "number differs: 45 → 4,500"
    original: str = ""  # the words on the original's side ("" when none)
    translation: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "description": self.description,
            "original": self.original,
            "translation": self.translation,
        }


def _numbers(text: str, language: str | None) -> Counter[str]:
    return Counter(a.value for a in find_anchors(text, language) if a.kind == "number")


def _surfaces(text: str, language: str | None) -> dict[str, str]:
    return {a.value: a.surface for a in find_anchors(text, language) if a.kind == "number"}


def _negations(text: str, language: str | None) -> list[str]:
    return [a.surface for a in find_anchors(text, language) if a.kind == "negation"]


def _months(text: str, language: str | None) -> set[str]:
    import re

    from ..normalise import search_key

    lang = (language or "").split("-")[0].lower()
    found = set()
    for w in re.findall(r"[^\W\d_]+", text):
        concept = word_concept(search_key(w), lang)
        if concept in _MONTHS:
            found.add(concept)
    return found


def pair_drift(
    original: str, translation: str, original_language: str | None, translation_language: str | None
) -> tuple[DriftFlag, ...]:
    """What differs in meaning between two aligned passages (empty when nothing does)."""
    flags: list[DriftFlag] = []
    no = _numbers(original, original_language)
    nt = _numbers(translation, translation_language)
    only_o = list((no - nt).elements())
    only_t = list((nt - no).elements())
    so = _surfaces(original, original_language)
    st = _surfaces(translation, translation_language)
    while only_o and only_t:
        a, b = only_o.pop(0), only_t.pop(0)
        flags.append(DriftFlag("number", f"number differs: {so[a]} → {st[b]}", so[a], st[b]))
    for a in only_o:
        flags.append(DriftFlag("number", f"number only in the original: {so[a]}", so[a], ""))
    for b in only_t:
        flags.append(DriftFlag("number", f"number only in the translation: {st[b]}", "", st[b]))
    neg_o = _negations(original, original_language)
    neg_t = _negations(translation, translation_language)
    if neg_o and not neg_t:
        flags.append(
            DriftFlag("negation", f"negation only in the original: {neg_o[0]}", neg_o[0], "")
        )
    elif neg_t and not neg_o:
        flags.append(
            DriftFlag("negation", f"negation only in the translation: {neg_t[0]}", "", neg_t[0])
        )
    mo = _months(original, original_language)
    mt = _months(translation, translation_language)
    if mo and mt and mo != mt:
        flags.append(
            DriftFlag(
                "date",
                f"month differs: {', '.join(sorted(mo))} → {', '.join(sorted(mt))}",
                ", ".join(sorted(mo)),
                ", ".join(sorted(mt)),
            )
        )
    return tuple(flags)


def skip_flag(kind: str, text: str) -> DriftFlag:
    if kind == "omitted":
        return DriftFlag("omitted", "sentence omitted in the translation", text, "")
    return DriftFlag("added", "sentence added by the translator", "", text)


def summarise(flags: Sequence[DriftFlag]) -> str:
    """One line: "3 numbers differ, 1 negation differs, 2 sentences omitted"."""
    counts = Counter(f.kind for f in flags)
    parts: list[str] = []
    words = {
        "number": ("number differs", "numbers differ"),
        "negation": ("negation differs", "negations differ"),
        "date": ("date differs", "dates differ"),
        "omitted": ("sentence omitted", "sentences omitted"),
        "added": ("sentence added", "sentences added"),
    }
    for kind, (one, many) in words.items():
        n = counts.get(kind, 0)
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts) if parts else "no drift found"
