"""Building and reviewing a chain through the window, as a reviewer would, with undo and redo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.case import Case, open_case
from db.models import AuditEvent, Review
from db.operations import add_actor, edit_claim
from db.queries import claim_detail
from desktop.ui.editing.conflict_dialog import ConflictDialog
from desktop.ui.editing.hop_dialog import HopDialog
from desktop.ui.editing.status_dialog import StatusDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.window_setup import build_window

from .conftest import type_text

CLAIM = "Turkey has set no red lines or preconditions for talks with Damascus."
QUOTE_EN = "There are no red lines and preconditions on the table today"
QUOTE_AR = "لا توجد خطوط حمراء ولا شروط مسبقة على الطاولة اليوم"


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    window.activateWindow()
    qtbot.keyClick(window.table, key, modifiers)


def ok(qtbot: QtBot, dialog: object) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def editor_dialog(window: MainWindow) -> object:
    return window.parts.editor.dialog


def add_hop(
    qtbot: QtBot,
    window: MainWindow,
    actor: str,
    relation: str,
    *,
    kind: str = "",
    date: str = "",
    language: str = "",
    quote: str = "",
    doubtful: bool = False,
) -> HopDialog:
    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = editor_dialog(window)
    assert isinstance(dialog, HopDialog)
    type_text(qtbot, dialog.actor, actor)
    if kind:
        dialog.actor_kind.setCurrentIndex(dialog.actor_kind.findData(kind))
    dialog.relation.setCurrentIndex(dialog.relation.findData(relation))
    qtbot.keyClicks(dialog.date, date)
    qtbot.keyClicks(dialog.language, language)
    dialog.quote.setPlainText(quote)
    dialog.doubtful.setChecked(doubtful)
    ok(qtbot, dialog)
    return dialog


def mark(qtbot: QtBot, window: MainWindow, keys: Qt.KeyboardModifier, digit: str, why: str) -> None:
    press(qtbot, window, Qt.Key.Key_E, keys)
    dialog = editor_dialog(window)
    assert isinstance(dialog, StatusDialog)
    qtbot.keyClicks(dialog.choices, digit)
    type_text(qtbot, dialog.rationale, why)
    qtbot.keyClick(dialog.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def actors_of(window: MainWindow) -> list[str]:
    hops = window.detail.hops
    return [hops.hop(r).actor_name for r in range(hops.rowCount())]  # type: ignore[union-attr]


def test_build_the_cards_chain_mark_undo_redo_and_reopen(
    qtbot: QtBot, window: MainWindow, sqlite_case: Case, case_path: Path
) -> None:
    with sqlite_case.change() as uow:
        add_actor(uow, "al-Watan", "outlet", aliases=["الوطن"])
    window.set_case(sqlite_case)

    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = editor_dialog(window)
    ok(qtbot, dialog)  # empty wording: refused, the dialog stays
    assert dialog.error.text() == "Write the claim's wording first"  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.text, CLAIM)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.tags, "Turkey, Syria")  # type: ignore[attr-defined]
    ok(qtbot, dialog)
    assert window.detail.heading.text() == CLAIM
    assert window.model.rowCount() == 1

    add_hop(
        qtbot, window, "BBC Türkçe", "reported", kind="outlet", date="2023-01-18", language="tr"
    )
    add_hop(
        qtbot,
        window,
        "Turkish security official (unnamed)",
        "said",
        kind="unnamed-official",
        date="2023-01-18",
        language="tr",
        quote=QUOTE_EN,
        doubtful=True,
    )
    hop = add_hop(
        qtbot, window, "الوطن", "reported", date="2023-01-19", language="ar", quote=QUOTE_AR
    )
    assert hop.actor_note.text().startswith("Known actor")  # the alias found al-Watan
    add_hop(
        qtbot,
        window,
        "The Syrian Observer",
        "translated",
        kind="outlet",
        date="2023-01-19",
        language="en",
        quote=QUOTE_EN,
    )
    chain = ["BBC Türkçe", "Turkish security official (unnamed)", "al-Watan", "The Syrian Observer"]
    assert actors_of(window) == chain
    assert len(window.detail.diagram.boxes()) == 4
    assert window.model.data(window.model.index(0, 4)) == 4  # hops column

    # The Arabic quote reads right to left.
    window.detail.select_hop(window.detail.hops.hop(2).id)  # type: ignore[union-attr]
    assert window.detail.quote.layoutDirection() == Qt.LayoutDirection.RightToLeft

    # Mark the Observer's hop confirmed; a checked hop without rationale is refused.
    window.detail.select_hop(window.detail.hops.hop(3).id)  # type: ignore[union-attr]
    press(
        qtbot,
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    status = editor_dialog(window)
    assert isinstance(status, StatusDialog)
    qtbot.keyClicks(status.choices, "2")
    qtbot.keyClick(status.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "rationale is required" in status.error.text()
    qtbot.keyClicks(status.rationale, "Word for word in the digest.")
    qtbot.keyClick(status.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.current_hop().status == "confirmed"  # type: ignore[union-attr]

    mark(
        qtbot,
        window,
        Qt.KeyboardModifier.ControlModifier,
        "5",
        "The official spoke to BBC Türkçe; it did not quote it.",
    )
    assert "Misleading" in window.detail.verdict.text()
    assert window.model.data(window.model.index(0, 1)) == "Misleading"

    # Undo the verdict: its review is taken back; redo puts the same review back. The audit
    # log records both.
    with sqlite_case.read() as session:
        review = session.scalars(select(Review).where(Review.subject == "verdict")).one()
        marked = (review.id, review.to_value, review.reviewer, review.at)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Unverified" in window.detail.verdict.text()
    assert window.detail.history.topLevelItemCount() == 1  # hop confirmed
    press(
        qtbot,
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "Misleading" in window.detail.verdict.text()
    assert window.detail.history.topLevelItemCount() == 2  # hop confirmed + verdict
    with sqlite_case.read() as session:
        review = session.scalars(select(Review).where(Review.subject == "verdict")).one()
        assert (review.id, review.to_value, review.reviewer, review.at) == marked
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert actions[-2:] == ["take back review", "put back review"]

    # Move the doubtful hop down and back, remove one and undo.
    window.detail.select_hop(window.detail.hops.hop(1).id)  # type: ignore[union-attr]
    press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert actors_of(window)[2] == "Turkish security official (unnamed)"
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert actors_of(window) == chain
    window.detail.select_hop(window.detail.hops.hop(2).id)  # type: ignore[union-attr]
    press(qtbot, window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert "al-Watan" not in actors_of(window)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert actors_of(window) == chain

    # Search finds the claim by a quote; the filter by tag keeps it.
    qtbot.keyClicks(window.filters.search, "preconditions table")
    qtbot.waitUntil(lambda: window.model.searching and window.model.rowCount() == 1)

    # Reopen the case in a new window: everything is there.
    window.set_case(None)
    other, actions = build_window()
    qtbot.addWidget(other)
    other.show()
    actions.open_location(str(case_path))
    qtbot.waitUntil(lambda: other.case is not None)
    assert actors_of(other) == chain
    assert "Misleading" in other.detail.verdict.text()
    detail_hops = other.detail.detail.hops  # type: ignore[union-attr]
    assert detail_hops[1].direction_doubtful and detail_hops[2].quote == QUOTE_AR
    assert detail_hops[3].status == "confirmed"
    with other.case.read() as session:  # type: ignore[union-attr]
        assert session.scalar(select(func.count()).select_from(AuditEvent)) > 10
    other.set_case(None)


def test_version_conflict_shows_both_and_keeps_mine(
    qtbot: QtBot, demo_window: MainWindow, case_path: Path
) -> None:
    claim_id = demo_window.detail.detail.id  # type: ignore[union-attr]
    dialog = demo_window.parts.editor.edit_claim()
    dialog.text.setPlainText("My wording of the claim.")
    colleague = open_case(case_path, reviewer="Colleague")
    with colleague.change() as uow:
        edit_claim(uow, claim_id, text="Their wording of the claim.")
    colleague.close()
    ok(qtbot, dialog)
    conflict = demo_window.parts.editor.conflict
    assert isinstance(conflict, ConflictDialog)
    assert "My wording" in conflict.mine.toPlainText()
    assert "Their wording" in conflict.theirs.toPlainText()
    assert dialog.isVisible()  # the edit is not lost meanwhile
    qtbot.mouseClick(conflict.keep, Qt.MouseButton.LeftButton)
    assert demo_window.detail.heading.text() == "My wording of the claim."
    with demo_window.case.read() as session:  # type: ignore[union-attr]
        assert claim_detail(session, claim_id).text == "My wording of the claim."
    QApplication.processEvents()
    assert demo_window.parts.editor.dialog is None  # closed


def test_new_and_duplicate_claim_undo(qtbot: QtBot, demo_window: MainWindow) -> None:
    press(qtbot, demo_window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.model.rowCount() == 4
    assert len(demo_window.detail.hops.hop(0).actor_name) > 0  # type: ignore[union-attr]
    press(qtbot, demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.model.rowCount() == 3
    press(
        qtbot,
        demo_window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert demo_window.model.rowCount() == 4


def test_insert_edit_and_route_hops_with_undo(qtbot: QtBot, demo_window: MainWindow) -> None:
    detail = demo_window.detail
    original = actors_of(demo_window)
    official = detail.detail.hops[1]  # type: ignore[union-attr]
    detail.select_hop(official.id)
    press(
        qtbot,
        demo_window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = editor_dialog(demo_window)
    assert isinstance(dialog, HopDialog)
    assert dialog.place.currentData() == ("after", official.id)
    qtbot.keyClicks(dialog.actor, "Anadolu Agency")
    dialog.actor_kind.setCurrentIndex(dialog.actor_kind.findData("outlet"))
    dialog.relation.setCurrentIndex(dialog.relation.findData("quoted"))
    ok(qtbot, dialog)
    assert actors_of(demo_window) == [*original[:2], "Anadolu Agency", *original[2:]]

    # Edit the inserted hop: relation and date; undo puts the old values back.
    detail.select_hop(detail.hops.hop(2).id)  # type: ignore[union-attr]
    press(qtbot, demo_window, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    edit = editor_dialog(demo_window)
    assert isinstance(edit, HopDialog) and edit.actor.text() == "Anadolu Agency"
    edit.relation.setCurrentIndex(edit.relation.findData("paraphrased"))
    qtbot.keyClicks(edit.date, "2023-01-18")
    ok(qtbot, edit)
    hop = detail.current_hop()
    assert hop is not None and hop.relation == "paraphrased" and str(hop.relayed_on) == "2023-01-18"
    press(qtbot, demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    hop = detail.current_hop()
    assert hop is not None and hop.relation == "quoted" and hop.relayed_on is None

    # A second route after al-Watan: the diagram shows both.
    watan = next(h for h in detail.detail.hops if h.actor_name == "al-Watan")  # type: ignore[union-attr]
    dialog = demo_window.parts.editor.add_hop(("route", watan.id))
    qtbot.keyClicks(dialog.actor, "Russia Today")
    ok(qtbot, dialog)
    assert len(detail.detail.chains) == 2  # type: ignore[union-attr]
    press(qtbot, demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(detail.detail.chains) == 1  # type: ignore[union-attr]
    assert actors_of(demo_window) == original
