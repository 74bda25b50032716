"""A translated hop's name flag in every report says why its two names are taken for two, as
`align --json` and the split view do: in the report's language in HTML, PDF and Markdown, in
English with its key in JSON."""

from __future__ import annotations

import io
import json

import jsonschema
import pypdf
import pytest

from db import operations as ops
from db.case import Case
from desktop.reports import html, jsonreport, markdown, pdf
from desktop.reports.words import report_words

from .helpers import flat, make_report

# our own pair: the translation puts another city (Tartus) in the place of the original's
# (Latakia) and keeps the rest
ORIGINAL = (
    "وصل وفد الهلال الأحمر إلى اللاذقية صباح الأحد. وقال رئيس الوفد إن المساعدات ستوزع خلال أسبوع."
)
TRANSLATION = (
    "A Red Crescent delegation arrived in Tartus on Sunday morning. "
    "The head of the delegation said the aid would be handed out within a week."
)
QUOTE = "A Red Crescent delegation arrived in Tartus on Sunday morning."
REASONS = {"en": "another place", "ar": "مكان آخر", "tr": "başka bir yer", "ru": "другое место"}


@pytest.fixture
def swapped_case(sqlite_case: Case) -> Case:
    with sqlite_case.change() as uow:
        original = ops.add_source(
            uow, title="خبر", outlet="الوطن", language="ar", direction="rtl", text=ORIGINAL
        )
        translation = ops.add_source(
            uow, title="Digest", outlet="The Observer", language="en", text=TRANSLATION
        )
        ops.link_translation(uow, translation, original)
        claim = ops.add_claim(uow, "A Red Crescent delegation reached Tartus")
        actor = ops.find_or_add_actor(uow, "The Observer", "outlet")
        ops.add_hop(
            uow, claim, actor_id=actor, relation="translated", source_id=translation, quote=QUOTE
        )
    return sqlite_case


@pytest.mark.parametrize("language", ["en", "ar", "tr", "ru"])
def test_html_and_markdown_say_why_a_name_differs(swapped_case: Case, language: str) -> None:
    report = make_report(swapped_case)
    w = report_words(language)
    page = flat(html.render(report, words=w).decode("utf-8"))
    text = flat(markdown.render(report, words=w).decode("utf-8"))
    for shown in (page, text):
        assert "اللاذقية" in shown and "Tartus" in shown
        assert f"({REASONS[language]})" in shown


def test_the_pdf_says_why_a_name_differs(swapped_case: Case) -> None:
    for language in ("en", "ar"):
        data = pdf.render(make_report(swapped_case), words=report_words(language))
        text = flat("".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages))
        # a line of the PDF may break inside the reason: each of its words is there
        assert all(word in text for word in REASONS[language].split())


def test_json_keeps_each_flag_whole_with_why(swapped_case: Case) -> None:
    document = json.loads(jsonreport.render(make_report(swapped_case)))
    jsonschema.validate(document, jsonreport.schema())
    (claim,) = document["claims"]
    translation = claim["hops"][0]["translation"]
    assert translation["drift"] == ["name differs: اللاذقية → Tartus"]
    assert translation["drift_flags"] == [
        {
            "kind": "name",
            "description": "name differs: اللاذقية → Tartus",
            "original": "اللاذقية",
            "translation": "Tartus",
            "detail": "place-name",
            "why": "another place",
        }
    ]
