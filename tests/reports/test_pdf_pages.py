"""A laid-out page is kept compressed once the canvas leaves it, and what is drawn into it
afterwards (the front, "page n of N") still prints after what was there, whole."""

from __future__ import annotations

import io

import pypdf

from desktop.reports.pdf_canvas import MEMO_TEXT, Canvas, Run


def _text(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def test_finished_pages_are_packed_and_print_whole_with_what_came_after() -> None:
    canvas = Canvas()
    words = "The ministry said the figures were revised twice before publication."
    for number in range(1, 6):
        canvas.new_page()
        for line in range(20):
            canvas.paragraph([Run(f"Page {number} line {line}: {words}")])
    assert canvas.pages_count == 5
    # every page but the one open is packed; their own buffers are empty until drawn into
    assert sorted(canvas.packed_pages) == [1, 2, 3, 4]
    assert all(not canvas.pages[n].contents for n in range(1, 5))
    assert all(len(canvas.packed_pages[n]) < 3000 for n in range(1, 5))
    for number in range(1, 6):  # drawn into each page later, as the footers are
        canvas.page, canvas.y_pos = number, 780
        canvas.paragraph([Run(f"footer of page {number} of 5")])
    canvas.page = 5
    pages = _text(canvas.pdf_bytes())
    assert len(pages) == 5
    for number, text in enumerate(pages, 1):
        assert f"Page {number} line 0: {words}" in text
        assert f"Page {number} line 19: {words}" in text
        assert text.index("line 19") < text.index(f"footer of page {number} of 5")


def test_a_packed_page_drawn_into_again_keeps_both_parts_in_order() -> None:
    canvas = Canvas()
    canvas.new_page()
    canvas.paragraph([Run("first part")])
    canvas.new_page()
    canvas.page = 1  # back to a packed page, as the front and the footers go
    canvas.paragraph([Run("second part")])
    canvas.page = canvas.pages_count
    canvas.new_page()
    assert canvas.pages_count == 3 and sorted(canvas.packed_pages) == [1, 2]
    first = _text(canvas.pdf_bytes())[0]
    assert first.index("first part") < first.index("second part")


def test_sentences_are_not_remembered_only_words() -> None:
    canvas = Canvas()
    canvas.new_page()
    sentence = "Each claim's sentence is printed once and need not be remembered afterwards."
    canvas.paragraph([Run(sentence)], width=2000)
    remembered = [text for _, text in canvas._advances] + [t for _, t in canvas._encoded]
    assert remembered and all(len(text) <= MEMO_TEXT for text in remembered)
