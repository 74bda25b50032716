"""Plain text and Markdown: the encoding detected, the sample format's date line understood.

The monitoring digests the desk saves (see ``shared/samples``) begin with ``date YYYY-MM-DD``
followed, on the same line, by the headline. That marker is the digest's own metadata, not words
of the source: it becomes the publication date and is left out of the stored text, so the text
starts with the headline and every quote span counts from there. The headline also becomes the
title. A Markdown file's first ``# heading`` is its title; its text is stored as written.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re

from db.normalise import normalise_text

from .result import MARKDOWN, TEXT, ReadSource

DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\n)", re.IGNORECASE)
_HEADING = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", re.MULTILINE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
TITLE_LIMIT = 300


class NotText(ValueError):
    """The bytes are not text in any encoding that can be told."""


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    odd = sum(1 for c in text[:100_000] if not (c.isprintable() or c in "\n\r\t\f"))
    return odd / min(len(text), 100_000) < 0.01


def decode(data: bytes) -> tuple[str, str]:
    """The text of `data` and the name of its encoding; `NotText` when it cannot be told."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\x00" in data[:65536]:
        raise NotText("it holds binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise NotText("its character encoding cannot be told (it may not be text at all)")
    text = str(best)
    if not _looks_like_text(text):
        raise NotText("its character encoding cannot be told (it may not be text at all)")
    return text, best.encoding


def _valid_date(text: str) -> str | None:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def read_text(data: bytes, *, markdown: bool = False) -> ReadSource:
    text, encoding = decode(data)
    text = normalise_text(text)
    published_on = None
    match = DATE_LINE.match(text)
    if match and (published_on := _valid_date(match.group(1))):
        text = text[match.end() :]
    text = text.strip("\n")
    title = ""
    heading = _HEADING.search(text) if markdown else None
    if heading:
        title = heading.group(1)
    elif published_on:
        title = text.split("\n", 1)[0].strip()
    if len(title) > TITLE_LIMIT:
        title = title[: TITLE_LIMIT - 1].rstrip() + "…"
    return ReadSource(
        media_type=MARKDOWN if markdown else TEXT,
        text=text,
        title=title,
        published_on=published_on,
        details={"encoding": encoding},
    )
