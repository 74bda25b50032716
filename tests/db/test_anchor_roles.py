"""Who did what to whom (issue 22): the same two actors in swapped roles are different facts,
in English, Arabic, Turkish and Russian; the same roles said in another order are not."""

from __future__ import annotations

import pytest

from db.text.meaning import anchor_differences

SWAPPED = [
    (
        "en",
        "Russia attacked Ukraine on Monday.",
        "Ukraine attacked Russia on Monday.",
        "Russia",
        "Ukraine",
    ),
    (
        "en",
        "Lavrov criticised Blinken in Geneva.",
        "Blinken criticised Lavrov in Geneva.",
        "Lavrov",
        "Blinken",
    ),
    (
        "ar",
        "هاجمت روسيا أوكرانيا يوم الاثنين.",
        "هاجمت أوكرانيا روسيا يوم الاثنين.",
        "روسيا",
        "أوكرانيا",
    ),
    (
        "tr",
        "Rusya, pazartesi günü Ukrayna'ya saldırdı.",
        "Ukrayna, pazartesi günü Rusya'ya saldırdı.",
        "Rusya",
        "Ukrayna",
    ),
    (
        "ru",
        "Россия атаковала Украину в понедельник.",
        "Украина атаковала Россию в понедельник.",
        "Россия",
        "Украина",
    ),
    # names without a case ending to go by: the order decides
    (
        "ru",
        "ХАМАС обвинил Израиль в срыве перемирия.",
        "Израиль обвинил ХАМАС в срыве перемирия.",
        "ХАМАС",
        "Израиль",
    ),
    # the verb agrees with another subject: compared by its dictionary form
    (
        "ru",
        "Азербайджан передал Армении 12 пленных.",
        "Армения передала Азербайджану 12 пленных.",
        "Азербайджан",
        "Армения",
    ),
]

SAME_ROLES = [
    ("en", "Russia attacked Ukraine on Monday.", "Ukraine was attacked by Russia on Monday."),
    ("en", "Russia and Ukraine signed a deal.", "Ukraine and Russia signed a deal."),
    ("en", "Seoul said North Korea fired a missile.", "North Korea fired a missile, Seoul said."),
    ("ar", "وقعت روسيا وأوكرانيا اتفاقا.", "وقعت أوكرانيا وروسيا اتفاقا."),
    (
        "tr",
        "Rusya, pazartesi günü Ukrayna'ya saldırdı.",
        "Ukrayna'ya pazartesi günü Rusya saldırdı.",
    ),
    ("tr", "Rusya ve Ukrayna anlaştı.", "Ukrayna ve Rusya anlaştı."),
    ("ru", "Россия атаковала Украину в понедельник.", "Украину атаковала Россия в понедельник."),
]


@pytest.mark.parametrize(("language", "a", "b", "this", "other"), SWAPPED)
def test_swapped_roles_are_named(language: str, a: str, b: str, this: str, other: str) -> None:
    diff = anchor_differences(a, b, language_a=language, language_b=language)
    assert not diff.agree
    (role,) = [d for d in diff.differences if d.kind == "role"]
    assert role.left is not None and role.right is not None
    assert (role.left.surface, role.right.surface) == (this, other)
    assert a[role.left.start : role.left.end] == this
    assert b[role.right.start : role.right.end] == other
    assert role.describe() == f"roles swapped: {this} → {other}"


@pytest.mark.parametrize(("language", "a", "b"), SAME_ROLES)
def test_the_same_roles_in_another_order_agree(language: str, a: str, b: str) -> None:
    diff = anchor_differences(a, b, language_a=language, language_b=language)
    assert diff.agree, diff.describe()


def test_a_translation_is_not_read_for_roles() -> None:
    # other languages: word order and endings say nothing across them
    diff = anchor_differences(
        "Russia attacked Ukraine.", "Украину атаковала Россия.", language_a="en", language_b="ru"
    )
    assert all(d.kind != "role" for d in diff.differences)
