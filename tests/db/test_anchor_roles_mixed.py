"""Roles swapped between a name and a common noun (issue 22): "Greenpeace sued the oil
company" / "The oil company sued Greenpeace" are opposite claims in English, Arabic, Turkish and
Russian, whether the name is a case actor, a known organisation or a capitalised word; the same
roles in another order or in the passive stay the same claim."""

from __future__ import annotations

import pytest

from db.text.meaning import check_pair
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams


def check(a: str, b: str, language: str, names: tuple[tuple[str, ...], ...] = ()):  # type: ignore[no-untyped-def]
    score = claim_similarity(trigrams(search_key(a)), trigrams(search_key(b)))
    return check_pair(a, b, score, names=names, language_a=language, language_b=language)


SWAPPED = [
    ("en", "The Riverside Nurses' Association sued the city council.",
     "The city council sued the Riverside Nurses' Association.",
     (("Riverside Nurses' Association", "RNA"),)),
    ("en", "Greenpeace sued the oil company.", "The oil company sued Greenpeace.", ()),
    ("en", "The health ministry fined Orbitlink.", "Orbitlink fined the health ministry.",
     (("Orbitlink",),)),
    ("ar", "رفعت نقابة المعلمين دعوى ضد وزارة التربية.",
     "رفعت وزارة التربية دعوى ضد نقابة المعلمين.", ()),
    ("ar", "غرّمت وزارة الصحة شركة أوربيتلينك.", "غرّمت شركة أوربيتلينك وزارة الصحة.",
     (("أوربيتلينك",),)),
    ("ar", "غرّمت بلدية المدينة الشركة.", "غرّمت الشركة بلدية المدينة.", ()),
    ("tr", "Greenpeace şirkete dava açtı.", "Şirket Greenpeace'e dava açtı.", ()),
    ("tr", "Orbitlink bakanlığa itiraz etti.", "Bakanlık Orbitlink'e itiraz etti.",
     (("Orbitlink",),)),
    ("ru", "Профсоюз учителей подал в суд на министерство образования.",
     "Министерство образования подало в суд на профсоюз учителей.", ()),
    ("ru", "«Газпром» оштрафовал министерство.", "Министерство оштрафовало «Газпром».", ()),
]  # fmt: skip

SAME_ROLES = [
    ("en", "Greenpeace sued the oil company.", "The oil company was sued by Greenpeace.", ()),
    ("en", "The health ministry fined Orbitlink.",
     "Orbitlink was fined by the health ministry.", (("Orbitlink",),)),
    ("ar", "نقابة المعلمين رفعت دعوى ضد وزارة التربية.",
     "رفعت نقابة المعلمين دعوى ضد وزارة التربية.", ()),
    ("ar", "قتلت الغارة خمسة مدنيين في غزة.", "قتلت في غزة الغارة خمسة مدنيين.", ()),
    ("ar", "رفعت الحكومة مجددا أسعار الوقود.", "رفعت مجددا الحكومة أسعار الوقود.", ()),
    ("ar", "غرّمت بلدية المدينة الشركة بالأمس.", "غرّمت بلدية المدينة بالأمس الشركة.", ()),
    ("tr", "Greenpeace şirkete dava açtı.", "Şirkete Greenpeace dava açtı.", ()),
    ("tr", "Sağlık Bakanlığı Orbitlink'e ceza kesti.",
     "Orbitlink'e Sağlık Bakanlığı ceza kesti.", (("Orbitlink",),)),
    ("ru", "Минздрав оштрафовал компанию «Вектор».", "Компанию «Вектор» оштрафовал Минздрав.",
     ()),
    ("ru", "«Гринпис» подал в суд на нефтяную компанию.",
     "На нефтяную компанию подал в суд «Гринпис».", ()),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b", "names"), SWAPPED)
def test_a_name_and_a_common_noun_in_swapped_roles_differ(
    language: str, a: str, b: str, names: tuple[tuple[str, ...], ...]
) -> None:
    result = check(a, b, language, names)
    assert not result.probably_same
    assert any(d.kind == "role" for d in result.differences), result.describe()
    assert "roles swapped" in result.describe()


@pytest.mark.parametrize(("language", "a", "b", "names"), SAME_ROLES)
def test_the_same_roles_in_another_order_or_voice_agree(
    language: str, a: str, b: str, names: tuple[tuple[str, ...], ...]
) -> None:
    result = check(a, b, language, names)
    assert not any(d.kind == "role" for d in result.differences), result.describe()
    assert result.probably_same, result.describe()
