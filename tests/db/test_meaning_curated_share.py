"""A paraphrase whose every word is a synonym of the curated groups shares no stem, yet says
the same ("The fire was put out before dawn" / "The blaze was extinguished before sunrise"):
its curated synonyms count as shared words (`db.text.meaning`); a word outside the groups
("noon" for "dawn") still differs and is named, in the four languages."""

from __future__ import annotations

import pytest

from db.text.meaning import check_pair
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams

SAME = [
    ("The fire was put out before dawn.", "The blaze was extinguished before sunrise."),
    ("أُخمد الحريق قبل الفجر.", "أُطفئت النيران قبل طلوع الفجر."),
    ("Yangın şafak sökmeden söndürüldü.", "Alevler gün ağarmadan söndürüldü."),
    ("Пожар потушили до рассвета.", "Огонь удалось погасить ещё до восхода солнца."),
]
DIFFER = [
    ("The fire was put out before dawn.", "The blaze was extinguished before noon.", "noon"),
    ("أُخمد الحريق قبل الفجر.", "أُطفئت النيران قبل الظهر.", "الظهر"),
    ("Yangın şafak sökmeden söndürüldü.", "Alevler öğle olmadan söndürüldü.", "öğle"),
    ("Пожар потушили до рассвета.", "Огонь удалось погасить до полудня.", "полудня"),
]


def check(a: str, b: str):  # type: ignore[no-untyped-def]
    return check_pair(a, b, claim_similarity(trigrams(search_key(a)), trigrams(search_key(b))))


@pytest.mark.parametrize(("a", "b"), SAME)
def test_curated_synonyms_count_as_shared_words(a: str, b: str) -> None:
    result = check(a, b)
    assert result.probably_same, result.describe()


@pytest.mark.parametrize(("a", "b", "named"), DIFFER)
def test_a_word_outside_the_groups_still_differs(a: str, b: str, named: str) -> None:
    result = check(a, b)
    assert not result.probably_same
    assert named in result.describe(), result.describe()
