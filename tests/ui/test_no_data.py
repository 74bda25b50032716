"""A long session must not use up Python's references to None/True/False (PySide6 6.12.0
leaks one per void call, emit or None returned to a view; Python 3.11 then aborts)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QIdentityProxyModel, Qt
from pytestqt.qtbot import QtBot

from db.case import Case
from desktop.ui.claim.hops_model import HopTableModel
from desktop.ui.claims.claims_model import ClaimTableModel
from desktop.ui.records.record_models import ActorTableModel


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
        assert sys.getrefcount(None) >= before - 10 or sys.getrefcount(None) > 2**39


def test_a_long_session_of_signals_and_calls_survives(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    qtbot.addWidget(edit)
    seen: list[str] = []
    edit.textChanged.connect(seen.append)
    for number in range(60_000):  # more than True has references on a fresh Python 3.11
        edit.setText(str(number))
    assert seen[-1] == "59999"
