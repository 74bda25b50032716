"""Work around a reference leak in PySide6 6.12: every time a Python override returns None to
C++ as a QVariant (`QAbstractItemModel.data`, `headerData`), shiboken releases one reference
to None that it never took. After some ten thousand cells painted, None's count reaches zero
and Python aborts ("Fatal Python error: none_dealloc").

Models return `no_data()` where they mean "no value for this role". A probe at import time
finds out whether the running PySide6 has the leak; only then does `no_data()` pay the
reference back. On a fixed PySide6 it is a plain None.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QAbstractListModel, QIdentityProxyModel, QModelIndex, Qt


class _Probe(QAbstractListModel):
    def rowCount(self, parent: Any = None) -> int:
        return 1

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return None


def _leaks_none() -> bool:
    probe = _Probe()
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(probe)
    index = proxy.index(0, 0, QModelIndex())
    before = sys.getrefcount(None)
    for _ in range(32):
        proxy.data(index, Qt.ItemDataRole.DisplayRole)  # C++ calls the Python override
    lost = before - sys.getrefcount(None)
    if lost > 0:
        _pay_back(lost)
    return lost >= 32


def _pay_back(count: int = 1) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


LEAKS = _leaks_none()


def no_data() -> None:
    """None, as the value of a model's `data()`/`headerData()` that C++ will receive."""
    if LEAKS:
        _pay_back()
    return None
