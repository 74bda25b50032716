"""Drift flags on an aligned pair of a translation and its original: a number on one side only
or different ("45" → "4,500"), negation on one side only, a different month, a sentence
omitted in the translation or added by the translator. Each flag names what differs; none
decides anything."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .align_anchors import cross_language_anchors, date_number_starts, faithful_differences
from .align_features import base_language
from .align_lexicon import MONTHS, fold, word_concept
from .align_polarity import negation_drift, polarity_counts
from .drift_names import name_differences

_MONTHS = frozenset(MONTHS)


@dataclass(frozen=True)
class DriftFlag:
    kind: str  # "number" | "negation" | "date" | "name" | "omitted" | "added" | "unmatched"
    description: str  # e.g. "number differs: 45 → 4,500"
    original: str = ""  # the words on the original's side ("" when none)
    translation: str = ""
    detail: str = ""  # "month" when `original`/`translation` are months (", "-joined MONTHS)

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> DriftFlag:
        """A flag `as_dict` wrote (the words it adds for a reader, "why", left out)."""
        return cls(**{k: v for k, v in data.items() if k in _FIELDS})

    def as_dict(self) -> dict[str, str]:
        found = {
            "kind": self.kind,
            "description": self.description,
            "original": self.original,
            "translation": self.translation,
        }
        if self.detail:
            found["detail"] = self.detail
        if self.kind == "name" and self.detail in NAME_REASONS:
            found["why"] = NAME_REASONS[self.detail]
        return found


_FIELDS = ("kind", "description", "original", "translation", "detail")

NAME_REASONS = {
    "known": "one is an organisation the list knows, and the other is not it",
    "acronym": "the acronyms differ: one is neither the other's nor made of its own name",
    "kind": "bodies of different kinds (a ministry, a court, a union…)",
    "portfolio": "bodies of one kind dealing with different things",
    "words": "each name names people or things the other side does not",
    "place": "bodies of different places",
    "proper": "two different proper names",
    "name": "a body in one, another proper name in its place in the other",
    "place-name": "another place",
    "person": "another person",
}
"""Why a name flag's two names are taken for two (`DriftFlag.detail` of a "name" flag)."""


def _months(text: str, language: str | None) -> set[str]:
    lang = (language or "").split("-")[0].lower()
    found = set()
    for w in re.findall(r"[^\W\d_]+", text):
        concept = word_concept(fold(w), lang)
        if concept in _MONTHS:
            found.add(concept)
    return found


def pair_drift(
    original: str,
    translation: str,
    original_language: str | None,
    translation_language: str | None,
    *,
    merged: bool = False,
) -> tuple[DriftFlag, ...]:
    """What differs in meaning between two aligned passages (empty when nothing does);
    `merged` when one side is two sentences (a 2–1 or 1–2 pair)."""
    flags: list[DriftFlag] = []
    lo, lt = base_language(original_language), base_language(translation_language)
    anchors_o = cross_language_anchors(original, original_language)
    anchors_t = cross_language_anchors(translation, translation_language)
    dates_o = date_number_starts(original, original_language)
    dates_t = date_number_starts(translation, translation_language)
    for d in faithful_differences(anchors_o, anchors_t):
        kind = d.kind
        if kind == "number" and (
            (d.left is not None and d.left.start in dates_o)
            or (d.right is not None and d.right.start in dates_t)
        ):
            kind = "date"  # the day or the year of a calendar date
        left, right = (d.left.surface if d.left else ""), (d.right.surface if d.right else "")
        flags.append(DriftFlag(kind, _describe(kind, left, right), left, right))
    polarity = negation_drift(original, translation, lo, lt, merged=merged)
    if polarity:
        text, language = (original, lo) if polarity > 0 else (translation, lt)
        word = _negation_word(text, language)
        flags.append(
            DriftFlag(
                "negation",
                f"negated: “{word}”",
                word if polarity > 0 else "",
                word if polarity < 0 else "",
            )
        )
    for left, right, why in name_differences(
        original, translation, original_language, translation_language
    ):
        flags.append(DriftFlag("name", f"name differs: {left} → {right}", left, right, why))
    mo = _months(original, original_language)
    mt = _months(translation, translation_language)
    if mo and mt and mo != mt:
        flags.append(
            DriftFlag(
                "date",
                f"month differs: {', '.join(sorted(mo))} → {', '.join(sorted(mt))}",
                ", ".join(sorted(mo)),
                ", ".join(sorted(mt)),
                "month",
            )
        )
    return tuple(flags)


def _describe(kind: str, left: str, right: str) -> str:
    if left and right:
        return f"{kind} differs: {left} → {right}"
    return f"{kind} added: {right}" if right else f"{kind} dropped: {left}"


def _negation_word(text: str, language: str) -> str:
    """The last clause negation's word of a passage."""
    folded = fold(text)
    end = polarity_counts(text, language)[2]
    if end < 0:
        return ""
    start = end
    while start > 0 and folded[start - 1].isalnum():
        start -= 1
    while end < len(folded) and folded[end].isalnum():
        end += 1
    # folding keeps the text's length for the letters of these languages; fall back to the fold
    word = text[start:end] if len(text) == len(folded) else folded[start:end]
    return word


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


SUMMARY_KINDS = ("number", "negation", "date", "name", "omitted", "added", "unmatched")
"""The kinds of flag a translation's summary counts, in the order it names them."""


def drift_counts(flags: Sequence[DriftFlag]) -> tuple[tuple[str, int], ...]:
    """(kind, how many) for each kind of `SUMMARY_KINDS` the flags hold, in that order."""
    counts = Counter(f.kind for f in flags)
    return tuple((kind, counts[kind]) for kind in SUMMARY_KINDS if counts.get(kind))


def summarise(flags: Sequence[DriftFlag]) -> str:
    """One line: "3 numbers differ, 1 negation differs, 2 sentences omitted"."""
    counts = dict(drift_counts(flags))
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
