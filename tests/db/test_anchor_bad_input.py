"""Anchors of meaning on the issue's bad input (issue 22), in all four languages: words and
digits mixed, negation inside reported speech, double negation, names across scripts."""

from __future__ import annotations

import pytest

from db.text.anchors import compare_anchors, find_anchors


def differs(a: str, b: str, la: str | None = None, lb: str | None = None) -> str:
    return compare_anchors(find_anchors(a, la), find_anchors(b, lb or la)).describe()


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("4 тысячи 500 человек", "ru", "4500"),
        ("٤ آلاف و٥٠٠ شخص", "ar", "4500"),
        ("45 bin 300 kişi", "tr", "45300"),
        ("4 thousand 500 people", "en", "4500"),
        ("forty-five thousand people", "en", "45000"),
        ("سبع وعشرين مسيرة", "ar", "27"),
        ("yirmi yedi İHA", "tr", "27"),
        ("двадцать семь дронов", "ru", "27"),
    ],
)
def test_words_and_digits_mixed(text: str, language: str, value: str) -> None:
    assert [a.value for a in find_anchors(text, language) if a.kind == "number"] == [value]


@pytest.mark.parametrize(
    ("reported", "said", "language"),
    [
        ("He denied that the crossing will close", "He said the crossing will not close", "en"),
        ("نفى الوزير أن المعبر سيغلق", "قال الوزير إن المعبر لن يغلق", "ar"),
        (
            "Bakan sınır kapısının kapanacağını yalanladı",
            "Bakan sınır kapısının kapanmayacağını söyledi",
            "tr",
        ),
        (
            "Министр опроверг, что переход закроется",
            "Министр заявил, что переход не закроется",
            "ru",
        ),
    ],
)
def test_a_denial_negates_what_it_reports(reported: str, said: str, language: str) -> None:
    assert differs(reported, said, language) == ""
    plain = (
        said.replace(" not ", " ")
        .replace("لن يغلق", "سيغلق")
        .replace("kapanmayacağını", "kapanacağını")
        .replace(" не ", " ")
    )
    assert differs(reported, plain, language).startswith("negated")


@pytest.mark.parametrize(
    ("double", "plain", "language"),
    [
        ("It is not true that the crossing will not close", "The crossing will close", "en"),
        ("ليس صحيحا أن المعبر لن يغلق", "سيغلق المعبر", "ar"),
        ("Sınır kapısının kapanmayacağı doğru değil", "Sınır kapısı kapanacak", "tr"),
        ("Он не отрицал, что переход закроется", "Он подтвердил, что переход закроется", "ru"),
    ],
)
def test_double_negation_is_no_negation(double: str, plain: str, language: str) -> None:
    assert differs(double, plain, language) == ""


def test_a_name_in_another_script_is_the_same_name() -> None:
    assert (
        differs(
            "Talks failed, said Sergei Lavrov",
            "Переговоры провалились, заявил Сергей Лавров",
            "en",
            "ru",
        )
        == ""
    )
    assert (
        differs("Talks failed, said Lavrov", "Talks failed, said Blinken", "en")
        == "name differs: Lavrov → Blinken"
    )


def test_a_number_compares_across_languages_and_digit_systems() -> None:
    assert differs("The toll rose to 4,500", "ارتفع عدد القتلى إلى ٤٥٠٠", "en", "ar") == ""
    assert (
        differs("Ölü sayısı 4.500'e yükseldi", "Число погибших выросло до 4 500", "tr", "ru") == ""
    )
    assert (
        differs("Ölü sayısı 4.500'e yükseldi", "The toll rose to 45", "tr", "en")
        == "number differs: 4.500 → 45"
    )


def test_turkish_face_to_face_is_no_number() -> None:
    # "yüz yüze" (face to face) is "yüz" (hundred, face) twice: never a hundred hundred
    from db.text.anchors import find_anchors

    assert [a.kind for a in find_anchors("Liderler yüz yüze görüştü.", "tr")] == []
    found = find_anchors("Liderler yüz yüze görüştü ve yüz kişi öldü.", "tr")
    assert [(a.kind, a.value, a.surface) for a in found] == [("number", "100", "yüz")]
    found = find_anchors("Sayı iki yüz elli kişiye ulaştı.", "tr")
    assert [a.value for a in found if a.kind == "number"] == ["250"]
