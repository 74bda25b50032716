"""Fonts that cover the scripts a desk reads, in every style the window draws.

A system may have a sans-serif font whose regular and bold faces cover Arabic but whose oblique
face does not (DejaVu Sans, the font Debian's fonts-dejavu-core brings): Arabic in an italic note
then shows as boxes. The window therefore registers Noto Sans Arabic and Noto Sans Hebrew
(bundled in resources/fonts/, SIL Open Font License) with Qt's font database once, at start-up,
and names them as substitutes of the families the window uses, so that a glyph the chosen face
lacks is drawn from them (slanted by Qt where an italic is asked for). Cyrillic and Turkish
letters are in every common sans-serif face.

`install()` costs a few milliseconds (the files are read lazily by Qt) and does nothing the
second time.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase

FONT_FILES = (
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold.ttf",
)
#: Texts whose every letter must be drawable in each style the window uses (tests check them).
SCRIPT_SAMPLES = {
    "Arabic": "سوريا لا خطوط حمراء",
    "Hebrew": "שלום עולם",
    "Cyrillic": "Лавров Ёжик",
    "Turkish": "İğşıçöü ĞŞİ",
}

_families: list[str] | None = None


def install() -> list[str]:
    """Register the bundled fonts and make them substitutes of the window's families; returns
    the families registered (an empty list when the files are missing: the system's fonts are
    used then, as before). Call after the QGuiApplication exists."""
    global _families
    if _families is not None:
        return _families
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(
            str(resources.files("resources").joinpath("fonts", name))
        )
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if families:
        from PySide6.QtGui import QFontInfo, QGuiApplication

        # Fontconfig (Linux) falls back to application fonts by itself. Elsewhere the window's
        # font is a real family (Segoe UI, .AppleSystemUIFont), and Qt draws the glyphs it lacks
        # from its substitutes. A generic name ("Sans Serif") gets none: Qt would take the first
        # substitute for every letter.
        requested = QGuiApplication.font().family()
        if QFontInfo(QGuiApplication.font()).family() == requested:
            QFont.insertSubstitutions(requested, families)
    _families = families
    return families


def styles(base: QFont) -> dict[str, QFont]:
    """The styles the window draws its text in, made from `base`: regular, italic, bold and
    bold italic (the claim heading and the chain diagram's names are bold; notes are italic)."""
    made = {}
    for name, italic, bold in (
        ("regular", False, False),
        ("italic", True, False),
        ("bold", False, True),
        ("bold italic", True, True),
    ):
        font = QFont(base)
        font.setItalic(italic)
        font.setBold(bold)
        made[name] = font
    return made
