"""What reading a file gives: the text to store, its pages and what the file says about itself."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db.text.source_keys import SourceKeys

PDF = "application/pdf"
HTML = "text/html"
TEXT = "text/plain"
MARKDOWN = "text/markdown"
WARC = "application/warc"
WACZ = "application/wacz"
MHTML = "multipart/related"
EMAIL = "message/rfc822"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"


@dataclass(frozen=True)
class ReadSource:
    """A file read into the form a case stores (text already normalised with NFKC).

    `page_starts` holds the character offset where each page starts (PDFs only; first is 0).
    `problems` says why the file is `incomplete`; `missing_pages` lists pages (1-based) whose text
    could not be read.
    """

    media_type: str
    text: str
    page_starts: tuple[int, ...] = ()
    title: str = ""
    outlet: str = ""
    url: str = ""
    author: str = ""
    published_on: str | None = None
    language: str = ""
    direction: str = "ltr"
    incomplete: bool = False
    missing_pages: tuple[int, ...] = ()
    problems: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)
    keys: SourceKeys | None = None
    """The text's search and similarity keys, made by the reader process that read it (so
    that storing the source only inserts them); never cached with the text."""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["keys"] = self.keys.to_json() if self.keys is not None else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReadSource:
        data = dict(data)
        for name in ("page_starts", "missing_pages", "problems"):
            data[name] = tuple(data.get(name, ()))
        if data.get("keys") is not None:
            from db.text.source_keys import SourceKeys

            data["keys"] = SourceKeys.from_json(data["keys"])
        return cls(**data)


@dataclass(frozen=True)
class ReadOptions:
    """What the reviewer chose for this read: the page of a capture (its URL, or its position
    from 1), the OCR language(s) in Tesseract's form (`ara+eng`)."""

    page: str | None = None
    ocr_language: str | None = None

    def cache_key(self, sha256: str) -> str:
        """The cache entry for this file read with these options."""
        if self == ReadOptions():
            return sha256
        import hashlib

        chosen = f"{self.page or ''}\n{self.ocr_language or ''}".encode()
        return f"{sha256}-{hashlib.sha256(chosen).hexdigest()[:12]}"
