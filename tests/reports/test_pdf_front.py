"""A long report's front (evidence files cited, contents) spans pages: the reader gets every line
once, numbered on, each claim's page number right and linked; and a cancelled export stops its
layout."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import multiprocessing

import pdfplumber
import pypdf
import pytest

from desktop.reports import pdf
from desktop.reports.model import EvidenceRef, Report

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


def test_a_long_front_numbers_links_and_pages_each_claim(plain: Report) -> None:
    report = WithFiles(plain.meta, plain.claims, _evidence(90))  # a front of several pages
    data = pdf.render(report)
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
    assert all(f"file-{n}.pdf" in front for n in range(90))
    assert min(heading_page.values()) > 2  # the front did span pages


def test_cancelling_an_export_stops_its_layout(plain: Report) -> None:
    class Cancelled(Exception):
        pass

    steps: list[int] = []

    def step(done: int) -> None:
        steps.append(done)
        raise Cancelled

    with pytest.raises(Cancelled):
        pdf.render(plain, step=step)
    assert steps == [0]  # stopped at the first claim
    assert multiprocessing.active_children() == []


def test_a_quote_longer_than_a_page_is_printed_whole(plain: Report) -> None:
    """A hop row taller than a page goes on over the next pages: no word of the quote is
    lost."""
    claim = plain.claims[-1]
    words = [f"w{n}" for n in range(2500)]
    hop = dataclasses.replace(claim.hops[0], quote=" ".join(words) + " end-of-quote")
    long_claim = dataclasses.replace(claim, hops=(hop, *claim.hops[1:]))
    data = pdf.render(Report(plain.meta, (*plain.claims[:-1], long_claim)))
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = set(" ".join(page.extract_text() for page in reader.pages).split())
    assert set(words) <= text and "end-of-quote" in text
    pages_with_quote = [
        n for n, page in enumerate(reader.pages) if "w1000" in page.extract_text().split()
    ]
    assert pages_with_quote and len(reader.pages) >= 9  # the row ran over several pages
