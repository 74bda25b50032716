"""The hops of one claim as a table, origin first (the chain as a list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from db.text.direction import is_rtl
from db.views import ClaimDetail, HopView
from db.vocabulary import HopStatus, Relation
from desktop.pyside_refs import no_data

from ..common import i18n
from ..common.palette import status_colour
from ..common.vocabulary_labels import shown_value

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("HopTableModel", "#"),
    QT_TRANSLATE_NOOP("HopTableModel", "Actor"),
    QT_TRANSLATE_NOOP("HopTableModel", "Relation"),
    QT_TRANSLATE_NOOP("HopTableModel", "Source"),
    QT_TRANSLATE_NOOP("HopTableModel", "Date"),
    QT_TRANSLATE_NOOP("HopTableModel", "Lang."),
    QT_TRANSLATE_NOOP("HopTableModel", "Status"),
    QT_TRANSLATE_NOOP("HopTableModel", "Quote"),
)
NUMBER, ACTOR, RELATION, SOURCE, DATE, LANGUAGE, STATUS, QUOTE = range(len(COLUMNS))
HOP_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def label(kind: type[Any], value: str) -> str:
    """The label of a stored slug of vocabulary `kind`, in the window's language."""
    return shown_value(kind, value)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HopTableModel", text)


def route_depths(detail: ClaimDetail) -> dict[int, int]:
    """How far each hop's route branches off the first route: 0 along the first chain (however
    long), 1 on a second route that forks from it, 2 on a route forking from that one, and so on
    (the hop list indents by this, not by the hop's position in its chain)."""
    first_chain: dict[int, int] = {}
    for number, chain in enumerate(detail.chains):
        for hop_id in chain:
            first_chain.setdefault(hop_id, number)
    by_id = {h.id: h for h in detail.hops}
    depths: dict[int, int] = {}

    def depth(hop_id: int, seen: frozenset[int] = frozenset()) -> int:
        if hop_id in depths:
            return depths[hop_id]
        hop = by_id[hop_id]
        parent = hop.relays_hop_id
        own = first_chain.get(hop_id, len(detail.chains))
        if parent is None or parent not in by_id or parent in seen:
            value = 0 if own == 0 else 1  # an origin of its own off the first route
        else:
            forks = own != first_chain.get(parent, len(detail.chains))
            value = depth(parent, seen | {hop_id}) + (1 if forks else 0)
        depths[hop_id] = value
        return value

    for hop in detail.hops:
        depth(hop.id)
    return depths


class HopTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hops: tuple[HopView, ...] = ()
        self._depth: dict[int, int] = {}

    def set_detail(self, detail: ClaimDetail | None) -> None:
        self.beginResetModel()
        self._hops = detail.hops if detail else ()
        self._depth = route_depths(detail) if detail else {}
        self.endResetModel()

    def hop(self, row: int) -> HopView | None:
        return self._hops[row] if 0 <= row < len(self._hops) else None

    def row_of(self, hop_id: int) -> int | None:
        return next((i for i, h in enumerate(self._hops) if h.id == hop_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hops)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        value = self._header(section, orientation, role)
        return no_data() if value is None else value

    def _header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self._data(index, role)
        return no_data() if value is None else value

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hops):
            return None
        hop = self._hops[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(hop, column, index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS and hop.status_rationale:
                return f"{label(HopStatus, hop.status)}: {hop.status_rationale}"
            if column == RELATION and hop.direction_doubtful:
                return self.tr("The direction of this link, as the source reports it, is doubtful")
            if column == SOURCE:
                return hop.source_title or self.tr("No source")
            if column == QUOTE and hop.quote:
                return quote_tooltip(hop)
            text = self._display(hop, column, index.row())
            return str(text) if text not in (None, "") else None
        if role == HOP_ID_ROLE:
            return hop.id
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return QColor(status_colour(hop.status))
        if role == Qt.ItemDataRole.ForegroundRole and column == QUOTE and hop.quote_not_located:
            return QColor(NOT_LOCATED_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and column == QUOTE and hop.needs_review:
            return QColor(TO_REVIEW_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == QUOTE and is_rtl(hop.quote):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, hop: HopView, column: int, row: int) -> Any:
        if column == NUMBER:
            return i18n.with_digits(str(row + 1))
        if column == ACTOR:
            depth = self._depth.get(hop.id, 0)
            return ("    " * (depth - 1) + "↳ " if depth else "") + hop.actor_name
        if column == RELATION:
            text = label(Relation, hop.relation)
            doubtful = self.tr("%1 (direction doubtful)").replace("%1", text)
            return doubtful if hop.direction_doubtful else text
        if column == SOURCE:
            return hop.source_outlet or hop.source_title
        if column == DATE:
            return i18n.date_text(hop.relayed_on)
        if column == LANGUAGE:
            return hop.language or hop.source_language
        if column == STATUS:
            return label(HopStatus, hop.status)
        if column == QUOTE:
            quote = " ".join(hop.quote.split())
            if hop.needs_review:
                health = health_text(hop.quote_health)
                line = self.tr("quote %1 in a new version of the source").replace("%1", health)
                return f"{quote}  — {line}"
            return f"{quote}  — {_tr(NOT_LOCATED)}" if hop.quote_not_located else quote
        return None


NOT_LOCATED = QT_TRANSLATE_NOOP("HopTableModel", "quote not located")
NOT_LOCATED_COLOUR = "#b3261e"
TO_REVIEW_COLOUR = "#8a5a00"


def quote_tooltip(hop: HopView) -> str:
    """The quote, its language and where it is: the pages cited by label (the file page in
    brackets where they differ), or that it is not located in its source."""
    translate = QCoreApplication.translate
    lines = [hop.quote]
    if hop.quote_language and hop.quote_language != hop.language:
        lines.append(
            translate("HopTableModel", "Quoted words in %1").replace("%1", hop.quote_language)
        )
    if hop.quote_not_located:
        lines.append(
            translate(
                "HopTableModel",
                "Quote not located in the source's text: check its words or select it in the "
                "source",
            )
        )
    elif pages := hop.cited_pages():
        cited = ", ".join(pages)
        if len(pages) > 1:
            lines.append(translate("HopTableModel", "Pages %1").replace("%1", cited))
        else:
            lines.append(translate("HopTableModel", "Page %1").replace("%1", cited))
    if hop.health_mark:
        lines.append(health_mark_text(hop))
        if hop.proposed_quote and hop.needs_review:
            lines.append(translate("HopTableModel", "Now: %1").replace("%1", hop.proposed_quote))
            lines.append(
                translate(
                    "HopTableModel",
                    "Claim ▸ Accept New Anchor takes it; Claim ▸ Keep Old Version keeps it",
                )
            )
    return "\n".join(lines)


HEALTH = {
    "exact": QT_TRANSLATE_NOOP("HopTableModel", "exact"),
    "changed": QT_TRANSLATE_NOOP("HopTableModel", "changed"),
    "lost": QT_TRANSLATE_NOOP("HopTableModel", "lost"),
    "located": QT_TRANSLATE_NOOP("HopTableModel", "located"),
    "not located": QT_TRANSLATE_NOOP("HopTableModel", "not located"),
}
"""How a quote fared on its source's newest version (`db.views.QUOTE_HEALTH_ORDER`)."""


def health_text(health: str) -> str:
    return _tr(HEALTH[health]) if health in HEALTH else health


def health_mark_text(hop: HopView) -> str:
    """`HopView.health_mark` in the window's language, capitalised as a sentence ("" when there
    is nothing to say); the note of what differs is the case's own."""
    translate = QCoreApplication.translate
    if hop.health_resolution == "kept":
        text = translate("HopTableModel", "Checked against version %1 (kept)")
        return text.replace("%1", i18n.with_digits(str(hop.checked_version)))
    if not hop.needs_review:
        return ""
    mark = translate("HopTableModel", "Quote %1 in the source's current version")
    mark = mark.replace("%1", health_text(hop.quote_health))
    return mark + (f": {hop.health_note}" if hop.health_note else "")
