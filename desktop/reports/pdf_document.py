"""The PDF report laid out and written page by page: the claims first, then the front (which
names their pages), then each page's footer ("page n of N", once N is known).

Each page goes to the file (`pdf_file`) as soon as it is left, so memory does not grow with the
report: fpdf2 lays pages out on canvases of at most `CANVAS_PAGES` pages, which share the
report's fonts (one subset, written once at the end). The claims are taken as they come (a
report read from the case in batches need not be held whole): once for the contents (each
claim's text and verdict), once to lay them out. What must be remembered per page and per
claim (the pages' objects, each claim's first page, the outline's entries, the contents' lines)
waits in temporary files (`pdf_spill`), so the report's memory is the same whatever its length.

The front (header, evidence files cited, contents) comes first in the document but names the
claims' pages, so it is laid out twice: once on a scratch canvas, to count its pages (each
contents line is one line, so its length does not depend on the numbers written in it); then
for good, once the claims have their pages, with a link from each contents line to its claim.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any, BinaryIO, overload

from .model import EvidenceRef, ReportClaim, ReportMeta
from .pdf_canvas import HEIGHT, Canvas, Goto, plain
from .pdf_claim import claim_pdf
from .pdf_file import Headings, PdfFile
from .pdf_front import ContentsLine, ContentsLines, Front, footer, front, running_header, title
from .pdf_spill import Numbers
from .phrases import verdict_summary
from .words import ReportWords

Step = Callable[[int], None]
CANVAS_PAGES = 200
"""A canvas lays claims out until it holds this many pages; the next claim starts a new one,
so fpdf2's own records of pages stay few."""
FOOTER_PAGES = 500
"""Footers drawn on one canvas."""


Claims = Callable[[], Iterable[ReportClaim]]
"""The report's claims, in order, each time it is called."""


class Printer:
    """Lays one report out in its words and writes it: `claims` is read twice (the contents,
    then the claims' pages); `evidence`, the files cited, when known (else gathered from the
    claims)."""

    def __init__(
        self,
        meta: ReportMeta,
        claims: Claims,
        base_url: str,
        words: ReportWords,
        evidence: Sequence[EvidenceRef] | None = None,
    ) -> None:
        self.claims = claims
        self.base_url = base_url
        self.words = words
        self.report = self._front(meta, evidence)
        self.fonts: dict[str, Any] = Canvas(rtl=False).fonts
        """The report's fonts, shared by all its canvases."""

    def _front(self, meta: ReportMeta, evidence: Sequence[EvidenceRef] | None) -> Front:
        lines = ContentsLines()
        cited: dict[str, EvidenceRef] = {}
        for claim in self.claims():
            lines.append(ContentsLine(claim.id, claim.text, verdict_summary(self.words, claim)))
            if evidence is None:
                for ref in claim.evidence:
                    cited.setdefault(ref.sha256, ref)
        return Front(meta, lines, tuple(cited.values()) if evidence is None else evidence)

    def _canvas(self, header: bool = True) -> Canvas:
        canvas = Canvas(rtl=self.words.direction == "rtl", fonts=self.fonts)
        if header:
            canvas.page_header = running_header(self.report, self.words)
        return canvas

    def _front_pages(self) -> int:
        """How many pages the front takes (laid out on a scratch canvas, then dropped)."""
        scratch = self._canvas()
        scratch.page_left = lambda number, contents, gotos: None
        placeholder = Placeholder(len(self.report.claims))
        front(scratch, self.report, self.base_url, self.words, placeholder, lambda t, lv: None)
        scratch.leave_page()
        return int(scratch.pages_count)

    def write(self, out: BinaryIO, step: Step | None = None) -> None:
        """The report as PDF into `out`; `step(i)` after claim i is laid out (it may raise to
        stop)."""
        file = PdfFile(out)
        front_pages = self._front_pages()
        front_ids, claim_ids = Numbers(), Numbers()  # the pages' objects, in their order
        headings = Headings()

        def page_id(number: int) -> int:
            if number <= front_pages:
                return front_ids[number - 1]
            return claim_ids[number - front_pages - 1]

        def claim_left(number: int, contents: bytes, gotos: list[Goto]) -> None:
            page = file.reserve_page()
            file.page(page, file.stream(b"q\n" + contents + b"\nQ\n"))
            claim_ids.append(page)

        canvas = self._canvas()
        done = 0  # claim pages on the canvases before this one
        starts = Numbers()  # each claim's first page, in their order

        def mark(text: str, level: int) -> None:
            page = front_pages + done + canvas.page
            headings.add(plain(text), level, page, HEIGHT - canvas.y_pos)

        for index, claim in enumerate(self.claims()):
            if canvas.pages_count >= CANVAS_PAGES:
                canvas.leave_page()
                done += canvas.pages_count
                canvas = self._canvas()
            canvas.page_left = claim_left
            starts.append(front_pages + done + canvas.pages_count + 1)
            claim_pdf(canvas, claim, self.words, mark)
            if step is not None:
                step(index)
        canvas.leave_page()

        def front_left(number: int, contents: bytes, gotos: list[Goto]) -> None:
            body = file.stream(b"q\n" + contents + b"\nQ\n")
            links = [file.link(g.rect, page_id(g.page)) for g in gotos]
            page = file.reserve_page()
            file.page(page, body, links)
            front_ids.append(page)

        front_headings = Headings()
        canvas = self._canvas()
        canvas.page_left = front_left

        def front_mark(text: str, level: int) -> None:
            front_headings.add(plain(text), level, canvas.page, HEIGHT - canvas.y_pos)

        front(canvas, self.report, self.base_url, self.words, starts, front_mark, True)
        canvas.leave_page()
        pages = (front_ids, claim_ids)
        self._footers(file, pages)
        file.fonts(canvas)
        outline = file.outline([front_headings, headings], page_id)
        meta = self.report.meta
        file.finish(
            pages,
            title(self.report, self.words),
            f"{meta.app_name} {meta.app_version}",
            dt.datetime.now(dt.UTC).strftime("D:%Y%m%d%H%M%SZ"),
            outline,
        )

    def _footers(self, file: PdfFile, pages: Sequence[Numbers]) -> None:
        """Each page's footer ("page n of N"), in the object after the page's."""
        draw = footer(self.report, self.words)
        total = sum(len(part) for part in pages)
        every = (page for part in pages for page in part)

        def left(number: int, contents: bytes, gotos: list[Goto]) -> None:
            file.footer(next(every), contents)

        canvas = self._canvas(header=False)
        for number in range(1, total + 1):
            if canvas.pages_count >= FOOTER_PAGES:
                canvas.leave_page()
                canvas = self._canvas(header=False)
            canvas.page_left = left
            canvas.add_page()
            draw(canvas, number, total)
        canvas.leave_page()


class Placeholder(Sequence[int]):
    """The page of every claim on the scratch front: a number as wide as any (the front's
    length does not depend on it: each contents line is one line)."""

    def __init__(self, count: int) -> None:
        self.count = count

    def __len__(self) -> int:
        return self.count

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            return [9999] * len(range(*index.indices(self.count)))
        if not -self.count <= index < self.count:
            raise IndexError(index)
        return 9999
