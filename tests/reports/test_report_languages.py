"""The report's own words in the language the reviewer chooses: headings, labels, the
vocabularies' labels and dates in Arabic, Turkish or Russian in HTML, PDF and Markdown (Arabic
right to left), while the case's text and every machine format stay the same."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pypdf
import pytest

from db import vocabulary
from db.case import Case
from desktop import cli
from desktop.reports import html, markdown, pdf
from desktop.reports.export import ExportError, export_report
from desktop.reports.scope import ReportScope
from desktop.reports.words import VOCABULARY, report_words

from .helpers import flat, make_report

ROOT = Path(__file__).resolve().parents[2]
CLAIM = "Turkey has set no red lines or preconditions for talks with Damascus."
"""Claim 1 of the demo case (its verdict: in progress)."""

WORDS = {
    # language: (the word for "Verdict:", for "Review history", the in-progress verdict)
    "ar": ("الحكم:", "سجل المراجعات", "قيد التحقق"),
    "tr": ("Hüküm:", "İnceleme geçmişi", "İnceleniyor"),
    "ru": ("Вердикт:", "История проверок", "В работе"),
}


def _catalogue_tool() -> ModuleType:
    path = ROOT / "packaging" / "build_report_catalogues.py"
    spec = importlib.util.spec_from_file_location("build_report_catalogues", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_message_of_the_english_template_is_translated_with_its_placeholders() -> None:
    """Every message the renderers use is in report.pot, and each language's catalogue gives
    every one of them a finished translation (all plural forms) keeping its placeholders."""
    tool = _catalogue_tool()
    assert tool.check() == []
    template = tool.extract()
    assert len([m for m in template if m.id]) > 100
    # the check does catch a dropped placeholder and a missing translation
    broken = tool.Catalog(locale="ru")
    broken.add("Claim {number}: {text}", "Утверждение {number}")
    problems = list(tool.problems_in(broken, template, "ru"))
    assert any("placeholders" in p and "Claim {number}" in p for p in problems)
    assert any("'Verdict:': not in the catalogue" in p for p in problems)


def test_the_vocabulary_list_names_every_label_of_the_case() -> None:
    kinds = [
        c
        for c in vars(vocabulary).values()
        if isinstance(c, type)
        and issubclass(c, vocabulary.Labelled)
        and c is not vocabulary.Labelled
    ]
    labels = {member.label for kind in kinds for member in kind}
    assert labels <= set(VOCABULARY)


@pytest.mark.parametrize("language", ["ar", "tr", "ru"])
def test_reports_name_verdicts_and_statuses_as_the_window_does(language: str) -> None:
    """A verdict reads the same in the report as in the window (common_<lang>.ts, context
    "Vocabulary")."""
    ts = ET.parse(ROOT / "resources" / "i18n" / f"common_{language}.ts").getroot()
    window = {
        m.findtext("source"): m.findtext("translation")
        for context in ts
        if context.findtext("name") == "Vocabulary"
        for m in context.findall("message")
    }
    words = report_words(language)
    labels = [m.label for kind in (vocabulary.Verdict, vocabulary.HopStatus) for m in kind]
    assert {label: words._(label) for label in labels} == {label: window[label] for label in labels}


def test_an_arabic_html_report_reads_right_to_left_in_arabic(demo_case: Case) -> None:
    page = html.render(make_report(demo_case), words=report_words("ar")).decode("utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
    verdict, history, in_progress = WORDS["ar"]
    text = flat(page)
    assert f"{verdict} <span" in text and history in text and in_progress in text
    assert "سلسلة الإسناد" in page  # "Chain"
    assert "Verdict:" not in page and "Review history" not in page
    # the case's own text is never translated; in a right-to-left report it is isolated
    assert f'<bdi dir="ltr">{CLAIM}</bdi>' in page
    # the chain runs from the right: its arrows point left
    chain = page[page.index('<ol class="chain"') : page.index("</ol>", page.index('class="chain"'))]
    assert "←" in chain and "→" not in chain


@pytest.mark.parametrize("language", ["tr", "ru"])
def test_turkish_and_russian_reports_use_their_words(demo_case: Case, language: str) -> None:
    report = make_report(demo_case)
    verdict, history, in_progress = WORDS[language]
    page = html.render(report, words=report_words(language)).decode("utf-8")
    assert f'<html lang="{language}">' in page
    assert verdict in page and history in page and in_progress in page
    text = markdown.render(report, words=report_words(language)).decode("utf-8")
    assert f"**{verdict}** {in_progress}" in text and f"### {history}" in text
    assert CLAIM in text and "Verdict" not in text


def test_dates_are_written_in_the_reports_language() -> None:
    at = dt.datetime(2026, 12, 7, 1, 25, 12)
    assert report_words("en").when(at) == "2026-12-07 01:25:12 UTC"
    assert report_words("ru").when(at) == "7 декабря 2026\u202fг., 01:25:12 UTC"
    assert report_words("tr").when(at) == "7 Aralık 2026, 01:25:12 UTC"
    assert report_words("ar").when(at) == "7 ديسمبر 2026، 01:25:12 UTC"
    assert report_words("ru").ngettext("{n} claim", "{n} claims", 5) == "5 утверждений"
    assert report_words("ar").ngettext("{n} claim", "{n} claims", 2) == "ادعاءان"


def test_an_arabic_pdf_report_extracts_its_arabic_words(demo_case: Case) -> None:
    report = make_report(demo_case, ReportScope(claim_ids=(1,)))
    data = pdf.render(report, words=report_words("ar"))
    pages = [flat(page.extract_text()) for page in pypdf.PdfReader(io.BytesIO(data)).pages]
    first, claim = pages[0], " ".join(pages[1:])
    assert "تقرير تتبّع المصدر" in first and "الصفحة" in first  # "page 1 of 2"
    assert "الحكم" in claim and "قيد التحقق" in claim and "سجل المراجعات" in claim
    assert "Turkey has set no red lines" in claim


def test_machine_formats_are_the_same_in_every_language(demo_case: Case, tmp_path: Path) -> None:
    now = dt.datetime(2026, 12, 7, 1, 0, 0)
    for fmt in ("json", "csv", "claimreview"):
        written = {}
        for language in ("en", "ar"):
            out = tmp_path / f"{fmt}-{language}"
            export_report(
                demo_case,
                ReportScope(),
                fmt,
                out,
                reviewer="R",
                now=now,
                base_url="https://desk.example.org/r",
                language=language,
            )
            written[language] = out.read_bytes()
        assert written["ar"] == written["en"], fmt


def test_an_unknown_report_language_is_one_clear_line(demo_case: Case, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown report language 'xx'; choose one of: en, ar"):
        export_report(
            demo_case, ReportScope(), "html", tmp_path / "r.html", reviewer="R", language="xx"
        )
    assert not (tmp_path / "r.html").exists()


def test_the_command_line_writes_a_report_in_the_language_asked(
    demo_case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.md"
    args = ["--case", str(demo_case.location), "export", "-f", "markdown", "-o", str(out)]
    assert cli.main([*args, "--language", "ru"]) == 0
    assert "**Вердикт:** В работе" in out.read_text("utf-8")
    assert "wrote markdown report of 3 claims" in capsys.readouterr().err  # the CLI stays English
    assert cli.main([*args, "--language", "de"]) == 1
    assert "invalid choice: 'de'" in capsys.readouterr().err


def test_the_csv_archive_is_dated_by_the_report_not_the_clock(
    demo_case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time
    import zipfile

    now = dt.datetime(2026, 12, 7, 1, 0, 0)
    written = []
    for clock in (1_000_000_000.0, 1_700_000_003.0):
        monkeypatch.setattr(time, "time", lambda clock=clock: clock)
        out = tmp_path / f"csv-{int(clock)}"
        export_report(demo_case, ReportScope(), "csv", out, reviewer="R", now=now)
        written.append(out.read_bytes())
    assert written[0] == written[1]
    with zipfile.ZipFile(io.BytesIO(written[0])) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2026, 12, 7, 1, 0, 0)}
