"""Words that are never names or numbers however they are written (issue 22): a capitalised
function word that opens a sentence (Turkish "Ne … ne de", "Hem … hem de", Russian "Ни … ни",
"Однако", English "Nor", "Yet") is no name anchor, and a Turkish number word with a case ending
and nothing counted after it ("bu yüzden", "ona göre", "ondan sonra") is no number."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.text.anchor_names import function_word
from db.text.anchors import find_anchors
from db.text.meaning import check_pair
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams


def check(a: str, b: str, language: str):  # type: ignore[no-untyped-def]
    score = claim_similarity(trigrams(search_key(a)), trigrams(search_key(b)))
    return check_pair(a, b, score, language_a=language, language_b=language)


OPENERS = [
    ("tr", "Ne bakanlık ne de sendika toplantıya katıldı.", "Ne"),
    ("tr", "Hem bakanlık hem de sendika açıklama yaptı.", "Hem"),
    ("tr", "Ya belediye ya da valilik yolu kapatacak.", "Ya"),
    ("ru", "Ни министерство, ни профсоюз не ответили.", "Ни"),
    ("ru", "Однако министерство повысило цены.", "Однако"),
    ("en", "Nor did the ministry comment on the plan.", "Nor"),
    ("en", "Yet the ministry raised the prices.", "Yet"),
]


@pytest.mark.parametrize(("language", "text", "word"), OPENERS)
def test_a_capitalised_function_word_is_no_name(language: str, text: str, word: str) -> None:
    names = [a for a in find_anchors(text, language) if a.kind == "name"]
    assert all(word not in a.surface for a in names), names


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        ("tr", "Hem bakanlık hem de sendika açıklama yaptı.",
         "Sendika ve bakanlık açıklama yaptı."),
        ("tr", "Ya belediye ya da valilik yolu kapatacak.",
         "Yolu belediye ya da valilik kapatacak."),
        ("ru", "Однако министерство повысило цены.", "Но министерство повысило цены."),
    ],
)  # fmt: skip
def test_a_function_word_opening_one_text_names_nothing(language: str, a: str, b: str) -> None:
    assert not any(d.kind == "name" for d in check(a, b, language).differences)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ankara"), ("en", "Moscow"), ("en", "New"), ("en", "States"),
        ("ru", "Москва"), ("ru", "Россия"), ("tr", "Rusya"), ("tr", "NE"), ("en", "US"),
    ],
)  # fmt: skip
def test_names_and_acronyms_are_no_function_words(language: str, text: str) -> None:
    assert not function_word(text, language)


@given(st.sampled_from(["Ne", "Hem", "Ya", "Ama", "Fakat"]), st.sampled_from(["Rusya", "Ukrayna"]))
def test_a_known_place_after_a_function_word_stays_a_name(opener: str, place: str) -> None:
    text = f"{opener} {place} anlaşmayı imzaladı."
    names = [a for a in find_anchors(text, "tr") if a.kind == "name"]
    assert [search_key(a.surface) for a in names] == [search_key(place)]


NOT_NUMBERS = [
    "Bu yüzden bakanlık fiyatları artırdı.",
    "Ona göre bakanlık fiyatları artırdı.",
    "Ondan sonra köprü kapatıldı.",
    "Yaralılardan biri hastanede öldü.",
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_a_turkish_number_word_with_an_ending_and_nothing_counted_is_no_number(text: str) -> None:
    assert not [a for a in find_anchors(text, "tr") if a.kind == "number"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("Yüze yakın kişi öldü.", "100"), ("On gün sürdü.", "10"), ("Yüz kişi öldü.", "100")],
)
def test_a_turkish_number_word_that_counts_stays_a_number(text: str, value: str) -> None:
    assert [a.value for a in find_anchors(text, "tr") if a.kind == "number"] == [value]


def test_therefore_is_no_number_difference() -> None:
    result = check(
        "Bu yüzden bakanlık fiyatları artırdı.", "Bakanlık bu nedenle fiyatları artırdı.", "tr"
    )
    assert not any(d.kind == "number" for d in result.differences)
