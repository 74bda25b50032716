"""A PDF read page by page in reader processes: the pages the readers report, gathered in this
process into one `ReadSource` (its text, page starts, what is missing and why).

`reader.read_bytes` calls `read_pdf`; the pages themselves are parsed in `pdf` (inside the
reader processes). Nothing here touches a case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import PasswordRequired, SourceReadError, WrongPassword
from .limits import ReadLimits
from .result import PDF, ReadOptions, ReadSource
from .sandbox import ReaderGroup

if TYPE_CHECKING:
    from .reader import FileBytes, Progress

PAGE_SEPARATOR = "\n\n"


def _truncated(data: bytes) -> bool:
    return b"%%EOF" not in data[-2048:]


_DAMAGE = (
    "endstream",
    "stream has ended unexpectedly",
    "unexpected end",
    "eof marker",
    "startxref",
    "could not read object",
    "invalid object",
)


def _plain_page_error(error: str) -> str:
    """A page's reader error in a reviewer's words: the PDF library's parser messages ("Unable
    to find 'endstream' marker for obj starting at 346.") say the page's content is damaged."""
    if any(word in error.casefold() for word in _DAMAGE):
        return "its content is damaged or cut short"
    return error


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
            self.failed[index] = _plain_page_error(error)
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
                f"its page tree declares {self.declared} pages but only {self.count} "
                f"{'is' if self.count == 1 else 'are'} in the file"
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


def read_pdf(
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
