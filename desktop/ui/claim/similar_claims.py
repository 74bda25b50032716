"""The open claim's "Similar claims" tab: claims whose wording is close (from the suggestion
threshold; "probably the same" from the higher one when their anchors of meaning agree, else
"close wording, different facts" with the differing anchors named and marked in both texts),
the differing words marked, with Open and Merge into This Claim. The look-up runs on the
window's workers."""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.case import Case
from db.models import Claim
from db.text.anchors import AnchorDifference
from db.text.meaning import DIFFERENT_FACTS, SAME
from db.text.similarity import word_differences
from db.vocabulary import Verdict

from ..common import i18n
from ..common.vocabulary_labels import shown_value
from .meaning_words import closeness, differences_text, kind_text

if TYPE_CHECKING:  # the similarity code is imported on the worker, at the first look-up
    from db.appearances import SimilarClaim

MARK = "background:#ffe066"
ANCHOR_MARK = "background:#ffc9c9; text-decoration: underline; color:#8b0000"


@dataclass(frozen=True)
class Similar:
    claim_id: int
    text: str
    found: tuple[SimilarClaim, ...]


def keys_apart(text_key: str) -> set[int]:
    """The band keys of a claim missing from the similarity index, made in a process of their
    own: the MinHash library (datasketch, numpy, scipy: ~45 MB) stays out of the window."""
    from db.text.similarity import claim_band_keys
    from desktop.sources.errors import WorkApartError
    from desktop.sources.sandbox import run_apart

    try:
        keys: set[int] = run_apart("db.text.similarity:claim_band_keys", text_key)
    except WorkApartError:  # no process to be had: made here, as the command line does
        return claim_band_keys(text_key)
    return keys


def look_up(case: Case, claim_id: int) -> Similar:
    """Run on a worker: the claim's wording and the claims close to it."""
    from db.appearances import similar_claims

    with case.read() as session:
        claim = session.get(Claim, claim_id)
        text = claim.text if claim is not None else ""
        found = similar_claims(session, claim_id, band_keys=keys_apart) if claim is not None else []
    return Similar(claim_id, text, tuple(found))


def marked(
    text: str, spans: Sequence[tuple[int, int]], anchors: Sequence[tuple[int, int]] = ()
) -> str:
    """`text` as HTML with the spans marked, and the anchors of meaning that differ marked
    more strongly (bold, red underline)."""
    cuts = sorted({0, len(text), *(p for span in (*spans, *anchors) for p in span)})
    out = []
    for start, end in itertools.pairwise(cuts):
        piece = html.escape(text[start:end])
        if any(a <= start and end <= b for a, b in anchors):
            piece = f"<span style='{ANCHOR_MARK}'><b>{piece}</b></span>"
        elif any(a <= start and end <= b for a, b in spans):
            piece = f"<span style='{MARK}'>{piece}</span>"
        out.append(piece)
    return "".join(out)


def differences_table(differences: Sequence[AnchorDifference], other_id: int) -> str:
    """The differing anchors, side by side ("—" where a text has none)."""
    rows = "".join(
        f"<tr><td>{html.escape(kind_text(d.kind))}</td>"
        f"<td><b>{html.escape(d.left.surface) if d.left else '—'}</b></td>"
        f"<td><b>{html.escape(d.right.surface) if d.right else '—'}</b></td></tr>"
        for d in differences
    )
    translate = QCoreApplication.translate
    differs = translate("SimilarClaimsView", "Differs")
    this = translate("SimilarClaimsView", "This claim")
    other = translate("SimilarClaimsView", "Claim #%1").replace(
        "%1", i18n.with_digits(str(other_id))
    )
    return (
        "<table cellspacing='0' cellpadding='3' border='1'>"
        f"<tr><th>{differs}</th><th>{this}</th><th>{other}</th></tr>{rows}</table>"
    )


class SimilarClaimsView(QWidget):
    """Signals: `openClaim(claim_id)`, `mergeRequested(keep_id, other_id)`; `countChanged(n)`."""

    openClaim = Signal(int)
    mergeRequested = Signal(int, int)
    countChanged = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("similarClaims")
        self.case: Case | None = None
        self.workers: Any = None
        self.current: Similar | None = None
        self._serial = 0
        self.status = QLabel("")
        self.status.setObjectName("similarClaimsStatus")
        self.list = QTreeWidget()
        self.list.setObjectName("similarClaimsList")
        self.list.setAccessibleName(self.tr("Similar claims"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Similarity"), "", self.tr("Verdict"), self.tr("Claim")])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(self._show_pair)
        self.list.itemDoubleClicked.connect(lambda item, _c: self.openClaim.emit(self._id(item)))
        self.pair = QTextBrowser()
        self.pair.setObjectName("similarClaimsDifference")
        self.pair.setAccessibleName(self.tr("Differing words"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self._open)
        self.merge_button = QPushButton(self.tr("&Merge into This Claim…"))
        self.merge_button.setObjectName("mergeSimilarClaim")
        self.merge_button.setToolTip(
            self.tr(
                "Its routes, reviews, tags and notes join this claim; it goes to the Trash "
                "(undoable)"
            )
        )
        self.merge_button.clicked.connect(self._merge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.pair, 1)
        layout.addLayout(buttons)
        self._enable()

    def set_case(self, case: Case | None, workers: Any) -> None:
        self.case, self.workers = case, workers
        self.show_claim(None)

    def show_claim(self, claim_id: int | None) -> None:
        """Look up the claims close to `claim_id` (None: empty)."""
        self._serial += 1
        serial = self._serial
        self.list.clear()
        self.pair.clear()
        self.current = None
        self._enable()
        if claim_id is None or self.case is None or self.workers is None:
            self.status.setText("")
            return
        self.status.setText(self.tr("Looking for similar claims…"))
        case = self.case
        self.workers.submit(
            lambda: look_up(case, claim_id),
            lambda found: self._found(serial, found),
            lambda exc: self._failed(serial, exc),
        )

    def _failed(self, serial: int, exc: BaseException) -> None:
        if serial == self._serial:
            self.status.setText(
                self.tr("Cannot look for similar claims: %1").replace("%1", str(exc))
            )

    def _found(self, serial: int, found: Similar) -> None:
        if serial != self._serial:
            return  # another claim was opened meanwhile
        self.current = found
        self.countChanged.emit(len(found.found))
        if not found.found:
            self.status.setText(self.tr("No claim in the case is worded like this one."))
            return
        same = sum(1 for s in found.found if s.same)
        facts = sum(1 for s in found.found if s.different_facts)
        parts = [self.tr("%n similar claim(s)", "", len(found.found))]
        if same:
            parts.append(self.tr("%n probably the same claim", "", same))
        if facts:
            parts.append(self.tr("%n with close wording but different facts", "", facts))
        self.status.setText(i18n.with_digits(self.tr(", ").join(parts)))
        for s in found.found:
            item = QTreeWidgetItem(
                [
                    i18n.with_digits(self.tr("%1%").replace("%1", str(round(s.similarity * 100)))),
                    self.tr("probably the same") if s.same else closeness(s.label),
                    shown_value(Verdict, s.verdict),
                    s.text,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, s.claim_id)
            if s.differences:  # a same claim names the detail it says more
                item.setToolTip(1, differences_text(s.differences))
            if s.different_facts:
                item.setForeground(1, QColor("#8b0000"))
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self.list.setCurrentItem(self.list.topLevelItem(0))

    @staticmethod
    def _id(item: QTreeWidgetItem) -> int:
        return int(item.data(0, Qt.ItemDataRole.UserRole))

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else self._id(item)

    def _show_pair(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        self._enable()
        if item is None or self.current is None:
            self.pair.clear()
            return
        other = next(s for s in self.current.found if s.claim_id == self._id(item))
        mine, theirs = word_differences(self.current.text, other.text)
        left = [(d.left.start, d.left.end) for d in other.differences if d.left]
        right = [(d.right.start, d.right.end) for d in other.differences if d.right]
        facts = ""
        if other.differences:
            described = differences_text(other.differences)
            title = closeness(DIFFERENT_FACTS if other.different_facts else SAME)
            title = title[:1].upper() + title[1:]
            colour = "#8b0000" if other.different_facts else "#1a5e1a"
            facts = (
                f"<p style='color:{colour}'><b>{html.escape(title)}:</b> "
                f"{html.escape(described)}</p>{differences_table(other.differences, other.claim_id)}"
            )
        this = self.tr("This claim (#%1):").replace(
            "%1", i18n.with_digits(str(self.current.claim_id))
        )
        that = self.tr("Claim #%1:").replace("%1", i18n.with_digits(str(other.claim_id)))
        legend = (
            self.tr("Marked: the words that differ; bold and underlined: the facts that differ.")
            if other.differences
            else self.tr("Marked: the words that differ.")
        )
        self.pair.setHtml(
            f"{facts}<p><b>{this}</b> {marked(self.current.text, mine, left)}</p>"
            f"<p><b>{that}</b> {marked(other.text, theirs, right)}</p>"
            f"<p><small>{legend}</small></p>"
        )

    def differences_with(self, other_id: int) -> tuple[AnchorDifference, ...]:
        """The anchors of meaning in which claim `other_id` differs from the open claim."""
        if self.current is None:
            return ()
        found = next((s for s in self.current.found if s.claim_id == other_id), None)
        return found.differences if found is not None else ()

    def _enable(self) -> None:
        chosen = self.list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen)

    def _open(self) -> None:
        other = self.selected_id()
        if other is not None:
            self.openClaim.emit(other)

    def _merge(self) -> None:
        other = self.selected_id()
        if other is not None and self.current is not None:
            self.mergeRequested.emit(self.current.claim_id, other)
