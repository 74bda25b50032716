"""Kinds of rewordings that other people write and the meaning check must call "probably the
same" (issue 22), with their look-alikes whose facts differ, in English, Arabic, Turkish and
Russian: a denial for "said … not", a double negation with "without", a symmetric verb with its
parties in the other order, a passive of another verb."""

from __future__ import annotations

import pytest

from db.text.meaning import SAME, check_pair
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams


def check(a: str, b: str, language: str):  # type: ignore[no-untyped-def]
    score = claim_similarity(trigrams(search_key(a)), trigrams(search_key(b)))
    return check_pair(a, b, score, language_a=language, language_b=language)


# "denied that X" / "said X was not"
DENIAL = [
    ("en", "The airline denied that the engine had caught fire.",
     "The airline said the engine had not caught fire."),
    ("en", "The club denied reports that the coach had resigned.",
     "The club said the coach had not resigned."),
    ("ar", "نفت الشركة أن يكون المحرك قد اشتعل.", "قالت الشركة إن المحرك لم يشتعل."),
    ("tr", "Belediye, suyun kesildiği iddialarını yalanladı.",
     "Belediye, suyun kesilmediğini açıkladı."),
    ("ru", "Компания опровергла сообщения о том, что двигатель загорелся.",
     "В компании заявили, что двигатель не загорелся."),
]  # fmt: skip

# "denied that X" / "said X": the polarity differs.
DENIAL_LOOKALIKE = [
    ("en", "The airline denied that the engine had caught fire.",
     "The airline said the engine had caught fire."),
    ("ar", "نفت الشركة أن يكون المحرك قد اشتعل.", "قالت الشركة إن المحرك اشتعل."),
    ("tr", "Belediye, suyun kesildiği iddialarını yalanladı.",
     "Belediye, suyun kesildiğini açıkladı."),
    ("ru", "Компания отрицает, что двигатель загорелся.",
     "Компания заявила, что двигатель загорелся."),
]  # fmt: skip

# "no X left without Y" / "every X has Y"
DOUBLE_NEGATION = [
    ("en", "The minister said no clinic in the region was left without a doctor.",
     "The minister said every clinic in the region had a doctor."),
    ("ar", "قال الوزير إنه لم تبق أي عيادة في المنطقة بلا طبيب.",
     "قال الوزير إن جميع عيادات المنطقة لديها طبيب."),
    ("tr", "Bakan, bölgede doktorsuz klinik kalmadığını söyledi.",
     "Bakan, bölgedeki bütün kliniklerde doktor olduğunu söyledi."),
    ("ru", "Министр заявил, что в регионе не осталось клиник без врача.",
     "Министр заявил, что во всех клиниках региона есть врач."),
    ("ru", "Ни одна больница области не осталась без генератора.",
     "Во всех больницах области есть генератор."),
    ("tr", "Müdür, okulda ısıtması çalışmayan tek bir sınıf bile kalmadığını söyledi.",
     "Müdür, okuldaki bütün sınıflarda ısıtmanın çalıştığını söyledi."),
]  # fmt: skip

# one "without" only: the polarity differs
ONE_WITHOUT = [
    ("en", "The minister said every clinic in the region was left without a doctor.",
     "The minister said every clinic in the region had a doctor."),
    ("tr", "Bakan, bölgedeki bütün kliniklerin doktorsuz kaldığını söyledi.",
     "Bakan, bölgedeki bütün kliniklerde doktor olduğunu söyledi."),
]  # fmt: skip

# "X met Y" / "Y met X"
SYMMETRIC = [
    ("en", "The Chilean foreign minister met the Peruvian president in Lima.",
     "In Lima, the Peruvian president met the Chilean foreign minister."),
    ("ar", "التقى الرئيس اللبناني رئيس الوزراء العراقي في بيروت.",
     "التقى رئيس الوزراء العراقي الرئيس اللبناني في بيروت."),
    ("tr", "Fidan, Yunanistan Dışişleri Bakanı Gerapetritis ile Atina'da görüştü.",
     "Yunanistan Dışişleri Bakanı Gerapetritis, Fidan ile Atina'da görüştü."),
    ("ru", "Лавров встретился с министром иностранных дел Чили в Сантьяго.",
     "Министр иностранных дел Чили встретился с Лавровым в Сантьяго."),
]  # fmt: skip

# a verb that is no meeting still has roles: "criticised … at the meeting"
NOT_SYMMETRIC = [
    ("en", "Chile criticised Peru at the meeting in Lima.",
     "Peru criticised Chile at the meeting in Lima."),
    ("ru", "Чили раскритиковала Перу на встрече в Лиме.",
     "Перу раскритиковала Чили на встрече в Лиме."),
]  # fmt: skip

# the active and the passive of one verb; "in front of" is "outside"
PASSIVE = [
    ("en", "Farmers protested outside the ministry in Warsaw on Monday.",
     "On Monday farmers protested in front of the ministry in Warsaw."),
    ("en", "The regulator said it had revoked the licences of two lenders.",
     "Two lenders have had their licences revoked, the regulator said."),
    ("tr", "Gümrük, kaçak sigaralara el koydu.",
     "Kaçak sigaralara gümrük tarafından el konuldu."),
    ("tr", "Valilik, 8 mahallede elektrik kesintisi olduğunu açıkladı.",
     "8 mahallede elektrik kesintisi olduğu valilik tarafından açıklandı."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b"), [*DENIAL, *DOUBLE_NEGATION, *SYMMETRIC, *PASSIVE])
def test_a_reworded_claim_is_probably_the_same(language: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = check(x, y, language)
        assert result.label == SAME, result.describe()


@pytest.mark.parametrize(("language", "a", "b"), [*DENIAL_LOOKALIKE, *ONE_WITHOUT])
def test_a_denial_or_a_lone_without_is_a_negation(language: str, a: str, b: str) -> None:
    result = check(a, b, language)
    assert not result.probably_same
    assert "negation" in {d.kind for d in result.differences}, result.describe()


@pytest.mark.parametrize(("language", "a", "b"), NOT_SYMMETRIC)
def test_roles_still_swap_around_a_verb_that_is_no_meeting(language: str, a: str, b: str) -> None:
    result = check(a, b, language)
    assert not result.probably_same
    assert "role" in {d.kind for d in result.differences}, result.describe()
