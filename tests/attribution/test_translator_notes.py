"""A translator's note names the document's translator however it is worded, in four languages
("Translated from Arabic by X", "Перевод с арабского: X" …), and is no speaker of its own."""

from __future__ import annotations

import pytest

from desktop.attribution import analyse

TRANSLATORS_NOTES = [
    ("en", "Translated from Arabic by The Syrian Observer.", "The Syrian Observer"),
    (
        "en",
        "This article was translated from Arabic by The Syrian Observer.",
        "The Syrian Observer",
    ),
    (
        "en",
        "The digest was translated from Turkish and Russian by the Desk staff.",
        "the Desk staff",
    ),
    ("en", "Translated from the original Arabic and edited by Gulf Desk.", "Gulf Desk"),
    ("en", "Translation: The Syrian Observer", "The Syrian Observer"),
    ("ar", "ترجمة: فريق التحرير", "فريق التحرير"),
    ("ar", "ترجمة عن الإنكليزية: فريق التحرير", "فريق التحرير"),
    ("tr", "Arapçadan çeviren: Ayşe Kaya", "Ayşe Kaya"),
    ("tr", "Bu haber Kuzey Haber tarafından Arapçadan çevrilmiştir.", "Kuzey Haber"),
    ("ru", "Перевод с арабского: Ирина Петрова", "Ирина Петрова"),
    ("ru", "Переводчик: Ирина Петрова", "Ирина Петрова"),
]
SAID = {
    "en": "The minister said the port would reopen on Monday.",
    "ar": "قال الوزير إن الميناء سيفتح يوم الاثنين.",
    "tr": "Bakan, limanın pazartesi açılacağını söyledi.",
    "ru": "Министр заявил, что порт откроется в понедельник.",
}


@pytest.mark.parametrize(("language", "note", "translator"), TRANSLATORS_NOTES)
def test_a_translators_note_names_the_translator_and_is_no_speaker(
    language: str, note: str, translator: str
) -> None:
    """Notes like "Translated from Arabic by X", "Перевод с арабского: X" …: the document's translator,
    and the note's own words ("Translation: X") are not an attribution of their own."""
    text = f"{SAID[language]}\n\n{note}\n"
    analysis = analyse(text, language)
    assert analysis.translator is not None and analysis.translator.actor == translator
    assert text[slice(*analysis.translator.span)] == translator
    assert len(analysis.attributions) == 1
    assert analysis.attributions[0].content_text.rstrip(".") in SAID[language]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "قال الوزير إن ترجمة الاتفاق إلى أفعال ستبدأ قريبا."),
        ("ru", "Министр заявил, что компания перевела деньги на счет фонда."),
        ("tr", "Bakan, çeviri hatalarının düzeltileceğini söyledi."),
    ],
)
def test_translating_in_a_sentence_is_no_translators_note(language: str, text: str) -> None:
    assert analyse(text, language).translator is None
