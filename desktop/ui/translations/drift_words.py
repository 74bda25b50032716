"""The aligned reading's own words in the window's language: the drift summary ("3 numbers
differ, 1 sentence omitted") and why a pairing is partial. The flags' details (which number,
which word) are the alignment's own text and stay as it gives them."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication

from db.text.aligned_pair import PARTIAL_BELOW, Alignment
from db.text.drift import DriftFlag

from ..claim.meaning_words import drift_flag_text
from ..common.placeholders import arg, counted

translate = QCoreApplication.translate


def _kind(kind: str, n: int) -> str:
    """`n` drift flags of one kind, counted in the language's plural form."""
    if kind == "number":
        return translate("DriftWords", "%n number(s) differ", "", n)
    if kind == "negation":
        return translate("DriftWords", "%n negation(s) differ", "", n)
    if kind == "date":
        return translate("DriftWords", "%n date(s) differ", "", n)
    if kind == "name":
        return translate("DriftWords", "%n name(s) differ", "", n)
    if kind == "omitted":
        return translate("DriftWords", "%n sentence(s) omitted", "", n)
    if kind == "unmatched":
        return translate("DriftWords", "%n pair(s) in doubt", "", n)
    return translate("DriftWords", "%n sentence(s) added", "", n)


def drift_summary(alignment: Alignment) -> str:
    """One line: "3 numbers differ, 1 negation differs, 2 sentences omitted"."""
    counts = Counter(flag.kind for flag in alignment.flags())
    parts = [
        counted(_kind(kind, counts[kind]))
        for kind in ("number", "negation", "date", "name", "omitted", "added", "unmatched")
        if counts.get(kind)
    ]
    return (
        translate("DriftWords", ", ").join(parts)
        if parts
        else translate("DriftWords", "no drift found")
    )


def partial_reason(alignment: Alignment) -> str:
    """Why the pairing is partial ("" when it is not), as `Alignment.partial` says it."""
    if not alignment.partial:
        return ""
    original, translation = len(alignment.original), len(alignment.translation)
    if not original or not translation:
        return translate("DriftWords", "one of the two texts has no sentences")
    if alignment.coverage < PARTIAL_BELOW:
        return arg(
            translate(
                "DriftWords",
                "a partial translation: it renders %1 of the original's %2 sentences; the rest "
                "are left unpaired",
            ),
            round(alignment.coverage * original),
            original,
        )
    return arg(
        translate(
            "DriftWords",
            "only %1 of the translation's %2 sentences have a counterpart in the original: check "
            "that this is its original",
        ),
        round(alignment.translation_coverage * translation),
        translation,
    )


def summary_line(alignment: Alignment) -> str:
    """The line above the two sides: "Drift: …" (and why the pairing is partial)."""
    line = drift_summary(alignment)
    partial = partial_reason(alignment)
    if partial:
        line = arg(translate("DriftWords", "%1; %2"), line, partial)
    return arg(translate("DriftWords", "Drift: %1"), line)


def name_reason(why: str) -> str:
    """Why a name flag's two names are taken for two (`db.text.drift.NAME_REASONS`), in the
    window's language ("" for a reason it does not know)."""
    reasons = {
        "known": translate(
            "DriftWords", "one is an organisation the list knows, and the other is not it"
        ),
        "acronym": translate(
            "DriftWords", "the acronyms differ: one is neither the other's nor made of its own name"
        ),
        "kind": translate(
            "DriftWords", "bodies of different kinds (a ministry, a court, a union…)"
        ),
        "portfolio": translate("DriftWords", "bodies of one kind dealing with different things"),
        "words": translate(
            "DriftWords", "each name names people or things the other side does not"
        ),
        "place": translate("DriftWords", "bodies of different places"),
        "proper": translate("DriftWords", "two different proper names"),
        "name": translate(
            "DriftWords", "a body in one, another proper name in its place in the other"
        ),
        "place-name": translate("DriftWords", "another place"),
        "person": translate("DriftWords", "another person"),
    }
    return reasons.get(why, "")


def flags_line(flags: list[DriftFlag]) -> str:
    """A bead's drift flags in one line, each name flag with why its names are two ("name
    differs: HPD → KABİN-DER (the acronyms differ: …)")."""
    parts = []
    for flag in flags:
        text = drift_flag_text(flag)
        why = name_reason(flag.detail) if flag.kind == "name" else ""
        parts.append(arg(translate("DriftWords", "%1 (%2)"), text, why) if why else text)
    return translate("DriftWords", "; ").join(parts)
