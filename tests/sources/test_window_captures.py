"""Web captures and e-mail imported through the window: the page picker of a capture of several
pages, and the question that imports an e-mail's attachments as sources linked to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from db.queries import source_detail
from desktop.ui.sources.import_questions import PagePicker
from desktop.ui.sources.source_import import FILE_FILTER, importable
from desktop.ui.window_setup import build_window

from . import capturegen as gen
from . import pdfgen

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture
def window(qtbot, sqlite_case):
    win, _actions = build_window()
    qtbot.addWidget(win)
    win.show()
    assert win.parts is not None and win.parts.sources is not None
    support = win.parts.sources
    support.importer.show_messages = False
    win.set_case(sqlite_case)
    yield win, support
    win.workers.wait(10_000)
    support.importer.pool.waitForDone(10_000)
    win.set_case(None)


def test_the_file_dialog_and_drops_know_the_new_kinds(tmp_path: Path) -> None:
    for pattern in ("*.wacz", "*.warc.gz", "*.mhtml", "*.eml", "*.docx", "*.odt"):
        assert pattern in FILE_FILTER
    names = ["a.wacz", "b.warc.gz", "c.eml", "d.docx", "e.odt", "f.mht", "g.zip"]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in importable([tmp_path / n for n in names])] == names[:-1]


def test_a_capture_of_two_pages_asks_which_page(qtbot, window, sqlite_case, tmp_path: Path):
    _win, support = window
    capture = tmp_path / "two.wacz"
    capture.write_bytes(gen.wacz([(gen.PAGE_URL, gen.BORDER), (gen.SECOND_URL, gen.MINISTERS)]))
    support.importer.import_files([capture])
    qtbot.waitUntil(lambda: isinstance(support.importer.dialog, PagePicker), timeout=30_000)
    picker = support.importer.dialog
    assert picker.list.count() == 2 and gen.SECOND_URL in picker.list.item(1).text()
    picker.choose(gen.PAGE_URL, gen.SECOND_URL)  # both pages: a source each
    imported = []
    support.importer.imported.connect(lambda *args: imported.append(args))
    with qtbot.waitSignal(support.importer.idle, timeout=60_000):
        picker.accept()
    assert [created for _id, created, _changes in imported] == [True, True]
    with sqlite_case.read() as session:
        (first, _), (second, text) = (source_detail(session, i[0]) for i in imported)
    assert (first.url, second.url) == (gen.PAGE_URL, gen.SECOND_URL)
    assert first.file_name == second.file_name == "two.wacz"
    assert dict(second.arrival)["retrieved"] == gen.CAPTURED
    assert "issued no joint statement" in text


def test_an_emails_attachment_is_imported_when_the_reviewer_says_yes(
    qtbot, window, sqlite_case, tmp_path: Path
):
    _win, support = window
    mail = tmp_path / "statement.eml"
    mail.write_bytes(gen.email_with_pdf(pdfgen.latin_pdf(["Nine crossings stay closed."])))
    with qtbot.waitSignal(support.importer.imported, timeout=30_000) as first:
        support.importer.import_files([mail])
    email_source = first.args[0]
    qtbot.waitUntil(lambda: isinstance(support.importer.dialog, QMessageBox), timeout=10_000)
    question = support.importer.dialog
    assert "statement.pdf" in question.text() and "linked to the e-mail" in question.text()
    with qtbot.waitSignal(support.importer.imported, timeout=30_000) as second:
        question.button(QMessageBox.StandardButton.Yes).click()
    with sqlite_case.read() as session:
        view, text = source_detail(session, second.args[0])
    assert view.file_name == "statement.pdf" and "Nine crossings stay closed." in text
    facts = dict(view.arrival)
    assert facts["attached to"] == f"source {email_source} (the e-mail statement.eml)"


def test_a_quote_typed_as_printed_is_lit_on_the_image(qtbot, window, sqlite_case, tmp_path):
    from db import operations as ops

    from . import ocrgen

    _win, support = window
    dialog = support.choose_ocr_language()  # File ▸ OCR Language for Imports…
    dialog.setTextValue("eng")
    dialog.accept()
    assert support.importer.ocr_language == "eng"
    text = "The bridge over the river will stay closed until the end of May."
    image = ocrgen.render(text, "en")
    shot = tmp_path / "notice.png"
    shot.write_bytes(ocrgen.png(image))
    with qtbot.waitSignal(support.viewer.loaded, timeout=60_000):
        support.open_file(shot)
    viewer = support.viewer
    source_id = viewer.source_id
    assert "text recognised by OCR (mean confidence" in viewer.facts.text()
    assert viewer.tabs.isTabEnabled(2)
    with sqlite_case.change() as uow:
        claim = ops.add_claim(uow, "The bridge stays shut until June")
        actor = ops.add_actor(uow, "Regional council")
        hop = ops.add_hop(
            uow,
            claim,
            actor_id=actor,
            relation="said",
            source_id=source_id,
            quote="will stay closed until the end of May",
        )
    viewer.reload()
    qtbot.waitUntil(lambda: any(h.id == hop for h in viewer.source.hops), timeout=10_000)
    with qtbot.waitSignal(viewer.scan_view.quoteShown, timeout=10_000) as shown:
        viewer.show_hop(hop)
    assert shown.args == [1, 8] and viewer.tabs.currentWidget() is viewer.scan_view
    lit = viewer.scan_view.canvas.highlighted
    assert [viewer.source.text[w.start : w.end] for w in lit] == (
        ["will", "stay", "closed", "until", "the", "end", "of", "May."]
    )
    # the lit boxes stand where the words were drawn: on the first line, right of "river"
    assert all(0 < w.x < image.width and 30 < w.y < image.height for w in lit)
    viewer.recognise_action.trigger()
    assert "needs source versions" in viewer.message.text()
    grab = viewer.scan_view.grab()
    grab.save(str(tmp_path / "lit.png"))
    assert not grab.isNull()


@pytest.mark.parametrize(
    ("name", "make", "url", "fact", "value"),
    [
        (
            "page.warc.gz",
            lambda: gen.warc([(gen.PAGE_URL, gen.BORDER)]),
            gen.PAGE_URL,
            "retrieved",
            gen.CAPTURED,
        ),
        ("page.mhtml", gen.mhtml, gen.PAGE_URL, "retrieved", gen.CAPTURED),
        (
            "statement.eml",
            lambda: gen.email_with_pdf(pdfgen.latin_pdf(["Annex"])),
            "",
            "from",
            gen.SENDER,
        ),
    ],
)
def test_captures_and_email_through_the_window_with_a_located_quote(
    qtbot, window, sqlite_case, tmp_path, name, make, url, fact, value
):
    from db import operations as ops

    _win, support = window
    path = tmp_path / name
    path.write_bytes(make())
    with qtbot.waitSignal(support.viewer.loaded, timeout=60_000):
        support.open_file(path)
    viewer = support.viewer
    assert viewer.source.view.url == url and dict(viewer.source.view.arrival)[fact] == value
    assert f"{fact}: " in viewer.facts.text()
    if support.importer.dialog is not None:  # the e-mail's attachment question: not now
        support.importer.dialog.button(QMessageBox.StandardButton.No).click()
    with sqlite_case.change() as uow:
        claim = ops.add_claim(uow, "The crossing reopens within two weeks")
        actor = ops.add_actor(uow, "Deputy minister")
        hop = ops.add_hop(
            uow,
            claim,
            actor_id=actor,
            relation="said",
            source_id=viewer.source_id,
            quote="reopen to trucks within two weeks",
        )
    viewer.reload()
    qtbot.waitUntil(lambda: any(h.id == hop for h in viewer.source.hops), timeout=10_000)
    (located,) = [h for h in viewer.source.hops if h.id == hop]
    (span,) = located.spans
    assert viewer.source.text[span.start : span.end] == "reopen to trucks within two weeks"
