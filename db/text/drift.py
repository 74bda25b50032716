"""Drift flags on an aligned pair of a translation and its original: a number on one side only
or different ("45" → "4,500"), negation on one side only, a different month, a sentence
omitted in the translation or added by the translator. Each flag names what differs; none
decides anything."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .align_anchors import cross_language_anchors, faithful_differences
from .align_lexicon import MONTHS, fold, word_concept
from .drift_names import name_differences

_MONTHS = frozenset(MONTHS)


@dataclass(frozen=True)
class DriftFlag:
    kind: str  # "number" | "negation" | "date" | "name" | "omitted" | "added" | "unmatched"
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


def _months(text: str, language: str | None) -> set[str]:
    lang = (language or "").split("-")[0].lower()
    found = set()
    for w in re.findall(r"[^\W\d_]+", text):
        concept = word_concept(fold(w), lang)
        if concept in _MONTHS:
            found.add(concept)
    return found


def pair_drift(
    original: str, translation: str, original_language: str | None, translation_language: str | None
) -> tuple[DriftFlag, ...]:
    """What differs in meaning between two aligned passages (empty when nothing does)."""
    flags: list[DriftFlag] = []
    differences = faithful_differences(
        cross_language_anchors(original, original_language),
        cross_language_anchors(translation, translation_language),
    )
    for d in differences:
        flags.append(
            DriftFlag(
                d.kind,
                d.describe(),
                d.left.surface if d.left else "",
                d.right.surface if d.right else "",
            )
        )
    for left, right in name_differences(
        original, translation, original_language, translation_language
    ):
        flags.append(DriftFlag("name", f"name differs: {left} → {right}", left, right))
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


UNMATCHED = "no shared words or anchors: possibly an omission and an addition"


def unmatched_flag(
    original_keys: Sequence[frozenset[str]],
    translation_keys: Sequence[frozenset[str]],
    flags: Sequence[DriftFlag],
) -> DriftFlag | None:
    """Doubt about the pairing itself: a sentence of the bead shares no anchor or lexicon word
    with the other side (nothing but the lengths pairs it) while the bead drifted (a negation
    or a number on one side only, a month). An omitted sentence beside an added one of the same
    length looks like that; a faithful pair the lexicon knows nothing of does not drift, and a
    number that changed (a number on each side) is the number's flag, not this one."""
    if not flags or any(f.kind in ("omitted", "added") for f in flags):
        return None
    left, right = frozenset().union(*original_keys), frozenset().union(*translation_keys)
    if _numbered(left) and _numbered(right):
        return None
    alone = any(not (k & right) for k in original_keys) or any(
        not (k & left) for k in translation_keys
    )
    if not alone:
        return None
    return DriftFlag("unmatched", UNMATCHED)


def _numbered(keys: frozenset[str]) -> bool:
    return any(k.startswith("#") for k in keys)


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
        "name": ("name differs", "names differ"),
        "omitted": ("sentence omitted", "sentences omitted"),
        "added": ("sentence added", "sentences added"),
        "unmatched": ("pair in doubt", "pairs in doubt"),
    }
    for kind, (one, many) in words.items():
        n = counts.get(kind, 0)
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts) if parts else "no drift found"
