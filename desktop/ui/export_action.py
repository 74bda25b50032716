"""File ▸ Export Report…: opens the reports engineer's export dialog with what the window shows
(the open claim, the selected claims, the filter and the search words)."""

from __future__ import annotations

from PySide6.QtGui import QAction

from .main_window import MainWindow


def selected_claim_ids(window: MainWindow, current: int | None) -> tuple[int, ...]:
    """Every selected row of the claim list, in list order; the open claim when none is."""
    rows = sorted({index.row() for index in window.table.selectionModel().selectedRows()})
    ids = (window.model.claim_id(row) for row in rows)
    picked = tuple(dict.fromkeys(i for i in ids if i is not None))
    if picked:
        return picked
    return (current,) if current is not None else ()


def add_export_action(window: MainWindow) -> QAction:
    def export() -> None:
        from .export_dialog import ExportContext, open_export_dialog

        if window.case is None:
            window.show_status("Open a case first")
            return
        current = window.current_claim_id()
        context = ExportContext(
            current_claim_id=current,
            selected_ids=selected_claim_ids(window, current),
            where=window.model.where,
            search=window.filters.search.text() if window.model.searching else "",
        )
        window.export_dialog = open_export_dialog(window, context)  # type: ignore[attr-defined]

    action = window.add_action(
        "File",
        "&Export Report…",
        export,
        "Ctrl+Alt+E",
        "Export claims with their chains, evidence hashes and review history",
    )
    action.setObjectName("actionExport")
    file_menu = window.menu("File")
    separator = getattr(window.case_actions, "import_separator", None)  # type: ignore[attr-defined]
    if separator is not None:
        file_menu.removeAction(action)
        file_menu.insertAction(separator, action)
    return action
