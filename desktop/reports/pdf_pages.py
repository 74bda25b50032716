"""Finished pages kept compressed while the rest of the report is laid out.

fpdf2 keeps every page's drawing operators uncompressed until it writes the document (about
10 KB a page), so a long report held them all. The canvas packs a page's operators (zlib, fast
level) when it leaves the page for a new one; what is drawn into the page later (the front into
its reserved pages, "page n of N") goes on in a fresh buffer after them. `PackedPages` gives each
page its operators back one page at a time as fpdf2 writes it, just before fpdf2 compresses
them into the page's content stream, so the uncompressed operators of only one page are held at
once. Tied to fpdf2 2.8's `OutputProducer` (a page is added as an object, then its `contents`
read into its stream); `tests/reports/test_pdf*.py` tell whether it still holds.
"""

from __future__ import annotations

import zlib
from typing import Any

from fpdf.output import OutputProducer, PDFPage

PACK_LEVEL = 1
"""zlib's fastest level: the operators are compressed again, once, as the document is
written."""


def pack(packed: dict[int, bytes], page: Any, index: int) -> None:
    """Compress page `index`'s operators into `packed` (after those packed before) and give the
    page an empty buffer for what is drawn into it later."""
    contents = page.contents
    if not isinstance(contents, bytearray) or not contents:
        return
    earlier = packed.get(index)
    whole = zlib.decompress(earlier) + contents if earlier is not None else contents
    packed[index] = zlib.compress(whole, PACK_LEVEL)
    page.contents = bytearray()


def unpack(packed: dict[int, bytes], page: Any, index: int) -> None:
    """Page `index`'s operators whole again: the packed ones, then those drawn since."""
    earlier = packed.pop(index, None)
    if earlier is not None:
        page.contents = bytearray(zlib.decompress(earlier)) + page.contents


class PackedPages(OutputProducer):  # type: ignore[misc]
    """fpdf2's output, unpacking each page just before its content stream is made."""

    def _add_pdf_obj(self, obj: Any, trace_label: str | None = None) -> Any:
        if isinstance(obj, PDFPage):
            canvas: Any = self.fpdf  # the report's Canvas
            unpack(canvas.packed_pages, obj, obj.index())
        return super()._add_pdf_obj(obj, trace_label)
