"""File ▸ Export Report…: opens the reports engineer's export dialog with what the window shows
(the open claim, the selected claims, the filter and the search words)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ..main_window import MainWindow


#: More selected claims than this are refused: the list's own scope exports them better.
MAX_SELECTED = 10_000


def selected_claim_ids(window: MainWindow, current: int | None) -> tuple[int, ...] | None:
    """Every selected claim of the list, in list order; the open claim when none is; None
    (after telling the reviewer) when more than MAX_SELECTED are."""
    ranges = window.selected_row_ranges()
    selected = sum(last - first + 1 for first, last in ranges)
    if selected > MAX_SELECTED:
        window.show_error(
            f"{selected:,} claims are selected. To export that many, choose “The claims of the "
            f"current search and filter” or “The whole case” in the export dialog, or select "
            f"fewer than {MAX_SELECTED:,}."
        )
        return None
    ids: list[int] = []
    for first, last in ranges:
        ids.extend(window.model.claim_ids_between(first, last))
    picked = tuple(dict.fromkeys(ids))
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
        selected = selected_claim_ids(window, current)
        if selected is None:
            return
        context = ExportContext(
            current_claim_id=current,
            selected_ids=selected,
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
