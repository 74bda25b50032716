"""The PDF report's file, written as it is laid out: each page goes to the file when it is
left, so a report of any length holds only its open pages; what must be remembered per page,
object or outline entry waits in temporary files (`pdf_spill`) until the end.

fpdf2 writes a document only whole, from memory; here it lays pages out and this module writes
them. A page is two content streams: its body (wrapped in `q … Q`, so its graphics state ends
with it) and its footer ("page n of N", drawn once N is known, as the object reserved right
after the page's). All pages share one resources dictionary naming the report's fonts, which
fpdf2 writes (subset to the glyphs the whole report used) when the last page is done: every page
uses the same glyph codes, so each font is embedded once. The outline is written entry by entry
in the document's order, each entry when the next of its level or above comes (a stack of the
open ones). Object numbers are handed out as objects are written or reserved; the cross
reference table is written last.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from fpdf.output import OutputProducer
from fpdf.syntax import PDFString

from .pdf_spill import Numbers, Records, Texts

WIDTH, HEIGHT = 595.28, 841.89
"""A4 in points."""
PROC_SET = "[/PDF /Text /ImageB /ImageC /ImageI]"
KIDS_CHUNK = 4096
"""Page references joined at a time in the page tree (and offsets in the cross reference)."""


def text_string(text: str) -> str:
    """`text` as a PDF text string (UTF-16 with a byte-order mark unless it is ASCII)."""
    serialized: str = PDFString(text).serialize()
    return serialized


class Headings:
    """Entries of the outline in the document's order: each title, level (0 the report's
    title), page (the report's page number) and top (points from the bottom of the page), in
    temporary files."""

    def __init__(self) -> None:
        self.titles = Texts()
        self.places = Records("bqd")

    def add(self, title: str, level: int, page: int, top: float) -> None:
        self.titles.append(title)
        self.places.append(level, page, top)

    def __len__(self) -> int:
        return len(self.places)


@dataclass
class _Open:
    """An outline entry whose children may still come: its object, level and fields so far;
    its first and last children, how many it has and how many entries are under it at any
    depth."""

    number: int
    level: int
    fields: list[str]
    first: int = -1
    last: int = -1
    children: int = 0
    below: int = 0


class PdfFile:
    """A PDF written to `out` object by object."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.at = 0
        self.offsets = Numbers([0])
        """Each object's offset in the file, by object number (-1 while only reserved)."""
        self._put(b"%PDF-1.4\n%\xe9\xeb\xf1\xbf\n")
        self.catalog = self.reserve()
        self.pages_root = self.reserve()
        self.resources = self.reserve()

    def _put(self, data: bytes) -> None:
        self.out.write(data)
        self.at += len(data)

    def reserve(self) -> int:
        """An object number, its object written later (`write`)."""
        self.offsets.append(-1)
        return len(self.offsets) - 1

    def write(self, number: int, body: str | bytes) -> int:
        self.offsets[number] = self.at
        data = body.encode("latin-1") if isinstance(body, str) else body
        self._put(b"%d 0 obj\n" % number + data + b"\nendobj\n")
        return number

    def add(self, body: str | bytes) -> int:
        return self.write(self.reserve(), body)

    @staticmethod
    def _stream(contents: bytes) -> bytes:
        packed = zlib.compress(contents)
        head = b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(packed)
        return head + packed + b"\nendstream"

    def stream(self, contents: bytes) -> int:
        """A content stream of `contents` (drawing operators), compressed."""
        return self.add(self._stream(contents))

    def reserve_page(self) -> int:
        """A page's object number, and the next one for its footer (`footer`)."""
        number = self.reserve()
        self.reserve()
        return number

    def page(self, number: int, body: int, annots: Sequence[int] = ()) -> None:
        """Page object `number` (`reserve_page`) drawn by the content stream `body`, then by
        its footer (`footer`)."""
        links = f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}]" if annots else ""
        self.write(
            number,
            f"<< /Type /Page /Parent {self.pages_root} 0 R /MediaBox [0 0 {WIDTH} {HEIGHT}] "
            f"/Resources {self.resources} 0 R /Contents [{body} 0 R {number + 1} 0 R]{links} >>",
        )

    def footer(self, page: int, contents: bytes) -> None:
        """The footer of page object `page`: a content stream of `contents`."""
        self.write(page + 1, self._stream(contents))

    def link(self, rect: tuple[float, float, float, float], page: int) -> int:
        """A link annotation over `rect` (x, top, width, height in points from the top left)
        to the top of page object `page`."""
        x, top, width, height = rect
        bottom = HEIGHT - top - height
        return self.add(
            f"<< /Type /Annot /Subtype /Link /Rect [{x:.2f} {bottom:.2f} {x + width:.2f} "
            f"{bottom + height:.2f}] /Border [0 0 0] /F 4 /Dest [{page} 0 R /XYZ 0 {HEIGHT} "
            "null] >>"
        )

    def fonts(self, canvas: Any) -> None:
        """The fonts of `canvas` (the report's, shared by all its canvases), subset to every
        glyph the report used, and the resources dictionary naming them."""
        from fontTools import ttLib

        for font in canvas.fonts.values():  # fpdf2 subsets the tables in place: fresh ones
            font.ttfont = ttLib.TTFont(font.ttffile, recalcTimestamp=False, lazy=True)
        producer = OutputProducer(canvas)
        producer.obj_id = len(self.offsets) - 1
        by_index = producer._add_fonts({}, {}, {})
        for obj in producer.pdf_objs:
            self.reserve()
            self.write(obj.id, obj.serialize().split("\n", 1)[1].rsplit("\nendobj", 1)[0])
        names = " ".join(f"/F{i} {obj.id} 0 R" for i, obj in sorted(by_index.items()))
        self.write(self.resources, f"<< /ProcSet {PROC_SET} /Font << {names} >> >>")

    def outline(self, parts: Sequence[Headings], page_id: Callable[[int], int]) -> int | None:
        """The outline of the headings of `parts` one after the other: each under the last
        heading of a lower level before it. `page_id` gives a page number's object. Each entry
        is written when the next at its level or above comes (or at the end): only the open
        ones are held."""
        if not any(len(part) for part in parts):
            return None
        root = self.reserve()
        top = _Open(root, -1, [])  # the outline's root: its count is of its children
        stack: list[_Open] = []

        def close(entry: _Open, after: int) -> None:
            fields = entry.fields
            if after >= 0:
                fields.append(f"/Next {after} 0 R")
            if entry.first >= 0:
                fields.append(f"/First {entry.first} 0 R /Last {entry.last} 0 R")
                fields.append(f"/Count {entry.below}")
            self.write(entry.number, "<< " + " ".join(fields) + " >>")
            parent = stack[-1] if stack else top
            parent.below += 1 + entry.below

        for part in parts:
            for index, (level, page, at) in enumerate(part.places.rows()):
                number = self.reserve()
                before = -1
                while stack and stack[-1].level >= level:
                    done = stack.pop()
                    sibling = not stack or stack[-1].level < level
                    close(done, number if sibling else -1)
                    if sibling:
                        before = done.number
                parent = stack[-1] if stack else top
                if parent.first < 0:
                    parent.first = number
                parent.last = number
                parent.children += 1
                fields = [
                    f"/Title {text_string(part.titles[index])}",
                    f"/Parent {parent.number} 0 R",
                    f"/Dest [{page_id(page)} 0 R /XYZ 0 {at:.2f} null]",
                ]
                if before >= 0:
                    fields.append(f"/Prev {before} 0 R")
                stack.append(_Open(number, level, fields))
        while stack:
            close(stack.pop(), -1)
        self.write(
            root,
            f"<< /Type /Outlines /First {top.first} 0 R /Last {top.last} 0 R "
            f"/Count {top.children} >>",
        )
        return root

    def finish(
        self,
        pages: Sequence[Numbers],
        title: str,
        creator: str,
        created: str,
        outline: int | None,
    ) -> None:
        """The page tree of the page objects in `pages` (one part after the other), the
        catalog, the document information and the cross-reference table."""
        count = sum(len(part) for part in pages)
        first_page = next((part[0] for part in pages if len(part)), None)
        self.offsets[self.pages_root] = self.at
        self._put(b"%d 0 obj\n<< /Type /Pages /Kids [" % self.pages_root)
        for part in pages:
            for start in range(0, len(part), KIDS_CHUNK):
                end = min(start + KIDS_CHUNK, len(part))
                self._put(b"".join(b"%d 0 R " % part[i] for i in range(start, end)))
        self._put(b"] /Count %d >>\nendobj\n" % count)
        open_at = f" /OpenAction [{first_page} 0 R /FitH null]" if first_page else ""
        outlines = f" /Outlines {outline} 0 R" if outline else ""
        self.write(
            self.catalog,
            f"<< /Type /Catalog /Pages {self.pages_root} 0 R{outlines}{open_at} "
            "/PageLayout /OneColumn >>",
        )
        info = self.add(
            f"<< /Title {text_string(title)} /Creator {text_string(creator)} "
            f"/CreationDate {text_string(created)} >>"
        )
        start = self.at
        total = len(self.offsets)
        self._put(b"xref\n0 %d\n0000000000 65535 f \n" % total)
        for first in range(1, total, KIDS_CHUNK):
            end = min(first + KIDS_CHUNK, total)
            self._put(b"".join(b"%010d 00000 n \n" % self.offsets[i] for i in range(first, end)))
        self._put(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (total, self.catalog, info, start)
        )
