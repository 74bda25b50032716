"""The PDF report's file, written as it is laid out: each page's drawing goes to the file when
the page is left, so a report of any length holds only its open pages, its outline and one
number per page and object (titles and the contents' lines wait in a temporary file).

fpdf2 writes a document only whole, from memory; here it lays pages out and this module writes
them. A page is two content streams: its body (wrapped in `q … Q`, so its graphics state ends
with it) and its footer ("page n of N", drawn once N is known). All pages share one resources
dictionary naming the report's fonts, which fpdf2 writes (subset to the glyphs the whole report
used) when the last page is done: every page uses the same glyph codes, so each font is
embedded once. Object numbers are handed out as objects are written or reserved; the cross
reference table is written last.
"""

from __future__ import annotations

import io
import tempfile
import weakref
import zlib
from array import array
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

from fpdf.output import OutputProducer
from fpdf.syntax import PDFString

WIDTH, HEIGHT = 595.28, 841.89
"""A4 in points."""
PROC_SET = "[/PDF /Text /ImageB /ImageC /ImageI]"


def text_string(text: str) -> str:
    """`text` as a PDF text string (UTF-16 with a byte-order mark unless it is ASCII)."""
    serialized: str = PDFString(text).serialize()
    return serialized


class Texts:
    """Strings by index, kept in a temporary file (UTF-8): a long report's titles and claims
    held out of memory but for where each ends (8 bytes). Appended while the report is laid
    out, read back when its front and outline are written."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile()  # noqa: SIM115 (closed with the object)
        weakref.finalize(self, self.file.close)
        self.ends = array("q")
        self._read = False

    def append(self, text: str) -> None:
        if self._read:  # reads moved the position: back to the end
            self.file.seek(0, io.SEEK_END)
            self._read = False
        self.file.write(text.encode("utf-8"))
        self.ends.append(self.file.tell())

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, index: int) -> str:
        start = self.ends[index - 1] if index else 0
        self._read = True
        self.file.seek(start)
        return self.file.read(self.ends[index] - start).decode("utf-8")


class Headings:
    """Entries of the outline in the document's order: each title, level (0 the report's
    title), page (the report's page number) and top (points from the bottom of the page)."""

    def __init__(self) -> None:
        self.titles = Texts()
        self.levels = array("b")
        self.pages = array("q")
        self.tops = array("d")

    def add(self, title: str, level: int, page: int, top: float) -> None:
        self.titles.append(title)
        self.levels.append(level)
        self.pages.append(page)
        self.tops.append(top)

    def __len__(self) -> int:
        return len(self.levels)


class PdfFile:
    """A PDF written to `out` object by object."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.at = 0
        self.offsets = array("q", [0])
        """Each object's offset in the file, by object number (-1 while only reserved)."""
        self._put(b"%PDF-1.4\n%\xe9\xeb\xf1\xbf\n")
        self.catalog = self.reserve()
        self.pages_root = self.reserve()
        self.resources = self.reserve()
        self.page_ids = array("q")
        """The page objects in the document's order."""

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

    def stream(self, contents: bytes) -> int:
        """A content stream of `contents` (drawing operators), compressed."""
        packed = zlib.compress(contents)
        head = b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(packed)
        return self.add(head + packed + b"\nendstream")

    def page(self, number: int, contents: Sequence[int], annots: Sequence[int] = ()) -> None:
        """Page object `number` (reserved) drawn by the content streams `contents`."""
        streams = " ".join(f"{c} 0 R" for c in contents)
        links = f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}]" if annots else ""
        self.write(
            number,
            f"<< /Type /Page /Parent {self.pages_root} 0 R /MediaBox [0 0 {WIDTH} {HEIGHT}] "
            f"/Resources {self.resources} 0 R /Contents [{streams}]{links} >>",
        )

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
        heading of a lower level before it. `page_id` gives a page number's object."""
        levels = array("b", b"".join(p.levels.tobytes() for p in parts))
        count = len(levels)
        if not count:
            return None
        root = self.reserve()
        base = len(self.offsets)
        for _ in range(count):
            self.reserve()
        none = array("q", [-1]) * count
        parent, before, after, first, last = none, none[:], none[:], none[:], none[:]
        below = array("q", [0]) * count  # items under each, at any depth
        top_first = top_last = -1
        stack: list[int] = []
        for index in range(count):
            while stack and levels[stack[-1]] >= levels[index]:
                stack.pop()
            up = stack[-1] if stack else -1
            parent[index] = up
            sibling = last[up] if up >= 0 else top_last
            if sibling >= 0:
                after[sibling], before[index] = index, sibling
            elif up >= 0:
                first[up] = index
            else:
                top_first = index
            if up >= 0:
                last[up] = index
            else:
                top_last = index
            stack.append(index)
        for index in reversed(range(count)):
            if parent[index] >= 0:
                below[parent[index]] += 1 + below[index]
        index = 0
        for part in parts:
            for at in range(len(part)):
                fields = [
                    f"/Title {text_string(part.titles[at])}",
                    f"/Parent {base + parent[index] if parent[index] >= 0 else root} 0 R",
                    f"/Dest [{page_id(part.pages[at])} 0 R /XYZ 0 {part.tops[at]:.2f} null]",
                ]
                if before[index] >= 0:
                    fields.append(f"/Prev {base + before[index]} 0 R")
                if after[index] >= 0:
                    fields.append(f"/Next {base + after[index]} 0 R")
                if first[index] >= 0:
                    fields.append(f"/First {base + first[index]} 0 R")
                    fields.append(f"/Last {base + last[index]} 0 R /Count {below[index]}")
                self.write(base + index, "<< " + " ".join(fields) + " >>")
                index += 1
        tops = sum(1 for up in parent if up < 0)
        self.write(
            root,
            f"<< /Type /Outlines /First {base + top_first} 0 R /Last {base + top_last} 0 R "
            f"/Count {tops} >>",
        )
        return root

    def finish(self, title: str, creator: str, created: str, outline: int | None) -> None:
        """The page tree, catalog, document information and cross-reference table."""
        kids = " ".join(f"{p} 0 R" for p in self.page_ids)
        self.write(
            self.pages_root,
            f"<< /Type /Pages /Kids [{kids}] /Count {len(self.page_ids)} >>",
        )
        open_at = f" /OpenAction [{self.page_ids[0]} 0 R /FitH null]" if self.page_ids else ""
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
        self._put(b"xref\n0 %d\n0000000000 65535 f \n" % len(self.offsets))
        for first in range(1, len(self.offsets), 4096):
            chunk = self.offsets[first : first + 4096]
            self._put(b"".join(b"%010d 00000 n \n" % offset for offset in chunk))
        self._put(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(self.offsets), self.catalog, info, start)
        )
