"""The user guide (F1) opens in the window's language: the same sections and anchors in each,
the Arabic one right to left; a language without a guide falls back to English."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from importlib import resources

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.common import i18n
from desktop.ui.help_menu import UserGuide, guide_html
from desktop.ui.main_window import MainWindow

LANGUAGES = ("ar", "tr", "ru")


class _Outline(HTMLParser):
    """The guide's skeleton: the html element's attributes, the ids of its headings and the
    targets of its links."""

    def __init__(self) -> None:
        super().__init__()
        self.root: dict[str, str | None] = {}
        self.ids: list[str] = []
        self.links: list[str] = []
        self.headings = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "html":
            self.root = found
        if tag in ("h1", "h2", "h3"):
            self.headings += 1
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))


def outline(name: str) -> _Outline:
    parser = _Outline()
    parser.feed(resources.files("resources").joinpath("help", name).read_text("utf-8"))
    return parser


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_guide_has_the_english_sections_and_anchors(language: str) -> None:
    english, translated = outline("user-guide.html"), outline(f"user-guide.{language}.html")
    assert translated.root.get("lang") == language
    assert translated.ids == english.ids and "languages" in english.ids
    assert translated.links == english.links
    assert translated.headings == english.headings
    assert (translated.root.get("dir") == "rtl") == (language == "ar")


def test_a_language_without_a_guide_falls_back_to_english() -> None:
    assert guide_html("de") == guide_html("en")
    assert 'lang="en"' in guide_html("de")


@pytest.fixture
def arabic_window(window: MainWindow) -> Iterator[MainWindow]:
    i18n.install("ar")
    try:
        yield window
    finally:
        i18n.install("en")


def test_f1_in_arabic_shows_the_arabic_guide_right_to_left(
    qtbot: QtBot, arabic_window: MainWindow
) -> None:
    arabic_window.activateWindow()
    qtbot.keyClick(arabic_window, Qt.Key.Key_F1)
    guide = arabic_window.findChild(UserGuide, "userGuide")
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "تسجيل سلسلة" in text and "ادعاء ◂ إضافة حلقة" in text
    assert "Recording a chain" not in text
    block = guide.browser.document().findBlock(text.index("تسجيل سلسلة"))
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert guide.layoutDirection() == Qt.LayoutDirection.RightToLeft
