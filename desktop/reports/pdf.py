"""The PDF report: the HTML report's own page, printed by WeasyPrint (HTML/CSS → PDF).

The PDF is the HTML report laid out for paper by its print style sheet (`html.CSS`: `@page`
with a header, a footer and "page n of N"; the contents first with each claim's page number;
every claim from a new page, its chain diagram first; hop rows never split across pages), so the
two formats cannot disagree. WeasyPrint shapes text with the system's Pango and HarfBuzz and
writes each run's Unicode text (ToUnicode maps) in logical order, so pdftotext, pypdf and
copy-paste give back the words the case holds: Arabic as letters, not presentation forms, and
"files" or "official" without ligature code points; a right-to-left ligature (lam-alef) also
carries its letters as ActualText, which poppler and PDFium need (`pdf_text`). Nothing is fetched: the page has no
external resources and the URL fetcher refuses every request.

WeasyPrint needs Pango ≥ 1.44 (Debian: libpango-1.0-0, libpangoft2-1.0-0, libharfbuzz0b) and
fonts that cover the case's scripts (DejaVu Sans; Noto Sans Arabic from fonts-noto-core).
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

from . import html, pdf_text
from .model import Report
from .words import ENGLISH, ReportWords

Step = Callable[[int], None]


class PdfUnavailable(RuntimeError):
    """WeasyPrint or the system libraries it needs (Pango) are missing."""


def _refuse(url: str, *args: Any, **kwargs: Any) -> NoReturn:
    raise ValueError(f"a report fetches nothing (asked for {url[:80]!r})")


PAGE_MESSAGE = "Step 5 - Creating layout - Page %d"
"""What WeasyPrint's progress logger says as it lays out each page."""


class _PageSteps(logging.Handler):
    """Turns WeasyPrint's progress messages (in this thread only) into `step` calls: page p laid
    out is step p - 1 (a claim a page, roughly), never going back when WeasyPrint lays the
    pages out again for its page counters. An exception from `step` (the export was cancelled)
    stops the layout where it is."""

    def __init__(self, step: Step, last: int) -> None:
        super().__init__(logging.INFO)
        self.step = step
        self.last = last
        self.done = 0
        self.thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if threading.get_ident() != self.thread:
            return
        if record.msg == PAGE_MESSAGE and record.args:
            page = record.args[0] if isinstance(record.args, tuple) else 0
            if isinstance(page, int):
                self.done = max(self.done, min(page - 1, self.last))
        self.step(self.done)


@contextmanager
def _page_steps(step: Step | None, claims: int) -> Iterator[None]:
    if step is None:
        yield
        return
    logger = logging.getLogger("weasyprint.progress")
    handler = _PageSteps(step, max(claims - 1, 0))
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def render(
    report: Report, step: Step | None = None, base_url: str = "", words: ReportWords = ENGLISH
) -> bytes:
    """The report as PDF bytes: `html.render`'s page printed on A4. `step(i)` is called as the
    pages are laid out (i: about the claim being laid out, 0 … claims - 1) and may raise to stop
    (a cancelled export). Raises PdfUnavailable with a sentence for a person when WeasyPrint
    cannot be loaded."""
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango's shared library not found
        raise PdfUnavailable(
            f"the PDF report needs WeasyPrint and the Pango library ({exc}); "
            "install them or export HTML and print it"
        ) from None
    page = html.render(report, base_url=base_url, words=words).decode("utf-8")
    document = weasyprint.HTML(string=page, url_fetcher=_refuse)
    with _page_steps(step, len(report.claims)):
        data: bytes = document.write_pdf()
    return readable_rtl_ligatures(data)


def readable_rtl_ligatures(data: bytes) -> bytes:
    """The PDF with its right-to-left ligatures (lam-alef) given as ActualText
    (`pdf_text`), so that poppler and PDFium read them as pypdf does."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    if not pdf_text.mark_rtl_ligatures(writer.pages):
        return data
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
