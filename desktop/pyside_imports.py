"""Lighten PySide6's import hook for every module imported after PySide6.

PySide6 (its `__feature__` support, `shibokensupport.feature`) asks of each newly imported
module whether it mentions "PySide6", by reading its whole source with `inspect.getsource`.
That goes through `linecache`, which keeps every line of every such module for the rest of the
process: about 20 MB in the window (SQLAlchemy alone ~12 MB), and seconds of line splitting on
worker threads that import lazily, holding the interpreter the GUI thread paints with. The
same question is answered here from the file's bytes, read and dropped (`lighten`, applied on
import of this module; harmless where PySide6 differs: then nothing is replaced).
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any


def _mentions_pyside(module: ModuleType) -> bool:
    """PySide6's own test ("PySide6" in the module's source), without keeping the source."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # no source: PySide6's test says False too
    try:
        with open(path, "rb") as handle:
            return b"PySide6" in handle.read()
    except OSError:
        return False


def lighten() -> bool:
    """Replace the hook's source test; True when PySide6's hook was there to lighten."""
    import PySide6.QtCore  # noqa: F401  (installs the hook)

    feature: Any = sys.modules.get("shibokensupport.feature")  # PySide6's own, untyped
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _mentions_pyside
    return True


lighten()
