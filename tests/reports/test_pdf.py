"""The PDF report read back with pypdf: every claim and quote in order, Arabic included."""

from __future__ import annotations

import io
import unicodedata

import pypdf

from desktop.reports import pdf

from .conftest import ARABIC_QUOTE, ReportCase
from .helpers import flat, logical_lines, make_report


def _pages(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return ["\n".join(logical_lines(page.extract_text())) for page in reader.pages]


def test_pdf_holds_each_claim_and_quote_in_order(report_case: ReportCase) -> None:
    report = make_report(report_case.case)
    data = pdf.render(report)
    assert data.startswith(b"%PDF-")
    pages = _pages(data)
    text = flat(" ".join(pages))
    expected: list[str] = []
    for claim in report.claims:
        expected.append(flat(claim.text))
        expected += [flat(h.quote) for h in claim.hops if h.quote and h.direction == "ltr"]
    position = 0
    for piece in expected:
        # table cells wrap, so compare the words
        found = text.find(piece.split()[0], position)
        assert found >= 0, piece
        assert all(word in text[found:] for word in piece.split())
        position = found
    # the Arabic quote comes back whole, in logical order, once its shaping is undone
    assert unicodedata.normalize("NFKC", ARABIC_QUOTE) in text
    arabic_page = next(p for p in pages if ARABIC_QUOTE in flat(p))
    assert "Turkey puts no preconditions" in flat(arabic_page)


def test_pdf_pages_have_headers_numbers_and_the_report_facts(report_case: ReportCase) -> None:
    report = make_report(report_case.case)
    pages = _pages(pdf.render(report))
    assert len(pages) >= len(report.claims) + 2  # cover, one page or more a claim, contents
    for number, page in enumerate(pages, 1):
        assert f"page {number}" in page
        assert report.meta.case_name in page
    cover = flat(pages[0])
    assert report.meta.audit_head in cover
    assert report_case.evidence_sha256 in cover
    assert "Exporting Reviewer" in cover and report.meta.app_version in cover
    assert "Contents" in pages[-1]


def test_many_qt_calls_do_not_run_none_down() -> None:
    """PySide6 6.12 on CPython 3.11 loses a reference to None on every void call; a long PDF
    used to abort the interpreter at exit ("none_dealloc")."""
    import subprocess
    import sys

    code = (
        "from desktop.reports.pdf import ensure_gui_application\n"
        "ensure_gui_application()\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for _ in range(20000):\n"
        "    o.setObjectName('x')\n"  # returns None
        "    o.blockSignals(False)\n"  # returns a bool
        "    o.blockSignals(True)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"
