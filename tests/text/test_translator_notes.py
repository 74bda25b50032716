"""A translator's note is told from a sentence of the news that speaks of a translation, and
the aligner never merges it into a pair, in each language it may be written in."""

from __future__ import annotations

import pytest

from db.text.aligned_pair import align_texts
from db.text.translator_notes import is_translator_note

NOTES = [
    "Translated from Arabic by the Desk.",
    "This article was translated and edited by Syria Direct.",
    "Translation: Anna Smith.",
    "English translation by the newsroom.",
    "ترجمة: فريق التحرير.",
    "ترجمة وتحرير: قسم الأخبار.",
    "نقله إلى العربية: سامي حداد.",
    "Перевод с арабского: Анна Смирнова.",
    "Перевод: редакция.",
    "Переведено с турецкого языка редакцией.",
    "Bu haber Arapçadan çevrilmiştir.",
    "Çeviri: Ayşe Kaya.",
    "Haber, editörümüz tarafından Türkçeye çevrildi.",
    "Çeviren: Mehmet Uçar",
]
NEWS = [
    "The agreement was translated into six languages and signed by all parties in Geneva.",
    "The translation of the law took months.",
    "Translators were hired by the court for the hearing.",
    "وتمت ترجمة الاتفاق إلى ست لغات.",
    "وقال إن الترجمة الرسمية للنص لم تنشر بعد.",
    "Перевод денег занял три дня.",
    "Перевод пациентов в другую больницу начался утром.",
    "Çeviri hataları davayı uzattı.",
    "Belgelerin çevirisi iki ay sürdü.",
]


@pytest.mark.parametrize("sentence", NOTES)
def test_notes_are_found(sentence: str) -> None:
    assert is_translator_note(sentence)


@pytest.mark.parametrize("sentence", NEWS)
def test_news_about_a_translation_is_no_note(sentence: str) -> None:
    assert not is_translator_note(sentence)


@pytest.mark.parametrize(
    "original, language, note",
    [
        (
            "The transport minister said the port would reopen on Monday. He added that the "
            "ships waiting at anchor would enter one by one after customs and security checks.",
            "ar",
            "ترجمة: فريق التحرير.",
        ),
        (
            "The transport minister said the port would reopen on Monday. He added that the "
            "ships waiting at anchor would enter one by one after customs and security checks.",
            "ru",
            "Перевод с английского: редакция.",
        ),
    ],
)
def test_a_note_at_the_end_of_an_english_originals_translation_is_added(
    original: str, language: str, note: str
) -> None:
    body = {
        "ar": "قال وزير النقل إن الميناء سيفتح يوم الاثنين. وأضاف أن السفن المنتظرة ستدخل تباعا بعد الفحص.",
        "ru": "Министр транспорта заявил, что порт откроется в понедельник. Он добавил, что суда "
        "на рейде будут заходить по одному после таможенных проверок.",
    }[language]
    aligned = align_texts(original, f"{body} {note}", "en", language)
    assert [(b.kind, b.translation) for b in aligned.beads][-1] == ("added", (2,))
    assert aligned.summary() == "1 sentence added"
