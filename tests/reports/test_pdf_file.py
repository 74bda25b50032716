"""The PDF report is written page by page as it is laid out: no canvas keeps a page's drawing
once it is left, a report laid out on many canvases reads as one document (page n of N, the
contents' numbers and links, the outline, the text), and each font is embedded once."""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pypdf
import pytest

from db.vocabulary import Relation
from desktop.reports import pdf, pdf_canvas, pdf_document
from desktop.reports.export import paused_gc
from desktop.reports.model import Report
from desktop.reports.words import report_words

from .helpers import flat, make_report, outline
from .scripts_case import build_scripts_case


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Report]:
    case = build_scripts_case(tmp_path_factory.mktemp("file"))
    yield make_report(case)
    case.close()


@pytest.fixture
def small_canvases(monkeypatch: pytest.MonkeyPatch) -> list[pdf_canvas.Canvas]:
    """Canvases of two pages' claims and two pages' footers; every canvas made is recorded."""
    monkeypatch.setattr(pdf_document, "CANVAS_PAGES", 2)
    monkeypatch.setattr(pdf_document, "FOOTER_PAGES", 2)
    made: list[pdf_canvas.Canvas] = []
    real = pdf_canvas.Canvas.__init__

    def record(self: pdf_canvas.Canvas, *args: Any, **kwargs: Any) -> None:
        real(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(pdf_canvas.Canvas, "__init__", record)
    return made


def _texts(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as document:
        return [page.extract_text() or "" for page in document.pages]


def test_pages_are_let_go_as_they_are_left_and_read_as_one_document(
    report: Report, small_canvases: list[pdf_canvas.Canvas]
) -> None:
    split = pdf.render(report)
    canvases = list(small_canvases)
    small_canvases.clear()
    pdf_document.CANVAS_PAGES = pdf_document.FOOTER_PAGES = 10_000  # undone by monkeypatch
    whole = pdf.render(report)
    assert len(canvases) > len(small_canvases) + 3  # the report did go over many canvases
    for canvas in canvases:  # each keeps nothing of its pages: they are in the file
        assert all(not page.contents for page in canvas.pages.values())
    texts, reader = _texts(split), pypdf.PdfReader(io.BytesIO(split))
    total = len(texts)
    assert texts == _texts(whole)  # the same pages, footers and contents' numbers included
    assert all(f"page {n} of {total}" in text for n, text in enumerate(texts, 1))
    starts = {
        claim.id: next(n for n, text in enumerate(texts) if f"Claim {claim.id}:" in text)
        for claim in report.claims
    }
    links = sorted(
        reader.get_page_number(annot.get_object()["/Dest"][0].get_object())
        for page in reader.pages
        for annot in page.get("/Annots") or []
    )
    assert links == sorted(starts.values())
    items = outline(reader)
    assert items == outline(pypdf.PdfReader(io.BytesIO(whole)))
    claims = [entry for entry in items[1] if not isinstance(entry, list)]
    assert [page for _, page in claims[1:]] == [starts[c.id] for c in report.claims]


def test_each_font_is_embedded_once_whatever_the_canvases(
    report: Report, small_canvases: list[pdf_canvas.Canvas], tmp_path: Path
) -> None:
    data = pdf.render(report, words=report_words("ar"))
    reader = pypdf.PdfReader(io.BytesIO(data))
    files = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descendant = font.get_object()["/DescendantFonts"][0].get_object()
            files.add(descendant["/FontDescriptor"]["/FontFile2"].indirect_reference.idnum)
    fonts = {name for page in reader.pages for name in page["/Resources"]["/Font"]}
    assert len(files) == len(fonts) and len(small_canvases) > 3
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    assert all(flat(claim.text) in text for claim in report.claims)


def test_what_fpdf2_leaves_behind_is_collected_as_pages_are_left(
    report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export pauses the cyclic collector; the cycles fpdf2 leaves behind for each shaped
    piece are collected as the pages are left, so they do not pile up with the report's
    length."""

    def left_behind(every: int) -> int:
        monkeypatch.setattr(pdf_canvas, "COLLECT_PAGES", every)
        gc.collect()
        with paused_gc():
            pdf.render(report, words=report_words("ar"))
            return gc.collect()

    never, each_page = left_behind(10**9), left_behind(1)
    assert each_page * 4 < never, (each_page, never)


@pytest.mark.parametrize("language", ["ru", "tr"])
def test_narrow_columns_widen_rather_than_cut_a_word(report: Report, language: str) -> None:
    """A column's title or value longer than its share of the page ("Способ передачи",
    "Сообщение") widens the column: each word reads whole, none is cut in the middle."""
    words = report_words(language)
    data = pdf.render(report, words=words)
    with pdfplumber.open(io.BytesIO(data)) as document:
        read = {w["text"] for page in document.pages for w in page.extract_words()}
    titles = ("Hop", "Actor", "Relation", "Source", "Date", "Quote", "Status")
    expected = {word for title in titles for word in words._(title).split()}
    expected |= {
        word
        for claim in report.claims
        for hop in claim.hops
        for word in words.value(Relation, hop.relation).split()
    }
    assert expected <= read, expected - read


def test_an_export_reads_its_claims_as_it_lays_them_out(any_case: Any, tmp_path: Path) -> None:
    """The export to a file reads the claims from the case in the session of its report (on
    SQLite and PostgreSQL) and prints the same pages as the report read whole."""
    from db.demo import create_demo
    from desktop.reports.export import export_report
    from desktop.reports.scope import ReportScope

    create_demo(any_case)
    now = make_report(any_case).meta.generated_at
    target = tmp_path / "streamed.pdf"
    done = export_report(
        any_case, ReportScope(), "pdf", target, reviewer="Exporting Reviewer", now=now
    )
    whole = make_report(any_case)
    streamed = _texts(target.read_bytes())
    assert done.claims == len(whole.claims) and done.size == target.stat().st_size
    assert all(f"Claim {claim.id}:" in "".join(streamed) for claim in whole.claims)
    assert len(streamed) == len(_texts(pdf.render(whole)))


def test_a_signed_pdf_is_written_as_it_is_laid_out(
    report_case: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The signed PDF goes to its file as it is laid out (never whole in memory, as bytes),
    is signed from the file, verifies, and names the key; a cancelled one leaves nothing."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop import signing
    from desktop.reports.export import ExportCancelled, export_report
    from desktop.reports.scope import ReportScope

    key = signing.DeskKey(Ed25519PrivateKey.generate(), "Desk", "2026-01-01T00:00:00+00:00")
    monkeypatch.setattr(signing, "load_key", lambda: key)

    def whole(*args: Any, **kwargs: Any) -> bytes:
        raise AssertionError("the signed PDF was rendered whole, in memory")

    monkeypatch.setattr(pdf, "render", whole)
    target = tmp_path / "signed.pdf"
    done = export_report(
        report_case.case, ReportScope(), "pdf", target, reviewer="R", sign_as="Ayşe"
    )
    assert done.signature is not None and done.signing_key == key.fingerprint
    assert done.size == target.stat().st_size
    checked = signing.verify_report(target, expected_key=key.fingerprint)
    assert checked.ok and checked.signer == "Ayşe", checked.problem
    assert key.fingerprint in "".join(_texts(target.read_bytes())).replace("\n", "")
    assert done.claims == len(make_report(report_case.case).claims) > 0

    cancelled = tmp_path / "cancelled"
    cancelled.mkdir()
    with pytest.raises(ExportCancelled):
        export_report(
            report_case.case,
            ReportScope(),
            "pdf",
            cancelled / "r.pdf",
            reviewer="R",
            sign_as="Ayşe",
            cancelled=lambda: True,
        )
    assert not list(cancelled.iterdir())
