"""The main toolbar: the few actions a reviewer uses all day, as text buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QToolBar

from .main_window import MainWindow


def add_toolbar(window: MainWindow) -> QToolBar:
    """Fill the window's toolbar (`window.toolbar`, made empty with the window so that its
    place is kept from the first paint)."""
    editor = window.editor  # type: ignore[attr-defined]
    bar = window.toolbar
    for action in (
        editor.new_claim_action,
        editor.edit_claim_action,
        editor.verdict_action,
        None,
        editor.add_hop_action,
        editor.insert_hop_action,
        editor.status_action,
        None,
        editor.undo_action,
        editor.redo_action,
    ):
        if action is None:
            bar.addSeparator()
        else:
            bar.addAction(action)
    for action in bar.actions():
        if not action.isSeparator():
            shortcut = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
            tip = action.statusTip() or action.text().replace("&", "")
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
    return bar
