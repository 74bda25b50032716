"""The anchors of meaning (`db.text.anchors`) that hold across languages, for the aligner and
its drift flags: numbers written with digits (in any digit system; a number word such as "two"
against an Arabic dual is no evidence either way), dates, and negation. Modality is left out:
languages mark it too differently for a sentence-by-sentence comparison."""

from __future__ import annotations

from .anchors import Anchor, compare_anchors, find_anchors

CROSS_LANGUAGE_KINDS = frozenset({"number", "date", "negation"})


def _holds_across_languages(anchor: Anchor) -> bool:
    if anchor.kind not in CROSS_LANGUAGE_KINDS:
        return False
    return anchor.kind != "number" or any(c.isdigit() for c in anchor.surface)


def cross_language_anchors(text: str, language: str | None) -> tuple[Anchor, ...]:
    return tuple(a for a in find_anchors(text, language) if _holds_across_languages(a))


__all__ = ["Anchor", "compare_anchors", "cross_language_anchors"]
