"""Per-clause polarity (issue 22): negations coordinated in one statement count once ("no red
lines and no preconditions" / "no red lines or preconditions", "لا … ولا", "ни … ни", Turkish
"ne … ne de", "neither … nor"), "not only … but also" negates nothing, and a negation that
moved from one clause to another, or two negated clauses against two affirmed ones, is
"negated" — in English, Arabic, Turkish and Russian. The clause splitter keeps its spans inside
the text, covers it and splits a clause no further."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.text.anchor_clauses import clause_spans
from db.text.meaning import check_pair
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams


def check(a: str, b: str, language: str):  # type: ignore[no-untyped-def]
    score = claim_similarity(trigrams(search_key(a)), trigrams(search_key(b)))
    return check_pair(a, b, score, language_a=language, language_b=language)


def negated(a: str, b: str, language: str) -> bool:
    return any(d.kind == "negation" for d in check(a, b, language).differences)


ONE_NEGATIVE_STATEMENT = [
    ("en", "The envoy said there were no conditions and no deadlines.",
     "The envoy said there were no conditions or deadlines."),
    ("en", "Neither the council nor the mayor answered the letter.",
     "The council and the mayor did not answer the letter."),
    ("ar", "قال المبعوث إنه لا توجد شروط ولا مهل زمنية.",
     "قال المبعوث إنه لا توجد شروط أو مهل زمنية."),
    ("ru", "Посланник заявил, что нет ни условий, ни сроков.",
     "Посланник заявил, что нет условий или сроков."),
    ("ru", "Ни совет, ни мэр не ответили на письмо.", "Совет и мэр не ответили на письмо."),
    ("tr", "Ne belediye ne de vali mektuba yanıt verdi.",
     "Belediye de vali de mektuba yanıt vermedi."),
]  # fmt: skip

NOT_ONLY = [
    ("en", "The strike hit not only the ports but also the airports.",
     "The strike hit the ports and the airports."),
    ("ru", "Забастовка затронула не только порты, но и аэропорты.",
     "Забастовка затронула порты и аэропорты."),
    ("tr", "Grev sadece limanları değil, havalimanlarını da etkiledi.",
     "Grev limanları ve havalimanlarını etkiledi."),
    ("ar", "لم يقتصر الإضراب على الموانئ فقط بل شمل المطارات أيضا.",
     "شمل الإضراب الموانئ والمطارات."),
]  # fmt: skip

FLIPPED = [
    ("en", "The mill did not shut and did not cut jobs.", "The mill shut and cut jobs."),
    ("en", "The mill did not shut but cut jobs.", "The mill shut but did not cut jobs."),
    ("ar", "المطحنة لم تغلق ولم تسرّح العمال.", "المطحنة أغلقت وسرّحت العمال."),
    ("ru", "Фабрика не закрылась и не сократила рабочих.", "Фабрика закрылась и сократила рабочих."),
    ("ru", "Фабрика не закрылась, но сократила рабочих.",
     "Фабрика закрылась, но не сократила рабочих."),
    ("tr", "Fabrika kapanmadı ve işçi çıkarmadı.", "Fabrika kapandı ve işçi çıkardı."),
    ("tr", "Fabrika kapanmadı ama işçi çıkardı.", "Fabrika kapandı ama işçi çıkarmadı."),
]  # fmt: skip

STILL_NEGATED = [
    ("en", "No soldiers were killed and no civilians were hurt.",
     "No soldiers were killed and civilians were hurt."),
    ("ar", "لم يُقتل أي جندي ولم يُصب أي مدني.", "لم يُقتل أي جندي وأصيب مدنيون."),
    ("tr", "Ne belediye ne de vali mektuba yanıt verdi.", "Belediye ve vali mektuba yanıt verdi."),
    ("ru", "Совет не ответил на письмо, и мэр не ответил.", "Совет не ответил на письмо, а мэр ответил."),
]  # fmt: skip

DENIED = [
    ("en", "The mayor denied that the mill shut.", "The mayor said the mill did not shut."),
    ("en", "The mayor denied that the mill did not shut.", "The mayor said the mill shut."),
    ("tr", "Vali, fabrikanın kapandığı iddialarını yalanladı.", "Vali, fabrikanın kapanmadığını söyledi."),
    ("en", "The mayor said there is no school in the town that is not short of teachers.",
     "The mayor said every school in the town is short of teachers."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b"), ONE_NEGATIVE_STATEMENT + NOT_ONLY + DENIED)
def test_the_same_polarity_said_another_way_is_no_negation(language: str, a: str, b: str) -> None:
    assert not negated(a, b, language), check(a, b, language).describe()


@pytest.mark.parametrize(("language", "a", "b"), FLIPPED + STILL_NEGATED)
def test_a_clause_of_the_other_polarity_is_negated(language: str, a: str, b: str) -> None:
    result = check(a, b, language)
    assert not result.probably_same
    assert negated(a, b, language), result.describe()
    assert "negated" in result.describe()


_PIECES = st.sampled_from(
    [
        "the mill", "did not shut", "and", "or", "nor", "that", ",", ";", ".", " ", "«", "»",
        "ve", "ama", "kapanmadı", "ne", "de", "и", "но", "что", "которая", "не", "ни",
        "و", "ولا", "لم", "أن", "الذي", "،", "؟", "x", "", "!", "  ",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=14).map(" ".join) | st.text(max_size=40)
_LANGUAGES = st.sampled_from(["en", "ar", "tr", "ru", "de"])


@given(_TEXTS, _LANGUAGES)
def test_clauses_cover_the_text_in_order(text: str, language: str) -> None:
    spans = clause_spans(text, language)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (a, b), (c, _) in itertools.pairwise(spans):
        assert 0 <= a < b == c <= len(text)


@given(_TEXTS, _LANGUAGES)
def test_a_clause_splits_no_further(text: str, language: str) -> None:
    for a, b in clause_spans(text, language):
        assert clause_spans(text[a:b], language) == [(0, b - a)]
