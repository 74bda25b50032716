"""PDF pages without a text layer (scans) recognised by OCR in the reader process that reads
the PDF: the page is drawn at 300 dpi by PDFium (pypdfium2), in grey, and read by `ocr`. The
languages are the reviewer's, or guessed on the first scanned page and kept for the rest."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from . import ocr

DPI = 300


@dataclass(frozen=True)
class PageWords:
    """What OCR found on one page: its text, the words (spans in that text), the size of the
    drawing the boxes are measured on, and the languages read."""

    text: str
    words: list[list[float]]
    width: int
    height: int
    language: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ScannedPages:
    data: bytes
    languages: str | None = None
    document: Any = None
    failed: str = ""

    def _page_image(self, index: int) -> Any:
        import pypdfium2

        if self.document is None:
            self.document = pypdfium2.PdfDocument(self.data)
        page = self.document[index]
        try:
            bitmap = page.render(scale=DPI / 72, grayscale=True)
            return bitmap.to_pil()
        finally:
            page.close()

    def recognise(self, index: int, log: Any) -> PageWords | None:
        """The page read by OCR, or None when it cannot be (said once in the reader's
        warnings: the page is then stored without text, as before OCR)."""
        if self.failed:
            return None
        try:
            image = ocr.prepared(self._page_image(index))
            page = ocr.read_image(image, self.languages)
        except ocr.OcrError as exc:
            self.failed = str(exc)
            log.messages.append(f"OCR of scanned pages: {exc}")
            return None
        except Exception as exc:  # PDFium could not draw the page
            log.messages.append(f"page {index + 1} could not be drawn for OCR ({exc})"[:300])
            return None
        if page.text and not self.languages:
            self.languages = page.language
        return PageWords(page.text, page.words, page.width, page.height, page.language)

    @staticmethod
    def letters(text: str) -> tuple[int, int]:
        """(right-to-left letters, all letters), as `pdf.clean_page` counts them."""
        from .bidi import rtl_share

        letters = sum(1 for c in text if c.isalpha())
        return round(rtl_share(text) * letters), letters
