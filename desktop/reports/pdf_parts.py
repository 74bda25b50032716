"""A long PDF report laid out in parts, so that its memory stays bounded whatever its size.

WeasyPrint lays a whole document out in memory (a report of 2,000 claims took 7 GiB). Here
the claims are laid out a part at a time (`part_claims` claims, fewer when they hold many hops
or reviews), each part written to PDF and its layout dropped before the next. What a single
document would number itself is put together afterwards:

- each claim's page is known once its part is laid out (its anchor's page), so the contents
  come last, with those numbers written in (`html.front(pages=...)`), laid out again until
  their own length is stable (a page more of contents moves every claim by a page);
- "page n of N" needs N, known only at the end: the parts are laid out without it, and a thin
  page of their own (WeasyPrint too, the same margin box and font, `counter-reset` to n) is
  merged onto each page;
- the contents' links to the claims, which WeasyPrint cannot resolve across documents, are
  added as link annotations to the claim's heading, and the parts' bookmarks are joined.

The parts are joined with pypdf, and the right-to-left ligatures marked (`pdf_text`) once.
"""

from __future__ import annotations

import gc
import io
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from . import html, pdf_text
from .html_front import Range, front_piece
from .model import Report, ReportClaim
from .words import ReportWords

PART_CLAIMS = 40
"""Claims a part holds at most."""
PART_WEIGHT = 400
"""And at most this much of their rows (`_weight`): a part is a few dozen pages."""

CONTENTS_CSS = """
@media print { nav a::after { content: leader(".") " " attr(data-page); } }
"""
"""The contents of a report in parts: each claim's page number written in (`data-page`)."""
QUICK_CONTENTS_CSS = """
@media print { nav a::after { content: " " attr(data-page); } }
"""
"""The same without the dotted leaders, which triple the contents' layout time: a first
layout that only counts the front's pages."""

STAMP_PAGES = 400
"""Pages of "page n of N" laid out at a time."""

PX = 0.75
"""A CSS pixel in PDF points (WeasyPrint's page matrix)."""

Layout = Callable[[str, int], Any]
"""Lays an HTML page out (WeasyPrint's `HTML(string=...).render()`); the int is the claim
index (0-based) of the part's first claim, for progress."""


Bookmarks = list[tuple[str, tuple[int, float, float], list[Any], str]]
"""WeasyPrint's bookmark tree: (label, (page index, x, y in points), children, state)."""


@dataclass(frozen=True)
class Part:
    """A laid-out part: its PDF, its page count, where its claims start (page index within
    the part, and the heading's place in points), its bookmarks and its links to claims (page
    index, claim anchor, rectangle in points)."""

    pdf: bytes
    pages: int
    starts: dict[int, tuple[int, float, float]]
    bookmarks: Bookmarks
    links: list[tuple[int, str, tuple[float, float, float, float]]]


def _part(document: Any) -> Part:
    anchors: dict[str, tuple[int, float, float]] = {}
    links = []
    for index, page in enumerate(document.pages):
        height = page.height * PX
        for name, (x, y, _, _) in page.anchors.items():
            anchors.setdefault(name, (index, x * PX, height - y * PX))
        for kind, target, (x1, y1, x2, y2), _ in page.links:
            if kind == "internal":
                links.append(
                    (index, target, (x1 * PX, height - y2 * PX, x2 * PX, height - y1 * PX))
                )
    starts = {
        int(name.removeprefix("claim-")): place
        for name, place in anchors.items()
        if name.startswith("claim-") and name.removeprefix("claim-").isdigit()
    }
    bookmarks = document.make_bookmark_tree(scale=PX, transform_pages=True)
    return Part(document.write_pdf(), len(document.pages), starts, bookmarks, links)


def _weight(claim: ReportClaim) -> int:
    return 2 + len(claim.hops) + len(claim.reviews)


def parts_of(claims: Sequence[ReportClaim], part_claims: int) -> Iterator[tuple[int, int]]:
    """(start, end) index ranges of the parts: `part_claims` claims or `PART_WEIGHT` of rows."""
    start, weight = 0, 0
    for index, claim in enumerate(claims):
        if index > start and (index - start >= part_claims or weight >= PART_WEIGHT):
            yield start, index
            start, weight = index, 0
        weight += _weight(claim)
    if start < len(claims):
        yield start, len(claims)


def _add_outline(writer: Any, tree: Bookmarks, offset: int, parent: Any = None) -> list[Any]:
    """Adds WeasyPrint's bookmarks to pypdf's outline; returns the items made at this level."""
    from pypdf.generic import Fit

    items = []
    for label, (page, x, y), children, state in tree:
        item = writer.add_outline_item(
            title=label,
            page_number=offset + page,
            parent=parent,
            fit=Fit.xyz(x, y, 0),
            is_open=state == "open",
        )
        _add_outline(writer, children, offset, item)
        items.append(item)
    return items


class Printer:
    """Lays out the parts of one report in its words (`layout`: WeasyPrint) and joins them."""

    def __init__(self, report: Report, base_url: str, words: ReportWords, layout: Layout) -> None:
        self.report = report
        self.base_url = base_url
        self.words = words
        self.layout = layout
        end = html.margin_sides(words)[1]
        self.parts_css = f"@page {{ @bottom-{end} {{ content: none; }} }}"
        """A part's pages: no "page n of N", merged on once N is known."""

    def _html(self, body: str, extra_css: str = "") -> str:
        with html.writing(self.words):
            return (
                html.head(self.report, self.words, self.parts_css + extra_css)
                + body
                + html.tail(self.report, self.words)
            )

    def claims(self, start: int, end: int) -> Part:
        """The claims `start` … `end` - 1 laid out (each from a new page, as in one document)."""
        with html.writing(self.words):
            body = "".join(
                html.claim_html(claim, self.report, self.base_url, self.words)
                for claim in self.report.claims[start:end]
            )
        return _part(self.layout(self._html(f"<main>\n{body}</main>"), start))

    def front(
        self, piece: tuple[Range, Range], first_pages: dict[int, int], quick: bool = False
    ) -> Part:
        """A piece of the front (`html_front.front_pieces`): the header, the evidence files
        cited and the contents lines, with each claim's page number written in (`quick`:
        without leaders, to count its pages)."""
        with html.writing(self.words):
            body = front_piece(self.report, self.base_url, self.words, first_pages, *piece)
        css = QUICK_CONTENTS_CSS if quick else CONTENTS_CSS
        return _part(self.layout(self._html(body, css), 0))

    def stamps(self, first: int, count: int, total: int) -> bytes:
        """`count` empty pages numbered "page n of `total`" from n = `first`: the report's own
        margin box (same style sheet, same words), nothing else."""
        start, end = html.margin_sides(self.words)
        css = (
            f"@page {{ @top-{start} {{ content: none; }} @top-{end} {{ content: none; }} "
            f"@bottom-{start} {{ content: none; }} "
            f"@bottom-{end} {{ content: {html.page_numbers(self.words, total)}; }} }} "
            f"@page :first {{ counter-reset: page {first}; }} "
            "div.page { break-after: page; }"
        )
        page = html.head(self.report, self.words, css)
        page += '<div class="page"></div>' * count + "</body></html>"
        return bytes(self.layout(page, -1).write_pdf())

    def finish(self, pdf: bytes, first: int, total: int) -> bytes:
        """A part's PDF with "page n of `total`" on each page from n = `first`, and its
        right-to-left ligatures marked (`pdf_text`)."""
        import pypdf

        writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
        for at in range(0, len(writer.pages), STAMP_PAGES):
            count = min(STAMP_PAGES, len(writer.pages) - at)
            stamps = pypdf.PdfReader(io.BytesIO(self.stamps(first + at, count, total)))
            gc.collect()
            for index, stamp in enumerate(stamps.pages):
                page = writer.pages[at + index]
                page.merge_page(stamp)
                page.compress_content_streams()
        pdf_text.mark_rtl_ligatures(writer.pages)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()


def join(front: list[Part], parts: list[Part], finished: list[bytes]) -> bytes:
    """The finished front pieces and parts (`Printer.finish`, in that order) as one PDF: the
    contents linked to each claim's heading, the bookmarks nested as in one document, the
    title of the first piece."""
    import pypdf
    from pypdf.annotations import Link
    from pypdf.generic import Fit

    offsets = list(itertools.accumulate((p.pages for p in front + parts), initial=0))
    starts = {
        claim_id: (offset + index, x, y)
        for part, offset in zip(parts, offsets[len(front) :], strict=False)
        for claim_id, (index, x, y) in part.starts.items()
    }
    writer = pypdf.PdfWriter()
    for number, data in enumerate(finished):
        reader = pypdf.PdfReader(io.BytesIO(data))
        writer.append(reader, import_outline=False)
        if number == 0 and reader.metadata is not None:
            writer.add_metadata(dict(reader.metadata))
    for piece, offset in zip(front, offsets, strict=False):
        for index, target, rect in piece.links:
            claim_id = int(target.removeprefix("claim-"))
            if claim_id in starts:
                at, x, y = starts[claim_id]
                link = Link(rect=rect, target_page_index=at, fit=Fit.xyz(x, y, 0))
                writer.add_annotation(offset + index, link)
    titles: list[Any] = []
    for piece, offset in zip(front, offsets, strict=False):
        titles += _add_outline(writer, piece.bookmarks, offset)
    parent = titles[0] if titles else None  # the claims go under the report's title
    for part, offset in zip(parts, offsets[len(front) :], strict=False):
        _add_outline(writer, part.bookmarks, offset, parent)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
