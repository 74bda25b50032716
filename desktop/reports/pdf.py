"""The PDF report: the HTML report's own page, printed by WeasyPrint (HTML/CSS → PDF).

The PDF is the HTML report laid out for paper by its print style sheet (`html.CSS`: `@page`
with a header, a footer and "page n of N"; the contents first with each claim's page number;
every claim from a new page, its chain diagram first; hop rows never split across pages), so the
two formats cannot disagree. WeasyPrint shapes text with the system's Pango and HarfBuzz and
writes each run's Unicode text (ToUnicode maps) in logical order, so pdftotext, pypdf and
copy-paste give back the words the case holds: Arabic as letters, not presentation forms, and
"files" or "official" without ligature code points. Nothing is fetched: the page has no
external resources and the URL fetcher refuses every request.

WeasyPrint needs Pango ≥ 1.44 (Debian: libpango-1.0-0, libpangoft2-1.0-0, libharfbuzz0b) and
fonts that cover the case's scripts (DejaVu Sans; Noto Sans Arabic from fonts-noto-core).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NoReturn

from . import html
from .model import Report

Step = Callable[[int], None]


class PdfUnavailable(RuntimeError):
    """WeasyPrint or the system libraries it needs (Pango) are missing."""


def _refuse(url: str, *args: Any, **kwargs: Any) -> NoReturn:
    raise ValueError(f"a report fetches nothing (asked for {url[:80]!r})")


def render(report: Report, step: Step | None = None, base_url: str = "") -> bytes:
    """The report as PDF bytes: `html.render`'s page printed on A4. Raises PdfUnavailable with a
    sentence for a person when WeasyPrint cannot be loaded."""
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango's shared library not found
        raise PdfUnavailable(
            f"the PDF report needs WeasyPrint and the Pango library ({exc}); "
            "install them or export HTML and print it"
        ) from None
    page = html.render(report, step, base_url=base_url).decode("utf-8")
    document = weasyprint.HTML(string=page, url_fetcher=_refuse)
    data: bytes = document.write_pdf()
    return data
