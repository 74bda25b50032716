"""A line break inside a sentence is no sentence end for the attribution assistant (new user's
trial, round 10 §10: a PDF's, an OCR'd screenshot's or hard-wrapped text's claims were cut at
the first line break, "… that 37 suspects"); a headline ended by hand and a paragraph break
still end one. In the four languages of the lexicons."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.attribution import analyse
from desktop.attribution.text import sentences

WRAPPED = {
    "en": (
        "Interior Minister Ali Yerlikaya told reporters in Ankara on Wednesday that 37 suspects\n"
        "had been detained in operations across 11 provinces.\n",
        "37 suspects had been detained in operations across 11 provinces",
    ),
    "tr": (
        "İçişleri Bakanı Ali Yerlikaya, çarşamba günü Ankara'da yaptığı açıklamada 11 ilde\n"
        "düzenlenen operasyonlarda 37 şüphelinin gözaltına alındığını söyledi.\n",
        "düzenlenen operasyonlarda 37 şüphelinin gözaltına alındığını",
    ),
    "ru": (
        "Министр внутренних дел Али Ерликая заявил журналистам в Анкаре в среду, что\n"
        "в ходе операций в 11 провинциях были задержаны 37 подозреваемых.\n",
        "были задержаны 37 подозреваемых",
    ),
    "ar": (
        "وقال وزير الداخلية علي يرلي كايا للصحفيين في أنقرة يوم الأربعاء إن 37 مشتبها\n"
        "اعتقلوا في عمليات شملت 11 ولاية.\n",
        "اعتقلوا في عمليات شملت 11 ولاية",
    ),
}


@pytest.mark.parametrize("language", sorted(WRAPPED))
def test_a_wrapped_line_does_not_cut_the_reported_clause(language: str) -> None:
    text, tail = WRAPPED[language]
    found = analyse(text, language).attributions
    assert len(found) == 1
    assert tail in " ".join(found[0].content_text.split())


@pytest.mark.parametrize("language", sorted(WRAPPED))
def test_a_paragraph_wrapped_at_72_columns_reads_as_it_does_unwrapped(language: str) -> None:
    text, _ = WRAPPED[language]
    paragraph = " ".join(text.split()) + " " + " ".join(text.split())
    wrapped = textwrap.fill(paragraph, 72)
    assert len(sentences(wrapped)) == len(sentences(paragraph)) == 2
    assert [" ".join(a.content_text.split()) for a in analyse(wrapped, language).attributions] == [
        a.content_text for a in analyse(paragraph, language).attributions
    ]


def test_a_headline_without_a_stop_and_a_paragraph_break_still_end_a_sentence() -> None:
    text = (
        "Lavrov: talks will go on next week\n"
        "The foreign ministry said on Monday that the border would reopen.\n\n"
        "Officials said\n\nnothing."
    )
    spans = [text[a:b] for a, b in sentences(text)]
    assert spans[:2] == [
        "Lavrov: talks will go on next week",
        "The foreign ministry said on Monday that the border would reopen.",
    ]
    assert spans[2:] == ["Officials said", "nothing."]
    colon, said = analyse(text, "en").attributions[:2]
    assert (colon.actor, colon.content_text) == ("Lavrov", "talks will go on next week")
    assert said.content_text == "that the border would reopen"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Port reopens",
                "The minister said it would.",
                "قال الوزير",
                "Лавров заявил",
                "",
                "that the port",
                "“Quote,” he said",
                " ",
                "BREAKING: Minister says",
            ]
        ),
        max_size=10,
    ),
    st.sampled_from(["\n", "\r\n", "\n\n"]),
)
def test_sentences_slice_the_text_in_order(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    at = 0
    for a, b in sentences(text):
        assert at <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        at = b
