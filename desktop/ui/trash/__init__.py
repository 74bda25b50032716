"""View ▸ Trash: what was deleted (what, when, by whom), Restore (undoable) and Empty Trash….
Imports desktop.ui.editing and desktop.ui.common."""
