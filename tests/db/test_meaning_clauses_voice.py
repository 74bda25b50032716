"""Per-clause negation in Arabic (لا, ما, ليس before what they negate) and Turkish (değil, yok
after it) as in English and Russian; "unless" in four languages; the voice of a verb (a
passive with its agent named, or none) against the roles (issue 22, round 9)."""

from __future__ import annotations

import pytest

from db.text.meaning import MeaningCheck, check_pair
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams


def check(a: str, b: str) -> MeaningCheck:
    return check_pair(a, b, claim_similarity(trigrams(search_key(a)), trigrams(search_key(b))))


@pytest.mark.parametrize(
    ("a", "b", "named"),
    [
        ("لا يعمل المصنع لكنه يدفع الرواتب", "يعمل المصنع لكنه لا يدفع الرواتب", "لا"),
        ("ما أغلق المصنع لكنه أوقف الإنتاج", "أغلق المصنع لكنه ما أوقف الإنتاج", "ما"),
        ("المصنع ليس مغلقا لكنه متوقف عن الإنتاج", "المصنع مغلق لكنه ليس متوقفا عن الإنتاج", "ليس"),
        ("لن يغلق المصنع لكنه سيوقف الإنتاج", "سيغلق المصنع لكنه لن يوقف الإنتاج", "لن"),
        ("Fabrika kapalı değil ama üretim durmuş", "Fabrika kapalı ama üretim durmuş değil", "değil"),
        ("Limanda gemi yok ama yakıt var", "Limanda gemi var ama yakıt yok", "yok"),
        ("Fabrika kapanmadı ama üretimi durdurdu", "Fabrika kapandı ama üretimi durdurmadı", ""),
        ("The plant did not close but stopped production",
         "The plant closed but did not stop production", "not"),
        ("Завод не закрылся, но остановил производство",
         "Завод закрылся, но не остановил производство", "не"),
    ],
)  # fmt: skip
def test_a_negation_moved_to_the_other_clause_is_named(a: str, b: str, named: str) -> None:
    result = check(a, b)
    assert not result.probably_same
    negations = [d for d in result.differences if d.kind == "negation"]
    assert negations, result.describe()
    assert named in negations[0].describe()


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("The port will close unless the storm passes",
         "The port will close if the storm does not pass", True),
        ("The port will close unless the storm passes", "The port will close if the storm passes",
         False),
        ("سيغلق الميناء ما لم تمر العاصفة", "سيغلق الميناء إذا لم تمر العاصفة", True),
        ("سيغلق الميناء ما لم تمر العاصفة", "سيغلق الميناء إذا مرت العاصفة", False),
        ("Fırtına geçmedikçe liman kapanacak", "Fırtına geçmezse liman kapanacak", True),
        ("Fırtına geçmedikçe liman kapanacak", "Fırtına geçerse liman kapanacak", False),
        ("Порт закроется, если только шторм не пройдёт", "Порт закроется, если шторм не пройдёт",
         True),
        ("Порт закроется, если шторм не пройдёт", "Порт закроется, если шторм пройдёт", False),
    ],
)  # fmt: skip
def test_unless_is_if_not_in_four_languages(a: str, b: str, same: bool) -> None:
    assert check(a, b).probably_same is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Eleven workers were injured in the refinery fire",
         "The refinery fire injured eleven workers", True),
        ("Three soldiers were killed in the attack", "The attack killed three soldiers", True),
        ("The ministry was criticised by the union", "The union criticised the ministry", True),
        ("The ministry was criticised by the union", "The ministry criticised the union", False),
        ("The port authority fined the shipping company",
         "The port authority was fined by the shipping company", False),
        ("انتقدت النقابة الوزارة", "انتقدت الوزارة من قبل النقابة", True),
        ("انتقدت النقابة الوزارة", "انتقدت النقابة من قبل الوزارة", False),
        ("Şirket Greenpeace tarafından protesto edildi", "Greenpeace şirketi protesto etti", True),
        ("Şirket çevrecilerce protesto edildi", "Çevreciler şirketi protesto etti", True),
        ("Greenpeace şirketi protesto etti", "Şirket Greenpeace'i protesto etti", False),
        ("Sendika gece bakanlığa dava açtı", "Bakanlık gece sendikaya dava açtı", False),
        ("Sendika sadece bakanlığa dava açtı", "Bakanlık sadece sendikaya dava açtı", False),
    ],
)  # fmt: skip
def test_the_voice_keeps_or_swaps_the_roles(a: str, b: str, same: bool) -> None:
    result = check(a, b)
    assert result.probably_same is same, result.describe()
    if not same:
        assert any(d.kind == "role" for d in result.differences), result.describe()
