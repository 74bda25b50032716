"""The Trash in the window: Remove Hop and Delete Claim are undone exactly (reviews, sign-off),
View ▸ Trash lists what was deleted, restores it (undoably) and empties it after asking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db import operations as ops
from db.case import Case
from db.integrity import verify_case
from db.models import AuditEvent, Review
from db.queries import claim_detail
from desktop.ui.main_window import MainWindow

from .test_editing import press


def _reviewed_claim(case: Case) -> tuple[int, int]:
    """A claim with a hop status review, a final verdict and a second reviewer's sign-off."""
    with case.change(reviewer="Ayşe") as uow:
        ops.set_four_eyes(uow, True)
        claim = ops.add_claim(uow, "Ankara sets no red lines for talks with Damascus")
        official = ops.add_actor(uow, "Turkish security official", "unnamed-official")
        paper = ops.add_actor(uow, "al-Watan", "outlet")
        hop = ops.add_hop(uow, claim, actor_id=official, relation="said", quote="no red lines")
        ops.add_hop(uow, claim, actor_id=paper, relation="reported")
        ops.set_hop_status(uow, hop, "differs", "The digest drops a qualifier")
        ops.set_verdict(uow, claim, "misleading", "The official spoke of conditions")
    with case.change(reviewer="Boris") as uow:
        ops.sign_off(uow, claim, "Checked both sources")
    return claim, hop


def _intact(case: Case) -> None:
    with case.read() as session:
        report = verify_case(session)
    assert report.intact, report.summary()


def _reviews(case: Case, claim: int) -> list[tuple[int, int | None, str, str]]:
    with case.read() as session:
        rows = session.execute(
            select(Review.id, Review.hop_id, Review.subject, Review.to_value)
            .where(Review.claim_id == claim)
            .order_by(Review.id)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_undo_of_remove_hop_and_delete_claim_restores_everything(
    qtbot: QtBot, window: MainWindow, sqlite_case: Case
) -> None:
    """Sequence 2 of the issue, in the window."""
    claim, hop = _reviewed_claim(sqlite_case)
    reviews = _reviews(sqlite_case, claim)
    assert len(reviews) == 3
    window.set_case(sqlite_case)
    window.select_claim(claim)
    qtbot.waitUntil(lambda: window.detail.detail is not None)
    before = window.detail.detail

    window.detail.select_hop(hop)
    press(qtbot, window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.hops.rowCount() == 1
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.hops.rowCount() == 2
    assert _reviews(sqlite_case, claim) == reviews  # the hop's review still points at it
    with sqlite_case.read() as session:
        assert claim_detail(session, claim).hop(hop).status == "differs"
    _intact(sqlite_case)

    press(
        qtbot,
        window,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.model.rowCount() == 0
    assert "moved to the Trash" in window.statusBar().currentMessage()
    _intact(sqlite_case)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.rowCount() == 1
    with sqlite_case.read() as session:
        after = claim_detail(session, claim)
    assert (after.signoff, after.signed_off_by) == ("signed", "Boris")
    assert after.reviews == before.reviews
    assert [h.id for h in after.hops] == [h.id for h in before.hops]
    assert _reviews(sqlite_case, claim) == reviews
    _intact(sqlite_case)
    # Redo deletes it again (the same claim, not a copy).
    press(
        qtbot,
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.model.rowCount() == 0
    with sqlite_case.read() as session:
        claims = session.scalars(
            select(AuditEvent.entity_id).where(AuditEvent.action == "add claim")
        ).all()
    assert claims == [str(claim)]


def test_trash_view_lists_restores_and_empties(
    qtbot: QtBot, window: MainWindow, sqlite_case: Case
) -> None:
    claim, _hop = _reviewed_claim(sqlite_case)
    window.set_case(sqlite_case)
    window.select_claim(claim)
    qtbot.waitUntil(lambda: window.detail.detail is not None)
    press(
        qtbot,
        window,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    toggle = next(a for a in window.menu("View").actions() if a.text() == "Trash")
    toggle.trigger()
    trash = window.parts.trash_view
    qtbot.waitUntil(trash.isVisible)
    assert trash.table.rowCount() == 1
    cells = [trash.table.item(0, c).text() for c in range(trash.table.columnCount())]
    assert cells[0:2] == ["claim", str(claim)]
    assert cells[2].startswith("Ankara sets no red lines")
    assert cells[4] == "Test Reviewer"

    trash.table.selectRow(0)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 1
    assert trash.table.rowCount() == 0
    assert "restored from the Trash" in window.statusBar().currentMessage()
    # Undo of a restore sends it back to the Trash.
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.rowCount() == 0 and trash.table.rowCount() == 1
    _intact(sqlite_case)

    # Empty Trash… asks first; Cancel keeps everything.
    qtbot.mouseClick(trash.empty_button, Qt.MouseButton.LeftButton)
    box = trash.confirm
    assert isinstance(box, QMessageBox) and "cannot be restored" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert trash.table.rowCount() == 1
    qtbot.mouseClick(trash.empty_button, Qt.MouseButton.LeftButton)
    box = trash.confirm
    purge = next(
        b for b in box.buttons() if isinstance(b, QPushButton) and b.text() == "Empty Trash"
    )
    purge.click()
    assert trash.table.rowCount() == 0
    assert "Purged 1 claim from the Trash" in window.statusBar().currentMessage()
    _intact(sqlite_case)
    # An undo of the deletion cannot bring back what was purged: it says so.
    shown: list[str] = []
    window.show_error = lambda message, *_a: shown.append(message)  # type: ignore[method-assign,assignment,misc]
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1
    assert f"claim {claim} was purged from the Trash by Test Reviewer" in shown[0]
    _intact(sqlite_case)


def test_actors_view_moves_an_unused_actor_to_the_trash(
    qtbot: QtBot, window: MainWindow, sqlite_case: Case
) -> None:
    claim, _hop = _reviewed_claim(sqlite_case)
    with sqlite_case.change() as uow:
        spare = ops.add_actor(uow, "A duplicate nobody uses")
    window.set_case(sqlite_case)
    shown: list[str] = []
    window.show_error = lambda message, *_a: shown.append(message)  # type: ignore[method-assign,assignment,misc]
    actors = window.parts.actors_view
    actors.show()
    qtbot.waitUntil(lambda: actors.model.rowCount() == 3)
    trash_button = next(b for b in actors.findChildren(QPushButton) if b.text() == "Move to &Trash")
    # An actor that relays the claim stays, with the reason.
    actors.select(next(a.id for a in actors.model.rows if a.name == "al-Watan"))
    qtbot.mouseClick(trash_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "relays claims" in shown[0]
    actors.select(spare)
    qtbot.mouseClick(trash_button, Qt.MouseButton.LeftButton)
    assert spare not in [a.id for a in actors.model.rows]
    with sqlite_case.read() as session:
        from db.trash import list_trash

        assert [(i.kind, i.id) for i in list_trash(session)] == [("actor", spare)]
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert spare in [a.id for a in actors.model.rows]
    assert window.model.rowCount() == 1 and claim
    _intact(sqlite_case)
