"""Qt widgets, item models, dialogs, undo commands and background workers of the window."""

# Before anything else of the window runs: survive PySide6 6.12.0's reference leak on
# None/True/False (see pyside_refs).
from .. import pyside_refs  # noqa: F401
