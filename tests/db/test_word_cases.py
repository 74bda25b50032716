"""Roles told by case endings and titles: Turkish common nouns without an apostrophe, Russian
nouns whose nominative is their accusative, Arabic titled persons verb first. A swap is
"roles swapped", never "probably the same"; the same roles in another order stay the same."""

from __future__ import annotations

import pytest

from db.text.meaning import check_pair

SWAPPED = [
    ("Sendika bakanlığa dava açtı.", "Bakanlık sendikaya dava açtı."),
    (
        "Sendika, bakanlığı grevi engellemekle suçladı.",
        "Bakanlık, sendikayı grevi engellemekle suçladı.",
    ),
    ("Belediye şirketi suçladı.", "Şirket belediyeyi suçladı."),
    ("Sendika Çalışma Bakanlığına dava açtı.", "Çalışma Bakanlığı sendikaya dava açtı."),
    ("Çalışma Bakanlığı sendikayı suçladı.", "Sendika Çalışma Bakanlığını suçladı."),
    ("Dernek vakıftan destek aldı.", "Vakıf dernekten destek aldı."),
    ("Министерство подало в суд на профсоюз.", "Профсоюз подал в суд на министерство."),
    (
        "Министерство обвинило профсоюз в срыве переговоров.",
        "Профсоюз обвинил министерство в срыве переговоров.",
    ),
    ("Профсоюз выступил против министерства.", "Министерство выступило против профсоюза."),
    (
        "اتهم النائب أحمد سالم الوزير خالد يوسف بالفساد.",
        "اتهم الوزير خالد يوسف النائب أحمد سالم بالفساد.",
    ),
    (
        "اتهم النائب أحمد سالم الوزير خالد يوسف بالفساد.",
        "الوزير خالد يوسف اتهم النائب أحمد سالم بالفساد.",
    ),
]

SAME_ROLES = [
    ("Sendika bakanlığa dava açtı.", "Bakanlığa sendika dava açtı."),
    ("Belediye şirketi suçladı.", "Şirketi belediye suçladı."),
    ("Çalışma Bakanlığı sendikayı suçladı.", "Sendikayı Çalışma Bakanlığı suçladı."),
    ("Профсоюз подал в суд на министерство.", "На министерство подал в суд профсоюз."),
    (
        "Министерство обвинило профсоюз в срыве переговоров.",
        "Профсоюз обвинило министерство в срыве переговоров.",
    ),
    (
        "اتهم النائب أحمد سالم الوزير خالد يوسف بالفساد.",
        "النائب أحمد سالم اتهم الوزير خالد يوسف بالفساد.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SWAPPED)
def test_a_swap_told_by_case_or_title_is_named_and_not_the_same(a: str, b: str) -> None:
    for left, right in ((a, b), (b, a)):
        check = check_pair(left, right, 0.95)
        assert not check.agree
        described = [d.describe() for d in check.anchors.differences]
        assert any(d.startswith("roles swapped") for d in described), described
        assert not any(d.startswith("name differs") for d in described), described


@pytest.mark.parametrize(("a", "b"), SAME_ROLES)
def test_the_same_cases_in_another_order_stay_the_same(a: str, b: str) -> None:
    for left, right in ((a, b), (b, a)):
        check = check_pair(left, right, 0.95)
        assert check.agree, [d.describe() for d in (*check.anchors.differences, *check.other_words)]
