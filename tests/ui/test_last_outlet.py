"""The claim list's "Last outlet" is the last hop's outlet: the actor of kind outlet that relays
the claim, or else the outlet of the hop's source; the outlet filter offers and finds such
actors too (newcomer trial, round 8, item 15: the column was empty for a chain relayed by
outlets whose sources name no outlet)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db import operations as ops
from db.case import open_case
from db.claim_list import ClaimFilter
from desktop.ui.claims.claims_model import OUTLET
from desktop.ui.main_window import MainWindow


def test_the_last_outlet_is_the_last_outlet_that_relays_the_claim(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    case = open_case(tmp_path / "port.provdesk", reviewer="Test Reviewer", create=True)
    with case.change() as uow:
        relayed = ops.add_claim(uow, "The port of Vesnia reopens on Monday")
        minister = ops.add_actor(uow, "Ilse Marten", "person")
        herald = ops.add_actor(uow, "Vesnia Herald", "outlet")
        desk = ops.add_actor(uow, "The Harbour Desk", "outlet")
        page = ops.add_source(uow, title="Herald page")  # no outlet set on the source
        ops.add_hop(uow, relayed, actor_id=minister, relation="said")
        first = ops.add_hop(uow, relayed, actor_id=herald, relation="reported", source_id=page)
        ops.add_hop(uow, relayed, actor_id=desk, relation="reported", after_hop_id=first)
        said = ops.add_claim(uow, "The quay was repaired")
        ops.add_hop(uow, said, actor_id=minister, relation="said")
    window.set_case(case)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    shown = {
        window.model.data(window.model.index(row, 0)): window.model.data(
            window.model.index(row, OUTLET), Qt.ItemDataRole.DisplayRole
        )
        for row in range(2)
    }
    assert shown == {
        "The port of Vesnia reopens on Monday": "The Harbour Desk",
        "The quay was repaired": "",
    }
    window.model.set_filter(ClaimFilter(outlet="Vesnia Herald"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.data(window.model.index(0, 0)) == "The port of Vesnia reopens on Monday"
    combo = window.filters.outlet

    def offered() -> set[str]:
        return {combo.itemText(i) for i in range(combo.count())}

    qtbot.waitUntil(lambda: {"Vesnia Herald", "The Harbour Desk"} <= offered())
