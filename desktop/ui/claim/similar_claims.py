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
from typing import Any

from PySide6.QtCore import Qt, Signal
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

from db.appearances import SimilarClaim, similar_claims
from db.case import Case
from db.models import Claim
from db.text.anchors import AnchorDifference
from db.text.meaning import DIFFERENT_FACTS
from db.text.similarity import word_differences

MARK = "background:#ffe066"
ANCHOR_MARK = "background:#ffc9c9; text-decoration: underline; color:#8b0000"


@dataclass(frozen=True)
class Similar:
    claim_id: int
    text: str
    found: tuple[SimilarClaim, ...]


def look_up(case: Case, claim_id: int) -> Similar:
    """Run on a worker: the claim's wording and the claims close to it."""
    with case.read() as session:
        claim = session.get(Claim, claim_id)
        text = claim.text if claim is not None else ""
        found = similar_claims(session, claim_id) if claim is not None else []
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
        f"<tr><td>{html.escape(d.kind)}</td>"
        f"<td><b>{html.escape(d.left.surface) if d.left else '—'}</b></td>"
        f"<td><b>{html.escape(d.right.surface) if d.right else '—'}</b></td></tr>"
        for d in differences
    )
    return (
        "<table cellspacing='0' cellpadding='3' border='1'>"
        f"<tr><th>Differs</th><th>This claim</th><th>Claim #{other_id}</th></tr>{rows}</table>"
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
        self.list.setAccessibleName("Similar claims")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(["Similarity", "", "Verdict", "Claim"])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(self._show_pair)
        self.list.itemDoubleClicked.connect(lambda item, _c: self.openClaim.emit(self._id(item)))
        self.pair = QTextBrowser()
        self.pair.setObjectName("similarClaimsDifference")
        self.pair.setAccessibleName("Differing words")
        self.open_button = QPushButton("&Open")
        self.open_button.clicked.connect(self._open)
        self.merge_button = QPushButton("&Merge into This Claim…")
        self.merge_button.setObjectName("mergeSimilarClaim")
        self.merge_button.setToolTip(
            "Its routes, reviews, tags and notes join this claim; it goes to the Trash (undoable)"
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
        self.status.setText("Looking for similar claims…")
        case = self.case
        self.workers.submit(
            lambda: look_up(case, claim_id),
            lambda found: self._found(serial, found),
            lambda exc: self._failed(serial, exc),
        )

    def _failed(self, serial: int, exc: BaseException) -> None:
        if serial == self._serial:
            self.status.setText(f"Cannot look for similar claims: {exc}")

    def _found(self, serial: int, found: Similar) -> None:
        if serial != self._serial:
            return  # another claim was opened meanwhile
        self.current = found
        self.countChanged.emit(len(found.found))
        if not found.found:
            self.status.setText("No claim in the case is worded like this one.")
            return
        same = sum(1 for s in found.found if s.same)
        facts = sum(1 for s in found.found if s.different_facts)
        self.status.setText(
            f"{len(found.found)} similar claim{'s' if len(found.found) != 1 else ''}"
            + (f", {same} probably the same claim" if same else "")
            + (f", {facts} with close wording but different facts" if facts else "")
        )
        for s in found.found:
            item = QTreeWidgetItem(
                [
                    f"{s.similarity:.0%}",
                    "probably the same" if s.same else s.label,
                    s.verdict,
                    s.text,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, s.claim_id)
            if s.different_facts:
                item.setToolTip(1, "; ".join(d.describe(isolated=True) for d in s.differences))
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
            described = "; ".join(d.describe(isolated=True) for d in other.differences)
            facts = (
                f"<p style='color:#8b0000'><b>{DIFFERENT_FACTS.capitalize()}:</b> "
                f"{html.escape(described)}</p>{differences_table(other.differences, other.claim_id)}"
            )
        self.pair.setHtml(
            f"{facts}<p><b>This claim (#{self.current.claim_id}):</b> "
            f"{marked(self.current.text, mine, left)}</p>"
            f"<p><b>Claim #{other.claim_id}:</b> {marked(other.text, theirs, right)}</p>"
            "<p><small>Marked: the words that differ"
            + ("; bold and underlined: the facts that differ" if other.differences else "")
            + ".</small></p>"
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
