"""The PDF report: the HTML report's contents printed on A4 by fpdf2.

The PDF holds what the HTML report holds, laid out for paper as its print style sheet lays it
out: the header (case, scope, export facts, the evidence files cited), the contents first with
each claim's page number and a link to it, every claim from a new page with its chain diagram
first, hop and review tables of fixed column widths whose rows never split across pages, a
running header naming the case and the export time, "page n of N" on every page, an outline
(the report's title, the contents, each claim and its sections). In a right-to-left report
(Arabic) the pages are mirrored: the words, the tables' first columns and the chains start on
the right.

Its text extracts as the case holds it: only right-to-left and complex text is shaped (HarfBuzz,
through fpdf2's uharfbuzz), each piece drawn in logical order (pypdf reads it so) and carrying
ActualText where poppler and PDFium would otherwise turn a lam-alef round (`pdf_text`); Latin
text is drawn glyph by glyph, without ligatures. Nothing is fetched. The report is written
page by page as it is laid out (`pdf_document`, `pdf_file`), so its memory does not grow with
its length.

fpdf2 needs the DejaVu Sans fonts (Debian: fonts-dejavu-core), which cover Latin, Cyrillic,
Greek, Hebrew and Arabic.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import BinaryIO

from .model import EvidenceRef, Report, ReportClaim, ReportMeta
from .words import ENGLISH, ReportWords

Step = Callable[[int], None]


class PdfUnavailable(RuntimeError):
    """fpdf2 or the fonts it needs are missing."""


def render(
    report: Report,
    step: Step | None = None,
    base_url: str = "",
    words: ReportWords = ENGLISH,
) -> bytes:
    """The report as PDF bytes in `words` (`write`)."""
    out = io.BytesIO()
    write(report, out, step, base_url, words)
    return out.getvalue()


def write(
    report: Report,
    out: BinaryIO,
    step: Step | None = None,
    base_url: str = "",
    words: ReportWords = ENGLISH,
) -> None:
    """The report as PDF into `out` in `words`, written as it is laid out (`write_claims`)."""
    write_claims(report.meta, lambda: report.claims, out, step, base_url, words, report.evidence)


def write_claims(
    meta: ReportMeta,
    claims: Callable[[], Iterable[ReportClaim]],
    out: BinaryIO,
    step: Step | None = None,
    base_url: str = "",
    words: ReportWords = ENGLISH,
    evidence: Iterable[EvidenceRef] | None = None,
) -> None:
    """A report of `meta` and `claims` as PDF into `out` in `words`, written as it is laid
    out. `claims()` gives the claims in order; it is called twice (the contents, then the
    claims' pages), so they can be read from the case in batches rather than held. `step(i)`
    is called as the claims are laid out (i: the claim laid out, 0 … claims - 1) and may raise
    to stop (a cancelled export). Raises PdfUnavailable with a sentence for a person when fpdf2
    or its fonts cannot be found."""
    try:
        from . import pdf_document, pdf_fonts

        for name in (*pdf_fonts.FONT_FILES.values(), pdf_fonts.MONO_FILE):
            pdf_fonts.font_path(name)
    except (ImportError, FileNotFoundError) as exc:
        raise PdfUnavailable(
            f"the PDF report needs fpdf2 and the DejaVu fonts ({exc}); "
            "install them or export HTML and print it"
        ) from None
    base_url = base_url or meta.publish_url
    cited = None if evidence is None else tuple(evidence)
    pdf_document.Printer(meta, claims, base_url, words, cited).write(out, step)
