"""Table models of the case's actors and sources (the Actors and Sources views)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from db.text.direction import isolate
from db.views import ActorView, SourceView
from db.vocabulary import ActorKind, SourceKind
from desktop.pyside_refs import no_data

from ..claim.hops_model import label
from ..common import i18n

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
            if not 0 <= section < len(self.columns):
                return None
            return QCoreApplication.translate("RecordTableModel", self.columns[section][0])
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
        (QT_TRANSLATE_NOOP("RecordTableModel", "Name"), lambda a: a.name),
        (QT_TRANSLATE_NOOP("RecordTableModel", "Kind"), lambda a: label(ActorKind, a.kind)),
        (
            QT_TRANSLATE_NOOP("RecordTableModel", "Aliases"),
            lambda a: _separator().join(isolate(alias) for alias in a.aliases),
        ),
        (QT_TRANSLATE_NOOP("RecordTableModel", "Hops"), lambda a: a.hop_count),
    )


class SourceTableModel(RecordTableModel[SourceView]):
    columns = (
        (QT_TRANSLATE_NOOP("RecordTableModel", "Title"), lambda s: s.title),
        (QT_TRANSLATE_NOOP("RecordTableModel", "Outlet"), lambda s: s.outlet),
        (QT_TRANSLATE_NOOP("RecordTableModel", "Lang."), lambda s: s.language),
        (
            QT_TRANSLATE_NOOP("RecordTableModel", "Published"),
            lambda s: i18n.date_text(s.published_on),
        ),
        (QT_TRANSLATE_NOOP("RecordTableModel", "Kind"), lambda s: label(SourceKind, s.kind)),
        (QT_TRANSLATE_NOOP("RecordTableModel", "Evidence file"), lambda s: _evidence_file(s)),
    )


def _separator() -> str:
    return QCoreApplication.translate("RecordTableModel", ", ")


def _evidence_file(source: SourceView) -> str:
    if source.file_name:
        return source.file_name
    return QCoreApplication.translate("RecordTableModel", "text only") if source.text_length else ""
