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
(`isolate_numbers`); the marks shape to no glyph (`pdf_glyphs`) and are left out of the
ActualText.
"""

from __future__ import annotations

import functools
import re
import unicodedata

ACTUAL_TEXT_END = "EMC"

_GROUP = r"\d+(?:[.,:/'\u066b\u066c]\d+|[ \u00a0\u202f\u2009]\d{3}(?!\d))*"
"""Digits with their separators: full stop, comma, colon, slash, apostrophe, the Arabic
decimal and thousands signs between digits, and a space (plain, no-break, narrow no-break,
thin) only before a group of exactly three ("12 000", not "2025 12")."""
NUMBER = re.compile(
    rf"(?:[#$€£¥₺₽₹¢±][ \u00a0\u202f]?)?(?:(?<!\w)[-+\u2212])?{_GROUP}"
    rf"(?:(?: ?[\u2013\u2014] ?|-){_GROUP})?(?:[ \u00a0\u202f]?[%\u066a\u2030°])?"
)
"""A number as a reader takes it in: a number or currency sign before it (#1, $16 800), a sign, grouped digits, a
range (12–15), a date (03.12.2026), a percent sign after it."""
NUMBER_START, NUMBER_END = "\u2066\u202d", "\u202c\u2069"
"""LRI and LRO before a number, PDF and PDI after it: isolated from the words around it, and
its characters (Arabic-Indic digits too) left to right."""
NUMBER_MARKS = re.compile("[\u2066\u202d\u202c\u2069]")


def _isolated(match: re.Match[str]) -> str:
    if _joins_a_word(match.string, match.start(), match.end()):
        return match.group()  # part of a left-to-right word ("COVID-19", "A320"): its own
    return NUMBER_START + match.group() + NUMBER_END


_JOINERS = ("ES", "CS", "ET")
"""Signs that hold a number to a word: hyphen, slash, full stop, currency."""


def _joins_a_word(text: str, start: int, end: int) -> bool:
    before = start - 1
    while before >= 0 and unicodedata.bidirectional(text[before]) in _JOINERS:
        before -= 1
    after = end
    while after < len(text) and unicodedata.bidirectional(text[after]) in _JOINERS:
        after += 1
    return (before >= 0 and unicodedata.bidirectional(text[before]) == "L") or (
        after < len(text) and unicodedata.bidirectional(text[after]) == "L"
    )


def isolate_numbers(text: str) -> str:
    """`text` with each number isolated as one left-to-right run (`NUMBER_START` … `NUMBER_END`)."""
    return NUMBER.sub(_isolated, text) if any(c.isdigit() for c in text) else text


@functools.lru_cache(maxsize=4096)
def visual_order(text: str) -> str:
    """A right-to-left piece's characters in the order they are drawn, left to right."""
    from fpdf.bidi import BidiParagraph
    from fpdf.enums import TextDirection

    drawn = BidiParagraph(text, base_direction=TextDirection.RTL).get_reordered_string()
    return NUMBER_MARKS.sub("", drawn)


def actual_text_start(text: str) -> str:
    """The operator that opens a marked-content span giving `text` (logical order) as the
    ActualText of the right-to-left glyphs drawn inside it."""
    hex_text = visual_order(isolate_numbers(text)).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <FEFF{hex_text}> >> BDC"
