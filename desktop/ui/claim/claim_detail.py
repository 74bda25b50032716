"""The right-hand pane: one claim with its wording, verdict, chain (diagram and list), the
quote of the selected hop, notes and review history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.text.direction import is_rtl
from db.views import ClaimDetail, HopView
from db.vocabulary import HopStatus, Relation, Verdict
from desktop.wording import for_people

from ..common import i18n
from ..common.case_text_delegate import (
    TextColumnShare,
    case_text,
    direction_controls_note,
    shown_case_text,
)
from ..common.palette import verdict_colour
from .chain_diagram import ChainDiagram
from .hops_model import (
    ACTOR,
    DATE,
    HOP_ID_ROLE,
    LANGUAGE,
    QUOTE,
    RELATION,
    SOURCE,
    HopTableModel,
    label,
)
from .meaning_words import fill


class ClaimDetailPane(QWidget):
    hopSelected = Signal(int)
    hopActivated = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.detail: ClaimDetail | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setAccessibleName(self.tr("Claim wording"))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.verdict = QLabel()
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.tags = QLabel()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setAccessibleName(self.tr("Claim number and last change"))
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.meta.setWordWrap(True)  # a long name or a longer language: two lines, never cut

        self.diagram = ChainDiagram()
        # A long chain (or a narrow pane) scrolls rather than shrinking its text unreadably.
        self.diagram_area = QScrollArea()
        self.diagram_area.setObjectName("chainDiagramArea")
        self.diagram_area.setWidgetResizable(True)
        self.diagram_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.diagram_area.setWidget(self.diagram)
        self.diagram_area.setMinimumHeight(60)

        self.hops = HopTableModel(self)
        self.hop_table = QTableView()
        self.hop_table.setModel(self.hops)
        self.hop_table.setAccessibleName(self.tr("Hops of the chain, origin first"))
        self.hop_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hop_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hop_table.verticalHeader().hide()
        self.hop_table.setWordWrap(False)
        self.hop_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        #: The quote takes the width the other columns leave (the least needed give way); in
        #: a narrow pane the language, the date and the relation (in the diagram's boxes and
        #: the quote's heading too) make room for the actor's name rather than all being cut.
        self.hop_columns = TextColumnShare(
            self.hop_table,
            QUOTE,
            (SOURCE, RELATION, ACTOR),
            text_share=0.3,
            hide_first=(LANGUAGE, DATE, RELATION),
        )
        self.hop_table.selectionModel().currentRowChanged.connect(self._hop_row_changed)
        self.hop_table.doubleClicked.connect(self._hop_double_clicked)

        self.quote = QTextBrowser()
        self.quote.setAccessibleName(self.tr("Quote of the selected hop"))
        self.quote.setMaximumHeight(110)
        self.quote.setPlaceholderText(self.tr("Select a hop to read its quote"))

        hop_panel = QSplitter(Qt.Orientation.Vertical)
        hop_panel.addWidget(self.hop_table)
        hop_panel.addWidget(self.quote)
        hop_panel.setChildrenCollapsible(False)
        hop_panel.setStretchFactor(0, 1)
        hop_panel.setStretchFactor(1, 1)
        self.quote.setMaximumHeight(16777215)
        self.quote.setMinimumHeight(60)

        self.history = QTreeWidget()
        self.history.setAccessibleName(self.tr("Review history"))
        self.history.setHeaderLabels(
            [
                self.tr("When (UTC)"),
                self.tr("Reviewer"),
                self.tr("What"),
                self.tr("From → to"),
                self.tr("Why"),
            ]
        )
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)

        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("No notes. Edit the claim (F2) to add some."))

        self.tabs = QTabWidget()
        self.tabs.addTab(hop_panel, self.tr("&Hops"))
        self.tabs.addTab(self.history, self.tr("Review &history"))
        self.tabs.addTab(self.notes, self.tr("N&otes"))

        chain = QSplitter(Qt.Orientation.Vertical)
        chain.addWidget(self.diagram_area)
        chain.addWidget(self.tabs)
        chain.setStretchFactor(0, 2)
        chain.setStretchFactor(1, 3)
        chain.setChildrenCollapsible(False)
        self.splitter = chain

        layout = QVBoxLayout(self)
        layout.setContentsMargins(i18n.leading_margins(8, 6, 6, 6))
        layout.addWidget(self.heading)
        layout.addWidget(self.verdict)
        layout.addWidget(self.tags)
        layout.addWidget(self.meta)
        layout.addWidget(chain, 1)

        self.diagram.hopSelected.connect(self.select_hop)
        self.diagram.hopActivated.connect(self.hopActivated)
        self.set_detail(None)

    # -- what is shown --------------------------------------------------------------------

    def set_detail(self, detail: ClaimDetail | None) -> None:
        previous = self.current_hop_id()
        self.detail = detail
        self.hops.set_detail(detail)
        self.diagram.set_detail(detail)
        self.history.clear()
        if detail is None:
            self.heading.setText(self.tr("No claim selected"))
            self.verdict.setText("")
            self.tags.setText("")
            self.meta.setText("")
            self.notes.setPlainText("")
            self.quote.clear()
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self.heading.setText(shown_case_text(detail.text))
        self.heading.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if is_rtl(detail.text)
            else Qt.LayoutDirection.LeftToRight
        )
        heading_tip = fill(self.tr("Claim %1, version %2"), _n(detail.id), _n(detail.version))
        controls = direction_controls_note(detail.text)
        self.heading.setToolTip(f"{heading_tip}\n\n{controls}" if controls else heading_tip)
        colour = verdict_colour(detail.verdict)
        why = f" — {_escape(case_text(detail.rationale))}" if detail.rationale else ""
        signoff = signoff_text(detail)
        signoff = f" <i>{_escape(signoff)}</i>" if signoff else ""
        self.verdict.setText(
            f'<span style="background:{colour}; color:white; padding:2px 6px;">'
            f"&nbsp;{_escape(label(Verdict, detail.verdict))}&nbsp;</span>{signoff}{why}"
        )
        tags = self.tr(", ").join(case_text(t) for t in detail.tags)
        self.tags.setText(self.tr("Tags: %1").replace("%1", tags) if tags else self.tr("No tags"))
        routes = len(detail.chains)
        hops = i18n.with_digits(self.tr("%n hop(s)", "", len(detail.hops)))
        if routes > 1:
            in_routes = i18n.with_digits(self.tr("in %n route(s)", "", routes))
            hops = self.tr("%1 %2").replace("%1", hops).replace("%2", in_routes)
        changed = fill(
            self.tr("changed %1 by %2"),
            _when(detail.updated_at),
            case_text(detail.updated_by),
        )
        self.meta.setText(fill(self.tr("Claim %1 · %2 · %3"), _n(detail.id), hops, changed))
        self.notes.setPlainText(detail.notes)
        for review in reversed(detail.reviews):
            if review.subject == "signoff":
                what = self.tr("Sign-off")
                change = (
                    self.tr("Signed off")
                    if review.to_value == "signed"
                    else fill(
                        self.tr("Sent back: %1 → %2"),
                        label(Verdict, review.from_value),
                        label(Verdict, review.to_value),
                    )
                )
            else:
                what = (
                    self.tr("Verdict")
                    if review.subject == "verdict"
                    else self._hop_name(review.hop_id)
                )
                kind = Verdict if review.subject == "verdict" else HopStatus
                change = f"{label(kind, review.from_value)} {i18n.arrow()} {label(kind, review.to_value)}"
            item = QTreeWidgetItem(
                [
                    i18n.with_digits(f"{review.at:%Y-%m-%d %H:%M:%S}"),
                    review.reviewer,
                    what,
                    change,
                    review.rationale,
                ]
            )
            item.setToolTip(4, review.rationale)
            self.history.addTopLevelItem(item)
        for column in range(4):
            self.history.resizeColumnToContents(column)
        self.hop_columns.share()
        self._fit_diagram()
        if previous is not None and self.hops.row_of(previous) is not None:
            self.select_hop(previous)
        elif detail.chains:
            # The end of the first chain: the source the reviewer read.
            self.select_hop(detail.chains[0][-1])
        else:
            self.quote.clear()

    def _fit_diagram(self) -> None:
        """Give the diagram the height it needs at the pane's width (within reason)."""
        sizes = self.splitter.sizes()
        if len(sizes) != 2 or sum(sizes) <= 0:
            return
        width = max(self.diagram_area.viewport().width(), 200)
        wanted = self.diagram.height_for(width)
        if self.diagram.minimum_size().width() > width:  # a sideways scroll bar shows
            wanted += self.diagram_area.horizontalScrollBar().sizeHint().height()
        wanted = min(max(wanted, 90), 420)
        if sizes[0] < wanted or sizes[0] - wanted > 4:  # never short of the diagram
            self.splitter.setSizes([wanted, sum(sizes) - wanted])

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_diagram()

    def _hop_name(self, hop_id: int | None) -> str:
        if self.detail is None or hop_id is None:
            return self.tr("Hop")
        hop = next((h for h in self.detail.hops if h.id == hop_id), None)
        if hop is not None:
            return self.tr("Hop: %1").replace("%1", case_text(hop.actor_name))
        return self.tr("Hop %1 (removed)").replace("%1", _n(hop_id))

    # -- hops -----------------------------------------------------------------------------

    def current_hop(self) -> HopView | None:
        index = self.hop_table.currentIndex()
        return self.hops.hop(index.row()) if index.isValid() else None

    def current_hop_id(self) -> int | None:
        hop = self.current_hop()
        return hop.id if hop else None

    def select_hop(self, hop_id: int) -> None:
        row = self.hops.row_of(hop_id)
        if row is None:
            return
        self.hop_table.selectionModel().setCurrentIndex(
            self.hops.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _hop_row_changed(self, current: Any, _previous: Any) -> None:
        hop = self.hops.hop(current.row()) if current.isValid() else None
        self.diagram.select(hop.id if hop else None)
        self._show_quote(hop)
        if hop is not None:
            self.hopSelected.emit(hop.id)

    def _hop_double_clicked(self, index: Any) -> None:
        hop_id = self.hops.data(index, HOP_ID_ROLE)
        if hop_id is not None:
            self.hopActivated.emit(hop_id)

    def _show_quote(self, hop: HopView | None) -> None:
        if hop is None:
            self.quote.clear()
            return
        text = hop.quote or self.tr("(no quote recorded for this hop)")
        row = self.hops.row_of(hop.id)
        relation = label(Relation, hop.relation).lower()
        if hop.source_title:
            heading = fill(
                self.tr("%1. %2 %3 in %4"),
                _n((row or 0) + 1),
                case_text(hop.actor_name),
                relation,
                case_text(hop.source_title),
            )
        else:
            heading = fill(
                self.tr("%1. %2 %3"), _n((row or 0) + 1), case_text(hop.actor_name), relation
            )
        # The window's words run in the window's direction, the quote in its own.
        own = "rtl" if self.isRightToLeft() else "ltr"
        direction = ("rtl" if is_rtl(hop.quote) else "ltr") if hop.quote else own
        parts = [
            f'<p dir="{own}" style="color: gray;">{_escape(heading)}</p>',
            f'<p dir="{direction}">{_escape(shown_case_text(text))}</p>',
        ]
        if hop.note:
            note = self.tr("Note: %1").replace("%1", case_text(hop.note))
            parts.append(f'<p dir="{own}"><i>{_escape(note)}</i></p>')
        if hop.status_rationale:
            why = f"{label(HopStatus, hop.status)}: {case_text(hop.status_rationale)}"
            parts.append(f'<p dir="{own}"><i>{_escape(why)}</i></p>')
        self.quote.setHtml(f'<div dir="{direction}">{"".join(parts)}</div>')
        self.quote.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight
        )
        controls = direction_controls_note(hop.quote)
        tip = shown_case_text(hop.quote)
        self.quote.setToolTip(f"{tip}\n\n{controls}" if controls else tip)


def signoff_text(detail: ClaimDetail) -> str:
    """Where the verdict stands under four-eyes review, in words (empty when it needs none)."""
    translate = QCoreApplication.translate
    if detail.signoff == "awaiting":
        if detail.verdict_set_by:
            text = translate("ClaimDetailPane", "Awaiting sign-off (set by %1)")
            return text.replace("%1", case_text(detail.verdict_set_by))
        return translate("ClaimDetailPane", "Awaiting sign-off")
    by = case_text(detail.signed_off_by)
    when = _when(detail.signed_off_at)
    if detail.signoff == "signed":
        if when:
            return fill(translate("ClaimDetailPane", "Signed off by %1 on %2"), by, when)
        return translate("ClaimDetailPane", "Signed off by %1").replace("%1", by)
    if detail.signoff == "returned":
        if when:
            return fill(translate("ClaimDetailPane", "Sent back by %1 on %2"), by, when)
        return translate("ClaimDetailPane", "Sent back by %1").replace("%1", by)
    return ""


def _when(value: dt.datetime | None) -> str:
    """A moment of the case to the second, in UTC ("2026-11-30 01:25:12 UTC"), in the digits
    the reviewer chose."""
    return i18n.with_digits(for_people(value))


def _n(value: int | None) -> str:
    """A number the app made (an id, a position), in the digits the reviewer chose."""
    return i18n.with_digits(str(value))


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )


__all__ = ["QUOTE", "ClaimDetailPane"]
