"""A person's name with its parts in another order, with a part dropped or added, in Latin,
Cyrillic or Arabic script, is one person's name; two people who share one part (two ministers
called Bayraktar) and two given names that only look alike (Kamal / Kamel) are two — and the
offer of an existing actor says which parts met (SQLite and PostgreSQL)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import operations as ops
from db.actor_names import actor_candidates, likely_duplicates
from db.case import Case
from db.text.name_parts import compare_names, given_name, two_given_names

SAME = [
    ("Alparslan Bayraktar", "ألب أرسلان بيرقدار"),
    ("Alparslan Bayraktar", "Алпарслан Байрактар"),
    ("Alparslan Bayraktar", "Bayraktar"),
    ("Alparslan Bayraktar", "بيرقدار"),
    ("Байрактар Алпарслан", "Alparslan Bayraktar"),
    ("Alp Arslan Bayraktar", "Alparslan Bayraktar"),
    ("Recep Tayyip Erdoğan", "Erdoğan Recep Tayyip"),
    ("Recep Tayyip Erdoğan", "رجب طيب أردوغان"),
    ("Tayyip Erdoğan", "Реджеп Тайип Эрдоган"),
    ("Sergey Viktorovich Lavrov", "Сергея Лаврова"),
    ("Сергей Викторович Лавров", "Lavrov Sergey"),
    ("Abdel Fattah el-Sisi", "عبد الفتاح السيسي"),
    ("Abdelfattah al-Sisi", "Абдель Фаттах ас-Сиси"),
    ("Abu Mohammad al-Julani", "أبو محمد الجولاني"),
    ("al-Julani", "أبو محمد الجولاني"),
    ("Mustafa Kemal", "مصطفى كمال"),
    ("Hassan Nasrallah", "حسن نصر الله"),
    ("Mevlüt Çavuşoğlu", "مولود جاويش أوغلو"),
    ("Çavuşoğlu", "Мевлют Чавушоглу"),
]

TWO = [
    ("Alparslan Bayraktar", "Berat Bayraktar"),
    ("ألب أرسلان بيرقدار", "Berat Bayraktar"),
    ("Алпарслан Байрактар", "بيرات بيرقدار"),
    ("Kamal Hassan", "Kamel Hassan"),
    ("Kamal", "Kamel"),
    ("كمال", "كامل"),
    ("Kemal", "Kamil"),
    ("Камаль", "Камиль"),
    ("Kamal", "كامل"),
    ("Hassan Nasrallah", "Hussein Nasrallah"),
    ("حسن", "Hüseyin"),
    ("Mahmoud Abbas", "Mohammed Abbas"),
    ("محمود عباس", "Мухаммед Аббас"),
    ("Jamal Khashoggi", "Jamil Khashoggi"),
    ("Omar al-Bashir", "Amer al-Bashir"),
    ("Mohammed Morsi", "Mohammed bin Salman"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_a_part_dropped_added_or_moved_is_one_persons_name(a: str, b: str) -> None:
    compared = compare_names(a, b)
    assert compared.same, compared.describe()
    assert compare_names(b, a).same


@pytest.mark.parametrize(("a", "b"), TWO)
def test_a_part_each_side_lacks_or_two_given_names_are_two_people(a: str, b: str) -> None:
    compared = compare_names(a, b)
    assert not compared.same, compared.describe()
    assert not compare_names(b, a).same


def test_the_evidence_names_the_parts_as_written() -> None:
    compared = compare_names("Alparslan Bayraktar", "ألب أرسلان بيرقدار")
    assert set(compared.met) == {("Alparslan", "ألب أرسلان"), ("Bayraktar", "بيرقدار")}
    assert "Alparslan = ألب أرسلان" in compared.describe()
    two = compare_names("Kamal Hassan", "Kamel Hassan")
    assert two.two_names == (("Kamal", "Kamel"),)
    assert "Kamal ≠ Kamel (two names)" in two.describe()
    other = compare_names("Alparslan Bayraktar", "Berat Bayraktar")
    assert other.only_a == ("Alparslan",) and other.only_b == ("Berat",)


@pytest.mark.parametrize(
    ("spellings", "name"),
    [
        (("Kamal", "Kemal", "Камаль", "كمال"), "كمال"),
        (("Kamel", "Kamil", "Kâmil", "Камиль", "كامل"), "كامل"),
        (("Hussein", "Hüseyin", "Хусейн", "حسين"), "حسين"),
        (("Mahmoud", "Mahmut", "Махмуд", "محمود"), "محمود"),
    ],
)
def test_a_given_names_spellings_in_four_languages_are_one_name(
    spellings: tuple[str, ...], name: str
) -> None:
    assert {given_name(s) for s in spellings} == {name}
    assert not any(two_given_names(x, y) for x, y in itertools.combinations(spellings, 2))


PARTS = ["Recep", "Tayyip", "Erdoğan", "Ahmet", "Davutoğlu", "Sergey", "Lavrov", "Dmitry"]


@settings(max_examples=60, deadline=None)
@given(st.permutations(PARTS[:3]), st.integers(1, 3))
def test_any_order_and_any_subset_of_the_parts_is_the_same_name(
    order: list[str], keep: int
) -> None:
    full = " ".join(PARTS[:3])
    assert compare_names(full, " ".join(order[:keep])).same


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PARTS[3:]), st.sampled_from(PARTS[3:]))
def test_one_shared_part_and_one_other_part_each_is_never_the_same(x: str, y: str) -> None:
    if x == y:
        return
    assert not compare_names(f"{x} Erdoğan", f"{y} Erdoğan").same


def test_namesakes_by_one_part_are_not_offered_and_the_offer_shows_its_parts(
    any_case: Case,
) -> None:
    with any_case.change() as uow:
        alparslan = ops.add_actor(uow, "Alparslan Bayraktar")
        ops.add_actor(uow, "Berat Bayraktar")
        kamal = ops.add_actor(uow, "Kamal Adwan")
        ops.add_actor(uow, "Kamel Adwan")
    with any_case.read() as session:
        assert not likely_duplicates(session)  # two ministers, Kamal and Kamel: two people
        offered = actor_candidates(session, "ألب أرسلان بيرقدار")
        assert [c.actor_id for c in offered] == [alparslan]
        line = offered[0].describe("ألب أرسلان بيرقدار")
        assert "Alparslan = ألب أرسلان" in line or "ألب أرسلان = Alparslan" in line
        both = {c.actor_name for c in actor_candidates(session, "Bayraktar")}
        assert both == {"Alparslan Bayraktar", "Berat Bayraktar"}  # the reviewer chooses
        assert [c.actor_id for c in actor_candidates(session, "كمال عدوان")] == [kamal]
    with any_case.change() as uow:
        ops.add_actor(uow, "Байрактар")
    with any_case.read() as session:
        pairs = likely_duplicates(session)
        assert {(p.first.actor_name, p.second_name) for p in pairs} == {
            ("Alparslan Bayraktar", "Байрактар"),
            ("Berat Bayraktar", "Байрактар"),
        }
        assert all("(Байрактар = Bayraktar)" in p.describe() for p in pairs)
