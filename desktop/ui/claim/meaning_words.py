"""The words of `db.text.anchors` and `db.text.meaning` as the window shows them, in the window's
language: a differing anchor of meaning ("number differs: 45 → 4,500"), and how close two
claims are ("probably the same claim"). The case and the reports keep their own English words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from db.text.align_lexicon import MONTHS
from db.text.anchors import AnchorDifference
from db.text.direction import isolate
from db.text.meaning import CLOSE, DIFFERENT_FACTS, SAME

from ..common.case_text_delegate import case_text

if TYPE_CHECKING:  # the drift code (the aligner's) is not needed to build the window
    from db.text.drift import DriftFlag

CONTEXT = "MeaningWords"

KINDS = {
    "negation": QT_TRANSLATE_NOOP("MeaningWords", "negation"),
    "near-negation": QT_TRANSLATE_NOOP("MeaningWords", "near-negation"),
    "number": QT_TRANSLATE_NOOP("MeaningWords", "number"),
    "bound": QT_TRANSLATE_NOOP("MeaningWords", "bound"),
    "date": QT_TRANSLATE_NOOP("MeaningWords", "date"),
    "name": QT_TRANSLATE_NOOP("MeaningWords", "name"),
    "modality": QT_TRANSLATE_NOOP("MeaningWords", "modality"),
    "tense": QT_TRANSLATE_NOOP("MeaningWords", "tense"),
    "role": QT_TRANSLATE_NOOP("MeaningWords", "role"),
    "word": QT_TRANSLATE_NOOP("MeaningWords", "word"),
}
"""The kinds of anchor of meaning (`db.text.anchors.KINDS`), and the differences two texts of
one language can show beyond them (`db.text.anchor_roles`, `db.text.anchor_tense`, a content
word the other text does not account for: `db.text.word_accounting`)."""

CLOSENESS = {
    SAME: QT_TRANSLATE_NOOP("MeaningWords", "probably the same claim"),
    DIFFERENT_FACTS: QT_TRANSLATE_NOOP("MeaningWords", "close wording, different facts"),
    CLOSE: QT_TRANSLATE_NOOP("MeaningWords", "close wording"),
}
"""The labels of `db.text.meaning` (a test checks they are the module's words)."""


_PLACE = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """`text` with %1, %2, … replaced by `values` in one pass (a value that itself holds "%2"
    stays as it is), as Qt's QString.arg does."""
    return _PLACE.sub(
        lambda m: (
            str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values) else m.group(0)
        ),
        text,
    )


def counted(text: str) -> str:
    """A translated `%n` text with the digits the reviewer chose, its %1, %2, … placeholders
    kept for `fill` (`i18n.with_digits` alone would turn %1 into %١)."""
    from ..common.placeholders import counted as with_digits_kept

    return with_digits_kept(text)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_text(kind: str) -> str:
    return _tr(KINDS[kind]) if kind in KINDS else kind


def closeness(label: str) -> str:
    """A similarity label of `db.text.meaning`, translated (unknown labels as they are)."""
    return _tr(CLOSENESS[label]) if label in CLOSENESS else label


def difference_text(difference: AnchorDifference) -> str:
    """What differs, in a few words (`AnchorDifference.describe(isolated=True)`), translated."""
    translate = QCoreApplication.translate
    left = case_text(difference.left.surface) if difference.left else ""
    right = case_text(difference.right.surface) if difference.right else ""
    if difference.kind == "negation":
        return fill(translate("MeaningWords", "negated: “%1”"), right or left)
    kind = kind_text(difference.kind)
    if difference.kind == "role" and difference.left is not None and difference.right:
        return fill(translate("MeaningWords", "roles swapped: %1 → %2"), left, right)
    if difference.left is not None and difference.right is not None:
        return fill(translate("MeaningWords", "%1 differs: %2 → %3"), kind, left, right)
    if difference.right is not None:
        return fill(translate("MeaningWords", "%1 added: %2"), kind, right)
    return fill(translate("MeaningWords", "%1 dropped: %2"), kind, left)


def differences_text(differences: Sequence[AnchorDifference]) -> str:
    """All differences in one line ("" when there are none)."""
    return QCoreApplication.translate(CONTEXT, "; ").join(difference_text(d) for d in differences)


def drift_flag_text(flag: DriftFlag) -> str:
    """A drift flag of an aligned translation (`db.text.drift.DriftFlag`) in the window's
    language: its kind and the words of each side, the months named in that language."""
    translate = QCoreApplication.translate
    left, right = _flag_side(flag, flag.original), _flag_side(flag, flag.translation)
    if flag.kind == "negation":
        if flag.original:
            return fill(translate("MeaningWords", "negation only in the original: “%1”"), left)
        return fill(translate("MeaningWords", "negation only in the translation: “%1”"), right)
    if flag.kind == "unmatched":
        return translate(
            "MeaningWords", "no shared words or anchors: possibly an omission and an addition"
        )
    if flag.kind == "omitted":
        return translate("MeaningWords", "sentence omitted in the translation")
    if flag.kind == "added":
        return translate("MeaningWords", "sentence added by the translator")
    kind = kind_text(flag.kind)
    if flag.original and flag.translation:
        return fill(translate("MeaningWords", "%1 differs: %2 → %3"), kind, left, right)
    if flag.translation:
        return fill(translate("MeaningWords", "%1 added: %2"), kind, right)
    return fill(translate("MeaningWords", "%1 dropped: %2"), kind, left)


def drift_flags_text(flags: Sequence[DriftFlag]) -> str:
    """Several drift flags in one line ("" when there are none)."""
    return QCoreApplication.translate("MeaningWords", "; ").join(drift_flag_text(f) for f in flags)


def _flag_side(flag: DriftFlag, words: str) -> str:
    if flag.detail == "month" and words:
        locale = QLocale()
        words = ", ".join(
            locale.standaloneMonthName(MONTHS.index(m) + 1) if m in MONTHS else m
            for m in words.split(", ")
        )
    return isolate(words) if words else ""
