"""Right-to-left text in the PDF report reads back as the case's text in every reader.

A font draws some letter pairs as one glyph: Arabic's lam-alef (لا) is one glyph whose
ToUnicode entry is the two letters, in logical order. pypdf reads a right-to-left line glyph by
glyph and keeps each glyph's letters together, so it gives "لا". Poppler (pdftotext, Evince,
Okular) and PDFium (Chrome) spread a glyph's letters left to right across the glyph and then
put the whole line into reading order, which turns the pair round: "لا" came out "ال" ("no red
lines" read "the red lines").

`/ActualText` marked content is the PDF's way to give a piece of text's characters (PDF 32000
§14.9.4). Poppler and PDFium honour it and treat its characters the way they treat a glyph's:
laid out left to right, then reordered with the line. So each shaped right-to-left piece of a
line is drawn inside a `/Span` whose ActualText is its text in the order it is drawn (visual
order, as the Unicode bidirectional algorithm gives it), which their reordering turns back into
the case's text. pypdf and pdfminer ignore ActualText and read the glyphs' ToUnicode entries.
"""

from __future__ import annotations

import functools

ACTUAL_TEXT_END = "EMC"


@functools.lru_cache(maxsize=4096)
def visual_order(text: str) -> str:
    """A right-to-left piece's characters in the order they are drawn, left to right."""
    from fpdf.bidi import BidiParagraph
    from fpdf.enums import TextDirection

    return BidiParagraph(text, base_direction=TextDirection.RTL).get_reordered_string()


def actual_text_start(text: str) -> str:
    """The operator that opens a marked-content span giving `text` (logical order) as the
    ActualText of the right-to-left glyphs drawn inside it."""
    hex_text = visual_order(text).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <FEFF{hex_text}> >> BDC"
