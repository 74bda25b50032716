"""A long PDF report is laid out in parts and joined: the reader gets the same report as one
document would be (text and page numbers on every page, contents, links, bookmarks)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pypdf
import pytest

from db.case import Case
from desktop.reports import pdf, pdf_parts
from desktop.reports.words import report_words

from .helpers import make_report
from .scripts_case import build_scripts_case


@pytest.fixture(scope="module")
def two_ways(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[bytes, bytes, Any]]:
    """The scripts case (five claims in five scripts) printed as one document, and in parts
    of two claims each."""
    case: Case = build_scripts_case(tmp_path_factory.mktemp("parts"))
    report = make_report(case)
    assert len(list(pdf_parts.parts_of(report.claims, 2))) == 3
    yield pdf.render(report), pdf.render(report, part_claims=2, workers=2), report
    case.close()


def _pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as document:
        return [page.extract_text() or "" for page in document.pages]


def _outline(reader: pypdf.PdfReader, items: list[Any] | None = None) -> list[Any]:
    out: list[Any] = []
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            out.append(_outline(reader, item))
        else:
            out.append((item.title, reader.get_destination_page_number(item)))
    return out


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


def test_parts_read_as_the_one_document(two_ways: tuple[bytes, bytes, Any]) -> None:
    whole, parts, report = two_ways
    texts = _pages(parts)
    assert texts == _pages(whole)  # every page's text: header, body, "page n of N"
    one, joined = pypdf.PdfReader(io.BytesIO(whole)), pypdf.PdfReader(io.BytesIO(parts))
    assert len(joined.pages) == len(one.pages)
    assert f"page {len(joined.pages)} of {len(joined.pages)}" in texts[-1]
    # the contents link every claim to the page it starts on; bookmarks as one document's
    assert _links(joined) == _links(one)
    assert {target for _, target in _links(joined)} == {
        next(n for n, text in enumerate(texts) if f"Claim {claim.id}:" in text)
        for claim in report.claims
    }
    assert _outline(joined) == _outline(one)
    assert joined.metadata is not None and one.metadata is not None
    assert joined.metadata.title == one.metadata.title


def test_a_right_to_left_report_in_parts_numbers_its_pages_as_one_document(
    two_ways: tuple[bytes, bytes, Any],
) -> None:
    """In Arabic the report's own words and "page n of N" stand on the other side of the page:
    the parts give the same pages."""
    report = two_ways[2]
    arabic = report_words("ar")
    whole = _pages(pdf.render(report, words=arabic))
    assert _pages(pdf.render(report, words=arabic, part_claims=2)) == whole
    assert all(str(len(whole)) in page.splitlines()[-1] for page in whole)


def test_parts_keep_the_lam_alef_readable(
    two_ways: tuple[bytes, bytes, Any], tmp_path: Path
) -> None:
    """The joined report marks its right-to-left ligatures as one document does."""
    _, parts, _ = two_ways
    path = tmp_path / "parts.pdf"
    path.write_bytes(parts)
    import subprocess

    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "لا" in text and "ال توجد" not in text


def test_many_small_claims_share_a_part_and_heavy_ones_do_not() -> None:
    class Claim:
        def __init__(self, hops: int) -> None:
            self.hops = (None,) * hops
            self.reviews = ()

    light: list[Any] = [Claim(1) for _ in range(100)]
    assert list(pdf_parts.parts_of(light, 40)) == [(0, 40), (40, 80), (80, 100)]
    heavy: list[Any] = [Claim(500), Claim(500), Claim(1), Claim(1)]
    assert list(pdf_parts.parts_of(heavy, 40)) == [(0, 1), (1, 2), (2, 4)]
    assert list(pdf_parts.parts_of([], 40)) == []
