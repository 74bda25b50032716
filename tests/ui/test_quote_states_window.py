"""The window shows a quote not located (issue item 9), page labels (item 10), and a source's
reader-limit and encoding doubts (items 5 and 7)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db import operations as ops
from db.case import Case
from desktop.sources import import_file
from desktop.ui.claim.hops_model import QUOTE
from desktop.ui.main_window import MainWindow
from desktop.ui.sources.source_viewer import SourceViewer
from tests.sources import pdfgen


def _quote_cells(window: MainWindow) -> list[tuple[str, str]]:
    model = window.detail.hops
    cells = []
    for row in range(model.rowCount()):
        index = model.index(row, QUOTE)
        cells.append(
            (
                model.data(index, Qt.ItemDataRole.DisplayRole),
                model.data(index, Qt.ItemDataRole.ToolTipRole),
            )
        )
    return cells


def test_hop_list_says_quote_not_located_and_cites_page_labels(
    qtbot: QtBot, window: MainWindow, sqlite_case: Case, tmp_path: Path
) -> None:
    path = tmp_path / "labelled.pdf"
    texts = ["Preface", "Contents", "The minister spoke first", "Second", "Third"]
    path.write_bytes(pdfgen.with_page_labels(pdfgen.latin_pdf(texts), [(0, "/r", 1), (2, "/D", 1)]))
    source = import_file(sqlite_case, path).source_id
    with sqlite_case.change() as uow:
        claim = ops.add_claim(uow, "The minister spoke")
        actor = ops.add_actor(uow, "Minister")
        for quote in ("The minister spoke first", "words that are not there"):
            ops.add_hop(uow, claim, actor_id=actor, relation="said", source_id=source, quote=quote)
    window.set_case(sqlite_case)
    qtbot.waitUntil(lambda: window.detail.hops.rowCount() == 2, timeout=10_000)
    (located, located_tip), (missing, missing_tip) = _quote_cells(window)
    assert located == "The minister spoke first" and "Page 1 [3]" in located_tip
    assert missing == "words that are not there  — quote not located"
    assert "Quote not located in the source's text" in missing_tip


def test_source_viewer_shows_reader_limits_and_encoding_doubt(
    qtbot: QtBot, sqlite_case: Case, tmp_path: Path
) -> None:
    flood = tmp_path / "flood.pdf"
    flood.write_bytes(pdfgen.form_xobject_flood("repeated words", 5_100))
    flooded = import_file(sqlite_case, flood, allow_partial=True).source_id
    short = tmp_path / "short.txt"
    short.write_bytes("Привет".encode("cp1251"))
    doubtful = import_file(sqlite_case, short).source_id
    viewer = SourceViewer()
    viewer.set_case(sqlite_case)
    qtbot.addWidget(viewer)
    viewer.show()
    try:
        with qtbot.waitSignal(viewer.loaded, timeout=10_000):
            viewer.show_source(flooded)
        assert viewer.warning.isVisible()
        assert "form XObject invocations" in viewer.warning.text()
        assert "1 of 1 pages read" in viewer.warning.text()
        with qtbot.waitSignal(viewer.loaded, timeout=10_000):
            viewer.show_source(doubtful)
        assert viewer.warning.isVisible()
        assert "Check the encoding: the file was read as cp1251" in viewer.warning.text()
    finally:
        viewer.workers.wait(5000)


def test_import_shows_the_readings_side_by_side_to_choose(
    qtbot: QtBot, sqlite_case: Case, tmp_path: Path
) -> None:
    """Issue item 5 in the window: a short file whose encoding is in doubt."""
    from PySide6.QtWidgets import QPlainTextEdit, QWidget

    from db.queries import source_detail
    from desktop.ui.sources.source_import import SourceImporter

    path = tmp_path / "one-word.txt"
    path.write_bytes("Привет".encode("cp1251"))
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    importer = SourceImporter(parent)
    importer.show_messages = False
    importer.set_case(sqlite_case)
    try:
        importer.import_files([path])
        qtbot.waitUntil(lambda: importer.dialog is not None, timeout=30_000)
        chooser = importer.dialog
        assert chooser.objectName() == "encodingChooser"
        shown = {p.accessibleName(): p.toPlainText() for p in chooser.findChildren(QPlainTextEdit)}
        assert shown["The file read as cp1251"] == "Привет"
        assert len(shown) >= 2  # the other plausible readings beside it
        chooser.choose("cp1251")
        with qtbot.waitSignal(importer.imported, timeout=30_000) as signal:
            chooser.accept()
        with sqlite_case.read() as session:
            view, text = source_detail(session, signal.args[0])
        assert text == "Привет" and view.encoding == "cp1251" and not view.encoding_doubtful
    finally:
        importer.cancel()
        importer.pool.waitForDone(10_000)
