"""View ▸ Actors and View ▸ Sources: the record lists, their models and dialogs (rename, aliases,
merge, correct). Imports desktop.ui.editing, desktop.ui.claim and desktop.ui.common."""
