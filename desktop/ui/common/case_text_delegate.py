"""The item delegate for lists and tables that show the case's own text (claims, names, titles,
quotes): each cell's text is isolated (FSI…PDI) so that it keeps its own direction inside a
view of the other direction, and an elided text ends with its "…" where it was cut — an
English claim in the Arabic window reads "Turkey has set…", not "…Turkey has set"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from db.text.direction import isolate


class CaseTextDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = isolate(option.text)


def isolate_views(root: QWidget) -> int:
    """Give every item view under `root` that paints with Qt's plain delegate the case-text
    delegate (views with a delegate of their own keep it); the number of views changed."""
    changed = 0
    for view in root.findChildren(QAbstractItemView):
        if type(view.itemDelegate()) is QStyledItemDelegate:
            view.setItemDelegate(CaseTextDelegate(view))
            changed += 1
    return changed
