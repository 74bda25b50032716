"""Reading a local file into a `ReadSource`: checks, then the reader processes, then the cache.

Nothing here touches a case; `importer` stores what was read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from db.text.file_names import readable

from . import cache
from .errors import (
    EncodingInDoubt,
    PageChoiceNeeded,
    PartialRead,
    PasswordRequired,
    ReadCancelled,
    SourceReadError,
    WorkApartError,
    WrongPassword,
)
from .limits import MB, ReadLimits
from .result import PDF, ReadOptions, ReadSource
from .sandbox import APART_FROM, ReaderGroup, run_apart

Progress = Callable[[int, int], None]
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
PAGE_SEPARATOR = "\n\n"


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


def _truncated(data: bytes) -> bool:
    return b"%%EOF" not in data[-2048:]


@dataclass
class _PdfPages:
    """What the reader processes of one PDF have reported so far."""

    count: int = 0
    pages: dict[int, str] = field(default_factory=dict)
    failed: dict[int, str] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    declared: int | None = None
    language: str = ""
    warnings: list[str] = field(default_factory=list)
    readers: list[dict[str, Any]] = field(default_factory=list)
    reordered: int = 0
    rtl: int = 0
    letters: int = 0
    labels: list[str] = field(default_factory=list)
    limited: dict[int, str] = field(default_factory=dict)
    recognised: dict[int, dict[str, Any]] = field(default_factory=dict)

    def page(self, message: tuple[Any, ...]) -> None:
        _, index, text, error, flipped, page_rtl, page_letters, note = message
        if error is not None:
            self.failed[index] = error
        else:
            self.pages[index] = text
            if note:
                self.limited[index] = note
        self.reordered += bool(flipped)
        self.rtl += page_rtl
        self.letters += page_letters

    def summary(self) -> str:
        """How much was read: "N of M pages read, K without text" (M counts the pages the
        page tree declares when it declares more than the file holds)."""
        total = max(self.count, self.declared or 0)
        empty = sum(1 for text in self.pages.values() if not text.strip())
        return f"{len(self.pages)} of {total} pages read, {empty} without text"

    def problems(self, truncated: bool) -> tuple[list[str], list[int]]:
        """Why the file is incomplete, and the pages (1-based) known to be missing."""
        problems: list[str] = []
        lost: set[int] = {i + 1 for i in self.failed}
        if truncated:
            problems.append("the file is cut short (it has no end-of-file marker)")
        if self.declared is not None and self.declared != self.count:
            problems.append(
                f"its page tree declares {self.declared} pages but only {self.count} are in "
                "the file"
                if self.declared > self.count
                else f"its page tree declares {self.declared} pages but {self.count} are in "
                "the file"
            )
            if self.declared > self.count:
                lost.update(range(self.count + 1, min(self.declared, 100_000) + 1))
        if self.failed:
            first = min(self.failed)
            problems.append(
                f"{len(self.failed)} of {max(self.count, self.declared or 0)} pages could not "
                f"be read (page {first + 1}: {self.failed[first]})"
            )
        if self.limited:
            first = min(self.limited)
            problems.append(
                f"a reader limit left out part of the text of {len(self.limited)} pages "
                f"(page {first + 1}: {self.limited[first]})"
            )
        if problems:
            problems.insert(0, self.summary())
        return problems, sorted(lost)

    def source(self, truncated: bool) -> ReadSource:
        starts: list[int] = []
        parts: list[str] = []
        offset = 0
        for index in range(self.count):
            starts.append(offset)
            part = self.pages.get(index, "") + (PAGE_SEPARATOR if index < self.count - 1 else "")
            parts.append(part)
            offset += len(part)
        problems, missing = self.problems(truncated)
        return ReadSource(
            media_type=PDF,
            text="".join(parts),
            page_starts=tuple(starts),
            title=self.meta.get("title", ""),
            author=self.meta.get("author", ""),
            language=self.language,
            direction="rtl" if self.letters and self.rtl * 2 > self.letters else "ltr",
            incomplete=bool(problems),
            missing_pages=tuple(missing),
            problems=tuple(problems),
            details={
                "pdf": self.meta,
                "reordered_pages": self.reordered,
                "readers": self.readers,
                "pages_read": self.summary(),
                **({"page_labels": self.labels} if self.labels else {}),
                **({"reader_warnings": self.warnings[:20]} if self.warnings else {}),
                **({"encrypted": True} if self.meta.get("encrypted") else {}),
                **({"ocr": self.ocr_details(starts)} if self.recognised else {}),
            },
        )

    def ocr_details(self, starts: list[int]) -> dict[str, Any]:
        """The words OCR found on scanned pages, their spans moved to the whole text."""
        from .ocr import summary

        pages = []
        for index in sorted(self.recognised):
            found, start = self.recognised[index], starts[index]
            words = [[w[0] + start, w[1] + start, *w[2:]] for w in found["words"]]
            pages.append(
                {
                    "page": index,
                    "width": found["width"],
                    "height": found["height"],
                    "language": found["language"],
                    "words": words,
                }
            )
        return {
            **summary([(p["language"], p["words"]) for p in pages]),
            "pages_recognised": [index + 1 for index in sorted(self.recognised)],
            "pages": pages,
        }


def _read_pdf(
    file: FileBytes,
    password: str | None,
    limits: ReadLimits,
    progress: Progress | None,
    cancelled: Callable[[], bool],
    options: ReadOptions,
) -> ReadSource:
    """Pages read by one reader process, joined by a second for a PDF of many pages: both take
    the next unread page from a shared counter, so neither waits for the other."""
    group = ReaderGroup(file.path, limits, cancelled)
    common: dict[str, Any] = {
        "path": str(file.path),
        "sha256": file.sha256,
        "password": password,
        "counter": _counter(),
        "max_stream_bytes": limits.max_stream_bytes,
        "ocr_language": options.ocr_language,
    }
    group.start("pdf", {**common, "worker": 0})
    state = _PdfPages()
    truncated = _truncated(file.data)
    for worker, message in group.messages():
        kind = message[0]
        if kind == "error":
            reason = message[1]
            if truncated:
                reason = f"the file is cut short (it has no end-of-file marker): {reason}"
            raise SourceReadError(file.path, reason)
        if kind == "password":
            if message[1]:
                raise WrongPassword(file.path, "the password does not open this PDF")
            raise PasswordRequired(file.path, "the PDF is encrypted and needs its password")
        if kind == "opened":
            state.count = message[1]
            if worker == 0:
                state.meta, state.declared, state.labels = message[2], message[3], message[4]
                if state.count == 0:
                    raise SourceReadError(file.path, "the PDF has no pages")
                if state.count >= limits.parallel_min_pages:
                    for _ in range(1, limits.processes):
                        group.start("pdf", {**common, "worker": len(group.readers)})
        elif kind == "ocr":
            state.recognised[message[1]] = message[2]
        elif kind == "page":
            state.page(message)
            if progress is not None:
                progress(len(state.pages) + len(state.failed), state.count)
        elif kind == "done":
            state.warnings.extend(message[2])
            state.readers.append(message[3])
            if worker == 0:
                state.language = message[1]
    if state.failed and not state.pages:
        problems, _missing = state.problems(truncated)
        raise SourceReadError(file.path, "no page could be read: " + "; ".join(problems))
    return state.source(truncated)


def _counter() -> Any:
    from .sandbox import context

    return context().Value("i", 0)


def _read_whole(
    file: FileBytes,
    kind: str,
    limits: ReadLimits,
    cancelled: Callable[[], bool],
    encoding: str | None = None,
    options: ReadOptions | None = None,
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
) -> ReadSource:
    """Read a file already loaded with `load_bytes` (see `read_file`). With `ask_encoding`, a
    text file whose encoding is in doubt raises `EncodingInDoubt` instead of being read."""
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
    key = options.cache_key(file.sha256)
    read = cache.load(key) if use_cache else None
    if read is None:
        if kind == "pdf":
            read = _read_pdf(file, password, limits, progress, cancelled, options)
        else:
            read = _read_whole(file, kind, limits, cancelled, encoding, options)
        if len(read.text) > limits.max_text_chars:
            raise SourceReadError(
                file.path, f"its text is too long ({len(read.text):,} characters)"
            )
        if use_cache:
            cache.store(key, read)
    if not read.text.strip() and not read.incomplete:
        raise SourceReadError(
            file.path,
            "it holds no text that can be extracted (no text layer, and OCR recognised no "
            "words in it)",
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
