"""The PDF report as one document: the front's pages reserved first, the claims laid out after
them, then the front drawn into its pages with each claim's page number and link, then "page n
of N" on every page.

The front (header, evidence files cited, contents) comes first but names the claims' pages, so
it is laid out twice: once on a scratch document, to count its pages (each contents line is one
line, so its length does not depend on the numbers written in it) and to find its headings for
the outline; then for good, once the claims have their pages. One document, so its outline and
links are the document's own, and its fonts are subset once.
"""

from __future__ import annotations

from collections.abc import Callable

from .model import Report
from .pdf_canvas import Canvas, plain
from .pdf_claim import claim_pdf
from .pdf_front import footers, front, running_header, title
from .words import ReportWords

Step = Callable[[int], None]


class Printer:
    """Lays one report out in its words."""

    def __init__(self, report: Report, base_url: str, words: ReportWords) -> None:
        self.report = report
        self.base_url = base_url
        self.words = words

    def _canvas(self) -> Canvas:
        canvas = Canvas(rtl=self.words.direction == "rtl")
        canvas.page_header = running_header(self.report, self.words)
        canvas.set_title(title(self.report, self.words))
        canvas.set_creator(f"{self.report.meta.app_name} {self.report.meta.app_version}")
        return canvas

    def _front_marks(self) -> tuple[int, list[tuple[str, int, int, float]]]:
        """The front's page count and its headings (title, level, page, top), laid out on a
        scratch document."""
        scratch = self._canvas()
        marks: list[tuple[str, int, int, float]] = []

        def mark(text: str, level: int) -> None:
            marks.append((text, level, scratch.page, scratch.y_pos))

        placeholder = {c.id: 9999 for c in self.report.claims}
        front(scratch, self.report, self.base_url, self.words, placeholder, mark)
        return scratch.pages_count, marks

    def render(self, step: Step | None = None) -> bytes:
        """The report as PDF bytes; `step(i)` after claim i is laid out (it may raise to
        stop)."""
        front_pages, front_marks = self._front_marks()
        canvas = self._canvas()
        for _ in range(front_pages):
            canvas.add_page()
        for text, level, page, top in front_marks:  # the outline in the document's order
            canvas.page, canvas.y = page, top
            canvas.start_section(plain(text), level, strict=False)
        canvas.page = canvas.pages_count

        def mark(text: str, level: int) -> None:
            canvas.y = canvas.y_pos
            canvas.start_section(plain(text), level, strict=False)

        starts: dict[int, int] = {}
        for index, claim in enumerate(self.report.claims):
            starts[claim.id] = canvas.pages_count + 1  # each claim from a new page
            claim_pdf(canvas, claim, self.words, mark)
            if step is not None:
                step(index)
        last = canvas.page
        canvas.page, canvas.reserved = 0, front_pages
        front(canvas, self.report, self.base_url, self.words, starts, lambda t, lv: None, True)
        canvas.page, canvas.reserved = last, 0
        footers(canvas, self.report, self.words, 1, canvas.pages_count)
        return canvas.pdf_bytes()
