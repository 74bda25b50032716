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

import gc
import io
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

from . import html, pdf_parts, pdf_pool, pdf_text
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
    """Turns WeasyPrint's progress messages (in this thread only) into `step` calls: page p of
    the document being laid out is step `first` + p - 1 (a claim a page, roughly), never going
    back when WeasyPrint lays the pages out again for its page counters, nor beyond `last`. An
    exception from `step` (the export was cancelled) stops the layout where it is."""

    def __init__(self, step: Step, last: int) -> None:
        super().__init__(logging.INFO)
        self.step = step
        self.last = last
        self.first = 0
        self.done = 0
        self.thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if threading.get_ident() != self.thread:
            return
        if record.msg == PAGE_MESSAGE and record.args:
            page = record.args[0] if isinstance(record.args, tuple) else 0
            if isinstance(page, int):
                self.done = max(self.done, min(self.first + page - 1, self.last))
        self.step(self.done)


@contextmanager
def _page_steps(step: Step | None, claims: int) -> Iterator[_PageSteps | None]:
    if step is None:
        yield None
        return
    logger = logging.getLogger("weasyprint.progress")
    handler = _PageSteps(step, max(claims - 1, 0))
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


@contextmanager
def _collecting() -> Iterator[None]:
    """The cyclic garbage collector on while WeasyPrint lays pages out: its boxes point at each
    other and its layout leaves such webs behind by the hundred megabytes, which only the
    collector frees (an export pauses it: `export.paused_gc`). What exists before (the report,
    the case) is frozen out of its scans, so each collection looks at the layout's objects
    only."""
    enabled = gc.isenabled()
    gc.freeze()
    gc.enable()
    try:
        yield
    finally:
        if not enabled:
            gc.disable()
        gc.unfreeze()


def render(
    report: Report,
    step: Step | None = None,
    base_url: str = "",
    words: ReportWords = ENGLISH,
    part_claims: int = pdf_parts.PART_CLAIMS,
    workers: int | None = None,
) -> bytes:
    """The report as PDF bytes: `html.render`'s page (in `words`) printed on A4, laid out in parts of at
    most `part_claims` claims when it is longer (`pdf_parts`), side by side in `workers` processes
    (default: one a core; `pdf_pool`). `step(i)` is called as the pages
    are laid out (i: about the claim being laid out, 0 … claims - 1) and may raise to stop (a
    cancelled export). Raises PdfUnavailable with a sentence for a person when WeasyPrint
    cannot be loaded."""
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango's shared library not found
        raise PdfUnavailable(
            f"the PDF report needs WeasyPrint and the Pango library ({exc}); "
            "install them or export HTML and print it"
        ) from None
    base_url = base_url or report.meta.publish_url
    parts = list(pdf_parts.parts_of(report.claims, part_claims))
    with _page_steps(step, len(report.claims)) as steps, _collecting():
        if len(parts) <= 1:
            page = html.render(report, base_url=base_url, words=words).decode("utf-8")
            document = weasyprint.HTML(string=page, url_fetcher=_refuse)
            return readable_rtl_ligatures(document.write_pdf())

        def layout(page: str, first: int) -> Any:
            if steps is not None and first >= 0:
                steps.first = first
            return layout_page(page, first)

        return pdf_pool.print_in_parts(
            report, base_url, words, parts, layout, layout_page, step, workers
        )


def layout_page(page: str, first: int = 0) -> Any:
    """An HTML page laid out by WeasyPrint, fetching nothing (`first`: see `pdf_parts.Layout`)."""
    import weasyprint

    return weasyprint.HTML(string=page, url_fetcher=_refuse).render()


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
