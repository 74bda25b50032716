"""The anchors of meaning (`db.text.anchors`) that hold across languages, for the aligner and
its drift flags: numbers (in any digit system, in words, as ordinals "52nd" / "52-й" / "52'nci",
times "04:17" / "04.17"), negation, and the day named by a weekday or a relative day ("Friday",
"в среду", "yarın"). Calendar dates are compared by their digits (the day, the year) and, in
`db.text.drift`, by their month: languages name dates too differently ("15 آب", "в июле",
"mayıs ayında") for whole dates to compare. Modality is left out: languages mark it too
differently for a sentence-by-sentence comparison.

A number written in words ("two", "Sixteen") matches the same number in digits; against
another number in words, or on one side only, it is no evidence (an Arabic dual, "a dozen", "both" say numbers without a number word on
the other side), so `faithful_differences` drops it; so too an ordinal with digits on one side only ("32nd"
for "الثانية والثلاثين"). A weekday or relative day on one side only
is dropped too (translators add and drop "on Wednesday"); another day in its place is a drift."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from .align_features import ORDINAL, TIME, arabic_duals, arabic_ordinal_days, time_value
from .anchor_number_words import arabic_lone_thousands
from .anchor_numbers import ascii_digits
from .anchors import Anchor, AnchorDifference, compare_anchors, find_anchors

_DIGITS = re.compile(r"\d+")


@functools.lru_cache(maxsize=8192)
def anchors_of(text: str, language: str | None) -> tuple[Anchor, ...]:
    """`find_anchors`, remembered: the aligner's evidence and its flags read the same
    sentences."""
    return tuple(find_anchors(text, language))


@functools.lru_cache(maxsize=8192)
def date_number_starts(text: str, language: str | None) -> frozenset[int]:
    """Where the numbers `cross_language_anchors` reads inside a calendar date start ("15" of
    "15 Eylül"): a change there is a date's change, not a number's."""
    starts: set[int] = set()
    for a in anchors_of(text, language):
        if a.kind == "date" and (a.value[:1].isdigit() or a.value.startswith("-")):
            starts.update(a.start + m.start() for m in _DIGITS.finditer(ascii_digits(a.surface)))
    return frozenset(starts)


@functools.lru_cache(maxsize=8192)
def cross_language_anchors(text: str, language: str | None) -> tuple[Anchor, ...]:
    found: list[Anchor] = []
    digits = ascii_digits(text)
    extra: list[Anchor] = []
    taken: list[tuple[int, int]] = []
    if (language or "").startswith("ar"):
        for start, end, dual in arabic_duals(text):
            extra.append(Anchor("number", start, end, text[start:end], dual))
            taken.append((start, end))
        for start, end, day in arabic_ordinal_days(text):
            extra.append(Anchor("number", start, end, text[start:end], day))
            taken.append((start, end))
        for start, end, said in _arabic_number_words(text, language, taken):
            extra.append(Anchor("number", start, end, text[start:end], said))
            taken.append((start, end))
    for m in TIME.finditer(digits):
        value = time_value(m.group(1), m.group(2))
        if value is not None:
            # the same value as "04.17" read as a number: a time written either way agrees
            extra.append(Anchor("number", m.start(), m.end(), text[m.start() : m.end()], value))
            taken.append(m.span())
    for m in ORDINAL.finditer(digits):
        if not _inside(m.start(), taken):
            surface = text[m.start() : m.end()]
            extra.append(Anchor("number", m.start(), m.end(), surface, str(int(m.group(1)))))
            taken.append(m.span())
    for a in anchors_of(text, language):
        if _inside(a.start, taken):
            continue
        if a.kind in ("negation", "number"):
            found.append(a)
        elif a.kind == "date" and not a.value[:1].isdigit() and not a.value.startswith("-"):
            found.append(a)  # a weekday or a relative day
        elif a.kind == "date":
            for m in _DIGITS.finditer(ascii_digits(a.surface)):
                surface = a.surface[m.start() : m.end()]
                start = a.start + m.start()
                found.append(
                    Anchor("number", start, start + len(surface), surface, str(int(m.group())))
                )
    return tuple(sorted([*found, *extra], key=lambda a: a.start))


_AR_ORDINAL_WORDS = re.compile(
    r"(?<![^\W\d_])[وبل]?ال(?P<ordinal>ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)ة?(?![^\W\d_])"
)
_AR_ORDINALS = {
    "ثالث": 3,
    "رابع": 4,
    "خامس": 5,
    "سادس": 6,
    "سابع": 7,
    "ثامن": 8,
    "تاسع": 9,
    "عاشر": 10,
}


def _arabic_number_words(
    text: str, language: str | None, taken: list[tuple[int, int]]
) -> Iterable[tuple[int, int, str]]:
    """A thousand said alone ("نحو ألف مراقب", about 1,000 observers) and the ordinals three to
    ten ("القرية الخامسة", Village 5), which the meaning check's numbers leave out: numbers in
    words, so only the same number in digits on the other side is evidence."""
    numbers = [(a.start, a.end) for a in anchors_of(text, language) if a.kind == "number"]
    said = [(start, end, 1000) for start, end in arabic_lone_thousands(text)]
    said += [(*m.span(), _AR_ORDINALS[m["ordinal"]]) for m in _AR_ORDINAL_WORDS.finditer(text)]
    for start, end, value in sorted(said):
        if _inside(start, taken) or any(a < end and start < b for a, b in numbers):
            continue
        yield start, end, str(value)


def _inside(at: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def _in_words(anchor: Anchor | None) -> bool:
    return anchor is not None and not any(c.isdigit() for c in anchor.surface)


def _ordinal(anchor: Anchor | None) -> bool:
    return anchor is not None and ORDINAL.fullmatch(ascii_digits(anchor.surface)) is not None


def faithful_differences(
    original: tuple[Anchor, ...], translation: tuple[Anchor, ...]
) -> tuple[AnchorDifference, ...]:
    """The differences of `compare_anchors` that are drifts across languages: a number in words
    or a day on one side only is left out (see the module's docstring)."""
    kept: list[AnchorDifference] = []
    for d in compare_anchors(original, translation).differences:
        if d.kind == "negation":
            continue  # compared by `db.text.align_polarity` (privatives render negations)
        one_side = d.left is None or d.right is None
        if one_side and d.kind == "date":
            continue
        if d.kind == "number" and (
            (one_side and (_in_words(d.left or d.right) or _ordinal(d.left or d.right)))
            or (_in_words(d.left) and _in_words(d.right))
        ):
            continue
        kept.append(d)
    return tuple(kept)


__all__ = ["Anchor", "compare_anchors", "cross_language_anchors", "faithful_differences"]
