"""Anchors of meaning (issue 22): dates and names in English, Arabic, Turkish and Russian."""

from __future__ import annotations

import pytest

from db.text.anchors import compare_anchors, find_anchors


def values(text: str, kind: str, language: str | None = None, names: tuple = ()) -> list[str]:
    return [a.value for a in find_anchors(text, language, names) if a.kind == kind]


def differs(a: str, b: str, language: str | None = None, names: tuple = ()) -> str:
    return compare_anchors(
        find_anchors(a, language, names), find_anchors(b, language, names)
    ).describe()


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The crossing closes on 19 January", "en", "--01-19"),
        ("The crossing closes on January 19, 2026", "en", "2026-01-19"),
        ("Kapı 19 Ocak'ta kapanacak", "tr", "--01-19"),
        ("Переход закроют 19 января 2026 года", "ru", "2026-01-19"),
        ("سيغلق المعبر في ١٩ يناير", "ar", "--01-19"),
        ("سيغلق المعبر في 19 كانون الثاني", "ar", "--01-19"),
        ("closes on 19.01.2026", "en", "2026-01-19"),
        ("The crossing will close on Monday", "en", "weekday:1"),
        ("Kapı pazartesi günü kapanacak", "tr", "weekday:1"),
        ("Переход закроют в среду", "ru", "weekday:3"),
        ("سيغلق المعبر يوم الاثنين", "ar", "weekday:1"),
        ("It closed yesterday", "en", "day:-1"),
        ("Dün kapandı", "tr", "day:-1"),
        ("Закрыли вчера", "ru", "day:-1"),
        ("أغلق أمس", "ar", "day:-1"),
    ],
)
def test_dates(text: str, language: str, value: str) -> None:
    assert values(text, "date", language) == [value]


def test_may_the_verb_is_no_month() -> None:
    assert values("The crossing may close", "date", "en") == []
    assert values("The crossing may close", "modality", "en") == ["may"]
    assert values("It closed in May 2023", "date", "en") == ["2023-05"]


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        ("North Korea fired a missile", "South Korea fired a missile", "en"),
        ("أطلقت كوريا الشمالية صاروخا", "أطلقت كوريا الجنوبية صاروخا", "ar"),
        ("Kuzey Kore bir füze fırlattı", "Güney Kore bir füze fırlattı", "tr"),
        ("Северная Корея запустила ракету", "Южная Корея запустила ракету", "ru"),
    ],
)
def test_another_country_is_another_claim(a: str, b: str, language: str) -> None:
    assert differs(a, b, language).startswith("name differs: ")


def test_a_country_in_another_case_and_script_is_the_same() -> None:
    assert differs("Ракету запустили из Северной Кореи", "КНДР запустила ракету", "ru") == ""
    north = find_anchors("North Korea fired a missile", "en")
    assert compare_anchors(north, find_anchors("أطلقت كوريا الشمالية صاروخا", "ar")).agree


def test_the_cases_actors_and_aliases() -> None:
    names = (("Sergei Lavrov", "Lavrov", "Лавров", "لافروف"), "Antony Blinken", "بلينكن")
    assert differs("قال لافروف إن المحادثات فشلت", "قال بلينكن إن المحادثات فشلت", "ar", names)
    assert (
        differs("Lavrov said the talks failed", "Sergei Lavrov said the talks failed", "en", names)
        == ""
    )
    assert "name:sergei lavrov" in values("Заявление Лаврова", "name", "ru", names)


def test_capitalisation_alone_is_not_a_difference() -> None:
    assert (
        differs(
            "The Ministry of Health said 45 people died",
            "The health ministry said 45 people died",
            "en",
        )
        == ""
    )
    assert (
        differs("Talks failed in Geneva", "Talks failed in Vienna", "en")
        == "name differs: Geneva → Vienna"
    )


def test_a_weekday_beside_the_same_day_agrees_another_day_differs() -> None:
    assert differs("It closes on Monday, 19 January", "It closes on 19 January 2026", "en") == ""
    assert (
        differs("Переход закроют 19 января", "Переход закроют 20 января", "ru")
        == "date differs: 19 января → 20 января"
    )
