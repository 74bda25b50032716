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
from dataclasses import dataclass

from db.text.normalise import normalise_text

from .encoding import decide, normal_name
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


@dataclass(frozen=True)
class Decoded:
    """A text file's text, its encoding, and whether that encoding is in doubt (with the other
    encodings that read it as plausible text)."""

    text: str
    encoding: str
    doubtful: bool = False
    candidates: tuple[str, ...] = ()


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """The text of `data`: in `encoding` when given (`NotText` when the bytes are not text in
    it), else by its byte-order mark, as UTF-8, or the encoding `desktop.sources.encoding`
    decides on. `NotText` when no encoding can be told."""
    if encoding is not None:
        try:
            name = normal_name(encoding)
        except LookupError:
            raise NotText(f"{encoding!r} is not an encoding Provenance Desk knows") from None
        try:
            return Decoded(data.decode(name), name)
        except UnicodeDecodeError as exc:
            raise NotText(f"it is not text in {name} (byte {exc.start} does not decode)") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError:
                raise NotText(
                    f"it holds binary data, not text (it begins like {name.upper()} text but "
                    "does not read as it)"
                ) from None
    if b"\x00" in data[:65536]:
        raise NotText("it holds binary data, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    decision = decide(data, best.encoding if best is not None else None)
    if decision is None or not _looks_like_text(decision.text):
        raise NotText("its character encoding cannot be told (it may not be text at all)")
    return Decoded(decision.text, decision.encoding, decision.doubtful, decision.candidates)


def _valid_date(text: str) -> str | None:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def read_text(data: bytes, *, markdown: bool = False, encoding: str | None = None) -> ReadSource:
    """A text or Markdown file read (see `decode` for `encoding`); a doubtful encoding is kept
    in `details` (`encoding_doubtful`, `encoding_candidates`) and named in `problems`."""
    decoded = decode(data, encoding)
    text = normalise_text(decoded.text)
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
        details={
            "encoding": decoded.encoding,
            **(
                {"encoding_doubtful": True, "encoding_candidates": list(decoded.candidates)}
                if decoded.doubtful
                else {}
            ),
        },
    )
