"""PDF files written byte by byte for the tests, good and hostile.

A hand-written PDF is a second producer next to Qt's writer: its Arabic text is in logical order
(through a ToUnicode map), where Qt's comes back from pypdf in visual order.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence


def assemble(objects: Sequence[bytes], *, root: int | None = 1, prev_self: bool = False) -> bytes:
    """A PDF with `objects` numbered from 1, a correct cross-reference table and trailer.
    `prev_self` makes the trailer's /Prev point at its own table (a circular xref)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"/Size %d" % (len(objects) + 1)
    if root is not None:
        trailer += b" /Root %d 0 R" % root
    if prev_self:
        trailer += b" /Prev %d" % xref
    out += b"trailer\n<< " + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _escape(text: str) -> bytes:
    return (
        text.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    )


def _stream(content: bytes, *, compress: bool = True) -> bytes:
    if compress:
        data = zlib.compress(content)
        return (
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        )
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def latin_pdf(pages: Sequence[str], *, title: str = "") -> bytes:
    """Pages of Latin-1 text in Helvetica, one line per text line."""
    objects: list[bytes] = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for text in pages:
        lines = [b"BT /F1 11 Tf 14 TL 72 760 Td"]
        for line in text.split("\n"):
            lines.append(b"(" + _escape(line) + b") Tj T*")
        lines.append(b"ET")
        objects.append(_stream(b"\n".join(lines)))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content
        )
        kids.append(len(objects))
    info = b""
    if title:
        objects.append(b"<< /Title (" + _escape(title) + b") /Producer (tests/pdfgen) >>")
        info = b"%d" % len(objects)
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    pdf = assemble(objects)
    if info:
        pdf = pdf.replace(b"/Root 1 0 R", b"/Root 1 0 R /Info " + info + b" 0 R")
    return pdf


def unicode_pdf(pages: Sequence[str]) -> bytes:
    """Pages of any text through a Type0 font whose ToUnicode map gives each character back in
    logical order (glyphs are not embedded: the text is for extraction, not for the eye)."""
    chars = sorted({c for page in pages for c in page if c != "\n"})
    code = {c: i + 1 for i, c in enumerate(chars)}
    cmap_lines = [f"<{code[c]:04X}> <{''.join(f'{u:04X}' for u in _utf16(c))}>" for c in chars]
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /Test def /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> "
        "def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n" + "\n".join(cmap_lines) + "\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    objects: list[bytes] = [
        b"",
        b"",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /TestFont /Encoding /Identity-H "
        b"/DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestFont /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>",
        _stream(cmap),
    ]
    kids = []
    for text in pages:
        ops = [b"BT /F1 12 Tf 16 TL 72 760 Td"]
        for line in text.split("\n"):
            ops.append(b"<" + "".join(f"{code[c]:04X}" for c in line).encode() + b"> Tj T*")
        ops.append(b"ET")
        objects.append(_stream(b"\n".join(ops)))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects)
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    return assemble(objects)


def _utf16(char: str) -> list[int]:
    data = char.encode("utf-16-be")
    return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]


def bomb_pdf(expanded_bytes: int) -> bytes:
    """One page whose content stream is a few kilobytes that expand to `expanded_bytes`."""
    compressor = zlib.compressobj(1)
    block = b" " * (1 << 20)
    data = b"".join(compressor.compress(block) for _ in range(expanded_bytes >> 20))
    data += compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
    ]
    return assemble(objects)


def self_containing_page_tree() -> bytes:
    """A page tree whose /Kids holds the tree itself."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ]
    return assemble(objects)


def circular_xref() -> bytes:
    """A trailer whose /Prev points back at its own cross-reference table, and no real pages."""
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length 5 0 R >>\nstream\nBT ET\nendstream",
            b"4 0 R",
        ],
        prev_self=True,
    )


def no_root() -> bytes:
    """A PDF whose trailer names no document catalogue, and which holds none to recover."""
    return assemble(
        [b"<< /Type /Pages /Kids [] /Count 0 >>", b"<< /Producer (nothing) >>"], root=None
    )


def with_bomb_page(pages: Sequence[str], bomb_index: int, expanded_bytes: int) -> bytes:
    """A Latin text PDF whose page `bomb_index` (0-based) is a decompression bomb."""
    pdf = latin_pdf(pages)
    compressor = zlib.compressobj(1)
    block = b" " * (1 << 20)
    data = b"".join(compressor.compress(block) for _ in range(expanded_bytes >> 20))
    data += compressor.flush()
    marker = b"(" + _escape(pages[bomb_index].split("\n")[0]) + b")"
    # Rebuild with the bomb stream in place of that page's content.
    objects = _objects(pdf)
    for number, body in enumerate(objects):
        if body.startswith(b"<< /Length") and marker in _inflate(body):
            objects[number] = (
                b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                + data
                + b"\nendstream"
            )
    return assemble(objects)


def _objects(pdf: bytes) -> list[bytes]:
    import re

    return [m.group(1) for m in re.finditer(rb"\d+ 0 obj\n(.*?)\nendobj\n", pdf, re.S)]


def _inflate(body: bytes) -> bytes:
    start = body.index(b"stream\n") + 7
    end = body.rindex(b"\nendstream")
    try:
        return zlib.decompress(body[start:end])
    except zlib.error:
        return b""


def fonts_last_cut(pages: Sequence[str], keep: int) -> bytes:
    """A Latin text PDF whose first half of pages uses a font stored early and the rest a font
    stored at the very end, cut short after page `keep` (1-based): as a download broken off at
    60 %, the later pages' font and the pages after `keep` are lost."""
    half = len(pages) // 2
    objects: list[bytes] = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    late_font = 3 + 2 * len(pages) + 1
    for number, text in enumerate(pages):
        font = 3 if number < half else late_font
        objects.append(_stream(b"BT /F1 11 Tf 72 760 Td (" + _escape(text) + b") Tj ET"))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, len(objects))
        )
        kids.append(len(objects))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>")
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    pdf = assemble(objects)
    cut = pdf.index(b"\n%d 0 obj\n" % (kids[keep - 1] + 1))
    return pdf[:cut]


def form_xobject_flood(words: str, invocations: int) -> bytes:
    """One page that draws a form XObject holding `words` `invocations` times (more than
    pypdf's limit of form XObject invocations per page leaves the rest out)."""
    form = _stream(b"BT /F1 11 Tf 72 700 Td (" + _escape(words) + b") Tj ET")
    form = form.replace(
        b"<< /Length",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Length",
        1,
    )
    content = _stream(b"BT /F1 11 Tf 72 760 Td (First line) Tj ET\n" + b"/X1 Do\n" * invocations)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        form,
        content,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R "
        b">> /XObject << /X1 4 0 R >> >> /Contents 5 0 R >>",
    ]
    return assemble(objects)


def with_page_labels(pdf: bytes, ranges: Sequence[tuple[int, str, int]]) -> bytes:
    """`pdf` with /PageLabels: each (first page index, style, start) begins a numbering range;
    style is "/r" (i, ii, …), "/R", "/D" (1, 2, …), "/a" or "/A"."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    count = len(writer.pages)
    bounds = [*(r[0] for r in ranges[1:]), count]
    for (first, style, start), stop in zip(ranges, bounds, strict=True):
        writer.set_page_label(first, stop - 1, style=style, start=start)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def owner_only(pdf: bytes) -> bytes:
    """`pdf` encrypted with an empty user password and an owner password ("no copying")."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def tj_spaced(lines: Sequence[str], gap: int) -> bytes:
    """One page in Helvetica whose words are set apart only by a move of `gap` thousandths of
    an em in a TJ array (no space characters), as some producers justify text."""
    ops = []
    for number, line in enumerate(lines):
        words = (b"(" + _escape(w) + b")" for w in line.split())
        ops.append(
            b"BT /F1 11 Tf 72 %d Td [" % (760 - 16 * number)
            + (b" -%d " % gap).join(words)
            + b"] TJ ET"
        )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        _stream(b"\n".join(ops)),
    ]
    return assemble(objects)


def fpdf2_pdf(lines: Sequence[str], *, rtl: bool = False) -> bytes:
    """A page written by fpdf2 (DejaVu Sans, HarfBuzz shaping), one cell per line."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("dejavu", size=12)
    pdf.set_text_shaping(use_shaping_engine=True, direction="rtl" if rtl else "ltr")
    for line in lines:
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT", align="R" if rtl else "L")
    return bytes(pdf.output())
