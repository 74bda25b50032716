"""A translated hop's drift flags in the report's language: the HTML, PDF and Markdown reports
word each flag (its kind, each side's words, months by their name) through the report's
catalogues, while JSON and CSV keep the flags' stable English descriptions."""

from __future__ import annotations

import csv
import io
import json

import pypdf
import pytest

from db import operations as ops
from db.case import Case
from db.text.drift import DriftFlag
from desktop.reports import csvreport, html, jsonreport, markdown, pdf
from desktop.reports.drift_words import drift_flag_words, drift_line
from desktop.reports.words import report_words

from .helpers import flat, make_report

# our own short pair: the translation changes a number (45 → 4,500), a month (March → May) and
# drops the negation of the second sentence
ORIGINAL = (
    "قالت الوزارة إن 45 شخصًا أصيبوا في الحادث في مارس. "
    "ولم تعلن الحكومة حالة الطوارئ في المدينة. "
    "وسيعقد الوزير مؤتمرًا صحفيًا يوم الخميس."
)
TRANSLATION = (
    "The ministry said 4,500 people were injured in the accident in May. "
    "The government declared a state of emergency in the city. "
    "The minister will hold a press conference on Thursday."
)
QUOTE = (
    "The ministry said 4,500 people were injured in the accident in May. "
    "The government declared a state of emergency in the city."
)

ENGLISH_DRIFT = ["number differs: 45 → 4,500", "month differs: march → may", "negated: “ولم”"]
"""The flags as the data formats keep them (the aligner's English descriptions)."""

WORDED = {
    # language: the number flag, the month flag, the negation flag, as a reader reads them
    "ar": (
        "العدد مختلف: 45 ← 4,500",
        "الشهر مختلف: مارس ← مايو",
        "النفي في الأصل فقط: «ولم»",
    ),
    "tr": ("sayı farklı: 45 → 4,500", "ay farklı: Mart → Mayıs", "olumsuzluk yalnızca özgünde"),
    "ru": ("число расходится: 45 → 4,500", "месяц расходится: март → май", "отрицание только в"),
}


@pytest.fixture
def translated_case(sqlite_case: Case) -> Case:
    with sqlite_case.change() as uow:
        original = ops.add_source(
            uow, title="بيان", outlet="الوطن", language="ar", direction="rtl", text=ORIGINAL
        )
        translation = ops.add_source(
            uow, title="Digest", outlet="The Observer", language="en", text=TRANSLATION
        )
        ops.link_translation(uow, translation, original)
        claim = ops.add_claim(uow, "4,500 people were injured and a state of emergency declared")
        actor = ops.find_or_add_actor(uow, "The Observer", "outlet")
        ops.add_hop(
            uow,
            claim,
            actor_id=actor,
            relation="translated",
            source_id=translation,
            quote=QUOTE,
        )
    return sqlite_case


@pytest.mark.parametrize("language", ["ar", "tr", "ru"])
def test_html_and_markdown_reports_word_the_drift_flags_in_their_language(
    translated_case: Case, language: str
) -> None:
    report = make_report(translated_case)
    w = report_words(language)
    page = flat(html.render(report, words=w).decode("utf-8"))
    text = flat(markdown.render(report, words=w).decode("utf-8"))
    for worded in WORDED[language]:
        assert worded in page
        assert worded in text
    for english in ("number differs", "month differs", "negated"):
        assert english not in page and english not in text


def test_data_formats_keep_the_english_descriptions(translated_case: Case) -> None:
    report = make_report(translated_case)
    (claim,) = json.loads(jsonreport.render(report))["claims"]
    translation = claim["hops"][0]["translation"]
    assert translation["drift"] == ENGLISH_DRIFT
    assert [d for b in translation["alignment"] for d in b["drift"]] == ENGLISH_DRIFT
    (row,) = csv.DictReader(io.StringIO(csvreport.hops_csv(report).decode("utf-8-sig")))
    assert row["translation_drift"] == "; ".join(ENGLISH_DRIFT)


def test_an_arabic_pdf_report_words_the_drift_flags_in_arabic(translated_case: Case) -> None:
    data = pdf.render(make_report(translated_case), words=report_words("ar"))
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "مختلف" in text and "number differs" not in text


def test_a_faithful_translated_quote_says_no_drift_was_found(sqlite_case: Case) -> None:
    with sqlite_case.change() as uow:
        original = ops.add_source(uow, title="بيان", language="ar", direction="rtl", text=ORIGINAL)
        translation = ops.add_source(uow, title="Digest", language="en", text=TRANSLATION)
        ops.link_translation(uow, translation, original)
        claim = ops.add_claim(uow, "The minister will hold a press conference")
        actor = ops.find_or_add_actor(uow, "The Observer", "outlet")
        quote = "The minister will hold a press conference on Thursday."
        ops.add_hop(
            uow, claim, actor_id=actor, relation="translated", source_id=translation, quote=quote
        )
    report = make_report(sqlite_case)
    (claim_data,) = json.loads(jsonreport.render(report))["claims"]
    assert claim_data["hops"][0]["translation"]["drift"] == []
    ar = report_words("ar")
    for rendered in (html.render(report, words=ar), markdown.render(report, words=ar)):
        assert "لم يُعثر على انحراف في المعنى" in flat(rendered.decode("utf-8"))
    data = pdf.render(report, words=ar)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "انحراف" in text and "العدد مختلف" not in text
    # the quote's sentence is faithful; the translation as a whole is not, and says so
    assert "الترجمة كلها: رقم واحد مختلف، نفي واحد مختلف، تاريخ واحد مختلف" in flat(
        html.render(report, words=ar).decode("utf-8")
    )


SUMMARY = {
    # the translation as a whole (a number, a negation and a month differ), as each language
    # words it, with its own separator
    "en": "the whole translation: 1 number differs, 1 negation differs, 1 date differs",
    "ar": "الترجمة كلها: رقم واحد مختلف، نفي واحد مختلف، تاريخ واحد مختلف",
    "tr": "çevirinin tamamı: 1 sayı farklı, 1 olumsuzluk farklı, 1 tarih farklı",
    "ru": "перевод в целом: 1 число расходится, 1 отрицание расходится, 1 дата расходится",
}


@pytest.mark.parametrize("language", ["en", "ar", "tr", "ru"])
def test_reports_sum_up_the_whole_translation_in_their_language(
    translated_case: Case, language: str
) -> None:
    report = make_report(translated_case)
    w = report_words(language)
    assert SUMMARY[language] in flat(html.render(report, words=w).decode("utf-8"))
    assert SUMMARY[language] in flat(markdown.render(report, words=w).decode("utf-8"))


def test_the_pdf_and_json_reports_sum_up_the_whole_translation(translated_case: Case) -> None:
    report = make_report(translated_case)
    data = pdf.render(report, words=report_words("ar"))
    text = flat("".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages))
    assert "الترجمة كلها" in text and "رقم واحد مختلف" in text
    (claim,) = json.loads(jsonreport.render(report))["claims"]
    translation = claim["hops"][0]["translation"]
    assert translation["summary"] == "1 number differs, 1 negation differs, 1 date differs"
    assert translation["drift_counts"] == {"number": 1, "negation": 1, "date": 1}


def test_every_kind_of_flag_has_its_words() -> None:
    ar, en = report_words("ar"), report_words("en")
    assert drift_flag_words(DriftFlag("omitted", "sentence omitted in the translation"), ar) == (
        "جملة محذوفة في الترجمة"
    )
    assert drift_flag_words(DriftFlag("added", "sentence added by the translator"), ar) == (
        "جملة أضافها المترجم"
    )
    name = DriftFlag("name", "name differs: Ali → Omar", "Ali", "Omar")
    assert flat(drift_flag_words(name, ar)) == "الاسم مختلف: Ali ← Omar"
    assert drift_flag_words(name, en) == "name differs: Ali → Omar"
    dropped = DriftFlag("number", "number dropped: 12", "12", "")
    assert drift_flag_words(dropped, report_words("ru")) == "число опущено: 12"
    assert drift_line([], ar) == "لم يُعثر على انحراف في المعنى"
    assert drift_line([name, dropped], ar).count("؛ ") == 1
    # a kind the reports do not word yet keeps the aligner's own description
    assert drift_flag_words(DriftFlag("tense", "tense differs"), ar) == "tense differs"
