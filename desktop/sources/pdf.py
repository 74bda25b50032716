"""PDF reading with pypdf, page by page, under pypdf's own safety limits.

This module runs inside reader processes (see `sandbox`): it imports no Qt and touches no case.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import re
import sys
from collections.abc import Iterator
from typing import Any

import pypdf
from pypdf.errors import (
    EmptyFileError,
    FileNotDecryptedError,
    LimitReachedError,
    PdfReadError,
    WrongPasswordError,
)

from db.text.normalise import normalise_text

from .bidi import _RTL as _RTL_CHAR
from .bidi import is_visual_order, rtl_share, to_logical_order


class NeedsPassword(Exception):
    def __init__(self, wrong: bool) -> None:
        super().__init__("wrong password" if wrong else "password needed")
        self.wrong = wrong


@contextlib.contextmanager
def limits(max_stream_bytes: int) -> Iterator[None]:
    """pypdf's `Configuration` limits, tightened: no stream may expand past `max_stream_bytes`."""
    with pypdf.apply_configuration(
        maximum_declared_stream_length=max_stream_bytes,
        array_based_stream_maximum_output_length=max_stream_bytes,
        zlib_maximum_output_length=max_stream_bytes,
        lzw_maximum_output_length=max_stream_bytes,
        run_length_maximum_output_length=max_stream_bytes,
        brotli_maximum_output_length=max_stream_bytes,
        jbig2_maximum_output_length=max_stream_bytes,
        image_maximum_buffer_size=max_stream_bytes,
        stream_decoding_work_maximum_length=4 * max_stream_bytes,
        page_tree_maximum_depth=64,
        jbig2dec_binary=None,
    ):
        yield


def open_pdf(data: bytes, password: str | None) -> pypdf.PdfReader:
    """Open the PDF; an encrypted one is tried with the empty user password first (a PDF with
    only an owner password, "no copying", opens without a question), then with `password`.
    Raises `NeedsPassword`."""
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        with contextlib.suppress(Exception):
            if reader.decrypt(""):
                return reader
        if password is None:
            raise NeedsPassword(wrong=False)
        try:
            if not reader.decrypt(password):
                raise NeedsPassword(wrong=True)
        except WrongPasswordError:
            raise NeedsPassword(wrong=True) from None
    return reader


#: Appended to a file cut short, so that pypdf rebuilds the cross-reference table from the objects
#: that are there and finds the document catalogue among them.
REPAIR_TAIL = b"\ntrailer\n<< /Size 1000000 >>\nstartxref\n0\n%%EOF\n"


def is_cut_short(data: bytes) -> bool:
    return b"%%EOF" not in data[-2048:]


def open_or_repair(data: bytes, password: str | None) -> pypdf.PdfReader:
    """Open the PDF; a file cut short (no end-of-file marker) that pypdf cannot open is tried
    again with a trailer appended, so that the pages it still holds can be read. The caller
    reports such a file as incomplete."""
    try:
        return open_pdf(data, password)
    except NeedsPassword:
        raise
    except Exception:
        if not is_cut_short(data):
            raise
        original = sys.exc_info()[1]
    try:
        return open_pdf(data + REPAIR_TAIL, password)
    except NeedsPassword:
        raise
    except Exception:
        assert original is not None
        raise original from None


def _date(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.datetime) else None


def metadata(reader: pypdf.PdfReader) -> dict[str, Any]:
    """The document information dictionary, as far as it can be read."""
    out: dict[str, Any] = {"encrypted": reader.is_encrypted}
    try:
        info = reader.metadata
    except Exception:  # a damaged info dictionary does not stop the text
        return out
    if info is None:
        return out
    for key, name in (
        ("title", "/Title"),
        ("author", "/Author"),
        ("subject", "/Subject"),
        ("creator", "/Creator"),
        ("producer", "/Producer"),
    ):
        with contextlib.suppress(Exception):
            value = info.get(name)
            if value:
                out[key] = normalise_text(str(value)).strip()[:2000]
    with contextlib.suppress(Exception):
        out["created"] = _date(info.creation_date)
    with contextlib.suppress(Exception):
        out["modified"] = _date(info.modification_date)
    return out


def page_labels(reader: pypdf.PdfReader) -> list[str]:
    """The page labels the PDF gives its pages (/PageLabels: "i", "ii", "1", …), one per page,
    or [] when it gives none or they are just the page numbers."""
    try:
        root: Any = reader.root_object
        if "/PageLabels" not in root:
            return []
        labels = [normalise_text(str(label)).strip()[:40] for label in reader.page_labels]
    except Exception:  # damaged labels: cite file pages
        return []
    if labels == [str(n) for n in range(1, len(labels) + 1)]:
        return []
    return labels


_LIMIT_WORDS = ("exceeded", "limit", "maximum", "skipped", "too many")


def is_limit_warning(message: str) -> bool:
    """Whether a pypdf warning says that part of the content was left out (a reader limit)."""
    lowered = message.lower()
    return any(word in lowered for word in _LIMIT_WORDS)


def lacks_text(text: str) -> bool:
    """Whether a page's extracted text holds no readable words: empty, or more replacement
    characters (glyphs with no known letter) than letters and digits."""
    readable = sum(1 for c in text if c.isalnum())
    return readable == 0 or text.count("\ufffd") > readable


TRUNCATED = "the file is damaged or incomplete (truncated)"


def missing_parts(page: pypdf.PageObject, cut_short: bool = False) -> str | None:
    """Why a page's text cannot be there although the page is ("its fonts are missing from the
    file", "its content is missing from the file"), or None when nothing is missing. In a file
    cut short (`is_cut_short`) what is missing was lost with the file's end: the reason is then
    `TRUNCATED`, not fonts the producer left out."""
    reason = _missing_parts(page)
    return TRUNCATED if reason and cut_short else reason


def _missing_parts(page: pypdf.PageObject) -> str | None:
    from pypdf.generic import NullObject

    def absent(value: Any) -> bool:
        try:
            resolved = value.get_object() if hasattr(value, "get_object") else value
        except Exception:
            return True
        return resolved is None or isinstance(resolved, NullObject)

    try:
        if "/Contents" in page and absent(page.get("/Contents")):
            return "its content is missing from the file"
        resources: Any = page.get("/Resources")
        if resources is not None and absent(resources):
            return "its fonts are missing from the file"
        fonts: Any = resources.get_object().get("/Font") if resources is not None else None
        if fonts is not None:
            if absent(fonts):
                return "its fonts are missing from the file"
            if any(absent(fonts.get_object()[name]) for name in fonts.get_object()):
                return "its fonts are missing from the file"
    except Exception:
        return "its fonts or content cannot be read"
    return None


def declared_page_count(reader: pypdf.PdfReader) -> int | None:
    with contextlib.suppress(Exception):
        root: Any = reader.root_object
        return int(root["/Pages"]["/Count"])
    return None


WORD_GAP_EM = 0.1
"""A move between two strings of a TJ array at least this wide (in em, a fraction of the font
size) is a word space. pypdf takes half the font's own space width (0.13 em in Helvetica, up to
0.5 em in CID fonts that give no space width), and glues words set closer than that."""


def _widen_word_gaps(operator: bytes, operands: Any, _cm: Any, _tm: Any) -> None:
    """Before pypdf reads a TJ array: a word-sized move between two strings becomes one pypdf
    takes for a space (the array is only read for its text, never drawn)."""
    if operator != b"TJ" or not operands or not isinstance(operands[0], list):
        return
    array = operands[0]
    for index in range(1, len(array) - 1):
        value = array[index]
        if isinstance(value, int | float) and -value >= WORD_GAP_EM * 1000:
            before, after = array[index - 1], array[index + 1]
            if isinstance(before, str | bytes) and isinstance(after, str | bytes):
                array[index] = type(value)(min(value, -2000))


def extract_page_text(page: pypdf.PageObject) -> str:
    """The page's text as pypdf extracts it, with word spaces restored where the producer set
    words apart by a move in a TJ array rather than a space (`WORD_GAP_EM`)."""
    return page.extract_text(visitor_operand_before=_widen_word_gaps)


def _inherited(field: Any, key: str) -> Any:
    """A form field's entry, from the widget or the field it belongs to (fields nest)."""
    for _depth in range(16):
        if field is None:
            return None
        value = field.get(key)
        if value is not None:
            return value.get_object() if hasattr(value, "get_object") else value
        parent = field.get("/Parent")
        field = parent.get_object() if parent is not None else None
    return None


def _field_value(value: Any) -> str:
    if isinstance(value, list):  # a list box with several choices
        return ", ".join(filter(None, (_field_value(v) for v in value)))
    if isinstance(value, str) and value.startswith("/"):  # a check box or a radio button
        return "" if value == "/Off" else value[1:]
    return " ".join(str(value).split()) if isinstance(value, str) else ""


def form_text(page: pypdf.PageObject) -> str:
    """The values filled into the page's form fields (AcroForm widgets), one line each as
    "label: value": pypdf's text leaves them out (they are drawn by the fields' appearance, not
    the page's content). Empty fields and unticked boxes give nothing."""
    lines: list[str] = []
    for annotation in page.get("/Annots") or ():
        widget = annotation.get_object()
        if widget.get("/Subtype") != "/Widget":
            continue
        value = _field_value(_inherited(widget, "/V"))
        if not value:
            continue
        label = _field_value(_inherited(widget, "/TU") or _inherited(widget, "/T") or "")
        lines.append(f"{label}: {value}" if label else value)
    return "\n".join(dict.fromkeys(lines))  # the buttons of one radio group: one line


def _join_drawn(pieces: list[str]) -> str:
    """One visual line from the pieces drawn on it, left to right, as drawn: no space is added
    where two pieces meet (a producer that splits a line where the direction changes draws the
    pieces touching, and draws a real space as a glyph of its own). A piece of white space that
    comes before a right-to-left piece is that run's first-drawn glyph, its right end: it goes
    after the run. Two pieces of the same direction that meet without white space are two
    words set apart by position, and get a space."""
    ordered: list[str] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if not piece.strip() and index + 1 < len(pieces) and _RTL_CHAR.search(pieces[index + 1]):
            ordered.extend((pieces[index + 1], piece))
            index += 2
            continue
        ordered.append(piece)
        index += 1
    out = ""
    for piece in ordered:
        piece = piece.replace("\t", " ")
        if out and piece and not out[-1].isspace() and not piece[0].isspace():
            left, right = _RTL_CHAR.match(out[-1]), _RTL_CHAR.match(piece[0])
            if out[-1].isalpha() and piece[0].isalpha() and bool(left) == bool(right):
                out += " "
        out += piece
    return " ".join(out.split(" ")).strip() if out.strip() else ""


def _drawn_lines(page: pypdf.PageObject) -> list[list[str]]:
    """The pieces pypdf gives for each line of the page, in the order it gives them; pieces
    drawn at the same height (within 2 points) belong to one line."""
    lines: list[tuple[float, list[str]]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if not text.strip("\n"):  # line breaks alone carry no position of their own
            return
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        for number, part in enumerate(text.split("\n")):
            if number == 0 and lines and abs(lines[-1][0] - y) <= 2.0:
                lines[-1][1].append(part)
            elif part.strip() or number == 0:
                lines.append((y, [part]))

    page.extract_text(visitor_text=visit, visitor_operand_before=_widen_word_gaps)
    return [parts for _y, parts in lines]


def visual_lines(page: pypdf.PageObject) -> str:
    """The page's text rebuilt line by line from where each piece is drawn.

    A producer that draws right-to-left text in visual order also splits a line where the
    direction changes (an Arabic sentence with a number or a Latin name in it), and pypdf gives
    each piece on a line of its own. Pieces drawn at the same height belong to one visual line;
    joined as drawn (`_join_drawn`), the line can then be put in logical order whole without a
    space where the source has none (`محمد21`, `2024م`, `سانا-SANA`).
    """
    rebuilt = (_join_drawn(parts) for parts in _drawn_lines(page))
    return "\n".join(line for line in rebuilt if line)


_NEUTRAL_HEAD = re.compile(r"^[^\w]*")
_NEUTRAL_TAIL = re.compile(r"[^\w]*$")


def _in_rtl_flow(piece: str) -> str:
    """A left-to-right piece of a right-to-left line, with the neutral characters (spaces,
    punctuation) on its two sides swapped: what stood at its right on the page comes before it
    in reading order."""
    head = _NEUTRAL_HEAD.match(piece)
    tail = _NEUTRAL_TAIL.search(piece)
    assert head is not None and tail is not None
    if head.end() >= tail.start():
        return piece
    return tail.group() + piece[head.end() : tail.start()] + head.group()


_LEADING_STOP = re.compile(r"^\s*[.!?؟…،؛:;,]+\s*" + _RTL_CHAR.pattern)
"""A line that starts with a stop or comma and then right-to-left letters: no Arabic or Hebrew
sentence starts with its full stop. fpdf2 draws the stop that ends a right-to-left line as a
piece of its own at the line's left end, which pypdf gives first."""


def _is_mixed(line: str) -> bool:
    """Whether a line holds right-to-left letters and also digits or other letters, or starts
    with the punctuation that ends it (`_LEADING_STOP`)."""
    rtl = len(_RTL_CHAR.findall(line))
    return bool(rtl) and (
        sum(1 for c in line if c.isalnum()) > rtl or bool(_LEADING_STOP.match(line))
    )


def mixed_lines(page: pypdf.PageObject) -> str:
    """The page's text with each right-to-left line that changes direction put in reading
    order. pypdf gives the letters of each right-to-left stretch in logical order but the
    stretches and the numbers or Latin words between them as they stand on the page, left to
    right (seen with fpdf2 and WeasyPrint): `عام 2024م بفوز` comes out `م بفوز2024 عام`. In a
    line with more right-to-left than left-to-right letters, the pieces are taken right to left.
    """
    out: list[str] = []
    for parts in _drawn_lines(page):
        pieces = [p.replace("\t", " ") for p in parts]
        line = "".join(pieces)
        rtl = len(_RTL_CHAR.findall(line))
        ltr = sum(1 for c in line if c.isalnum()) - rtl
        directions = {bool(_RTL_CHAR.search(p)) for p in pieces if any(c.isalnum() for c in p)}
        # Or its end's punctuation drawn apart at its left end, so taken first (fpdf2).
        stop_first = len(pieces) > 1 and bool(_LEADING_STOP.match(line))
        if rtl and rtl >= ltr and (len(directions) == 2 or stop_first):
            line = "".join(p if _RTL_CHAR.search(p) else _in_rtl_flow(p) for p in reversed(pieces))
        out.append(line)
    return "\n".join(out)


def clean_page(raw: str, page: pypdf.PageObject | None = None) -> tuple[str, bool, int, int]:
    """A page's text as stored: logical order, NFKC, words separated by spaces not tabs.
    Returns (text, whether it was reordered, RTL letters, all letters). With `page`, a page in
    visual order is re-read line by line (`visual_lines`) before it is reordered, and a page in
    logical order whose right-to-left lines change direction has them put in reading order
    (`mixed_lines`)."""
    text = raw.replace("\t", " ")
    mixed = False
    if page is not None and _RTL_CHAR.search(text):
        if is_visual_order(text):
            with contextlib.suppress(Exception):
                text = visual_lines(page)
        elif any(_is_mixed(line) for line in text.split("\n")):
            with contextlib.suppress(Exception):
                rebuilt = mixed_lines(page)
                mixed = rebuilt != text
                text = rebuilt
    text, reordered = to_logical_order(text)
    reordered = reordered or mixed
    text = normalise_text(text)
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    letters = sum(1 for c in text if c.isalpha())
    return text, reordered, round(rtl_share(text) * letters), letters


def describe(exc: BaseException) -> str:
    """One line for a person: why pypdf could not read the file or a page."""
    if isinstance(exc, EmptyFileError):
        return "the file is empty"
    if isinstance(exc, MemoryError):
        return "reading it needs more memory than the reader is allowed"
    if isinstance(exc, RecursionError):
        return "its structure refers back to itself (a loop in the file)"
    if isinstance(exc, LimitReachedError):
        return f"it goes past a safety limit ({exc})"
    if isinstance(exc, FileNotDecryptedError):
        return "it is encrypted"
    if isinstance(exc, PdfReadError):
        return f"it is a damaged PDF ({exc})"
    text = str(exc).strip() or type(exc).__name__
    return f"it is a damaged PDF ({text[:300]})"


class WarningLog(logging.Handler):
    """Collects pypdf's warnings (repaired cross-reference tables and the like)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []
        self.limits = 0
        """How many warnings said that a reader limit left content out."""
        self.last_limit = ""

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()[:300]
        if len(self.messages) < 50:
            self.messages.append(message)
        if is_limit_warning(message):
            self.limits += 1
            self.last_limit = message
