"""One actor, every spelling, in the window: the hop dialog offers the existing actor a new
spelling may be, View ▸ Actors ▸ Likely Duplicates merges (undoable), and the search box finds
other spellings unless Exact is on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db import operations as ops
from desktop.ui.claims.claims_model import TEXT
from desktop.ui.editing.hop_dialog import HopDialog
from desktop.ui.main_window import MainWindow

from .conftest import type_text


def test_hop_dialog_offers_the_existing_actor(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.select_claim(2)
    dialog = demo_window.parts.editor.add_hop()
    assert isinstance(dialog, HopDialog)
    type_text(qtbot, dialog.actor, "Лаврова")
    qtbot.waitUntil(lambda: dialog.use_offered.isVisible())
    assert dialog.actor_note.text().startswith("Лаврова — same as Sergey Lavrov (actor ")
    assert "(\u2068Лаврова\u2069 = \u2068Lavrov\u2069)" in dialog.actor_note.text()
    assert dialog.use_offered.text() == "&Use Sergey Lavrov"
    qtbot.mouseClick(dialog.use_offered, Qt.MouseButton.LeftButton)
    assert dialog.actor.text() == "Sergey Lavrov" and dialog.actor_note.text().startswith(
        "Known actor #"
    )
    before = len(demo_window.detail.detail.hops)  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    hops = demo_window.detail.detail.hops  # type: ignore[union-attr]
    assert len(hops) == before + 1 and hops[-1].actor_name == "Sergey Lavrov"

    # A name no actor's keys meet is a new actor, with nothing offered.
    dialog = demo_window.parts.editor.add_hop()
    type_text(qtbot, dialog.actor, "Anadolu Ajansı")
    qtbot.wait(300)
    assert not dialog.use_offered.isVisible()
    assert dialog.actor_note.text() == "New actor: it will be added to the case"
    dialog.reject()


def test_likely_duplicates_merge_and_undo(qtbot: QtBot, demo_window: MainWindow) -> None:
    with demo_window.case.change() as uow:  # type: ignore[union-attr]
        arabic = ops.add_actor(uow, "لافروف")
        ops.add_actor(uow, "Mohammed Morsi")
        ops.add_actor(uow, "Mohammed bin Salman")
        ops.add_actor(uow, "Alparslan Bayraktar")
        ops.add_actor(uow, "Berat Bayraktar")
        ops.add_actor(uow, "Kamal Adwan")
        ops.add_actor(uow, "Kamel Adwan")
    demo_window.reload()
    actors = demo_window.parts.actors_view
    actors.toggleViewAction().trigger()
    dialog = actors.duplicates()
    # two Mohammeds share a first name, two Bayraktars a family name, Kamal and Kamel a key:
    # each pair is two people
    assert dialog.list.count() == 1
    assert (
        dialog.list.item(0).text().startswith("Merge \u2068لافروف\u2069 (actor ")
        and "into \u2068Sergey Lavrov\u2069 (actor " in dialog.list.item(0).text()
        and "(\u2068لافروف\u2069 = \u2068Lavrov\u2069)" in dialog.list.item(0).text()
    )
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    names = [a.name for a in actors.model.rows]
    assert "لافروف" not in names
    assert "لافروف" in next(a for a in actors.model.rows if a.name == "Sergey Lavrov").aliases
    undo = demo_window.parts.editor.undo_action
    assert "Merge" in undo.text()
    undo.trigger()
    assert arabic in [a.id for a in actors.model.rows]
    assert actors.duplicates().list.count() == 1


def test_search_finds_other_spellings_unless_exact(qtbot: QtBot, demo_window: MainWindow) -> None:
    with demo_window.case.change() as uow:  # type: ignore[union-attr]
        ops.add_claim(uow, "Лаврова спросили о переговорах")
    demo_window.reload()
    exact = demo_window.filters.exact
    assert exact.accessibleName() == "Exact search" and not exact.isChecked()
    demo_window.filters.search.setText("Lavrov")
    demo_window.filters.search_now()
    qtbot.waitUntil(lambda: demo_window.model.searching and demo_window.model.rowCount() == 3)
    texts = [demo_window.model.data(demo_window.model.index(r, TEXT)) for r in range(3)]
    assert texts[-1] == "Лаврова спросили о переговорах"  # after the exact matches
    assert "лаврова" in demo_window.model.words
    qtbot.mouseClick(exact, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_window.model.rowCount() == 2)
    assert demo_window.model.words == ["lavrov"]


def test_where_else_lists_other_languages_last(qtbot: QtBot, demo_window: MainWindow) -> None:
    english = (
        "Lavrov said that 4,500 soldiers would leave Syria by 19 January 2023, officials said."
    )
    russian = "Лавров заявил, что 4500 военных покинут Сирию к 19 января 2023 года."
    with demo_window.case.change() as uow:  # type: ignore[union-attr]
        ops.add_source(uow, title="Wire", language="en", text="Today: " + english)
        russian_id = ops.add_source(uow, title="Вести", language="ru", text=russian)
    dialog = demo_window.parts.appearances.open_trace(english, 1, "the text")
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=30_000)
    table = dialog.table
    rows = [
        [table.topLevelItem(i).text(c) for c in range(6)] for i in range(table.topLevelItemCount())
    ]
    assert rows[0][0] == "first" and rows[-1][2] == f"#{russian_id} Вести (ru)"
    assert rows[-1][5].startswith("other language — check the translation: names ")
    assert "shares 4500, 2023-01-19" in rows[-1][5]
    assert "other languages may carry it (listed last)" in dialog.status.text()
    last = table.topLevelItem(table.topLevelItemCount() - 1)
    table.setCurrentItem(last)
    assert russian in dialog.context.toPlainText()
    assert last.checkState(0) == Qt.CheckState.Unchecked and not last.data(
        0, Qt.ItemDataRole.CheckStateRole
    )
    dialog.close()
