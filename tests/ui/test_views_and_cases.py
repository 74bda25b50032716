"""Actors and sources views, case handling, preferences, errors, the screenshot command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from db.case import Case
from db.errors import InvalidInput
from desktop import preferences
from desktop.ui import error_report
from desktop.ui.main_window import MainWindow
from desktop.ui.window_setup import build_window

from .conftest import type_text


def test_record_models_pass_the_model_tester(
    qtmodeltester: ModelTester, demo_window: MainWindow
) -> None:
    actors = demo_window.parts.actors_view
    sources = demo_window.parts.sources_view
    assert actors.model.rowCount() == 0  # read when first shown, not at start-up
    actors.toggleViewAction().trigger()  # View ▸ Actors
    sources.toggleViewAction().trigger()
    assert actors.model.rowCount() == 6
    assert sources.model.rowCount() == 5
    qtmodeltester.check(actors.model)
    qtmodeltester.check(sources.model)
    qtmodeltester.check(demo_window.detail.hops)


def test_rename_alias_and_merge_actors(qtbot: QtBot, demo_window: MainWindow) -> None:
    actors = demo_window.parts.actors_view
    assert actors.toggleViewAction() in demo_window.menu("View").actions()
    actors.toggleViewAction().trigger()
    names = [a.name for a in actors.model.rows]
    actors.table.selectRow(names.index("Russia Today"))
    dialog = actors.edit()
    dialog.name.setText("RT")
    dialog.aliases.setText("Russia Today; RT Arabic")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "RT" in [a.name for a in actors.model.rows]
    # A duplicate made by someone, merged into the real one: its hops move over.
    from db.operations import add_actor, add_hop

    with demo_window.case.change() as uow:  # type: ignore[union-attr]
        dup = add_actor(uow, "S. Lavrov", "person")
        add_hop(uow, 2, actor_id=dup, relation="said")
    demo_window.reload()
    names = [a.name for a in actors.model.rows]
    actors.table.selectRow(names.index("S. Lavrov"))
    merge = actors.merge()
    merge.choose(next(a.id for a in actors.model.rows if a.name == "Sergey Lavrov"))
    qtbot.mouseClick(merge.ok_button, Qt.MouseButton.LeftButton)
    names = [a.name for a in actors.model.rows]
    assert "S. Lavrov" not in names
    lavrov = next(a for a in actors.model.rows if a.name == "Sergey Lavrov")
    assert "S. Lavrov" in lavrov.aliases

    # Edit ▸ Undo takes the merge back, then the rename; Redo does them again.
    undo = demo_window.parts.editor.undo_action
    redo = demo_window.parts.editor.redo_action
    assert undo.text() == "&Undo Merge \u2068S. Lavrov\u2069 into \u2068Sergey Lavrov\u2069"
    undo.trigger()
    names = [a.name for a in actors.model.rows]
    assert "S. Lavrov" in names
    lavrov = next(a for a in actors.model.rows if a.name == "Sergey Lavrov")
    assert "S. Lavrov" not in lavrov.aliases
    demo_window.select_claim(2)
    assert demo_window.detail.detail.hops[-1].actor_name == "S. Lavrov"  # type: ignore[union-attr]
    undo.trigger()
    assert "Russia Today" in [a.name for a in actors.model.rows]
    assert "RT" not in [a.name for a in actors.model.rows]
    redo.trigger()
    redo.trigger()
    assert "S. Lavrov" not in [a.name for a in actors.model.rows]
    assert "RT" in [a.name for a in actors.model.rows]


def test_edit_source_metadata_and_refusal(qtbot: QtBot, demo_window: MainWindow) -> None:
    sources = demo_window.parts.sources_view
    sources.toggleViewAction().trigger()
    sources.table.selectRow(0)
    before_language = sources.model.rows[0].language
    dialog = sources.edit()
    dialog.published.setText("19 Jan")
    dialog.language.setText("tr")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "not a date" in dialog.error.text()  # refused; the dialog keeps what was typed
    dialog.published.setText("2023-01-17")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert sources.model.rows[0].published_on.isoformat() == "2023-01-17"
    assert sources.model.rows[0].language == "tr"
    demo_window.parts.editor.undo_action.trigger()
    assert sources.model.rows[0].published_on.isoformat() != "2023-01-17"
    assert sources.model.rows[0].language != "tr" or before_language == "tr"


def test_delete_claim_and_undo_brings_back_its_chain(qtbot: QtBot, demo_window: MainWindow) -> None:
    editor = demo_window.parts.editor
    before = demo_window.detail.detail
    editor.delete_claim()
    assert demo_window.model.rowCount() == 2
    editor.stack.undo()
    assert demo_window.model.rowCount() == 3
    restored = demo_window.detail.detail
    assert restored.text == before.text
    assert [h.actor_name for h in restored.hops] == [h.actor_name for h in before.hops]
    assert [h.status for h in restored.hops] == [h.status for h in before.hops]
    assert restored.verdict == before.verdict


def test_first_start_opens_the_demo_case_and_then_the_last_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, actions = build_window()
    qtbot.addWidget(window)
    actions.start(None)
    qtbot.waitUntil(lambda: window.case is not None)
    assert window.model.rowCount() == 3
    assert Path(window.case.location) == preferences.default_case_path()  # type: ignore[union-attr]
    assert "demo" in window.windowTitle()
    assert preferences.get(preferences.LAST_CASE) == str(preferences.default_case_path())
    window.set_case(None)
    second, actions2 = build_window()
    qtbot.addWidget(second)
    actions2.start(None)
    qtbot.waitUntil(lambda: second.case is not None)
    assert second.model.rowCount() == 3
    recent = actions2.recent
    actions2._fill_recent()
    assert any(str(preferences.default_case_path()) in a.text() for a in recent.actions())
    second.set_case(None)


def test_not_a_case_gives_a_clear_message(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    junk = tmp_path / "notes.provdesk"
    junk.write_text("just some notes")
    window.parts.case_actions.open_location(str(junk))
    qtbot.waitUntil(lambda: any("not a Provenance Desk case" in m for m in window.messages))
    box = window.findChild(QMessageBox, "errorMessage")
    assert box is not None and "could not be opened" in box.text()
    assert window.case is None


def test_reviewer_name_in_preferences(qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog = demo_window.parts.case_actions.edit_preferences()
    dialog.name.clear()
    type_text(qtbot, dialog.name, "Zeynep Aydın")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert preferences.reviewer_name() == "Zeynep Aydın"
    assert demo_window.case.reviewer == "Zeynep Aydın"  # type: ignore[union-attr]
    demo_window.parts.editor.duplicate_claim()
    assert demo_window.model.data(demo_window.model.index(3, 6)) == "Zeynep Aydın"


def test_deleted_case_file_is_reported(
    qtbot: QtBot, demo_window: MainWindow, case_path: Path
) -> None:
    case_path.unlink()
    qtbot.waitUntil(lambda: any("deleted or moved" in m for m in demo_window.messages))


def test_unexpected_errors_show_a_copyable_report(qtbot: QtBot, window: MainWindow) -> None:
    handler = error_report.ExceptionHandler()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(handler.shown))
    dialog = handler.shown[-1]
    assert isinstance(dialog, error_report.ErrorReportDialog)
    assert "boom in a slot" in dialog.report.toPlainText()
    dialog.copy()
    assert "RuntimeError" in QApplication.clipboard().text()
    dialog.close()
    mistake = InvalidInput("a rationale is required")
    handler.handle(InvalidInput, mistake, None)
    qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) for d in handler.shown))
    box = next(d for d in handler.shown if isinstance(d, QMessageBox))
    assert box.text() == "a rationale is required"  # one line, no traceback


def test_layout_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    window.splitter.setSizes([300, 900])
    window.save_layout()
    other, _ = build_window()
    qtbot.addWidget(other)
    other.show()
    other.restore_layout()
    assert abs(other.splitter.sizes()[0] - window.splitter.sizes()[0]) <= 2


def test_screenshot_command(demo_case: Case, case_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.app",
            "--case",
            str(case_path),
            "--screenshot",
            str(target),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert image.width() >= 1000 and image.height() >= 600


def test_screenshot_of_a_missing_case_fails_with_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.app",
            "--case",
            str(tmp_path / "none.provdesk"),
            "--screenshot",
            str(tmp_path / "x.png"),
        ],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("provdesk: no case at")


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()
    assert {"Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+N", "Ctrl+O", "Ctrl+Q", "Ctrl+F"} <= set(seen)


def test_case_file_shows_its_first_rows_while_it_opens(
    qtbot: QtBot, window: MainWindow, demo_case: Case, case_path: Path
) -> None:
    from db.first_look import first_look

    demo_case.close()
    look = first_look(case_path)
    assert look is not None
    window.show_first_look(look)
    assert window.case is None
    assert window.model.rowCount() == 3
    first = window.model.data(window.model.index(0, 0))
    assert first == " ".join(look.rows[0].text.split())
    assert window.windowTitle().startswith(f"\u2068{look.name}\u2069 — ")
    assert window.count_label.text() == "3 claims"
    window.parts.case_actions.open_location(str(case_path))
    qtbot.waitUntil(lambda: window.case is not None)
    assert window.model.rowCount() == 3
    assert window.model.data(window.model.index(0, 0)) == first
    assert window.detail.detail is not None  # the first claim opens once the case is open


def test_first_rows_go_when_the_case_cannot_open(
    qtbot: QtBot, window: MainWindow, demo_case: Case, case_path: Path
) -> None:
    from db.first_look import first_look

    demo_case.close()
    look = first_look(case_path)
    assert look is not None
    window.show_first_look(look)
    case_path.write_text("no longer a case")
    window.parts.case_actions.open_location(str(case_path))
    qtbot.waitUntil(lambda: any("could not be opened" in m for m in window.messages))
    assert window.model.rowCount() == 0
    assert look.name not in window.windowTitle()


def test_app_start_paints_the_frame_then_completes_and_opens_the_case(
    qtbot: QtBot, demo_case: Case, case_path: Path
) -> None:
    from desktop.app import start_window

    demo_case.close()
    window = start_window(str(case_path))
    qtbot.addWidget(window)
    assert not hasattr(window, "detail")  # the frame only, until the first paint
    toolbar_height = window.toolbar.height()
    qtbot.waitUntil(lambda: window.case is not None, timeout=10000)
    assert window.detail.detail is not None
    assert window.model.rowCount() == 3
    assert window.toolbar.height() == toolbar_height
    assert [a.text() for a in window.toolbar.actions()][:2] == ["&New Claim…", "&Edit Claim…"]
    assert window.menu("File").actions()  # the File menu filled once the window painted
    qtbot.waitUntil(lambda: (window.parts.sources if window.parts else None) is not None)
    window.workers.wait(5000)
    window.set_case(None)
