"""A number and a half, and several fifths, in words (issue 22): "one and a half million" is
1.5 million and "three fifths" is 60%, in English, Russian, Turkish and Arabic; the same
sentence with another number still differs and names the number."""

from __future__ import annotations

import pytest

from db.text.anchors import find_anchors
from db.text.meaning import check_pair
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams


def check(a: str, b: str, language: str):  # type: ignore[no-untyped-def]
    score = claim_similarity(trigrams(search_key(a)), trigrams(search_key(b)))
    return check_pair(a, b, score, language_a=language, language_b=language)


SAME_NUMBER = [
    ("en", "The flood left 1.5 million people without power.",
     "The flood left one and a half million people without power."),
    ("en", "Three fifths of the wheat harvest was lost in Kansas.",
     "60% of the wheat harvest was lost in Kansas."),
    ("ru", "Наводнение оставило без света 1,5 млн человек.",
     "Наводнение оставило без света полтора миллиона человек."),
    ("ru", "Из-за засухи погибли 3,5 тысячи голов скота.",
     "Из-за засухи погибли три с половиной тысячи голов скота."),
    ("ru", "Три пятых урожая пшеницы погибло в Ставрополье.",
     "60% урожая пшеницы погибло в Ставрополье."),
    ("tr", "Sel nedeniyle 1,5 milyon kişi elektriksiz kaldı.",
     "Sel nedeniyle bir buçuk milyon kişi elektriksiz kaldı."),
    ("tr", "Konya'da buğday hasadının beşte üçü kayboldu.",
     "Konya'da buğday hasadının yüzde 60'ı kayboldu."),
    ("ar", "ترك الفيضان 1.5 مليون شخص بلا كهرباء.",
     "ترك الفيضان مليونا ونصف المليون شخص بلا كهرباء."),
    ("ar", "خسر المزارعون في حمص خُمسي محصول القمح.",
     "خسر المزارعون في حمص 40 في المئة من محصول القمح."),
]  # fmt: skip

OTHER_NUMBER = [
    ("en", "The flood left 1.5 million people without power.",
     "The flood left one million people without power."),
    ("en", "Three fifths of the wheat harvest was lost in Kansas.",
     "35% of the wheat harvest was lost in Kansas."),
    ("ru", "Из-за засухи погибли 3,5 тысячи голов скота.",
     "Из-за засухи погибли три тысячи голов скота."),
    ("ru", "Три пятых урожая пшеницы погибло в Ставрополье.",
     "30% урожая пшеницы погибло в Ставрополье."),
    ("tr", "Sel nedeniyle 1,5 milyon kişi elektriksiz kaldı.",
     "Sel nedeniyle bir milyon kişi elektriksiz kaldı."),
    ("tr", "Konya'da buğday hasadının beşte üçü kayboldu.",
     "Konya'da buğday hasadının yüzde 3'ü kayboldu."),
    ("ar", "ترك الفيضان 1.5 مليون شخص بلا كهرباء.", "ترك الفيضان مليون شخص بلا كهرباء."),
    ("ar", "خسر المزارعون في حمص خُمسي محصول القمح.",
     "خسر المزارعون في حمص 20 في المئة من محصول القمح."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b"), SAME_NUMBER)
def test_a_number_in_words_is_its_value(language: str, a: str, b: str) -> None:
    result = check(a, b, language)
    assert result.anchors.agree, result.describe()
    assert result.probably_same, result.describe()


@pytest.mark.parametrize(("language", "a", "b"), OTHER_NUMBER)
def test_another_number_differs_and_is_named(language: str, a: str, b: str) -> None:
    result = check(a, b, language)
    assert not result.probably_same
    assert "number differs" in result.describe()


@pytest.mark.parametrize(
    ("text", "language", "surface", "value"),
    [
        ("Losses came to two and a half million dollars.", "en", "two and a half million",
         "2500000"),
        ("The talks lasted three and a half hours.", "en", "three and a half", "3.5"),
        ("Ущерб достиг двух с половиной миллионов долларов.", "ru",
         "двух с половиной миллионов", "2500000"),
        ("Zarar iki buçuk milyon dolara ulaştı.", "tr", "iki buçuk milyon", "2500000"),
        ("وصلت الخسائر إلى مليونين ونصف المليون دولار.", "ar", "مليونين ونصف المليون",
         "2500000"),
        ("Two fifths of the power comes from the dam.", "en", "Two fifths", "40%"),
        ("Две пятых электроэнергии региона", "ru", "Две пятых", "40%"),
    ],
)  # fmt: skip
def test_the_anchor_keeps_the_whole_phrase(
    text: str, language: str, surface: str, value: str
) -> None:
    numbers = [a for a in find_anchors(text, language) if a.kind == "number"]
    assert [(a.surface, a.value) for a in numbers] == [(surface, value)]
    assert text[numbers[0].start : numbers[0].end] == surface


def test_a_run_of_number_words_before_a_half_is_left_as_it_was() -> None:
    """ "خمسة آلاف ونصف" is not read as "آلاف ونصف" (1,500): the run of number words wins."""
    values = [a.value for a in find_anchors("قرابة خمسة آلاف ونصف", "ar") if a.kind == "number"]
    assert "1500" not in values
    assert "5000" in values
