"""Reading a local file into a `ReadSource`: checks, then the reader processes, then the cache.

A PDF's pages, read by reader processes side by side, are gathered in `pdf_pages`; every other
kind is read whole by one reader process here. Nothing here touches a case; `importer` stores
what was read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from db.text.file_names import readable

from . import cache
from .errors import (
    EncodingInDoubt,
    PageChoiceNeeded,
    PartialRead,
    ReadCancelled,
    SourceReadError,
    WorkApartError,
)
from .limits import MB, ReadLimits
from .pdf_pages import read_pdf
from .result import ReadOptions, ReadSource
from .sandbox import APART_FROM, ReaderGroup, run_apart

Progress = Callable[[int, int], None]
Steps = Callable[[str, int, int], None]
"""What the import of one file is doing and how far it is: `steps(what, done, total)`, `what`
one of "reading", "indexing" (the search and similarity keys of its text: most of a long
text's time; `done` and `total` count characters) and "storing" (0, 0 where unknown)."""
KINDS = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".wacz": "wacz",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".eml": "email",
    ".docx": "docx",
    ".odt": "odt",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".webp": "image",
    ".tif": "image",
    ".tiff": "image",
}
#: Kinds that hold several documents (pages), told apart once read.
CAPTURES = {"warc", "wacz", "mhtml"}
#: Kinds that are ZIP containers: they begin with a ZIP local file header.
ZIPPED = {"wacz", "docx", "odt"}
DESCRIBED = (
    "PDF, saved web page .html, text .txt or .md, web capture .warc/.wacz/.mhtml, "
    "e-mail .eml, document .docx/.odt, image .png/.jpg/.webp/.tiff"
)


@dataclass(frozen=True)
class FileBytes:
    path: Path
    data: bytes
    sha256: str


def load_bytes(path: str | Path, limits: ReadLimits) -> FileBytes:
    """The file's bytes, refused before reading when missing, empty or over the size limit."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SourceReadError(path, "there is no such file") from None
    except OSError as exc:
        raise SourceReadError(path, exc.strerror or str(exc)) from None
    if not path.is_file():
        raise SourceReadError(path, "it is not a file")
    if size == 0:
        raise SourceReadError(path, "the file is empty")
    if size > limits.max_file_bytes:
        raise SourceReadError(
            path,
            f"the file is {size / MB:,.0f} MB, more than the import limit of "
            f"{limits.max_file_bytes / MB:,.0f} MB",
            hint="PROVDESK_MAX_IMPORT_MB raises the limit",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceReadError(path, exc.strerror or str(exc)) from None
    return FileBytes(path, data, hashlib.sha256(data).hexdigest())


def kind_of(path: Path, data: bytes) -> str:
    """pdf, html, text or markdown, from the name and the first bytes; refuses anything else."""
    head = data[:1024]
    kind = kind_by_name(path)
    if kind == "pdf" and b"%PDF-" not in head:
        raise SourceReadError(path, "it is not a PDF (it does not begin with %PDF-)")
    if kind in ZIPPED and not data.startswith(b"PK\x03\x04"):
        raise SourceReadError(path, f"it is not a {path.suffix} file (it is not a ZIP archive)")
    if kind is not None:
        return kind
    if b"%PDF-" in head:
        return "pdf"
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    raise SourceReadError(path, f"it is not a file Provenance Desk reads ({DESCRIBED})")


def kind_by_name(path: Path) -> str | None:
    """The kind a file's name says it is (`.warc.gz` counts as one suffix), or None."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return KINDS.get(path.suffix.lower())


_NO_TEXT = {
    "pdf": "it holds no text that can be extracted (no text layer, and OCR recognised no words "
    "in it)",
    "image": "it holds no text that can be extracted (OCR recognised no words in it)",
    "text": "it holds no text (the file is empty, or holds only white space or a byte-order mark)",
    "markdown": "it holds no text (the file is empty, or holds only white space or a byte-order "
    "mark)",
}
"""Why a file gave no text, by kind: a text file has no text layer to miss and no OCR; any other
kind says its document is empty."""


def _read_whole(
    file: FileBytes,
    kind: str,
    limits: ReadLimits,
    cancelled: Callable[[], bool],
    encoding: str | None = None,
    options: ReadOptions | None = None,
    steps: Steps | None = None,
) -> ReadSource:
    group = ReaderGroup(file.path, limits, cancelled)
    options = options or ReadOptions()
    group.start(
        "whole",
        {
            "path": str(file.path),
            "sha256": file.sha256,
            "kind": kind,
            "encoding": encoding,
            "page": options.page,
            "ocr_language": options.ocr_language,
        },
    )
    for _worker, message in group.messages():
        if message[0] == "error":
            raise SourceReadError(file.path, message[1])
        if message[0] == "choose":
            raise PageChoiceNeeded(file.path, message[1], message[2])
        if message[0] == "result":
            return ReadSource.from_json(message[1])
        if message[0] == "step" and steps is not None:
            steps(*message[1:4])
    raise SourceReadError(file.path, "the reader gave no result")


def read_bytes(
    file: FileBytes,
    *,
    password: str | None = None,
    allow_partial: bool = False,
    limits: ReadLimits | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    use_cache: bool = True,
    encoding: str | None = None,
    ask_encoding: bool = False,
    options: ReadOptions | None = None,
    steps: Steps | None = None,
) -> ReadSource:
    """Read a file already loaded with `load_bytes` (see `read_file`). With `ask_encoding`, a
    text file whose encoding is in doubt raises `EncodingInDoubt` instead of being read.
    `progress(done, total)` counts a PDF's pages; `steps` says what a whole file's reading is
    doing (`Steps`)."""
    limits = limits or ReadLimits.from_environment()
    cancelled = cancelled or (lambda: False)
    kind = kind_of(file.path, file.data)
    use_cache = use_cache and encoding is None
    options = options or ReadOptions()
    if options.ocr_language:
        from .ocr import OcrError, check_languages

        try:
            options = replace(options, ocr_language=check_languages(options.ocr_language))
        except OcrError as exc:
            raise SourceReadError(file.path, str(exc)) from None
    if kind in ("text", "markdown"):
        _refuse_too_much_text(file, limits)
    key = options.cache_key(file.sha256)
    read = cache.load(key) if use_cache else None
    if read is None:
        if kind == "pdf":
            read = read_pdf(file, password, limits, progress, cancelled, options)
        else:
            read = _read_whole(file, kind, limits, cancelled, encoding, options, steps)
        if len(read.text) > limits.max_text_chars:
            raise SourceReadError(
                file.path,
                f"its text is too long ({len(read.text):,} characters; a source holds at most "
                f"{limits.max_text_chars:,})",
                hint=SPLIT_HINT,
            )
        if use_cache:
            cache.store(key, read)
    if not read.text.strip() and not read.incomplete:
        raise SourceReadError(
            file.path, _NO_TEXT.get(kind or "", "it holds no text (its document is empty)")
        )
    if read.incomplete and not allow_partial:
        raise PartialRead(file.path, list(read.problems), list(read.missing_pages))
    if ask_encoding and encoding is None and read.details.get("encoding_doubtful"):
        raise EncodingInDoubt(
            file.path,
            str(read.details.get("encoding", "")),
            [str(c) for c in read.details.get("encoding_candidates", ())],
        )
    if not read.title:
        read = replace(read, title=readable(file.path.stem))
    if read.keys is None and len(read.text) >= APART_FROM:
        read = replace(read, keys=_keys_apart(read.text, limits, cancelled))
        if cancelled():
            raise ReadCancelled(file.path)
    return read


SPLIT_HINT = "split it into parts and import each; this limit is the case's, not a setting"
_CONTINUATION = bytes(range(0x80, 0xC0))


def _refuse_too_much_text(file: FileBytes, limits: ReadLimits) -> None:
    """Refuse a text file, before it is decoded, whose bytes cannot make a text a source
    holds: every character takes at least one byte that is not a UTF-8 continuation byte
    (and not the CR of a CRLF), in UTF-8 and in the single-byte encodings alike."""
    data = file.data
    if len(data) <= limits.max_text_chars or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return
    at_least = len(data.translate(None, _CONTINUATION)) - data.count(b"\r")
    if at_least > limits.max_text_chars:
        raise SourceReadError(
            file.path,
            f"the file is {len(data) / MB:,.0f} MB of text, at least {at_least:,} characters; "
            f"a source holds at most {limits.max_text_chars:,}",
            hint=SPLIT_HINT,
        )


def _keys_apart(text: str, limits: ReadLimits, cancelled: Callable[[], bool]) -> Any:
    """The search and band keys of a long text the readers gave without them (a PDF's pages
    joined here, a read from the cache), made in a process of their own: in the application
    their seconds of Python would hold the interpreter the GUI thread paints with. None when
    that fails: the writer then makes them."""
    try:
        return run_apart(
            "db.text.source_keys:source_keys", text, limits=limits, cancelled=cancelled
        )
    except WorkApartError:
        return None


def read_file(
    path: str | Path,
    *,
    password: str | None = None,
    allow_partial: bool = False,
    limits: ReadLimits | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    use_cache: bool = True,
    encoding: str | None = None,
    options: ReadOptions | None = None,
) -> tuple[ReadSource, FileBytes]:
    """Read a local file (PDF, saved web page, text, Markdown) in reader processes.

    Raises `SourceReadError` (one line naming the file and the reason): `PasswordRequired` /
    `WrongPassword` for an encrypted PDF, `PartialRead` when only part could be read and
    `allow_partial` is false, `ReadCancelled` when `cancelled()` turned true. `encoding` reads
    a text file in that encoding instead of the one detected.
    """
    limits = limits or ReadLimits.from_environment()
    file = load_bytes(path, limits)
    read = read_bytes(
        file,
        password=password,
        allow_partial=allow_partial,
        limits=limits,
        progress=progress,
        cancelled=cancelled,
        use_cache=use_cache,
        encoding=encoding,
        options=options,
    )
    return read, file
