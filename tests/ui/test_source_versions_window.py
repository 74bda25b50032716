"""Versions of a source in the window: the encoding case end to end (flagged → Read in Another
Encoding… → the Turkish text is right, its quote located, the first reading in the history;
Undo puts it back), and File ▸ Import New Version… with the quotes' health in the claim list
and the hop list, a reviewer accepting a new anchor, and a different document asked about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from db import operations as ops
from db.case import Case
from db.queries import claim_detail, source_detail
from desktop.sources import import_file
from desktop.ui.claim.hops_model import QUOTE
from desktop.ui.claims.claims_model import QUOTE_TO_REVIEW_COLOUR, TEXT
from desktop.ui.main_window import MainWindow
from desktop.ui.sources.import_questions import EncodingChooser

HEADLINE = "Yetkili: Kırmızı çizgi yok"


def _show(qtbot: QtBot, window: MainWindow, source_id: int) -> None:
    viewer = window.parts.sources.viewer
    with qtbot.waitSignal(viewer.loaded, timeout=10_000):
        window.parts.sources.show_source(source_id)


def _report(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    versions = window.parts.versions
    qtbot.waitUntil(
        lambda: isinstance(versions.dialog, QMessageBox) and versions.dialog.isVisible(),
        timeout=20_000,
    )
    return versions.dialog


def test_a_misread_turkish_source_is_read_again_in_the_window(
    qtbot: QtBot, window: MainWindow, sqlite_case: Case, tmp_path: Path
) -> None:
    path = tmp_path / "official.txt"
    path.write_bytes(HEADLINE.encode("cp1254"))
    source = import_file(sqlite_case, path).source_id
    with sqlite_case.change() as uow:
        claim = ops.add_claim(uow, "There are no red lines")
        actor = ops.add_actor(uow, "Turkish official")
        ops.add_hop(uow, claim, actor_id=actor, relation="said", source_id=source,
                    quote="Kırmızı çizgi yok")  # fmt: skip
    window.set_case(sqlite_case)
    _show(qtbot, window, source)
    viewer = window.parts.sources.viewer
    assert viewer.warning.isVisible() and "Read in Another Encoding" in viewer.warning.text()
    assert HEADLINE not in viewer.text_view.toPlainText()
    action = window.parts.versions.reread_action
    button = viewer.toolbar.widgetForAction(action)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(EncodingChooser) is not None, timeout=10_000)
    chooser = window.findChild(EncodingChooser)
    assert chooser.readings["cp1254"].startswith(HEADLINE)  # the readings side by side
    chooser.choose("cp1254")
    chooser.accept()
    report = _report(qtbot, window)
    assert report.text().startswith("Source 1 is now at version 2: 1 quote: 1 located.")
    qtbot.waitUntil(lambda: HEADLINE in viewer.text_view.toPlainText(), timeout=10_000)
    history = window.parts.versions.history
    items = [history.item(i).text() for i in range(history.count())]
    assert len(items) == 2 and "imported as cp1252" in items[0]
    assert "read again as cp1254" in items[1] and history.isVisible()
    with sqlite_case.read() as session:
        hop = claim_detail(session, claim).hops[0]
    assert not hop.quote_not_located and hop.checked_version == 2
    # Edit ▸ Undo puts the first reading back, exactly; Redo makes the version again.
    window.parts.editor.stack.undo()
    with sqlite_case.read() as session:
        view, text = source_detail(session, source)
        assert text != HEADLINE and len(view.history) == 1
        assert claim_detail(session, claim).hops[0].quote_not_located
    window.parts.editor.stack.redo()
    with sqlite_case.read() as session:
        view, text = source_detail(session, source)
    assert text == HEADLINE and [v.number for v in view.history] == [1, 2]


FIRST = "The minister said the talks go on. The reservoir holds 45 cubic metres."
SECOND = "Updated. The minister said the talks go on. The reservoir holds 4,500 cubic metres."


def test_import_new_version_marks_changed_quotes_until_a_reviewer_accepts(
    qtbot: QtBot, window: MainWindow, sqlite_case: Case, tmp_path: Path
) -> None:
    first = tmp_path / "report.txt"
    first.write_text(FIRST, encoding="utf-8")
    source = import_file(sqlite_case, first).source_id
    with sqlite_case.change() as uow:
        claim = ops.add_claim(uow, "The talks go on")
        actor = ops.add_actor(uow, "Minister")
        for quote in ("the talks go on", "The reservoir holds 45 cubic metres"):
            ops.add_hop(uow, claim, actor_id=actor, relation="said", source_id=source, quote=quote)
    window.set_case(sqlite_case)
    _show(qtbot, window, source)
    second = tmp_path / "report-v2.txt"
    second.write_text(SECOND, encoding="utf-8")
    file_action = window.parts.versions.file_action
    assert file_action in window.menu("File").actions()
    file_action.trigger()
    dialog = window.findChild(QFileDialog, "importNewVersionDialog")
    dialog.selectFile(str(second))
    dialog.accept()
    report = _report(qtbot, window)
    assert "2 quotes: 1 exact, 1 changed" in report.text()
    assert "“45” → “4,500”" in report.text()
    report.accept()
    # The claim list marks the claim; the hop list says what changed.
    model = window.model
    qtbot.waitUntil(
        lambda: (
            model.data(model.index(0, TEXT), Qt.ItemDataRole.DecorationRole)
            == QColor(QUOTE_TO_REVIEW_COLOUR)
        ),
        timeout=10_000,
    )
    assert "1 quote changed or lost" in model.data(
        model.index(0, TEXT), Qt.ItemDataRole.ToolTipRole
    )
    window.select_claim(claim)
    qtbot.waitUntil(lambda: window.detail.hops.rowCount() == 2, timeout=10_000)
    cell = window.detail.hops.index(1, QUOTE)
    shown = window.detail.hops.data(cell, Qt.ItemDataRole.DisplayRole)
    assert shown.endswith("— quote changed in a new version of the source")
    tip = window.detail.hops.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert "“45” → “4,500”" in tip and "Now: The reservoir holds 4,500 cubic metres" in tip
    with sqlite_case.read() as session:
        changed = claim_detail(session, claim).hops[1]
    window.detail.select_hop(changed.id)
    window.parts.versions.accept_anchor_action.trigger()
    with sqlite_case.read() as session:
        accepted = claim_detail(session, claim).hops[1]
    assert accepted.quote == "The reservoir holds 4,500 cubic metres" and not accepted.needs_review
    qtbot.waitUntil(
        lambda: model.data(model.index(0, TEXT), Qt.ItemDataRole.DecorationRole) is None,
        timeout=10_000,
    )
    window.parts.editor.stack.undo()
    with sqlite_case.read() as session:
        assert claim_detail(session, claim).hops[1].needs_review


def test_a_different_document_is_asked_about_before_it_becomes_current(
    qtbot: QtBot, window: MainWindow, sqlite_case: Case, tmp_path: Path
) -> None:
    first = tmp_path / "report.txt"
    first.write_text(FIRST, encoding="utf-8")
    source = import_file(sqlite_case, first).source_id
    with sqlite_case.change() as uow:
        claim = ops.add_claim(uow, "The talks go on")
        actor = ops.add_actor(uow, "Minister")
        ops.add_hop(uow, claim, actor_id=actor, relation="said", source_id=source,
                    quote="the talks go on")  # fmt: skip
    window.set_case(sqlite_case)
    _show(qtbot, window, source)
    other = tmp_path / "recipe.txt"
    other.write_text("Two eggs, flour and milk; bake for twenty minutes.", encoding="utf-8")
    versions = window.parts.versions
    versions.update_from(source, other)
    qtbot.waitUntil(
        lambda: (
            isinstance(versions.dialog, QMessageBox)
            and versions.dialog.objectName() == "versionLosesQuotes"
        ),
        timeout=20_000,
    )
    question = versions.dialog
    assert "loses most of its quotes (1 quote: 1 lost)" in question.text()
    with sqlite_case.read() as session:
        assert len(source_detail(session, source)[0].history) == 1  # nothing changed yet
    question.button(QMessageBox.StandardButton.Yes).click()
    report = _report(qtbot, window)
    assert "1 quote: 1 lost" in report.text()
    with sqlite_case.read() as session:
        assert len(source_detail(session, source)[0].history) == 2
