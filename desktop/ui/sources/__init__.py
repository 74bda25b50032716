"""Sources in the window: import, the source viewer (text and page views, details) and the
dialogs that pick a source or a span. Imports desktop.ui.common only."""
