"""The PDF report holds what the HTML report holds: its text extracts as the case's own text,
and it is laid out as a reader expects of a printed report."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pypdf
import pytest

from db import operations as ops
from db.case import Case
from db.text.direction import PDI
from desktop.reports import pdf
from desktop.wording import for_people

from .helpers import flat, make_report
from .scripts_case import build_scripts_case, scripts_data

PRESENTATION_FORMS = re.compile("[\ufb00-\ufb4f\ufb50-\ufdff\ufe70-\ufeff]")
"""Latin ligatures (ﬁ ﬀ ﬃ), Arabic presentation forms A and B: never in a report's text."""
WORDS = re.compile(r"[\w']+")
BIDI_MARKS = re.compile("[\u202a-\u202e]")
"""The embedding marks pdftotext wraps right-to-left lines in (display hints, not text)."""


def _pypdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def _pdftotext(path: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


@pytest.fixture
def scripts_case(tmp_path: Path) -> Case:
    case = build_scripts_case(tmp_path)
    yield case
    case.close()


def test_pdf_text_is_the_cases_text_in_every_script(scripts_case: Case, tmp_path: Path) -> None:
    """Arabic as letters in logical order (no presentation forms), Turkish ı/İ, Russian ё,
    English "official" and "files" without ligature code points: found by pypdf exactly as the
    case holds them."""
    data = scripts_data()
    report = make_report(scripts_case)
    content = pdf.render(report)
    text = flat(" ".join(_pypdf_pages(content)))
    assert not PRESENTATION_FORMS.search(text)
    words = set(WORDS.findall(text))
    for script, expected in data["words"].items():
        for word in expected:
            assert word in words, f"{script}: {word!r} not in the PDF's text"
    for claim in data["claims"]:  # whole sentences, in their order
        assert flat(claim["text"]) in text
        for hop in claim["hops"]:
            assert flat(hop["quote"]) in text
    assert f"Provenance report — {data['case_name']}" in text


QUOTES = {
    "ar": "لا توجد شروط مسبقة للحوار مع سوريا",
    "he": "אין קווים אדומים בשיחות עם השכנים",
    "en": "The affidavit was filed on Friday; the files reflect that",
}
"""An Arabic quote with lam-alef (لا), a Hebrew one, an English one drawn with ligatures
(ff, fi, fl): quotes of the scripts case."""


def _quote_cells(path: Path) -> list[str]:
    """The text pdftotext reads in each cell of the hop tables' Quote column, one cell at a
    time (cropped to it: whole, poppler reads a row's cells side by side into one line)."""
    cells: list[str] = []
    with pdfplumber.open(path) as document:
        for number, page in enumerate(document.pages, 1):
            for table in page.find_tables():
                header = [flat(cell or "") for cell in table.extract()[0]]
                if "Quote" not in header:
                    continue
                column = header.index("Quote")
                for row in table.rows[1:]:
                    box = row.cells[column]
                    if box is None:
                        continue
                    x0, top, x1, bottom = box
                    crop = ["-f", str(number), "-l", str(number), "-r", "72"]
                    crop += ["-x", str(int(x0)), "-y", str(int(top))]
                    crop += ["-W", str(int(x1 - x0) + 1), "-H", str(int(bottom - top) + 1)]
                    cells.append(flat(BIDI_MARKS.sub(" ", _pdftotext(path, *crop))))
    return cells


def test_pdftotext_and_pypdf_read_each_quote_exactly(scripts_case: Case, tmp_path: Path) -> None:
    """Poppler turned a right-to-left lam-alef round ("لا توجد" read "ال توجد"): the report
    gives it as ActualText, and pdftotext (poppler-utils, a system package the project
    installs) and pypdf both read every quote as the case holds it, and every word."""
    assert shutil.which("pdftotext"), "poppler-utils is not installed"
    data = scripts_data()
    quotes = {hop["quote"] for claim in data["claims"] for hop in claim["hops"]}
    assert set(QUOTES.values()) <= quotes
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf.render(make_report(scripts_case)))
    cells = _quote_cells(path)
    for language, quote in QUOTES.items():
        assert quote in cells, f"pdftotext does not read the {language} quote {quote!r}: {cells}"
    poppler = flat(BIDI_MARKS.sub(" ", _pdftotext(path)))  # a run boundary is a word boundary
    pypdf_text = flat(" ".join(_pypdf_pages(path.read_bytes())))
    for language, quote in QUOTES.items():
        assert quote in pypdf_text, f"pypdf does not read the {language} quote {quote!r}"
    for reader, text in (("pdftotext", poppler), ("pypdf", pypdf_text)):
        assert not PRESENTATION_FORMS.search(text), reader
        assert "ال توجد" not in text, reader  # the reversed lam-alef
        words = set(WORDS.findall(text))
        for script, expected in data["words"].items():
            for word in expected:
                assert word in words, f"{reader}, {script}: {word!r} not in the PDF's text"


def _long_claim(case: Case) -> int:
    """A claim whose hop table cannot fit one page: fourteen hops with long notes."""
    with case.change() as uow:
        claim = ops.add_claim(uow, "A long chain that fills more than one page")
        actor = ops.find_or_add_actor(uow, "Relay desk", "outlet")
        for n in range(14):
            ops.add_hop(
                uow,
                claim,
                actor_id=actor,
                relation="republished",
                quote=f"Relay {n}: " + "the same words again " * 6,
                note="A note long enough to make the row tall. " * (3 + n % 4),
            )
    return claim


def test_pdf_layout_contents_chains_rows_and_page_numbers(demo_case: Case) -> None:
    long_claim = _long_claim(demo_case)
    report = make_report(demo_case)
    content = pdf.render(report)
    with pdfplumber.open(io.BytesIO(content)) as document:
        pages = [page.extract_text() or "" for page in document.pages]
        total = len(pages)
        # "page n of N" on every page, and the header: the case name, then the time, whole
        stamp = for_people(report.meta.generated_at)
        for number, page in enumerate(document.pages, 1):
            assert f"page {number} of {total}" in pages[number - 1]
            top = page.crop((0, 0, page.width, 45)).extract_text()
            assert f"Provenance report — {report.meta.case_name}" in top
            assert f"{stamp} · Exporting Reviewer" in top
        # contents first, with the page each claim starts on
        assert "Contents" in pages[0]
        for claim in report.claims:
            line = next(ln for ln in pages[0].splitlines() if flat(claim.text)[:30] in flat(ln))
            start = int(line.rsplit(" ", 1)[1])
            heading = pages[start - 1]
            assert f"Claim {claim.id}:" in heading
            assert all(f"Claim {claim.id}:" not in p for p in pages[: start - 1])
            if claim.hops:  # its chain diagram on the page it starts on
                assert "Chain" in heading and claim.hops[0].actor.name.split()[0] in heading
        # no table row spans two pages: every row on every page begins with its own first
        # cell (a hop id or a review time), and every hop appears in exactly one row
        seen: list[str] = []
        for page in document.pages:
            for table in page.find_tables():
                rows = table.extract()
                for row in rows:
                    first = (row[0] or "").strip()
                    assert first, f"a row continues from the previous page on page {page}"
                    if first.isdigit():
                        seen.append(first)
        hop_ids = sorted(str(h.id) for c in report.claims for h in c.hops)
        assert sorted(seen) == hop_ids
        long_pages = [n for n, p in enumerate(pages) if "Relay 13:" in p or "Relay 0:" in p]
        assert len(set(long_pages)) >= 2 and long_claim  # the long table did break


def test_rtl_case_name_does_not_tear_the_header(scripts_case: Case) -> None:
    """An Arabic case name beside the export time: the time stays whole and after the name's
    isolate, in the page header and in the document's title."""
    report = make_report(scripts_case)
    content = pdf.render(report)
    stamp = for_people(report.meta.generated_at)
    name = scripts_data()["case_name"]
    with pdfplumber.open(io.BytesIO(content)) as document:
        for page in document.pages:  # pdfplumber keeps the visual order: the stamp is whole
            top = page.crop((0, 0, page.width, 45)).extract_text()
            assert f"{stamp} · Exporting Reviewer" in top
    for text in _pypdf_pages(content):  # pypdf reads the logical order: name, then time
        assert f"Provenance report — {name} {stamp} · Exporting Reviewer" in flat(text)
    title = pypdf.PdfReader(io.BytesIO(content)).metadata.title
    assert title.endswith(PDI) and scripts_data()["case_name"] in title


def test_many_qt_calls_do_not_run_none_down() -> None:
    """PySide6 6.12 on CPython 3.11 loses a reference to None on every void call; a long run
    of Qt calls used to abort the interpreter at exit ("none_dealloc")."""
    import os
    import sys

    code = (
        "from desktop import pyside_refs\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(['x'])\n"
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
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"


def test_a_pdf_export_reports_progress_and_cancels_while_pages_are_laid_out(
    demo_case: Case, tmp_path: Path
) -> None:
    """Laying out pages is the long part of a PDF: progress moves with the pages, and cancelling
    stops the layout where it is and leaves no file."""
    from desktop.reports.export import export_report
    from desktop.reports.model import ExportCancelled
    from desktop.reports.scope import ReportScope

    seen: list[tuple[int, int]] = []
    export_report(
        demo_case,
        ReportScope(),
        "pdf",
        tmp_path / "whole.pdf",
        reviewer="R",
        progress=lambda done, total: seen.append((done, total)),
    )
    claims = seen[-1][1] // 2
    assert seen[-1][0] == seen[-1][1]  # done
    assert any(done >= claims for done, _ in seen[:-1])  # reported while laying out

    calls: list[int] = []
    target = tmp_path / "cancelled.pdf"
    with pytest.raises(ExportCancelled):
        export_report(
            demo_case,
            ReportScope(),
            "pdf",
            target,
            reviewer="R",
            progress=lambda done, total: calls.append(done),
            cancelled=lambda: any(done >= claims for done in calls),  # once layout began
        )
    assert not target.exists() and not list(tmp_path.glob(".*.part"))
