"""What the PDF report remembers per page and per claim waits in temporary files: read back and
rewritten as a list would be, across the blocks held in memory; the outline, written entry by
entry from them, nests every sequence of levels as the headings do; and a report's object
offsets, pages and outline entries are no longer Python lists or arrays in memory."""

from __future__ import annotations

import io
from typing import Any

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.reports import pdf_spill
from desktop.reports.pdf_file import Headings, PdfFile
from desktop.reports.pdf_spill import Numbers, Records, Texts

from .helpers import outline


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_spill, "BLOCK", 4)  # many blocks from a few records


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(-(2**63), 2**63 - 1), max_size=40),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 2**40)), max_size=20),
)
def test_numbers_read_and_rewritten_as_a_list(values: list[int], writes: list[Any]) -> None:
    pdf_spill.BLOCK = 4
    numbers = Numbers(values)
    expected = list(values)
    for index, value in writes:
        if index < len(expected):
            numbers[index] = value
            expected[index] = value
            assert numbers[index] == value
    assert len(numbers) == len(expected)
    assert list(numbers) == expected
    assert [numbers[i] for i in reversed(range(len(expected)))] == expected[::-1]
    if expected:
        assert numbers[-1] == expected[-1]
    with pytest.raises(IndexError):
        numbers[len(expected)]
    assert numbers[1:-1] == expected[1:-1]  # slices, as a report's batches of ids are read
    numbers.append(7)  # appending after reads and rewrites
    assert list(numbers) == [*expected, 7]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=30))
def test_texts_come_back_as_written(texts: list[str]) -> None:
    kept = Texts()
    for index, text in enumerate(texts):
        kept.append(text)
        if index % 3 == 0:
            assert kept[index // 2] == texts[index // 2]  # reads between appends
    assert list(kept) == texts
    assert len(kept) == len(texts)


def test_records_keep_their_fields() -> None:
    rows = Records("bqd")
    written = [(level % 4, level * 1000, level / 3) for level in range(11)]
    rows.extend(written)
    assert list(rows.rows()) == written
    assert rows.get(-2) == written[-2]
    rows.put(1, 3, 5, 0.5)
    assert rows.get(1) == (3, 5, 0.5)


def _outline_of(levels: list[int]) -> tuple[list[Any], list[Any]]:
    """The outline `PdfFile` writes for headings of these levels, each on a page of its own,
    as pypdf reads it, and the nesting expected (each under the last heading of a lower level
    before it)."""
    out = io.BytesIO()
    file = PdfFile(out)
    pages = Numbers()
    for _ in levels:
        page = file.reserve_page()
        file.page(page, file.stream(b""))
        file.footer(page, b"")
        pages.append(page)
    file.write(file.resources, "<< >>")
    front, rest = Headings(), Headings()
    for index, level in enumerate(levels):
        (front if index < 2 else rest).add(f"heading {index} «ليس»", level, index + 1, 800.0)
    root = file.outline([front, rest], lambda number: pages[number - 1])
    file.finish([pages], "t", "c", "D:20260101000000Z", root)
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    expected: list[Any] = []
    stack: list[tuple[int, list[Any]]] = [(-1, expected)]
    for index, level in enumerate(levels):
        while stack[-1][0] >= level:
            stack.pop()
        siblings = stack[-1][1]
        siblings.append((f"heading {index} «ليس»", index))
        children: list[Any] = []
        siblings.append(children)
        stack.append((level, children))

    def drop_empty(items: list[Any]) -> list[Any]:
        return [drop_empty(i) if isinstance(i, list) else i for i in items if i != []]

    return outline(reader) if levels else [], drop_empty(expected)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 4), max_size=14))
def test_the_outline_written_entry_by_entry_nests_as_the_headings(levels: list[int]) -> None:
    read, expected = _outline_of(levels)
    assert read == expected


def test_a_report_keeps_no_list_per_page_or_claim(tmp_path: Any) -> None:
    """The numbers kept per object, page and outline entry are in files, not in memory."""
    file = PdfFile(io.BytesIO())
    assert isinstance(file.offsets, Numbers)
    for _ in range(3 * pdf_spill.BLOCK + 1):
        file.reserve_page()
    assert file.offsets.flushed >= 3 * pdf_spill.BLOCK  # whole blocks went to the file
    assert len(file.offsets.tail) < pdf_spill.BLOCK * file.offsets.record.size
