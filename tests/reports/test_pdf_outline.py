"""The PDF report reads as one document: its contents link each claim to the page it starts
on, its outline nests the claims and their sections under the report's title, and each page
says "page n of N" (in Arabic too, on the mirrored side)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pypdf
import pytest

from db.case import Case
from desktop.reports import pdf
from desktop.reports.words import report_words

from .helpers import flat, make_report, outline
from .scripts_case import build_scripts_case, scripts_data


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[bytes, Any]]:
    """The scripts case (five claims in five scripts) printed."""
    case: Case = build_scripts_case(tmp_path_factory.mktemp("outline"))
    report = make_report(case)
    yield pdf.render(report), report
    case.close()


def _pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as document:
        return [page.extract_text() or "" for page in document.pages]


def _links(reader: pypdf.PdfReader) -> list[tuple[int, int]]:
    """(page of the link, page it goes to) of every link in the document."""
    found = []
    for number, page in enumerate(reader.pages):
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            dest = annot.get("/Dest")
            if dest is None:
                continue
            if isinstance(dest, str | bytes):  # a named destination
                dest = reader.named_destinations[str(dest)]
                found.append((number, reader.get_destination_page_number(dest)))
            else:
                found.append((number, reader.get_page_number(dest[0].get_object())))
    return sorted(set(found))


def test_contents_links_and_outline(printed: tuple[bytes, Any]) -> None:
    data, report = printed
    texts = _pages(data)
    reader = pypdf.PdfReader(io.BytesIO(data))
    total = len(reader.pages)
    assert all(f"page {n} of {total}" in text for n, text in enumerate(texts, 1))
    starts = {
        claim.id: next(n for n, text in enumerate(texts) if f"Claim {claim.id}:" in text)
        for claim in report.claims
    }
    # every contents line links to the page its claim starts on
    assert _links(reader) == sorted((0, start) for start in starts.values())
    # the outline: the title, then the contents and each claim with its sections under it
    name = scripts_data()["case_name"]
    (title, first), nested = outline(reader)
    assert flat(title) == f"Provenance report — {name}" and first == 0
    assert nested[0] == ("Contents (5 claims)", 0)
    claims = [entry for entry in nested[1:] if not isinstance(entry, list)]
    sections = [entry for entry in nested[1:] if isinstance(entry, list)]
    assert [page for _, page in claims] == [starts[c.id] for c in report.claims]
    assert all(
        heading.startswith(f"Claim {c.id}: ")
        for (heading, _), c in zip(claims, report.claims, strict=True)
    )
    for (_, page), inner in zip(claims, sections, strict=True):
        assert [heading for heading, _ in inner] == ["Chain", "Review history"]
        assert all(at == page for _, at in inner)
    assert reader.metadata is not None and name in reader.metadata.title


def test_a_right_to_left_report_numbers_its_pages_on_the_mirrored_side(tmp_path: Path) -> None:
    """In Arabic the report's own words and "page n of N" stand on the other side of the page:
    the footer's number at the left, the running title at the right."""
    case = build_scripts_case(tmp_path)
    report = make_report(case)
    case.close()
    data = pdf.render(report, words=report_words("ar"))
    with pdfplumber.open(io.BytesIO(data)) as document:
        total = len(document.pages)
        for number, page in enumerate(document.pages, 1):
            footer = page.crop((0, page.height - 45, page.width, page.height))
            numbers = [w for w in footer.extract_words() if w["text"] == str(total)]
            assert numbers and all(w["x1"] < page.width / 2 for w in numbers), number
            header = page.crop((0, 0, page.width, 45)).extract_words()
            arabic = [w for w in header if any("\u0600" <= c <= "\u06ff" for c in w["text"])]
            assert arabic and max(w["x1"] for w in arabic) > page.width * 0.8
