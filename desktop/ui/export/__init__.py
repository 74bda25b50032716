"""File ▸ Export Report…: the export dialog and its action, which call desktop.reports.
Imports desktop.ui.common only."""
