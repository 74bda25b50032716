"""A line wrapped at a width does not cut what a source said: hard-wrapped text files and PDF
lines through `provdesk-cli attributions`, in four languages, while a headline, a paragraph
break, a list line and a line ending in a full stop still end a sentence."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.attribution.text import sentences
from tests.sources.pdfgen import unicode_pdf

# (language, headline, first line, second line, who, the whole reported clause)
WRAPPED = [
    (
        "en",
        "Turkey detains 37 suspects",
        "Interior Minister Ali Yerlikaya told reporters in Ankara on Wednesday that 37 suspects",
        "had been detained in operations across 11 provinces.",
        "Interior Minister Ali Yerlikaya",
        "that 37 suspects\nhad been detained in operations across 11 provinces",
    ),
    (
        "tr",
        "Ankara'da 37 gözaltı",
        "İçişleri Bakanı Ali Yerlikaya, Ankara'da gazetecilere 37 şüphelinin 11 ildeki",
        "operasyonlarda gözaltına alındığını söyledi.",
        "İçişleri Bakanı Ali Yerlikaya",
        "Ankara'da gazetecilere 37 şüphelinin 11 ildeki\noperasyonlarda gözaltına alındığını",
    ),
    (
        "ar",
        "أنقرة تعلق المحادثات مع دمشق",
        "قال وزير الخارجية التركي هاكان فيدان في مؤتمر صحفي في أنقرة يوم الأربعاء إن المحادثات",
        "مع دمشق توقفت بسبب الخلاف على الحدود.",
        "وزير الخارجية التركي هاكان فيدان",
        "إن المحادثات\nمع دمشق توقفت بسبب الخلاف على الحدود",
    ),
    (
        "ru",
        "Армия не отступит",
        "Министр обороны Андрей Белоусов заявил журналистам в Москве в четверг, что армия",
        "не отступит с занятых позиций.",
        "Министр обороны Андрей Белоусов",
        "что армия\nне отступит с занятых позиций",
    ),
]


def cli(*args: str | Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _said(items: list[dict[str, object]], text: str, who: str) -> str:
    """The content of the attribution whose source is `who`, read at its offsets in `text`."""
    [item] = [i for i in items if i["source_text"] == who]
    spans = item["content"]
    assert isinstance(spans, list)
    content = " … ".join(text[s:e] for s, e in spans)
    assert item["content_text"] == content
    return content


@pytest.mark.parametrize(("language", "headline", "one", "two", "who", "clause"), WRAPPED)
def test_a_hard_wrapped_file_gives_the_whole_clause(
    tmp_path: Path, language: str, headline: str, one: str, two: str, who: str, clause: str
) -> None:
    path = tmp_path / f"wrapped-{language}.txt"
    path.write_text(f"{one}\n{two}\n", encoding="utf-8")
    items = json.loads(cli("attributions", path, "--json", "--language", language))
    assert _said(items, path.read_text(encoding="utf-8"), who) == clause


@pytest.mark.parametrize(("language", "headline", "one", "two", "who", "clause"), WRAPPED)
def test_a_pdf_sentence_across_two_lines_under_a_headline(
    tmp_path: Path, language: str, headline: str, one: str, two: str, who: str, clause: str
) -> None:
    pdf = tmp_path / f"digest-{language}.pdf"
    pdf.write_bytes(unicode_pdf([f"{headline}\n{one}\n{two}"]))
    case = tmp_path / "case.provdesk"
    cli("--case", case, "new")
    source = cli("--case", case, "import", pdf, "--language", language).strip()
    text = json.loads(cli("--case", case, "source", "show", source, "--text", "--json"))["text"]
    items = json.loads(
        cli("--case", case, "attributions", "--source", source, "--json", "--language", language)
    )
    said = _said(items, text, who)
    assert said.split() == clause.split()
    # the headline stays a sentence of its own: nothing of it joins the attribution
    assert all(headline not in str(i["source_text"]) + str(i["content_text"]) for i in items)
    assert any(text[s:e] == headline for s, e in sentences(text))


@pytest.mark.parametrize(("language", "headline", "one", "two", "who", "clause"), WRAPPED)
def test_what_still_ends_a_sentence_at_a_line_break(
    language: str, headline: str, one: str, two: str, who: str, clause: str
) -> None:
    text = f"{headline}\n{one}\n{two}\n\n{headline}\n- {headline}\n- {two}\n{one}\n{two}"
    found = [text[s:e] for s, e in sentences(text)]
    assert found == [
        headline,  # a line ended by hand
        f"{one}\n{two}",  # a wrapped line goes on; a full stop ends
        headline,  # a paragraph break ends
        f"- {headline}",  # a list line ends the line before it
        f"- {two}",  # ... and a full stop ends it
        f"{one}\n{two}",
    ]
