"""Painting cells must not eat Python's references to None (a PySide6 6.12 leak: each None
an override returns to C++ drops one; after enough paints Python aborts)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QIdentityProxyModel, Qt

from db.case import Case
from desktop.ui.claims_model import ClaimTableModel
from desktop.ui.hops_model import HopTableModel
from desktop.ui.record_models import ActorTableModel


def test_models_keep_none_alive(demo_case: Case) -> None:
    claims = ClaimTableModel()
    claims.set_case(demo_case)
    hops = HopTableModel()
    actors = ActorTableModel()
    for model in (claims, hops, actors):
        proxy = QIdentityProxyModel()
        proxy.setSourceModel(model)
        before = sys.getrefcount(None)
        for _ in range(2000):
            # Roles the models have no value for: C++ receives None each time.
            proxy.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
            if proxy.rowCount():
                proxy.data(proxy.index(0, 0), Qt.ItemDataRole.FontRole)
        assert sys.getrefcount(None) >= before - 10
