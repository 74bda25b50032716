"""A long report's front (evidence files cited, contents) is laid out in pieces, so its memory
does not grow with the report: the reader still gets every line once, numbered on, each claim's
page number right and linked; and a cancelled export stops its layout workers."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import multiprocessing
import re

import pdfplumber
import pypdf
import pytest

from desktop.reports import html_front, pdf, pdf_pool
from desktop.reports.model import EvidenceRef, Report
from desktop.reports.words import ENGLISH

from .helpers import make_report
from .scripts_case import build_scripts_case


def _evidence(count: int) -> tuple[EvidenceRef, ...]:
    return tuple(
        EvidenceRef(hashlib.sha256(f"file {n}".encode()).hexdigest(), f"file-{n}.pdf", 10, "")
        for n in range(count)
    )


@dataclasses.dataclass(frozen=True)
class WithFiles(Report):
    """A report that cites `files` (the scripts case cites no evidence file)."""

    files: tuple[EvidenceRef, ...] = ()

    @property
    def evidence(self) -> tuple[EvidenceRef, ...]:
        return self.files


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Report:
    case = build_scripts_case(tmp_path_factory.mktemp("front"))
    made = make_report(case)
    case.close()
    return made


@pytest.fixture
def report(plain: Report) -> Report:
    return WithFiles(plain.meta, plain.claims, _evidence(3))


def test_the_pieces_hold_every_line_once_in_order(report: Report) -> None:
    pieces = html_front.front_pieces(report, 2)
    assert len(pieces) == 4  # 3 evidence files + 5 contents lines, 2 a piece
    bodies = [html_front.front_piece(report, "", ENGLISH, None, *piece) for piece in pieces]
    joined = "".join(bodies)
    assert [re.findall(r"file-\d", body) for body in bodies] == [
        ["file-0", "file-1"],
        ["file-2"],
        [],
        [],
    ]
    assert re.findall(r'href="#claim-(\d+)"', joined) == [str(c.id) for c in report.claims]
    assert joined.count("<h1>") == joined.count("<h2>") == joined.count("<h3>") == 1
    # one piece is the whole front, as the HTML report has it
    whole = html_front.front_pieces(report, 100)
    assert whole == [((0, 3), (0, 5))]
    assert html_front.front_piece(report, "", ENGLISH, None, *whole[0]) == html_front.front(
        report, "", ENGLISH
    )


def test_a_front_in_pieces_numbers_links_and_pages_each_claim(
    report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_pool, "FRONT_ITEMS", 2)
    data = pdf.render(report, part_claims=3, workers=1)  # the steps in this process
    with pdfplumber.open(io.BytesIO(data)) as document:
        texts = [page.extract_text() or "" for page in document.pages]
    total = len(texts)
    assert all(f"page {n} of {total}" in text for n, text in enumerate(texts, 1))
    heading_page = {
        claim.id: next(n for n, text in enumerate(texts, 1) if f"Claim {claim.id}:" in text)
        for claim in report.claims
    }
    front = "\n".join(texts[: min(heading_page.values()) - 1])
    for number, claim in enumerate(report.claims, 1):
        line = next(line for line in front.splitlines() if line.startswith(f"{number}. "))
        assert line.endswith(f" {heading_page[claim.id]}"), line
    reader = pypdf.PdfReader(io.BytesIO(data))
    targets = set()
    for page in reader.pages[: min(heading_page.values()) - 1]:
        for annot in page.get("/Annots") or []:
            dest = annot.get_object().get("/Dest")
            if dest is not None and not isinstance(dest, str | bytes):
                targets.add(reader.get_page_number(dest[0].get_object()) + 1)
    assert targets == set(heading_page.values())
    assert "file-2.pdf" in front


def test_cancelling_an_export_stops_its_layout_workers(plain: Report) -> None:
    class Cancelled(Exception):
        pass

    def step(done: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        pdf.render(plain, step=step, part_claims=1, workers=2)
    assert multiprocessing.active_children() == []
