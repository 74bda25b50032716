"""A denial negated is an admission (issue 22): "did not deny that …" / "admitted that …",
"kabul etmedi" / "reddetti", in English, Arabic, Turkish and Russian; "denied" / "admitted"
and "accepted" / "rejected" still differ and name the negation."""

from __future__ import annotations

import pytest

from db.text.anchors import find_anchors
from db.text.meaning import check_pair
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams


def check(a: str, b: str, language: str):  # type: ignore[no-untyped-def]
    score = claim_similarity(trigrams(search_key(a)), trigrams(search_key(b)))
    return check_pair(a, b, score, language_a=language, language_b=language)


NOT_DENIED_IS_ADMITTED = [
    ("en", "The club did not deny that its coach had been paid 2 million euros.",
     "The club admitted that its coach had been paid 2 million euros."),
    ("ar", "لم ينفِ النادي أن مدربه تقاضى مليوني يورو.",
     "اعترف النادي بأن مدربه تقاضى مليوني يورو."),
    ("tr", "Kulüp, teknik direktöre 2 milyon avro ödendiğini inkâr etmedi.",
     "Kulüp, teknik direktöre 2 milyon avro ödendiğini itiraf etti."),
    ("tr", "Belediye, sendikanın önerisini kabul etmedi.",
     "Belediye, sendikanın önerisini reddetti."),
    ("ru", "Клуб не отрицал, что тренеру заплатили 2 млн евро.",
     "Клуб признал, что тренеру заплатили 2 млн евро."),
    ("ru", "Клуб не отрицал, что тренеру заплатили 2 млн евро.",
     "Клуб подтвердил, что тренеру заплатили 2 млн евро."),
]  # fmt: skip

DENIED_IS_NOT_ADMITTED = [
    ("en", "The club denied that its coach had been paid 2 million euros.",
     "The club admitted that its coach had been paid 2 million euros."),
    ("en", "The club did not deny that its coach had been paid 2 million euros.",
     "The club denied that its coach had been paid 2 million euros."),
    ("ar", "نفى النادي أن مدربه تقاضى مليوني يورو.",
     "اعترف النادي بأن مدربه تقاضى مليوني يورو."),
    ("tr", "Kulüp, teknik direktöre 2 milyon avro ödendiğini inkâr etti.",
     "Kulüp, teknik direktöre 2 milyon avro ödendiğini itiraf etti."),
    ("tr", "Belediye, sendikanın önerisini kabul etti.",
     "Belediye, sendikanın önerisini reddetti."),
    ("ru", "Клуб отрицал, что тренеру заплатили 2 млн евро.",
     "Клуб признал, что тренеру заплатили 2 млн евро."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b"), NOT_DENIED_IS_ADMITTED)
def test_a_denial_negated_is_an_admission(language: str, a: str, b: str) -> None:
    result = check(a, b, language)
    assert result.probably_same, result.describe()
    assert check(b, a, language).probably_same


@pytest.mark.parametrize(("language", "a", "b"), DENIED_IS_NOT_ADMITTED)
def test_a_denial_is_no_admission(language: str, a: str, b: str) -> None:
    result = check(a, b, language)
    assert not result.probably_same
    assert "negated" in result.describe()


@pytest.mark.parametrize(
    ("text", "language", "denial"),
    [
        ("لم ينفِ النادي أن مدربه تقاضى مليوني يورو.", "ar", "ينفِ"),
        ("Kulüp, ödemeyi inkâr etti.", "tr", "inkâr"),
    ],
)
def test_the_verb_of_denial_is_a_negation_anchor(text: str, language: str, denial: str) -> None:
    anchors = [a for a in find_anchors(text, language) if a.kind == "negation"]
    assert denial in [a.surface for a in anchors if a.value == "deny"]
