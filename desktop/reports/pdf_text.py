"""Right-to-left ligatures in the PDF report read back as the case's text in every reader.

A font draws some letter pairs as one glyph: Arabic's lam-alef (لا) is one glyph whose
ToUnicode entry is the two letters, in logical order. pypdf reads a right-to-left line glyph by
glyph and keeps each glyph's letters together, so it gives "لا". Poppler (pdftotext, Evince,
Okular) and PDFium (Chrome) spread a glyph's letters left to right across the glyph and then
put the whole line into reading order, which turns the pair round: "لا" came out "ال" ("no red
lines" read "the red lines").

`/ActualText` marked content is the PDF's way to give a glyph's text (PDF 32000 §14.9.4). Both
poppler and PDFium honour it, and both treat its characters the way they treat a glyph's: laid
out left to right, then reordered with the line. So each right-to-left glyph that stands for
several letters is wrapped in a `/Span` whose ActualText holds those letters in the order they
are drawn (for Arabic, reversed), the order poppler's and PDFium's reordering turns back into
the case's text. pypdf and pdfminer ignore ActualText and keep reading the ToUnicode entry. The
page is drawn exactly as before (nothing but marked-content operators is added).

The rewrite reads WeasyPrint's content streams: text shown with `TJ` arrays of hex strings in
two-byte (Identity-H) fonts whose ToUnicode lists its glyphs with `bfchar`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

RTL_CLASSES = frozenset({"R", "AL"})
"""Bidirectional classes of right-to-left letters (Hebrew; Arabic and Syriac)."""
ATTACHED_CLASSES = frozenset({"R", "AL", "NSM"})
"""What a right-to-left ligature may hold: the letters and their marks (harakat, points)."""

_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_PAIR = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>")
_OPERATOR = re.compile(rb"/([^\s/\[\]<>()]+)\s+[-\d.]+\s+Tf|\[([^\]]*)\]\s*TJ")
_ELEMENT = re.compile(rb"<([0-9a-fA-F]*)>|([-\d.]+)|(\S)")


def _text(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be", errors="replace")


def rtl_ligatures(to_unicode: bytes) -> dict[bytes, str]:
    """The glyph codes (lower-case hex) of a ToUnicode CMap that stand for several
    right-to-left letters, with the text the reader lays out for each (drawn order)."""
    found: dict[bytes, str] = {}
    for block in _BFCHAR.findall(to_unicode):
        for code, target in _PAIR.findall(block):
            text = _text(target)
            if len(text) < 2:
                continue
            classes = {unicodedata.bidirectional(c) for c in text}
            if classes & RTL_CLASSES and classes <= ATTACHED_CLASSES:
                found[code.lower()] = text[::-1]
    return found


def _actual_text(text: str) -> bytes:
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _split_array(body: bytes, ligatures: dict[bytes, str]) -> bytes | None:
    """The TJ array `body` shown again with each ligature glyph in its own ActualText span, or
    None when it holds none (or something this rewrite does not read)."""
    out: list[bytes] = []
    current: list[bytes] = []
    touched = False
    for match in _ELEMENT.finditer(body):
        hex_text, number, other = match.groups()
        if other is not None:
            return None  # a literal string: not WeasyPrint's form, leave it as it is
        if number is not None:
            current.append(number)
            continue
        codes = [hex_text[i : i + 4].lower() for i in range(0, len(hex_text), 4)]
        run: list[bytes] = []
        for code in codes:
            if code in ligatures:
                touched = True
                if run:
                    current.append(b"<" + b"".join(run) + b">")
                    run = []
                out.append(b"[" + b" ".join(current) + b"] TJ")
                current = []
                out.append(
                    b"/Span <</ActualText "
                    + _actual_text(ligatures[code])
                    + b">> BDC [<"
                    + code
                    + b">] TJ EMC"
                )
            else:
                run.append(code)
        if run:
            current.append(b"<" + b"".join(run) + b">")
    if not touched:
        return None
    out.append(b"[" + b" ".join(current) + b"] TJ")
    return b"\n".join(out)


def mark_stream(content: bytes, fonts: dict[bytes, dict[bytes, str]]) -> bytes | None:
    """The content stream with the ligatures of `fonts` (resource name → its ligatures)
    wrapped, or None when nothing changed."""
    ligatures: dict[bytes, str] = {}
    pieces: list[bytes] = []
    last = 0
    for match in _OPERATOR.finditer(content):
        font, body = match.groups()
        if font is not None:
            ligatures = fonts.get(font, {})
            continue
        if not ligatures:
            continue
        replaced = _split_array(body, ligatures)
        if replaced is not None:
            pieces += [content[last : match.start()], replaced]
            last = match.end()
    if not pieces:
        return None
    pieces.append(content[last:])
    return b"".join(pieces)


def _font_ligatures(font: Any, cache: dict[int, dict[bytes, str]]) -> dict[bytes, str]:
    key = id(font)
    if key not in cache:
        found: dict[bytes, str] = {}
        if font.get("/Subtype") == "/Type0" and font.get("/Encoding") == "/Identity-H":
            cmap = font.get("/ToUnicode")
            if cmap is not None:
                found = rtl_ligatures(cmap.get_object().get_data())
        cache[key] = found
    return cache[key]


def mark_rtl_ligatures(pages: Any) -> int:
    """Wrap every right-to-left ligature glyph of `pages` (pypdf pages of a writer) in
    ActualText; returns how many pages changed."""
    from pypdf.generic import DecodedStreamObject

    cache: dict[int, dict[bytes, str]] = {}
    changed = 0
    for page in pages:
        resources = page.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources is not None else None
        if font_dict is None:
            continue
        fonts = {}
        for name, ref in font_dict.get_object().items():
            found = _font_ligatures(ref.get_object(), cache)
            if found:
                fonts[name[1:].encode("latin-1")] = found
        if not fonts:
            continue
        contents = page.get_contents()
        if contents is None:
            continue
        marked = mark_stream(contents.get_data(), fonts)
        if marked is None:
            continue
        stream = DecodedStreamObject()
        stream.set_data(marked)
        page.replace_contents(stream.flate_encode())
        changed += 1
    return changed
