"""File ▸ Export Report…: opens the reports engineer's export dialog with what the window shows
(the open claim, the selected claims, the filter and the search words)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ..common import i18n

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .export_dialog import ExportDialog


#: More selected claims than this are refused: the list's own scope exports them better.
MAX_SELECTED = 10_000


def selected_claim_ids(window: MainWindow, current: int | None) -> tuple[int, ...] | None:
    """Every selected claim of the list, in list order; the open claim when none is; None
    (after telling the reviewer) when more than MAX_SELECTED are."""
    ranges = window.selected_row_ranges()
    selected = sum(last - first + 1 for first, last in ranges)
    if selected > MAX_SELECTED:
        window.show_error(
            QCoreApplication.translate(
                "ExportAction",
                "%1 claims are selected. To export that many, choose “The claims of the current "
                "search and filter” or “The whole case” in the export dialog, or select fewer "
                "than %2.",
            )
            .replace("%1", i18n.number(selected))
            .replace("%2", i18n.number(MAX_SELECTED))
        )
        return None
    ids: list[int] = []
    for first, last in ranges:
        ids.extend(window.model.claim_ids_between(first, last))
    picked = tuple(dict.fromkeys(ids))
    if picked:
        return picked
    return (current,) if current is not None else ()


class ExportAction(QObject):
    """File ▸ Export Report…; `dialog` is the export dialog it opened last (None before)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ExportDialog | None = None
        self.action = window.action_registry.bind("file.export", self.export)

    def export(self) -> None:
        from .export_dialog import ExportContext, open_export_dialog

        window = self.window
        if window.case is None:
            window.show_status(self.tr("Open a case first"))
            return
        current = window.current_claim_id()
        selected = selected_claim_ids(window, current)
        if selected is None:
            return
        context = ExportContext(
            current_claim_id=current,
            selected_ids=selected,
            where=window.model.where,
            search=window.filters.search.text() if window.model.searching else "",
        )
        self.dialog = open_export_dialog(window, context)
