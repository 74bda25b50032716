"""The stored text is the source's text (issue items 3 and 4): PDFs from three producers (Qt's
QPdfWriter, fpdf2 with HarfBuzz, the tests' own writer) in Arabic, Hebrew, Russian, Turkish and
German are stored as written, quotes of every line are located, line-end hyphens and word gaps
set by position do not stand between search and the words."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import operations as ops
from db.queries import claim_detail, source_detail
from db.search import search
from desktop.sources import import_file

from . import pdfgen
from .conftest import draw_pdf

# Issue item 4: lines whose direction changes inside a word or a number.
MIXED_ARABIC = ["وصل محمد21 إلى المطار", "عام 2024م بفوز", "12%", "سانا-SANA"]
ARABIC = "قال الوزير إن المفاوضات مستمرة بين الطرفين"
HEBREW = "השר אמר שהשיחות יימשכו גם מחר"
HEBREW_MIXED = "קיבלו 12 אנשים"
RUSSIAN = "Министр заявил, что всё решено ещё в четверг"
TURKISH = "Dışişleri Bakanı İstanbul'da açıklama yaptı"
GERMAN = "Die Gespräche würden trotzdem fortgesetzt, sagte er"


def _import(case, path: Path) -> tuple[int, str]:
    source_id = import_file(case, path).source_id
    with case.read() as session:
        _view, text = source_detail(session, source_id)
    return source_id, text


def _located(case, source_id: int, quote: str) -> str:
    """The stored characters a quote of `quote` is located at (via a hop, as a reviewer adds
    it)."""
    with case.change() as uow:
        claim = ops.add_claim(uow, "A claim")
        actor = ops.find_or_add_actor(uow, "Someone")
        hop = ops.add_hop(
            uow, claim, actor_id=actor, relation="said", source_id=source_id, quote=quote
        )
    with case.read() as session:
        spans = claim_detail(session, claim).hop(hop).spans
        _view, text = source_detail(session, source_id)
    assert spans, f"{quote!r} not located in {text!r}"
    return text[spans[0].start : spans[0].end]


def test_qt_pdf_keeps_the_source_wording_where_direction_changes(
    qapp, sqlite_case, tmp_path: Path
) -> None:
    """Item 4: no space where the glyphs of two directions touch."""
    lines = [*MIXED_ARABIC, HEBREW_MIXED, HEBREW, RUSSIAN, TURKISH, GERMAN]
    path = draw_pdf(tmp_path / "qt.pdf", [lines])
    source_id, text = _import(sqlite_case, path)
    assert text.split("\n") == lines
    for line in lines:
        assert _located(sqlite_case, source_id, line) == line


def test_fpdf2_pdf_in_five_languages(sqlite_case, tmp_path: Path) -> None:
    path = tmp_path / "fpdf2.pdf"
    path.write_bytes(pdfgen.fpdf2_pdf([RUSSIAN, TURKISH, GERMAN]))
    source_id, text = _import(sqlite_case, path)
    assert text.split("\n") == [RUSSIAN, TURKISH, GERMAN]
    rtl = tmp_path / "fpdf2-rtl.pdf"
    rtl_lines = [ARABIC, HEBREW, *MIXED_ARABIC, HEBREW_MIXED]
    rtl.write_bytes(pdfgen.fpdf2_pdf(rtl_lines, rtl=True))
    rtl_id, rtl_text = _import(sqlite_case, rtl)
    assert rtl_text.split("\n") == rtl_lines
    for line in MIXED_ARABIC:
        assert _located(sqlite_case, rtl_id, line) == line
    for source, quote in (
        (source_id, "все решено еще в четверг"),
        (source_id, "dısısleri bakanı istanbul'da"),
        (source_id, "Gesprache wurden trotzdem"),
        (rtl_id, "المفاوضات مستمرة"),
        (rtl_id, "השיחות יימשכו"),
    ):
        assert _located(sqlite_case, source, quote)


def test_own_writer_pdf_in_five_languages(sqlite_case, tmp_path: Path) -> None:
    pages = [ARABIC, HEBREW, RUSSIAN, TURKISH, GERMAN]
    path = tmp_path / "unicode.pdf"
    path.write_bytes(pdfgen.unicode_pdf(pages))
    source_id, text = _import(sqlite_case, path)
    assert [p for p in text.split("\n\n")] == pages
    for page in pages:
        assert _located(sqlite_case, source_id, page) == page


def test_a_word_hyphenated_at_a_line_end_is_searched_and_quoted_whole(
    sqlite_case, tmp_path: Path
) -> None:
    """Item 3: `reser-` / `voir` in a PDF."""
    path = tmp_path / "hyphen.pdf"
    path.write_bytes(pdfgen.latin_pdf(["The water in the reser-\nvoir rose again"]))
    source_id, text = _import(sqlite_case, path)
    assert "reser-\nvoir" in text  # stored as the page has it
    with sqlite_case.read() as session:
        assert [h.id for h in search(session, "reservoir", kinds=("source",))] == [source_id]
    assert _located(sqlite_case, source_id, "the reservoir rose") == "the reser-\nvoir rose"


@pytest.mark.parametrize("gap", [110, 150, 250])
def test_word_gaps_set_by_position_are_spaces(sqlite_case, tmp_path: Path, gap: int) -> None:
    """Item 3: words set apart by a move, not a space (`isttrotzdemeine`)."""
    path = tmp_path / f"tj-{gap}.pdf"
    path.write_bytes(pdfgen.tj_spaced(["Die Sitzung ist trotzdem eine gute Sache"], gap))
    _source_id, text = _import(sqlite_case, path)
    assert text == "Die Sitzung ist trotzdem eine gute Sache"
