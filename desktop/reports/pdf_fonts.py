"""The fonts of the PDF report: DejaVu Sans (Debian: fonts-dejavu-core), which covers Latin,
Cyrillic, Greek, Hebrew and Arabic, and Noto fonts (fonts-noto-core) for the scripts it lacks;
found on the system, read once a process and copied for each document."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from fpdf.fonts import SubsetMap

FONT_FILES = {
    "": "DejaVuSans.ttf",
    "B": "DejaVuSans-Bold.ttf",
    "I": "DejaVuSans-Oblique.ttf",
}
MONO_FILE = "DejaVuSansMono.ttf"
LOADED: dict[str, Any] | None = None
"""The fonts as read from their files (by fpdf2's font key), copied for each document."""
FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "C:/Windows/Fonts",
)
"""Where DejaVu Sans is looked for (Debian: fonts-dejavu-core); it covers Latin, Cyrillic,
Greek, Hebrew and Arabic, so one family draws the case's scripts."""


def font_path(name: str) -> Path:
    for folder in FONT_DIRS:
        path = Path(folder) / name
        if path.exists():
            return path
    raise FileNotFoundError(f"the font {name} (DejaVu Sans) is not installed")


FALLBACKS = (
    (0x0370, 0x052F, "NotoSans-Regular.ttf"),
    (0x0530, 0x058F, "NotoSansArmenian-Regular.ttf"),
    (0x0590, 0x05FF, "NotoSansHebrew-Regular.ttf"),
    (0x0600, 0x06FF, "NotoSansArabic-Regular.ttf"),
    (0x0700, 0x074F, "NotoSansSyriac-Regular.ttf"),
    (0x0750, 0x077F, "NotoSansArabic-Regular.ttf"),
    (0x0780, 0x07BF, "NotoSansThaana-Regular.ttf"),
    (0x08A0, 0x08FF, "NotoSansArabic-Regular.ttf"),
    (0x0900, 0x097F, "NotoSansDevanagari-Regular.ttf"),
    (0x0980, 0x09FF, "NotoSansBengali-Regular.ttf"),
    (0x0A00, 0x0A7F, "NotoSansGurmukhi-Regular.ttf"),
    (0x0A80, 0x0AFF, "NotoSansGujarati-Regular.ttf"),
    (0x0B00, 0x0B7F, "NotoSansOriya-Regular.ttf"),
    (0x0B80, 0x0BFF, "NotoSansTamil-Regular.ttf"),
    (0x0C00, 0x0C7F, "NotoSansTelugu-Regular.ttf"),
    (0x0C80, 0x0CFF, "NotoSansKannada-Regular.ttf"),
    (0x0D00, 0x0D7F, "NotoSansMalayalam-Regular.ttf"),
    (0x0D80, 0x0DFF, "NotoSansSinhala-Regular.ttf"),
    (0x0E00, 0x0E7F, "NotoSansThai-Regular.ttf"),
    (0x0E80, 0x0EFF, "NotoSansLao-Regular.ttf"),
    (0x1000, 0x109F, "NotoSansMyanmar-Regular.ttf"),
    (0x10A0, 0x10FF, "NotoSansGeorgian-Regular.ttf"),
    (0x1200, 0x139F, "NotoSansEthiopic-Regular.ttf"),
    (0x1780, 0x17FF, "NotoSansKhmer-Regular.ttf"),
    (0x1800, 0x18AF, "NotoSansMongolian-Regular.ttf"),
    (0xFB50, 0xFEFF, "NotoSansArabic-Regular.ttf"),
)
"""Noto fonts (Debian: fonts-noto-core) for the scripts DejaVu Sans lacks, by code point."""


def fallback_font(code: int) -> str:
    for first, last, name in FALLBACKS:
        if first <= code <= last:
            return name
    return "NotoSans-Regular.ttf"


def copy_font(font: Any) -> Any:
    """A read font for another document: its tables, widths and shaper shared, its subset (the
    glyphs this document uses) its own."""
    clone = copy.copy(font)
    clone.subset = SubsetMap(clone)
    clone.missing_glyphs = []
    return clone
