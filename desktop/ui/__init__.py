"""The window, by feature: the shell here (main window, its set-up, case actions, help menu,
error report) and one room per thing a reviewer sees, in subpackages.

Rooms import desktop.ui.common and the rooms below them (claims, records, integrity, team,
export, sources above editing above claim above common — pyproject's import-linter contracts
say it); none imports the shell except for type annotations. The shell imports every room.
"""

# Before anything else of the window runs: survive PySide6 6.12.0's reference leak on
# None/True/False (see pyside_refs).
from .. import pyside_refs  # noqa: F401

# and keep PySide6's import hook from holding the source of every module imported from here on.
from .. import pyside_imports  # noqa: F401  # isort: skip
