"""The claim list's words in the window's language: column headers, the verdict column's
sign-off state, the tooltips of a row (the case keeps its slugs; only what is shown is
translated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.text.direction import isolate
from desktop.wording import for_people

from ..common import i18n

if TYPE_CHECKING:
    from db.views import ClaimRow

CONTEXT = "ClaimTableModel"

COLUMNS = (
    QT_TRANSLATE_NOOP("ClaimTableModel", "Claim"),
    QT_TRANSLATE_NOOP("ClaimTableModel", "Verdict"),
    QT_TRANSLATE_NOOP("ClaimTableModel", "Origin"),
    QT_TRANSLATE_NOOP("ClaimTableModel", "Last outlet"),
    QT_TRANSLATE_NOOP("ClaimTableModel", "Hops"),
    QT_TRANSLATE_NOOP("ClaimTableModel", "Last change"),
    QT_TRANSLATE_NOOP("ClaimTableModel", "Reviewer"),
)
SORT_TIPS = (
    QT_TRANSLATE_NOOP("ClaimTableModel", "Click to sort by claim"),
    QT_TRANSLATE_NOOP("ClaimTableModel", "Click to sort by verdict"),
    "",
    "",
    "",
    QT_TRANSLATE_NOOP("ClaimTableModel", "Click to sort by last change"),
    "",
)
#: Where a final verdict stands under four-eyes review, as the list's verdict column says it.
SIGNOFF_IN_LIST = {
    "awaiting": QT_TRANSLATE_NOOP("ClaimTableModel", "awaiting sign-off"),
    "signed": QT_TRANSLATE_NOOP("ClaimTableModel", "signed off"),
    "returned": QT_TRANSLATE_NOOP("ClaimTableModel", "sent back"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def header(section: int, tooltip: bool = False) -> str:
    if tooltip and SORT_TIPS[section]:
        return _tr(SORT_TIPS[section])
    return _tr(COLUMNS[section])


def verdict_text(row: ClaimRow) -> str:
    """The verdict's label, and where it stands under four-eyes review."""
    from db.vocabulary import Verdict

    from ..common.vocabulary_labels import shown_value  # db.vocabulary on the first row shown

    verdict = shown_value(Verdict, row.verdict)
    signoff = SIGNOFF_IN_LIST.get(row.signoff)
    return f"{verdict} — {_tr(signoff)}" if signoff else verdict


def claim_tip(row: ClaimRow) -> str:
    tip = (
        QCoreApplication.translate("ClaimTableModel", "Claim %1: %2")
        .replace("%2", isolate(row.text))
        .replace("%1", str(row.id))
    )
    n = row.quotes_to_review
    if not n:
        return tip
    review = QCoreApplication.translate(
        "ClaimTableModel",
        "%n quote(s) changed or lost in a new version of the source: review the hops",
        "",
        n,
    )
    return f"{tip}\n{i18n.with_digits(review)}"


def changed_tip(row: ClaimRow) -> str:
    when = i18n.with_digits(for_people(row.updated_at))
    return (
        QCoreApplication.translate("ClaimTableModel", "Changed %1 by %2")
        .replace("%2", isolate(row.updated_by))
        .replace("%1", when)
    )


def changed_text(row: ClaimRow) -> str:
    return i18n.with_digits(f"{row.updated_at:%Y-%m-%d %H:%M:%S}")
