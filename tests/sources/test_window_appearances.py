"""Where else? in the real window: Import Folder…, folder drops, Where Else?, Add as Hops,
Similar claims with Merge, and Undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import func, select

from db import operations as ops
from db.models import Claim, Hop, Source
from desktop.ui.sources.where_else import WhereElseDialog
from desktop.ui.window_setup import build_window

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

QUOTE = "the government will not reopen the northern crossing before the inspectors report"


def _article(day: int, passage: str) -> str:
    return (
        f"date 2024-03-{day:02d} Border talks, day {day}\n\n"
        f"The delegation arrived in the morning. {passage}. Article {day} ends here."
    )


def _folder(root: Path) -> Path:
    (root / "sub").mkdir(parents=True)
    (root / "wire.txt").write_text(_article(3, f"A spokesman said {QUOTE}"))
    (root / "sub" / "daily.txt").write_text(_article(5, QUOTE.replace("northern", "north")))
    (root / "sub" / "origin.md").write_text(_article(1, f'"{QUOTE.capitalize()}," he said'))
    (root / "sub" / "again.txt").write_bytes((root / "wire.txt").read_bytes())
    (root / "clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42 not an article")
    # an image is read by OCR now; a damaged one is refused with the reason
    (root / "picture.png").write_bytes(b"\x89PNG not an article")
    (root / "empty.txt").write_bytes(b"")
    return root


@pytest.fixture
def window(qtbot, sqlite_case):
    win, _actions = build_window()
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    win.set_case(sqlite_case)
    yield win
    win.workers.wait(10_000)
    win.parts.appearances.folders.pool.waitForDone(30_000)
    win.set_case(None)


def _summary(qtbot, win) -> QMessageBox:
    qtbot.waitUntil(lambda: win.parts.appearances.folders.summary_box is not None, timeout=120_000)
    return win.parts.appearances.folders.summary_box


def test_import_folder_from_the_file_menu(qtbot, window, sqlite_case, tmp_path):
    win = window
    root = _folder(tmp_path / "inbox")
    (action,) = [a for a in win.menu("File").actions() if a.objectName() == "actionImportFolder"]
    action.trigger()
    chooser = win.findChild(QFileDialog, "importFolderDialog")
    assert chooser is not None and chooser.isVisible()
    chooser.fileSelected.emit(str(root))
    chooser.reject()
    progress = win.parts.appearances.folders.progress
    assert progress is not None and progress.objectName() == "folderImportProgress"
    box = _summary(qtbot, win)
    assert box.text().startswith(
        "3 imported, 1 already in the case (same SHA-256), 1 skipped as unsupported, 2 refused."
    )
    assert "empty.txt: the file is empty" in box.detailedText()
    assert "picture.png" in box.detailedText() and "clip.mp4" in box.detailedText()
    box.accept()
    with sqlite_case.read() as session:
        assert session.scalar(select(func.count()).select_from(Source)) == 3
    assert win.statusBar().currentMessage().startswith("imported 3")


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_dropping_a_folder_imports_it(qtbot, window, sqlite_case, tmp_path):
    win = window
    root = _folder(tmp_path / "dropped")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(root))])
    drag = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(200, 200), *drag)
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(win.parts.appearances.drops.foldersDropped) as signal:
        QApplication.sendEvent(win, QDropEvent(QPointF(200, 200), *drag))
    assert signal.args == [[root]]
    box = _summary(qtbot, win)
    assert box.text().startswith("3 imported")
    box.accept()


def _import(qtbot, win, root: Path) -> None:
    win.parts.appearances.folders.show_messages = False
    with qtbot.waitSignal(win.parts.appearances.folders.finished, timeout=120_000):
        win.parts.appearances.folders.import_paths([root])


def test_where_else_then_add_as_hops_and_undo(qtbot, window, sqlite_case, tmp_path):
    win = window
    _import(qtbot, win, _folder(tmp_path / "inbox"))
    with sqlite_case.change() as uow:
        claim = ops.add_claim(uow, "The northern crossing stays closed until the inspectors report")
    win.reload()
    qtbot.waitUntil(lambda: win.select_claim(claim), timeout=10_000)
    qtbot.waitUntil(lambda: win.detail.detail is not None, timeout=10_000)
    win.parts.appearances.where_action.trigger()  # no hop: the claim's wording
    dialog = win.findChild(WhereElseDialog, "whereElseDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    dialog = win.parts.appearances.open_trace(QUOTE, claim, "the quote")
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=30_000)
    table = dialog.table
    assert table.topLevelItemCount() == 3
    rows = [[table.topLevelItem(i).text(c) for c in range(4)] for i in range(3)]
    assert [r[0] for r in rows] == ["first", "", ""]
    assert [r[1] for r in rows] == ["2024-03-01", "2024-03-03", "2024-03-05"]
    assert "verbatim" in rows[1][3]
    assert "<b>" in dialog.context.toHtml() or "font-weight" in dialog.context.toHtml()
    assert QUOTE.split()[3] in dialog.context.toPlainText()
    assert not dialog.add_button.isEnabled()
    for row in range(3):
        dialog.check(row)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    with sqlite_case.read() as session:
        hops = session.scalars(
            select(Hop).where(Hop.claim_id == claim).order_by(Hop.position)
        ).all()
        assert [h.relayed_on.day for h in hops] == [1, 3, 5]
        assert [h.relation for h in hops] == ["reported", "republished", "republished"]
        assert all(h.spans for h in hops)
    win.parts.editor.stack.undo()
    with sqlite_case.read() as session:
        left = session.scalars(select(Hop.id).where(Hop.claim_id == claim)).all()
        assert list(left) == [] or all(
            h.deleted_at is not None  # type: ignore[attr-defined]
            for h in session.scalars(select(Hop).where(Hop.claim_id == claim))
        )
    win.parts.editor.stack.redo()
    with sqlite_case.read() as session:
        assert len(session.scalars(select(Hop.id).where(Hop.claim_id == claim)).all()) == 3


def test_too_short_to_trace_in_the_window(qtbot, window):
    win = window
    dialog = win.parts.appearances.open_trace("crossing", None, "the selection")
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=10_000)
    assert dialog.status.text().startswith("Cannot trace it: too short to trace")
    assert dialog.add_button.isHidden()


def test_similar_claims_tab_merge_and_undo(qtbot, window, sqlite_case):
    win = window
    with sqlite_case.change() as uow:
        keep = ops.add_claim(uow, "Bread prices rose by 20 percent in March", tags=["prices"])
        other = ops.add_claim(
            uow, "Bread prices rose by 20 per cent in March.", notes="from the wire"
        )
        ops.add_claim(uow, "Fuel prices fell by 5 percent in April")
    win.reload()
    qtbot.waitUntil(lambda: win.select_claim(keep), timeout=10_000)
    view = win.parts.appearances.similar
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 1, timeout=20_000)
    item = view.list.topLevelItem(0)
    assert item.text(1) == "probably the same" and item.text(3).startswith("Bread prices")
    tabs = win.detail.tabs
    assert tabs.tabText(tabs.indexOf(view)) == "&Similar claims (1)"
    assert win.statusBar().currentMessage().startswith(f"Claim {other} is probably the same claim")
    html = view.pair.toHtml()
    assert "per" in view.pair.toPlainText() and "ffe066" in html
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    box = win.parts.appearances.question
    assert box is not None and box.objectName() == "mergeClaimsQuestion"
    box.button(QMessageBox.StandardButton.Yes).click()
    with sqlite_case.read() as session:
        gone = session.get(Claim, other)
        kept = session.get(Claim, keep)
        assert gone.merged_into_id == keep and "from the wire" in kept.notes
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 0, timeout=20_000)
    win.parts.editor.stack.undo()
    with sqlite_case.read() as session:
        assert session.get(Claim, other).merged_into_id is None
        assert session.get(Claim, keep).notes == ""
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 1, timeout=20_000)


def test_where_else_from_a_selection_in_the_source_viewer(qtbot, window, sqlite_case, tmp_path):
    win = window
    _import(qtbot, win, _folder(tmp_path / "inbox"))
    with sqlite_case.read() as session:  # files are read in parallel: ids follow no order
        wire = session.scalar(select(Source.id).where(Source.title == "Border talks, day 3"))
    support = win.parts.sources
    with qtbot.waitSignal(support.viewer.loaded, timeout=30_000):
        support.show_source(wire)
    view = support.viewer.text_view
    start = view.text.index("will not reopen")
    view.select_span(start, start + len("will not reopen the northern crossing"))
    action = win.parts.appearances.viewer_action
    assert action is not None and action in view.actions()
    action.trigger()
    dialog = win.parts.appearances.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=30_000)
    dates = [dialog.table.topLevelItem(i).text(1) for i in range(dialog.table.topLevelItemCount())]
    assert dates == ["2024-03-01", "2024-03-03", "2024-03-05"]
    # the daily changed "northern" to "north": a near variant, not verbatim
    assert [dialog.table.topLevelItem(i).text(3) for i in range(3)] == [
        "100% verbatim",
        "100% verbatim",
        "83%",
    ]
    dialog.close()
