"""Sources in the window: import, the source viewer (text and page views, details, the
Suggestions panel of the attribution assistant) and the dialogs that pick a source or a span.
Imports desktop.ui.common only."""
