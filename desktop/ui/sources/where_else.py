"""Where else? — every source in the case that carries a text (a hop's quote, a claim's wording,
a selection in the source viewer), by date, the earliest marked; a passage whose anchors of
meaning differ from the text's says so ("negated", "edited — number differs: 45 → 4,500"); the
passage shown highlighted in its context; chosen appearances added to the open claim's chain as
hops, each keeping that note.

The trace runs on the window's workers (`db.appearances.trace_text`); the dialog only shows.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.case import Case
from db.errors import CaseError
from db.models import Source
from db.text.anchors import AnchorDiff
from db.text.direction import isolate
from db.text.meaning import appearance_note
from db.vocabulary import Relation

from ..common import i18n
from ..common.case_text_delegate import shown_case_text
from ..common.placeholders import arg, counted
from ..common.vocabulary_labels import shown

if TYPE_CHECKING:  # the trace code is imported on the worker, at the first trace
    from db.appearances import Appearance, Trace
    from db.other_languages import OtherLanguagePassage

CONTEXT = 240
"""Characters of the source shown before and after the passage."""
translate = QCoreApplication.translate


def shown_note(appearance: Appearance) -> str:
    """The appearance's note as the window shows it (surfaces in bidi isolates)."""
    diff = AnchorDiff(not appearance.differences, appearance.differences)
    return appearance_note(diff, isolated=True)


def other_language_note(passage: OtherLanguagePassage) -> str:
    """ "other language — check the translation: names Лавров; shares 4500, 2023-01-19"."""
    separator = translate("WhereElseDialog", ", ")
    names = separator.join(isolate(n) for n in passage.names)
    shares = separator.join(passage.shared) or translate("WhereElseDialog", "no number or date")
    return arg(translate("WhereElseDialog", "%1: names %2; shares %3"), passage.note, names, shares)


@dataclass(frozen=True)
class Found:
    """A trace with, for each appearance, the stored text just before and after its passage."""

    trace: Trace
    context: tuple[tuple[str, str], ...]


def trace_with_context(case: Case, text: str) -> Found:
    """Run on a worker: the trace and each passage's surroundings."""
    from db.appearances import trace_text

    with case.read() as session:
        trace = trace_text(session, text)
        context = []
        for appearance in trace.appearances:
            source = session.get(Source, appearance.source_id)
            body = source.text if source is not None else ""
            context.append(
                (
                    body[max(0, appearance.start - CONTEXT) : appearance.start],
                    body[appearance.end : appearance.end + CONTEXT],
                )
            )
    return Found(trace, tuple(context))


class WhereElseDialog(QDialog):
    """Shows a trace. `addHops(claim_id, appearances, relation)` when the reviewer adds the
    checked appearances to the claim (`claim_id` None: the button is hidden)."""

    addHops = Signal(int, list, str)

    def __init__(
        self,
        parent: QWidget,
        case: Case,
        workers: Any,
        text: str,
        *,
        claim_id: int | None = None,
        what: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("whereElseDialog")
        self.setWindowTitle(self.tr("Where Else?"))
        self.resize(900, 560)
        self.claim_id = claim_id
        self.found: Found | None = None
        self.error: str | None = None
        what = what or self.tr("this text")
        heading = QLabel(
            "<b>" + html.escape(self.tr("Where else does %1 appear?").replace("%1", what)) + "</b>"
        )
        # The case's words as written (plain text: "Egypt's", not "Egypt&#x27;s"), their
        # direction controls named.
        quoted = QLabel(shown_case_text(text if len(text) <= 400 else text[:399] + "…"))
        quoted.setObjectName("whereElseText")
        quoted.setTextFormat(Qt.TextFormat.PlainText)
        quoted.setWordWrap(True)
        quoted.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self.tr("Tracing…"))
        self.status.setObjectName("whereElseStatus")
        self.table = QTreeWidget()
        self.table.setObjectName("whereElseTable")
        self.table.setAccessibleName(self.tr("Appearances"))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [
                "",
                self.tr("Date"),
                self.tr("Source"),
                self.tr("Similarity"),
                self.tr("Passage"),
                self.tr("Differs"),
            ]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.currentItemChanged.connect(self._show_current)
        self.table.itemChanged.connect(lambda *_: self._update_button())
        self.context = QTextBrowser()
        self.context.setObjectName("whereElseContext")
        self.context.setAccessibleName(self.tr("Passage in its source"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.context)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.relation = QComboBox()
        self.relation.setObjectName("whereElseRelation")
        for relation in Relation:
            self.relation.addItem(shown(relation), relation.value)
        self.relation.setCurrentIndex(self.relation.findData(Relation.REPUBLISHED.value))
        self.add_button = QPushButton(self.tr("&Add as Hops"))
        self.add_button.setObjectName("whereElseAddHops")
        self.add_button.setToolTip(
            self.tr(
                "Add the checked appearances to the open claim's chain, in date order, each "
                "with its passage as the quote"
            )
        )
        self.add_button.clicked.connect(self._add)
        self.add_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        if claim_id is not None:
            row.addWidget(QLabel(self.tr("Relation:")))
            row.addWidget(self.relation)
            row.addWidget(self.add_button)
        else:
            self.add_button.hide()
            self.relation.hide()
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(quoted)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self._open = True
        self.finished.connect(self._closed)
        workers.submit(lambda: trace_with_context(case, text), self._traced, self._failed)

    def _closed(self, _result: int) -> None:
        self._open = False  # a trace that ends later has nothing left to show it in

    # -- results ----------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        if not self._open:
            return
        self.error = str(exc) if isinstance(exc, CaseError) else f"{type(exc).__name__}: {exc}"
        self.status.setText(self.tr("Cannot trace it: %1").replace("%1", self.error))

    def _traced(self, found: Found) -> None:
        if not self._open:
            return
        self.found = found
        appearances = found.trace.appearances
        others = found.trace.other_languages
        if not appearances and not others:
            self.status.setText(self.tr("No source in the case carries it."))
            return
        self.status.setText(
            (
                counted(
                    self.tr(
                        "%n source(s) carry it, by publication date; the earliest is the "
                        "candidate first appearance.",
                        "",
                        len(appearances),
                    )
                )
                if appearances
                else self.tr("No source in the case carries its words.")
            )
            + (
                " "
                + counted(
                    self.tr(
                        "%n passage(s) in other languages may carry it (listed last): check "
                        "the translation.",
                        "",
                        len(others),
                    )
                )
                if others
                else ""
            )
        )
        self.table.blockSignals(True)
        for n, a in enumerate(appearances):
            item = QTreeWidgetItem(
                [
                    self.tr("first") if a.first else "",
                    a.published_on.isoformat() if a.published_on else self.tr("(no date)"),
                    f"#{a.source_id} {a.outlet or a.title}",
                    self.tr("aligned")
                    if a.aligned_with is not None
                    else f"{a.similarity:.0%}" + (" " + self.tr("verbatim") if a.verbatim else ""),
                    " ".join(a.passage.split())[:200],
                    shown_note(a),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, n)
            if a.note:  # not a plain variant: its anchors of meaning differ from the text's
                item.setForeground(5, QColor("#8b0000"))
                item.setToolTip(4, shown_note(a))
            if self.claim_id is not None:
                item.setCheckState(0, Qt.CheckState.Unchecked)
            if a.first:
                font = item.font(0)
                font.setBold(True)
                for column in range(5):
                    item.setFont(column, font)
            self.table.addTopLevelItem(item)
        for n, p in enumerate(others):  # proposals, after every appearance: never checked
            item = QTreeWidgetItem(
                [
                    "",
                    p.published_on.isoformat() if p.published_on else self.tr("(no date)"),
                    f"#{p.source_id} {p.outlet or p.title} ({p.language or '?'})",
                    "",
                    " ".join(p.passage.split())[:200],
                    other_language_note(p),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, -1 - n)
            item.setForeground(5, QColor("#8b4500"))
            self.table.addTopLevelItem(item)
        self.table.blockSignals(False)
        for column in range(4):
            self.table.resizeColumnToContents(column)
        self.table.setCurrentItem(self.table.topLevelItem(0))

    def appearance(self, row: int) -> Appearance:
        assert self.found is not None
        return self.found.trace.appearances[row]

    def _show_current(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        if item is None or self.found is None:
            self.context.clear()
            return
        n = int(item.data(0, Qt.ItemDataRole.UserRole))
        if n < 0:
            p = self.found.trace.other_languages[-1 - n]
            title = (
                p.title
                or p.outlet
                or self.tr("source %1").replace("%1", i18n.with_digits(str(p.source_id)))
            )
            where = arg(self.tr("characters %1–%2"), p.start, p.end)
            self.context.setHtml(
                f"<p style='color:#8b4500'><b>{html.escape(other_language_note(p))}</b></p>"
                f"<p><b>{html.escape(title)}</b> "
                f"({html.escape(where)})</p><p>{html.escape(p.passage)}</p>"
            )
            return
        a = self.found.trace.appearances[n]
        before, after = self.found.context[n]
        where = (
            arg(self.tr("characters %1–%2, page %3"), a.start, a.end, a.page)
            if a.page
            else arg(self.tr("characters %1–%2"), a.start, a.end)
        )
        note = f"<p style='color:#8b0000'><b>{html.escape(shown_note(a))}</b></p>" if a.note else ""
        title = (
            a.title
            or a.outlet
            or self.tr("source %1").replace("%1", i18n.with_digits(str(a.source_id)))
        )
        self.context.setHtml(
            f"{note}<p><b>{html.escape(title)}</b> "
            f"({html.escape(where)})</p><p>…{html.escape(before)}"
            f"<span style='background:#ffe066'><b>{html.escape(a.passage)}</b></span>"
            f"{html.escape(after)}…</p>"
        )

    # -- add as hops -----------------------------------------------------------------------

    def checked(self) -> list[Appearance]:
        rows = []
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if (
                item is not None
                and int(item.data(0, Qt.ItemDataRole.UserRole)) >= 0
                and item.checkState(0) == Qt.CheckState.Checked
            ):
                rows.append(self.appearance(int(item.data(0, Qt.ItemDataRole.UserRole))))
        return rows

    def check(self, row: int, on: bool = True) -> None:
        item = self.table.topLevelItem(row)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _update_button(self) -> None:
        self.add_button.setEnabled(bool(self.checked()))

    def _add(self) -> None:
        chosen = self.checked()
        if chosen and self.claim_id is not None:
            self.addHops.emit(self.claim_id, chosen, str(self.relation.currentData()))
