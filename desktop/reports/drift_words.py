"""A translated hop's drift flags (`db.text.drift.DriftFlag`) in the report's language, from
each flag's kind and the words of each side: "number differs: 45 → 4,500" in English,
"العدد مختلف: 45 ← 4,500" in Arabic, months by their name in the language (مارس, Mart, март).
The one wording of the HTML, PDF and Markdown reports; JSON, CSV and PROV keep the flag's
stable English `description`."""

from __future__ import annotations

from collections.abc import Sequence

from db.text.align_lexicon import MONTHS
from db.text.direction import isolate, needs_isolation
from db.text.drift import DriftFlag

from .words import ENGLISH, N_, ReportWords

_WORDED: dict[str, tuple[str, str, str]] = {
    # kind: (differs, added, dropped); {original}/{translation} the words of each side,
    # marked for the catalogue by N_ and translated where a flag is worded
    "number": (
        N_("number differs: {original} → {translation}"),
        N_("number added: {translation}"),
        N_("number dropped: {original}"),
    ),
    "date": (
        N_("date differs: {original} → {translation}"),
        N_("date added: {translation}"),
        N_("date dropped: {original}"),
    ),
    "month": (
        N_("month differs: {original} → {translation}"),
        N_("month added: {translation}"),
        N_("month dropped: {original}"),
    ),
    "name": (
        N_("name differs: {original} → {translation}"),
        N_("name added: {translation}"),
        N_("name dropped: {original}"),
    ),
}


_REASONS: dict[str, str] = {
    # why a name flag's two names are taken for two (`db.text.drift.NAME_REASONS`)
    "known": N_("one is an organisation the list knows, and the other is not it"),
    "acronym": N_("the acronyms differ: one is neither the other's nor made of its own name"),
    "kind": N_("bodies of different kinds (a ministry, a court, a union…)"),
    "portfolio": N_("bodies of one kind dealing with different things"),
    "words": N_("each name names people or things the other side does not"),
    "place": N_("bodies of different places"),
    "proper": N_("two different proper names"),
    "name": N_("a body in one, another proper name in its place in the other"),
    "place-name": N_("another place"),
    "person": N_("another person"),
}


def flag_reason(flag: DriftFlag, w: ReportWords = ENGLISH) -> str:
    """Why a name flag's two names are taken for two, in the report's language ("" for
    another flag, or a reason this module does not know)."""
    why = _REASONS.get(flag.detail, "") if flag.kind == "name" else ""
    return w._(why) if why else ""


def _side(w: ReportWords, flag: DriftFlag, words: str) -> str:
    """One side's words: months named in the report's language, isolated where they could
    reorder the report's own words (always in a right-to-left report)."""
    if not words:
        return ""
    if flag.detail == "month":
        words = ", ".join(_month(w, m) for m in words.split(", "))
    if w.direction == "rtl" or needs_isolation(words):
        return isolate(words)
    return words


def _month(w: ReportWords, month: str) -> str:
    if month not in MONTHS:
        return month
    from babel.dates import get_month_names

    names = get_month_names("wide", context="stand-alone", locale=w.language)
    return str(names[MONTHS.index(month) + 1])


def drift_flag_words(flag: DriftFlag, w: ReportWords = ENGLISH) -> str:
    """One drift flag in the report's language, a name flag with why its names are two ("name
    differs: HPD → KABİN-DER (the acronyms differ: …)"); a kind this module does not know
    keeps the flag's English description."""
    worded = _flag_words(flag, w)
    why = flag_reason(flag, w)
    return w._("{flag} ({why})").format(flag=worded, why=why) if why else worded


def _flag_words(flag: DriftFlag, w: ReportWords) -> str:
    original, translation = _side(w, flag, flag.original), _side(w, flag, flag.translation)
    if flag.kind == "negation" and (flag.original or flag.translation):
        if flag.original:
            return w._("negation only in the original: “{words}”").format(words=original)
        return w._("negation only in the translation: “{words}”").format(words=translation)
    if flag.kind == "omitted":
        return w._("sentence omitted in the translation")
    if flag.kind == "added":
        return w._("sentence added by the translator")
    if flag.kind == "unmatched":
        return w._("no shared words or anchors: possibly an omission and an addition")
    kind = "month" if flag.detail == "month" else flag.kind
    if kind not in _WORDED or not (flag.original or flag.translation):
        return flag.description
    differs, added, dropped = _WORDED[kind]
    if flag.original and flag.translation:
        return w._(differs).format(original=original, translation=translation)
    if flag.translation:
        return w._(added).format(translation=translation)
    return w._(dropped).format(original=original)


def drift_words(flags: Sequence[DriftFlag], w: ReportWords = ENGLISH) -> tuple[str, ...]:
    """Each flag in the report's language, in the flags' order."""
    return tuple(drift_flag_words(f, w) for f in flags)


def drift_line(flags: Sequence[DriftFlag], w: ReportWords = ENGLISH) -> str:
    """The flags in one line, joined as the language joins them ("؛ " in Arabic), or "no
    drift found"."""
    return w._("; ").join(drift_words(flags, w)) or w._("no drift found")


def _count(w: ReportWords, kind: str, n: int) -> str:
    # one call a kind: the catalogue's extractor reads the literal plural messages
    if kind == "number":
        return w.ngettext("{n} number differs", "{n} numbers differ", n)
    if kind == "negation":
        return w.ngettext("{n} negation differs", "{n} negations differ", n)
    if kind == "date":
        return w.ngettext("{n} date differs", "{n} dates differ", n)
    if kind == "name":
        return w.ngettext("{n} name differs", "{n} names differ", n)
    if kind == "omitted":
        return w.ngettext("{n} sentence omitted", "{n} sentences omitted", n)
    if kind == "added":
        return w.ngettext("{n} sentence added", "{n} sentences added", n)
    return w.ngettext("{n} pair in doubt", "{n} pairs in doubt", n)


def drift_summary(counts: Sequence[tuple[str, int]], w: ReportWords = ENGLISH) -> str:
    """A translation's drift as a whole in one line of the report's language: "the whole
    translation: 3 numbers differ, 2 sentences omitted" (`ReportTranslation.counts`)."""
    parts = w._(", ").join(_count(w, kind, n) for kind, n in counts if n)
    return w._("the whole translation: {summary}").format(summary=parts or w._("no drift found"))
