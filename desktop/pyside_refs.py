"""Keep Python alive under PySide6 6.12.0's reference leak.

PySide6 6.12.0 (shiboken) hands Python borrowed references to None, True and False: every call
of a void Qt method, every `emit()`, every None a model's `data()` returns to a view, takes one
reference from these singletons that it never gave. On Python 3.11 they are ordinary objects,
so after enough calls (a few thousand for True, tens of thousands for None) the interpreter
aborts with "Fatal Python error: none_dealloc" / "bool_dealloc". PySide6 6.11.3 does not leak;
Python 3.12+ makes these objects immortal.

A probe at import time measures the leak; only when it is there does this module give each
singleton a cushion of 2**40 references (more than a session can leak), once. Models call
`no_data()` for "no value for this role" so that this fix is imported wherever a model is;
the window (`desktop.ui`) and the PDF report writer import it too. QtCore only, so readers and
report renderers may use it.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

CUSHION = 2**40


def _leaks() -> bool:
    """Whether void Qt calls take references from None: 32 calls, counted."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(32):
        probe.setObjectName("probe")  # a void method: PySide hands back None
    return sys.getrefcount(None) < before - 16


def _cushion() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or not _leaks():
        return False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < CUSHION:
            count.value += CUSHION
    return True


LEAKS = _cushion()


def no_data() -> None:
    """None, as the value of a model's `data()`/`headerData()` for a role it has no value for."""
    return None
