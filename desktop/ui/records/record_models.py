"""Table models of the case's actors and sources (the Actors and Sources views)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from db.text.direction import isolate
from db.views import ActorView, SourceView
from db.vocabulary import ActorKind, SourceKind
from desktop.pyside_refs import no_data

from ..claim.hops_model import label

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row", ActorView, SourceView)
ID_ROLE = Qt.ItemDataRole.UserRole + 3


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    columns: tuple[tuple[str, Callable[[Any], Any]], ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, ident: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == ident), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        value = self._header(section, orientation, role)
        return no_data() if value is None else value

    def _header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0] if 0 <= section < len(self.columns) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self._data(index, role)
        return no_data() if value is None else value

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()][1](row)
        if role == ID_ROLE:
            return row.id
        return None


class ActorTableModel(RecordTableModel[ActorView]):
    columns = (
        ("Name", lambda a: a.name),
        ("Kind", lambda a: label(ActorKind, a.kind)),
        ("Aliases", lambda a: ", ".join(isolate(alias) for alias in a.aliases)),
        ("Hops", lambda a: a.hop_count),
    )


class SourceTableModel(RecordTableModel[SourceView]):
    columns = (
        ("Title", lambda s: s.title),
        ("Outlet", lambda s: s.outlet),
        ("Lang.", lambda s: s.language),
        ("Published", lambda s: s.published_on.isoformat() if s.published_on else ""),
        ("Kind", lambda s: label(SourceKind, s.kind)),
        ("Evidence file", lambda s: s.file_name or ("text only" if s.text_length else "")),
    )
