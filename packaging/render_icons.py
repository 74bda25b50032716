"""Render the icon set in ``resources/icons/`` from the SVG sources.

Run from the repository root after changing an SVG in ``resources/icons/src/``:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

It writes (and the generated files are committed):

- ``resources/icons/hicolor/``: a freedesktop icon-theme tree (``scalable/`` holds a copy of the
  SVG, ``NxN/`` the PNG renderings) for the application and for the case-file MIME type. On Linux
  it is copied as is into ``$XDG_DATA_HOME/icons/hicolor`` or ``/usr/share/icons/hicolor``.
- ``resources/icons/provdesk.ico``: Windows icon (PNG-compressed entries, Vista and later).
- ``resources/icons/provdesk.icns``: macOS icon (PNG entries ``ic07``…``ic14``, OS X 10.7+).

Each icon has a master drawn on a 128-unit grid and a variant ``NAME-16.svg`` drawn on the 16 px
pixel grid; the variant is used for the sizes in ``SMALL_SIZES`` so that they stay crisp.

Only PySide6-Essentials is needed (QtSvg renders, QtGui writes PNG); the ICO and ICNS containers
are written here directly, so Pillow is not needed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCES = ICONS / "src"
HICOLOR = ICONS / "hicolor"

APP_ICON = "org.provenancedesk.ProvenanceDesk"
MIME_ICON = "application-x-provenance-desk-case"

#: Sizes of the PNG renderings in the hicolor tree.
PNG_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
#: Sizes drawn from the ``-16.svg`` pixel-grid variant instead of the master.
SMALL_SIZES: tuple[int, ...] = (16,)
#: Sizes packed into the Windows .ico (256 is the largest Windows uses).
ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, and their pixel size.
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"ic11", 32),  # 16x16@2x
    (b"ic12", 64),  # 32x32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128x128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256x256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512x512@2x
)

#: (icon name, hicolor context) pairs that are rendered.
ICON_SETS: tuple[tuple[str, str], ...] = ((APP_ICON, "apps"), (MIME_ICON, "mimetypes"))


def render_png(svg: Path, size: int) -> bytes:
    """Render ``svg`` into a square transparent PNG of ``size`` pixels and return its bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.12 wants the format as str, although its stubs say bytes
    png = image.convertToFormat(QImage.Format.Format_ARGB32)
    if not png.save(buffer, "PNG"):  # type: ignore[call-overload,unused-ignore]
        raise RuntimeError(f"could not encode {svg} at {size} px")
    buffer.close()
    return bytes(data.data())


def source_for(name: str, size: int) -> Path:
    """The SVG to render ``name`` from at ``size`` pixels."""
    small = SOURCES / f"{name}-16.svg"
    if size in SMALL_SIZES and small.exists():
        return small
    return SOURCES / f"{name}.svg"


def ico_bytes(images: Sequence[tuple[int, bytes]]) -> bytes:
    """A Windows ICO file holding the given ``(size, png_bytes)`` images."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    payload = b""
    for size, png in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def icns_bytes(elements: Sequence[tuple[bytes, bytes]]) -> bytes:
    """A macOS ICNS file holding the given ``(type, png_bytes)`` elements, with a TOC."""
    toc = b"".join(kind + struct.pack(">I", 8 + len(png)) for kind, png in elements)
    body = b"TOC " + struct.pack(">I", 8 + len(toc)) + toc
    body += b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"{path.relative_to(ROOT)}  {len(data)} bytes")


def render_all(sizes: Iterable[int] = PNG_SIZES) -> None:
    cache: dict[tuple[str, int], bytes] = {}

    def png(name: str, size: int) -> bytes:
        if (name, size) not in cache:
            cache[(name, size)] = render_png(source_for(name, size), size)
        return cache[(name, size)]

    for name, context in ICON_SETS:
        scalable = HICOLOR / "scalable" / context / f"{name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SOURCES / f"{name}.svg", scalable)
        print(f"{scalable.relative_to(ROOT)}  (copy)")
        for size in sizes:
            write(HICOLOR / f"{size}x{size}" / context / f"{name}.png", png(name, size))

    write(ICONS / "provdesk.ico", ico_bytes([(s, png(APP_ICON, s)) for s in ICO_SIZES]))
    write(ICONS / "provdesk.icns", icns_bytes([(k, png(APP_ICON, s)) for k, s in ICNS_TYPES]))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    render_all()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
