"""Kinds of rewordings that other people write and the meaning check must call "probably the
same" (issue 22), with their look-alikes whose facts differ, in English, Arabic, Turkish and
Russian: a capital for its country, a government beside its country's adjective, fractions in
words against their percent, synonyms of verbs and nouns, Arabic numbers in the dual."""

from __future__ import annotations

import pytest

from db.text.anchor_places import known_places
from db.text.anchors import find_anchors
from db.text.meaning import SAME, check_pair
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams


def check(a: str, b: str, language: str, names: tuple[tuple[str, ...], ...] = ()):  # type: ignore[no-untyped-def]
    score = claim_similarity(trigrams(search_key(a)), trigrams(search_key(b)))
    return check_pair(a, b, score, language_a=language, language_b=language, names=names)


# A capital names its country's government: the same claim.
CAPITAL_FOR_COUNTRY = [
    ("en", "Athens accused Ankara of sending drilling ships near Crete.",
     "Greece accused Turkey of sending drilling ships near Crete."),
    ("ar", "طالبت بغداد دمشق بتسليم المطلوبين.", "طالبت العراق سوريا بتسليم المطلوبين."),
    ("tr", "Tahran, Bakü'yü sınırda tatbikat yapmakla suçladı.",
     "İran, Azerbaycan'ı sınırda tatbikat yapmakla suçladı."),
    ("ru", "Минск обвинил Варшаву в закрытии пограничного перехода.",
     "Белоруссия обвинила Польшу в закрытии пограничного перехода."),
]  # fmt: skip

# Another capital is another country.
ANOTHER_CAPITAL = [
    ("en", "Athens accused Ankara of sending drilling ships near Crete.",
     "Athens accused Cairo of sending drilling ships near Crete."),
    ("ar", "طالبت بغداد دمشق بتسليم المطلوبين.", "طالبت بغداد عمّان بتسليم المطلوبين."),
    ("tr", "Tahran, Bakü'yü sınırda tatbikat yapmakla suçladı.",
     "Tahran, Erivan'ı sınırda tatbikat yapmakla suçladı."),
    ("ru", "Минск обвинил Варшаву в закрытии пограничного перехода.",
     "Минск обвинил Вильнюс в закрытии пограничного перехода."),
]  # fmt: skip

# "The Greek government" says no more than "Greece".
GOVERNMENT_OF = [
    ("en", "The Greek government raised the tax on cruise passengers.",
     "Greece raised the tax on cruise passengers."),
    ("ar", "رفعت الحكومة الأردنية الضريبة على السجائر.", "رفع الأردن الضريبة على السجائر."),
    ("tr", "Yunanistan hükümeti kruvaziyer yolcularından alınan vergiyi artırdı.",
     "Yunanistan kruvaziyer yolcularından alınan vergiyi artırdı."),
    ("ru", "Правительство Греции повысило налог для пассажиров круизных судов.",
     "Греция повысила налог для пассажиров круизных судов."),
]  # fmt: skip

# A fraction in words and its percent.
FRACTION = [
    ("en", "Three quarters of the bridges in the county need repairs.",
     "75% of the bridges in the county need repairs."),
    ("ar", "ثلثا المزارعين فقدوا محصول القمح.", "67 بالمئة من المزارعين فقدوا محصول القمح."),
    ("tr", "Sürücülerin beşte biri emniyet kemeri takmıyor.",
     "Sürücülerin yüzde 20'si emniyet kemeri takmıyor."),
    ("tr", "Sürücülerin dörtte biri emniyet kemeri takmıyor.",
     "Sürücülerin yüzde 25'i emniyet kemeri takmıyor."),
    ("ru", "Треть водителей не пристёгивается ремнём.", "33% водителей не пристёгиваются ремнём."),
    ("ru", "Четверть водителей не пристёгивается ремнём.",
     "25% водителей не пристёгиваются ремнём."),
]  # fmt: skip

# Another fraction, or a quarter of a century, is another number.
ANOTHER_FRACTION = [
    ("en", "Three quarters of the bridges in the county need repairs.",
     "A quarter of the bridges in the county need repairs."),
    ("ar", "ثلثا المزارعين فقدوا محصول القمح.", "ربع المزارعين فقدوا محصول القمح."),
    ("tr", "Sürücülerin dörtte biri emniyet kemeri takmıyor.",
     "Sürücülerin üçte biri emniyet kemeri takmıyor."),
    ("ru", "Четверть водителей не пристёгивается ремнём.",
     "Половина водителей не пристёгивается ремнём."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b"), [*CAPITAL_FOR_COUNTRY, *GOVERNMENT_OF, *FRACTION])
def test_a_reworded_claim_is_probably_the_same(language: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = check(x, y, language)
        assert result.label == SAME, result.describe()


@pytest.mark.parametrize(("language", "a", "b"), [*ANOTHER_CAPITAL, *ANOTHER_FRACTION])
def test_another_capital_or_fraction_is_a_fact_that_differs(language: str, a: str, b: str) -> None:
    result = check(a, b, language)
    assert not result.probably_same
    assert {d.kind for d in result.differences} & {"name", "number"}, result.describe()


def test_a_case_actor_that_is_a_country_agrees_with_its_adjective() -> None:
    names = (("الأردن", "عمّان"),)
    result = check("رفعت الحكومة الأردنية الضريبة على السجائر.",
                   "رفعت عمّان الضريبة على السجائر.", "ar", names)  # fmt: skip
    assert result.label == SAME, result.describe()


def test_a_capital_is_read_only_where_it_is_a_name() -> None:
    # "limanı" (the port) is not Lima with an ending; "male" is no capital
    assert not any(a.kind == "name" for a in find_anchors("Odesa limanı kapalı.", "tr")[1:])
    assert not [a for a in find_anchors("Two male nurses were hurt.", "en") if a.kind == "name"]
    values = {a.value for a in find_anchors("Kahire'de ve Ankara'da", "tr")}
    assert values == {"place:EG", "place:TR"}
    assert "moskva" in known_places("ru") or "москва" in known_places("ru")


def test_a_share_after_a_month_is_no_day() -> None:
    anchors = find_anchors("In February, 40% of the flats stood empty.", "en")
    assert [(a.kind, a.value) for a in anchors] == [("date", "--02"), ("number", "40%")]
    assert find_anchors("четверть века назад", "ru") == ()


# synonyms of verbs and nouns, and Arabic numbers in the dual
SYNONYMS = [
    ("en", "The council suspended bus services to the airport on Sunday.",
     "The council halted bus services to the airport on Sunday."),
    ("en", "Nurses gave 4,000 flu vaccinations in Leeds last month.",
     "Nurses gave 4,000 flu jabs in Leeds last month."),
    ("ar", "اتهمت النقابة الشركة بانتهاك اتفاق الأجور الموقع عام 2021.",
     "اتهمت النقابة الشركة بخرق اتفاق الأجور الموقع عام 2021."),
    ("ar", "أعلنت الوزارة تسجيل 40 حالة جديدة.", "سجّلت الوزارة 40 حالة جديدة."),
    ("ar", "خصص البنك منحة بقيمة مليوني دولار لقطاع الزراعة في موريتانيا.",
     "خصص البنك منحة قدرها 2 مليون دولار لقطاع الزراعة الموريتاني."),
    ("tr", "Belediye, 4 ilçede otobüs seferlerini durdurdu.",
     "Belediye, 4 ilçede otobüs seferlerini askıya aldı."),
    ("ru", "Новая пошлина сократит импорт зерна на 15%.",
     "Новая пошлина уменьшит импорт зерна на 15%."),
    ("ru", "Министр встретится с послом Японии в пятницу.",
     "Министр проведёт переговоры с послом Японии в пятницу."),
    ("ru", "Минздрав сообщил о 40 новых случаях кори в Туве.",
     "Министерство здравоохранения сообщило о 40 новых случаях кори в Туве."),
    ("ru", "Роспотребнадзор сообщил о 75 новых случаях кори в Туве.",
     "В Туве выявлено 75 новых случаев кори, сообщил Роспотребнадзор."),
    ("en", "Nine miners were trapped in a flooded shaft in Zambia's Copperbelt.",
     "Nine miners were trapped in a flooded shaft in the Copperbelt province of Zambia."),
    ("ar", "أعلن الأمير أن الدوحة ستستضيف البطولة عام 2030.",
     "أعلن الأمير أن العاصمة الدوحة ستستضيف البطولة عام 2030."),
    ("tr", "Türkiye 2024'te Irak'a 200 bin ton un ihraç etti.",
     "Türkiye, 2024 yılında Irak'a iki yüz bin ton un sattı."),
    ("ru", "В 2024 году Казахстан экспортировал в Китай 500 тыс. тонн ячменя.",
     "В 2024 году Казахстан поставил в Китай пятьсот тысяч тонн ячменя."),
]  # fmt: skip

# another verb: the words differ
NOT_SYNONYMS = [
    ("en", "The council suspended bus services to the airport on Sunday.",
     "The council resumed bus services to the airport on Sunday."),
    ("ru", "Новая пошлина сократит импорт зерна на 15%.",
     "Новая пошлина увеличит импорт зерна на 15%."),
    ("ar", "خصص البنك منحة بقيمة مليوني دولار لقطاع الزراعة.",
     "خصص البنك منحة بقيمة مليون دولار لقطاع الزراعة."),
    ("ru", "Минздрав сообщил о 40 новых случаях кори в Туве.",
     "Министерство обороны сообщило о 40 новых случаях кори в Туве."),
    ("en", "Floods cut power to 3,000 homes in the city of Kherson.",
     "Floods cut power to 3,000 homes in the Kherson region."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b"), SYNONYMS)
def test_synonyms_are_the_same_claim(language: str, a: str, b: str) -> None:
    result = check(a, b, language)
    assert result.label == SAME, result.describe()


@pytest.mark.parametrize(("language", "a", "b"), NOT_SYNONYMS)
def test_another_verb_or_amount_differs(language: str, a: str, b: str) -> None:
    result = check(a, b, language)
    assert not result.probably_same, result.describe()
