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

A number is one left-to-right run on paper, as the HTML report's isolates (FSI … PDI) keep it:
the bidirectional algorithm alone splits "12 000" at its space in a right-to-left line (drawn
"000 12"), turns a range "12–15" round ("15–12") and reverses space-grouped Arabic-Indic
digits. So each number of a shaped piece is drawn inside LRI, LRO … PDF, PDI
(`db.text.direction.isolate_ltr_runs`, once a piece, in `pdf_canvas.draw_piece`); the marks
shape to no glyph (`pdf_glyphs`) and are left out of the ActualText. They are the only
direction controls a piece holds: the canvas has taken the case's own out of its text before
(`case_controls`, the steering ones shown by name), so none of the case's is lost
with them.
"""

from __future__ import annotations

import functools
import re

from db.text.direction import NUMBER_MARKS, show_bidi_controls

ACTUAL_TEXT_END = "EMC"
_NUMBER_MARKS = re.compile("[" + "".join(sorted(NUMBER_MARKS)) + "]")


CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
"""Direction controls: each piece is placed in its direction here, so they do not steer it."""


def case_controls(text: str) -> str:
    """`text` as the report draws it: each direction control that turns letters or words round
    unseen (an override, an embedding, a directed isolate: "⟨RLO⟩") shown by name, as the window
    shows the case's text, so that the report says what the case holds; the others (the marks
    LRM, RLM, ALM, and FSI … PDI, which the report's own words put around case text too) are
    left out, since each piece is placed in its own direction here."""
    if CONTROLS.search(text) is None:
        return text
    return CONTROLS.sub("", show_bidi_controls(text, every=False))


@functools.lru_cache(maxsize=4096)
def visual_order(text: str) -> str:
    """A right-to-left piece's characters in the order they are drawn, left to right."""
    from fpdf.bidi import BidiParagraph
    from fpdf.enums import TextDirection

    drawn = BidiParagraph(text, base_direction=TextDirection.RTL).get_reordered_string()
    return _NUMBER_MARKS.sub("", drawn)


def actual_text_start(text: str) -> str:
    """The operator that opens a marked-content span giving `text` (logical order, its numbers
    isolated) as the ActualText of the right-to-left glyphs drawn inside it."""
    hex_text = visual_order(text).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <FEFF{hex_text}> >> BDC"
