"""The source viewer and the import worker, driven as a reviewer would with pytest-qt."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from db import operations as ops
from db.queries import claim_detail
from db.text.spans import Span, locate_quote
from desktop.sources import import_file
from desktop.ui.sources.selection_dialogs import AddHopFromSelection, NewClaimFromSelection
from desktop.ui.sources.source_import import FileDropFilter, SourceImporter
from desktop.ui.sources.source_viewer import SourceViewer

from . import pdfgen
from .conftest import ARABIC_LINES, counts

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

PAGES = [
    "The minister spoke at a press conference in Moscow.",
    "A Turkish official said there are no red lines with Syria.",
    "The talks will go on next month.",
]


@pytest.fixture
def viewer(qtbot, sqlite_case):
    widget = SourceViewer()
    widget.set_case(sqlite_case)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    widget.workers.wait(5000)


def show(qtbot, viewer: SourceViewer, source_id: int, hop_id: int | None = None) -> None:
    with qtbot.waitSignal(viewer.loaded, timeout=10_000):
        viewer.show_source(source_id, hop_id=hop_id)


def point_at(viewer: SourceViewer, offset: int) -> QPoint:
    cursor = QTextCursor(viewer.text_view.document())
    cursor.setPosition(offset)
    rect = viewer.text_view.cursorRect(cursor)
    return QPoint(rect.left() + 1, rect.center().y())


def select_by_keyboard(qtbot, viewer: SourceViewer, start: int, end: int) -> None:
    """Click where the selection starts, then Shift+Right to its end."""
    view = viewer.text_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_at(viewer, start))
    assert view.textCursor().position() == start
    for _ in range(end - start):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def click_action(qtbot, viewer: SourceViewer, action) -> None:
    button = viewer.toolbar.widgetForAction(action)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pdf_source(case, tmp_path: Path) -> int:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdfgen.latin_pdf(PAGES, title="Press report"))
    return import_file(case, path).source_id


def test_select_text_and_create_a_claim_with_its_first_hop(qtbot, viewer, sqlite_case, tmp_path):
    source_id = pdf_source(sqlite_case, tmp_path)
    show(qtbot, viewer, source_id)
    assert viewer.title.text() == "Press report"
    assert viewer.tabs.isTabEnabled(1)  # the real page, from the evidence bytes
    assert not viewer.new_claim_action.isEnabled()
    text = viewer.text_view.text
    start = text.index("there are no red lines")
    end = start + len("there are no red lines with Syria")
    select_by_keyboard(qtbot, viewer, start, end)
    assert viewer.new_claim_action.isEnabled()

    with qtbot.waitSignal(viewer.newClaimFromSelection) as signal:
        click_action(qtbot, viewer, viewer.new_claim_action)
    got_source, spans, selected = signal.args
    assert (got_source, spans, selected) == (
        source_id,
        [Span(start, end, 2)],
        "there are no red lines with Syria",
    )

    dialog = NewClaimFromSelection(viewer, sqlite_case, got_source, spans, selected)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.claim_text.setPlainText("Turkey has no red lines with Syria")
    qtbot.keyClicks(dialog.actor, "Turkish security official")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    claim_id, hop_id = dialog.result_ids
    with sqlite_case.read() as session:
        detail = claim_detail(session, claim_id)
    (hop,) = detail.hops
    assert detail.text == "Turkey has no red lines with Syria"
    assert (hop.id, hop.source_id, hop.actor_name) == (
        hop_id,
        source_id,
        "Turkish security official",
    )
    assert hop.spans == (Span(start, end, 2),)
    assert hop.quote == "there are no red lines with Syria"

    # The new hop is highlighted once the viewer reloads; a click on it goes to the hop.
    with qtbot.waitSignal(viewer.loaded):
        viewer.reload()
    assert len(viewer.text_view.extraSelections()) == 1
    with qtbot.waitSignal(viewer.hopActivated) as clicked:
        qtbot.mouseClick(
            viewer.text_view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=point_at(viewer, start + 5),
        )
    assert clicked.args == [hop_id]


def test_select_text_across_pages_and_add_a_hop(qtbot, viewer, sqlite_case, tmp_path):
    source_id = pdf_source(sqlite_case, tmp_path)
    with sqlite_case.change() as uow:
        claim_id = ops.add_claim(uow, "Talks will go on")
    show(qtbot, viewer, source_id)
    text = viewer.text_view.text
    start = text.index("with Syria.")
    end = text.index("The talks") + len("The talks")
    select_by_keyboard(qtbot, viewer, start, end)
    with qtbot.waitSignal(viewer.addHopFromSelection) as signal:
        click_action(qtbot, viewer, viewer.add_hop_action)
    _source, spans, selected = signal.args
    page3 = text.index("The talks")
    assert spans == [Span(start, start + len("with Syria."), 2), Span(page3, end, 3)]
    assert selected == "with Syria. … The talks"

    dialog = AddHopFromSelection(viewer, sqlite_case, source_id, spans, selected, claim_id=claim_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.claimsLoaded):
        dialog.show()
    assert dialog.claim.currentData() == claim_id
    qtbot.keyClicks(dialog.actor, "Press report")
    dialog.relation.setCurrentIndex(dialog.relation.findData("reported"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    with sqlite_case.read() as session:
        (hop,) = claim_detail(session, claim_id).hops
    assert hop.spans == tuple(spans) and hop.relation == "reported"


def test_quote_shown_on_its_pdf_page(qtbot, viewer, sqlite_case, tmp_path):
    source_id = pdf_source(sqlite_case, tmp_path)
    with sqlite_case.change() as uow:
        claim_id = ops.add_claim(uow, "The talks go on")
        actor = ops.find_or_add_actor(uow, "Press report")
    with sqlite_case.read() as session:
        from db.models import Source
        from db.queries import source_detail

        _view, text = source_detail(session, source_id)
        starts = session.get(Source, source_id).page_starts
    spans = locate_quote(text, "The talks will go on", starts)
    assert spans[0].page == 3
    with sqlite_case.change() as uow:
        hop_id = ops.add_hop(
            uow,
            claim_id,
            actor_id=actor,
            relation="reported",
            source_id=source_id,
            quote="The talks will go on",
            spans=spans,
        )
    with qtbot.waitSignal(viewer.page_view.quoteShown, timeout=10_000) as shown:
        viewer.show_source(source_id, hop_id=hop_id)
    assert shown.args == [3, True]
    assert viewer.page_view.current_page == 3
    assert viewer.text_view.textCursor().position() == spans[0].start


def test_rtl_source_reads_right_to_left(qtbot, viewer, sqlite_case, qt_arabic_pdf):
    source_id = import_file(sqlite_case, qt_arabic_pdf).source_id
    show(qtbot, viewer, source_id)
    assert viewer.text_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert viewer.text_view.toPlainText().startswith(ARABIC_LINES[0])
    assert "right to left" in viewer.facts.text()


def test_incomplete_source_says_so(qtbot, viewer, sqlite_case, tmp_path):
    path = tmp_path / "damaged.pdf"
    path.write_bytes(pdfgen.with_bomb_page(["One", "Two", "Three"], 1, 80 << 20))
    source_id = import_file(sqlite_case, path, allow_partial=True).source_id
    show(qtbot, viewer, source_id)
    assert viewer.warning.isVisible()
    assert "Missing pages: 2." in viewer.warning.text()


def test_open_original_writes_a_checked_copy(
    qtbot, viewer, sqlite_case, digest_article, monkeypatch
):
    opened: list[QUrl] = []
    monkeypatch.setattr(
        "desktop.ui.sources.source_viewer.QDesktopServices.openUrl",
        lambda url: opened.append(url) or True,
    )
    source_id = import_file(sqlite_case, digest_article).source_id
    show(qtbot, viewer, source_id)
    with qtbot.waitSignal(viewer.originalOpened, timeout=10_000) as signal:
        click_action(qtbot, viewer, viewer.open_original_action)
    path = Path(signal.args[0])
    assert opened == [QUrl.fromLocalFile(str(path))]
    assert (
        hashlib.sha256(path.read_bytes()).hexdigest()
        == hashlib.sha256(digest_article.read_bytes()).hexdigest()
    )


@pytest.fixture
def importer(qtbot, sqlite_case):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    importer = SourceImporter(window)
    importer.show_messages = False
    importer.set_case(sqlite_case)
    yield importer
    importer.cancel()
    importer.pool.waitForDone(10_000)


def test_import_worker_reports_progress_and_the_new_source(qtbot, importer, tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(pdfgen.latin_pdf([f"Page {n} of the long report" for n in range(1, 41)]))
    seen: list[tuple[int, int]] = []
    importer.import_files([path])
    importer.job.signals.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(importer.imported, timeout=30_000) as signal:
        pass
    source_id, created, changes = signal.args
    assert created and source_id in changes.sources
    assert seen and seen[-1] == (40, 40)


def test_import_worker_cancel_leaves_the_case_unchanged(qtbot, importer, sqlite_case, tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(pdfgen.latin_pdf([f"Page {n}" for n in range(1, 400)]))
    before = counts(sqlite_case)
    importer.import_files([path])
    importer.job.cancel()  # as the progress dialog's Cancel button does
    with qtbot.waitSignal(importer.failed, timeout=30_000) as signal:
        pass
    assert signal.args == ["cannot import long.pdf: cancelled"]
    assert counts(sqlite_case) == before


def test_import_worker_asks_for_a_password(qtbot, importer, sqlite_case, tmp_path):
    import io

    from pypdf import PdfWriter

    path = tmp_path / "locked.pdf"
    writer = PdfWriter(clone_from=io.BytesIO(pdfgen.latin_pdf(["Locked words"])))
    writer.encrypt(user_password="pw", algorithm="AES-256")
    writer.write(path)
    importer.import_files([path])
    qtbot.waitUntil(lambda: importer.dialog is not None, timeout=30_000)
    dialog = importer.dialog
    assert "\u2068locked.pdf\u2069 is encrypted" in dialog.labelText()
    dialog.setTextValue("pw")
    with qtbot.waitSignal(importer.imported, timeout=30_000) as signal:
        dialog.accept()
    assert signal.args[1] is True


def test_import_worker_asks_before_keeping_a_partial_file(qtbot, importer, sqlite_case, tmp_path):
    path = tmp_path / "damaged.pdf"
    path.write_bytes(pdfgen.with_bomb_page(["One", "Two", "Three"], 1, 80 << 20))
    importer.import_files([path])
    qtbot.waitUntil(lambda: importer.dialog is not None, timeout=30_000)
    box = importer.dialog
    assert "Only part of \u2068damaged.pdf\u2069 could be read" in box.text()
    with qtbot.waitSignal(importer.imported, timeout=30_000) as signal:
        qtbot.mouseClick(box.button(box.StandardButton.Yes), Qt.MouseButton.LeftButton)
    from db.queries import source_detail

    with sqlite_case.read() as session:
        view, _ = source_detail(session, signal.args[0])
    assert view.incomplete and view.missing_pages == (2,)


DRAG = (Qt.DropAction.CopyAction,)
BUTTONS = (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_dropped_files_are_offered_for_import(qtbot, tmp_path):
    target = QWidget()
    qtbot.addWidget(target)
    drops = FileDropFilter.install(target)
    good = tmp_path / "a.pdf"
    good.write_bytes(pdfgen.latin_pdf(["x"]))
    other = tmp_path / "b.exe"
    other.write_bytes(b"MZ")
    target.show()
    rejected = QMimeData()
    rejected.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(QPoint(5, 5), *DRAG, rejected, *BUTTONS)
    QApplication.sendEvent(target, enter)
    assert not enter.isAccepted()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(QPoint(5, 5), *DRAG, mime, *BUTTONS)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), *DRAG, mime, *BUTTONS)
    with qtbot.waitSignal(drops.filesDropped) as signal:
        QApplication.sendEvent(target, drop)
    assert signal.args == [[good]]


def test_reviewer_corrects_language_and_direction(qtbot, viewer, sqlite_case, digest_article):
    source_id = import_file(sqlite_case, digest_article).source_id
    show(qtbot, viewer, source_id)
    assert viewer.text_view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    click_action(qtbot, viewer, viewer.details_action)
    dialog = viewer.findChild(QWidget, "sourceDetailsDialog")
    assert dialog.published.text() == "2024-03-07"
    dialog.language.clear()
    qtbot.keyClicks(dialog.language, "ar")
    dialog.direction.setCurrentIndex(dialog.direction.findData("rtl"))
    with qtbot.waitSignal(viewer.loaded, timeout=10_000):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert viewer.text_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    from db.queries import source_detail

    with sqlite_case.read() as session:
        view, _ = source_detail(session, source_id)
    assert (view.language, view.direction, view.version) == ("ar", "rtl", 2)


def test_arabic_quote_highlighted_on_the_qt_drawn_page(qtbot, viewer, sqlite_case, qt_arabic_pdf):
    from db.models import Source
    from db.queries import source_detail

    source_id = import_file(sqlite_case, qt_arabic_pdf).source_id
    with sqlite_case.read() as session:
        _view, text = source_detail(session, source_id)
        starts = session.get(Source, source_id).page_starts
    quote = "لا توجد خطوط حمراء"
    spans = locate_quote(text, quote, starts)
    assert spans[0].page == 1
    with sqlite_case.change() as uow:
        claim_id = ops.add_claim(uow, "No red lines")
        actor = ops.find_or_add_actor(uow, "Turkish security official")
        hop_id = ops.add_hop(
            uow,
            claim_id,
            actor_id=actor,
            relation="said",
            source_id=source_id,
            quote=quote,
            spans=spans,
        )
    with qtbot.waitSignal(viewer.page_view.quoteShown, timeout=10_000) as shown:
        viewer.show_source(source_id, hop_id=hop_id)
    assert shown.args == [1, True]
    assert viewer.page_view.view.currentSearchResultIndex() >= 0
