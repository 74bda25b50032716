"""The hop dialog preselects the kind a new actor's name suggests and says which word decided
it; the reviewer's own pick wins from then on, and the case records the kind shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models import Actor
from desktop.ui.editing.hop_dialog import HopDialog
from desktop.ui.main_window import MainWindow

from .conftest import type_text


def open_hop_dialog(qtbot: QtBot, window: MainWindow) -> HopDialog:
    window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.parts.editor.dialog
    assert isinstance(dialog, HopDialog)
    return dialog


def kind_of(window: MainWindow, name: str) -> str | None:
    assert window.case is not None
    with window.case.read() as session:
        return session.scalar(select(Actor.kind).where(Actor.name == name))


def test_a_new_actors_kind_is_guessed_with_its_word_until_the_reviewer_picks(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    dialog = open_hop_dialog(qtbot, demo_window)
    type_text(qtbot, dialog.actor, "Kuzey TV")
    assert dialog.actor_kind.currentData() == "outlet"
    assert dialog.kind_note.text() == (
        "Guessed from the word “TV”; choose another kind if it is wrong"
    )
    dialog.actor.clear()
    type_text(qtbot, dialog.actor, "Ayla Demir")
    assert dialog.actor_kind.currentData() == "person"
    assert "No word in the name marks an outlet" in dialog.kind_note.text()
    # The reviewer picks "outlet" for a name that does not say so: it stays, the note goes.
    dialog.actor_kind.setCurrentIndex(dialog.actor_kind.findData("outlet"))
    dialog.actor_kind.activated.emit(dialog.actor_kind.currentIndex())
    type_text(qtbot, dialog.actor, " Haber")
    assert dialog.actor_kind.currentData() == "outlet" and dialog.kind_note.text() == ""
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kind_of(demo_window, "Ayla Demir Haber") is not None)
    assert kind_of(demo_window, "Ayla Demir Haber") == "outlet"

    dialog = open_hop_dialog(qtbot, demo_window)
    type_text(qtbot, dialog.actor, "وكالة الأنباء")
    assert dialog.actor_kind.currentData() == "outlet"
    assert "“وكالة”" in dialog.kind_note.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kind_of(demo_window, "وكالة الأنباء") is not None)
    assert kind_of(demo_window, "وكالة الأنباء") == "outlet"
    # A name the case knows is no new actor: no kind is guessed for it.
    dialog = open_hop_dialog(qtbot, demo_window)
    type_text(qtbot, dialog.actor, "Sergey Lavrov")
    assert not dialog.actor_kind.isEnabled() and dialog.kind_note.text() == ""
    dialog.reject()
