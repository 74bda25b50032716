"""Faithful translations the drift flags must leave alone (Maghrebi month names, Arabic ordinal
days in words, "No. 40", a Turkish surname opening a sentence, a partial name) and the changes
next to them they must still flag."""

from __future__ import annotations

import pytest

from db.text.drift import pair_drift


def _kinds(original: str, translation: str, lo: str, lt: str = "en") -> list[str]:
    return [f.kind for f in pair_drift(original, translation, lo, lt)]


@pytest.mark.parametrize(
    ("original", "translation"),
    [
        ("استمر الجفاف من أكتوبر إلى فيفري.", "The drought lasted from October to February."),
        ("تنتهي فترة التسجيل في أوت.", "Registration closes in August."),
        ("وقع الاتحاد اتفاقا في الثالث من جوان.", "The union signed an agreement on 3 June."),
        (
            "أعلنت الجمعية حملة في الخامس عشر من تموز.",
            "The association announced a campaign on 15 July.",
        ),
        ("يبدأ المهرجان في الحادي والعشرين من آذار.", "The festival opens on 21 March."),
        (
            "وقال رئيس الجمعية نزار الياس إن المتطوعين سجلوا.",
            "The association's president, Nizar Elias Haddad, said volunteers had signed up.",
        ),
    ],
)
def test_faithful_arabic_pairs_raise_no_flag(original: str, translation: str) -> None:
    assert _kinds(original, translation, "ar") == []


def test_a_changed_month_or_day_is_still_flagged() -> None:
    assert _kinds(
        "استمر الجفاف من أكتوبر إلى فيفري.", "It lasted from October to March.", "ar"
    ) == ["date"]
    flags = pair_drift(
        "أعلنت الجمعية حملة في الخامس عشر من تموز.", "A campaign on 14 July.", "ar", "en"
    )
    assert [(f.kind, f.original, f.translation) for f in flags] == [("date", "الخامس عشر", "14")]


def test_another_person_for_a_partial_name_is_still_flagged() -> None:
    flags = pair_drift(
        "وقال رئيس الجمعية نزار الياس إن المتطوعين سجلوا.",
        "The association's president, Karim Haddad, said volunteers had signed up.",
        "ar",
        "en",
    )
    assert [(f.kind, f.original, f.translation) for f in flags] == [
        ("name", "نزار الياس", "Karim Haddad")
    ]


def test_a_number_sign_is_no_negation() -> None:
    original = "Больница № 40 потеряла 30 медсестёр за год."
    assert _kinds(original, "Hospital No. 40 lost 30 nurses in a year.", "ru") == []
    assert _kinds("В районе есть 5G.", "There is no 5G in the district.", "ru") == ["negation"]


def test_a_turkish_surname_opening_a_sentence_is_no_negation() -> None:
    original = "Yılmaz, görüşmenin olumlu geçtiğini söyledi."
    assert "negation" not in _kinds(original, "Yılmaz said the meeting had gone well.", "tr")
    assert _kinds("Ahmet, grevin sona ermez dedi.", "Ahmet said the strike would end.", "tr") == [
        "negation"
    ]


@pytest.mark.parametrize(
    ("original", "lo", "swapped", "faithful"),
    [
        (
            "По словам Сидоренко, многие хозяйства уже продают технику.",
            "ru",
            "According to Viktor Orlov, many farms are already selling machinery.",
            "According to Sidorenko, many farms are already selling machinery.",
        ),
        (
            "Кузьмина добавила, что следующая акция пройдёт в марте.",
            "ru",
            "Olga Belova added that the next protest would take place in March.",
            "Anna Kuzmina added that the next protest would take place in March.",
        ),
        (
            "Yılmaz, görüşmenin olumlu geçtiğini söyledi.",
            "tr",
            "Mehmet Demir said the meeting had gone well.",
            "Ahmet Kemal Yılmaz said the meeting had gone well.",
        ),
    ],
)
def test_a_speaker_called_by_the_surname_alone_is_a_person(
    original: str, lo: str, swapped: str, faithful: str
) -> None:
    assert _kinds(original, swapped, lo) == ["name"]
    assert _kinds(original, faithful, lo) == []


def test_a_russian_ministry_by_its_full_name_is_a_body_with_a_portfolio() -> None:
    original = "Министерство сельского хозяйства края обещало рассмотреть обращение."
    assert _kinds(original, "The Ministry of Transport promised to consider it.", "ru") == ["name"]
    faithful = "The regional Ministry of Agriculture promised to consider it."
    assert _kinds(original, faithful, "ru") == []


def test_a_body_of_another_place_differs() -> None:
    original = "Karadeniz Teknik Üniversitesi'nden bir ekip stokların ölçülmesine başladı."
    assert _kinds(original, "A team from Ankara University began measuring the stocks.", "tr") == [
        "name"
    ]
    faithful = "A team from Karadeniz Technical University began measuring the stocks."
    assert _kinds(original, faithful, "tr") == []
    assert _kinds("İzmir Barosu açıklama yaptı.", "The Izmir Bar Association spoke.", "tr") == []
    faithful_ministry = (
        "Минобороны сообщило об ударе.",
        "The Russian Defence Ministry reported a strike.",
    )
    assert _kinds(*faithful_ministry, "ru") == []


def test_a_title_s_word_inside_a_body_names_no_person() -> None:
    original = "وستتولى المديرية الجهوية للفلاحة بمكناس توزيع البذور."
    faithful = "The regional agriculture directorate in Meknes will distribute the seeds."
    assert _kinds(original, faithful, "ar") == []
    said = "وقال المتحدث باسم وزارة الداخلية العراقية اللواء مقداد ميري إن القوات انتشرت."
    assert _kinds(said, "Interior ministry spokesman Saad Maan said forces deployed.", "ar") == [
        "name"
    ]
