"""PDF reading with pypdf, page by page, under pypdf's own safety limits.

This module runs inside reader processes (see `sandbox`): it imports no Qt and touches no case.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
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

from db.normalise import normalise_text

from .bidi import rtl_share, to_logical_order


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
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        if password is None:
            raise NeedsPassword(wrong=False)
        try:
            if not reader.decrypt(password):
                raise NeedsPassword(wrong=True)
        except WrongPasswordError:
            raise NeedsPassword(wrong=True) from None
    return reader


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


def declared_page_count(reader: pypdf.PdfReader) -> int | None:
    with contextlib.suppress(Exception):
        count = reader.trailer["/Root"]["/Pages"]["/Count"]
        return int(count)
    return None


def clean_page(raw: str) -> tuple[str, bool, int, int]:
    """A page's text as stored: logical order, NFKC, words separated by spaces not tabs.
    Returns (text, whether it was reordered, RTL letters, all letters)."""
    text = raw.replace("\t", " ")
    text, reordered = to_logical_order(text)
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

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.messages) < 50:
            self.messages.append(record.getMessage()[:300])
