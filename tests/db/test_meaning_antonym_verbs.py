"""Antonym verbs in the four languages (issue 22, round 9; a new user found Turkish
"kapanacak" / "açılacak" named no difference): a verb and its opposite are another claim with
the difference named in every language, and where one text negates what the other says with
the opposite word ("did not close" / "opened"), the table of contradictories
(`db.text.antonym_table`) makes them one claim — in every language alike."""

from __future__ import annotations

import pytest

from db.text.meaning import MeaningCheck, check_pair
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams

OPPOSITES = {
    "en": [
        ("The museum will open on Friday", "The museum will close on Friday"),
        ("Prices rose in March", "Prices fell in March"),
        ("The party won the election", "The party lost the election"),
        ("The court accepted the appeal", "The court rejected the appeal"),
        ("The strike started on Monday", "The strike ended on Monday"),
        ("The factory stopped production", "The factory continued production"),
        ("The bank raised interest rates", "The bank cut interest rates"),
        ("The driver was killed in the crash", "The driver survived the crash"),
    ],
    "tr": [
        ("Müze cuma günü açılacak", "Müze cuma günü kapanacak"),
        ("Fiyatlar martta yükseldi", "Fiyatlar martta düştü"),
        ("Parti seçimi kazandı", "Parti seçimi kaybetti"),
        ("Mahkeme itirazı kabul etti", "Mahkeme itirazı reddetti"),
        ("Grev pazartesi başladı", "Grev pazartesi bitti"),
        ("Fabrika üretimi durdurdu", "Fabrika üretime devam etti"),
        ("Banka faiz oranlarını artırdı", "Banka faiz oranlarını düşürdü"),
        ("Sürücü kazada öldü", "Sürücü kazadan sağ kurtuldu"),
    ],
    "ru": [
        ("Музей откроется в пятницу", "Музей закроется в пятницу"),
        ("Цены выросли в марте", "Цены упали в марте"),
        ("Партия выиграла выборы", "Партия проиграла выборы"),
        ("Суд принял апелляцию", "Суд отклонил апелляцию"),
        ("Забастовка началась в понедельник", "Забастовка закончилась в понедельник"),
        ("Завод остановил производство", "Завод продолжил производство"),
        ("Банк повысил процентные ставки", "Банк снизил процентные ставки"),
        ("Водитель погиб в аварии", "Водитель выжил в аварии"),
    ],
    "ar": [
        ("سيفتح المتحف يوم الجمعة", "سيغلق المتحف يوم الجمعة"),
        ("ارتفعت الأسعار في مارس", "انخفضت الأسعار في مارس"),
        ("فاز الحزب في الانتخابات", "خسر الحزب في الانتخابات"),
        ("قبلت المحكمة الاستئناف", "رفضت المحكمة الاستئناف"),
        ("بدأ الإضراب يوم الاثنين", "انتهى الإضراب يوم الاثنين"),
        ("أوقف المصنع الإنتاج", "واصل المصنع الإنتاج"),
        ("رفع البنك أسعار الفائدة", "خفض البنك أسعار الفائدة"),
        ("قتل السائق في الحادث", "نجا السائق من الحادث"),
    ],
}

CONTRADICTORIES = {
    "en": [
        ("The museum did not close on Friday", "The museum opened on Friday"),
        ("The court did not reject the appeal", "The court accepted the appeal"),
        ("The factory did not stop production", "The factory continued production"),
        ("The driver was not killed in the crash", "The driver survived the crash"),
    ],
    "tr": [
        ("Müze cuma günü kapanmadı", "Müze cuma günü açıldı"),
        ("Mahkeme itirazı reddetmedi", "Mahkeme itirazı kabul etti"),
        ("Fabrika üretimi durdurmadı", "Fabrika üretime devam etti"),
        ("Sürücü kazada ölmedi", "Sürücü kazadan sağ kurtuldu"),
    ],
    "ru": [
        ("Музей не закрылся в пятницу", "Музей открылся в пятницу"),
        ("Суд не отклонил апелляцию", "Суд принял апелляцию"),
        ("Завод не остановил производство", "Завод продолжил производство"),
        ("Водитель не погиб в аварии", "Водитель выжил в аварии"),
    ],
    "ar": [
        ("لم يغلق المتحف يوم الجمعة", "فتح المتحف يوم الجمعة"),
        ("لم ترفض المحكمة الاستئناف", "قبلت المحكمة الاستئناف"),
        ("لم يوقف المصنع الإنتاج", "واصل المصنع الإنتاج"),
        ("لم يقتل السائق في الحادث", "نجا السائق من الحادث"),
    ],
}


def check(a: str, b: str) -> MeaningCheck:
    return check_pair(a, b, claim_similarity(trigrams(search_key(a)), trigrams(search_key(b))))


@pytest.mark.parametrize(("a", "b"), [pair for pairs in OPPOSITES.values() for pair in pairs])
def test_a_verb_and_its_opposite_are_named_in_every_language(a: str, b: str) -> None:
    result = check(a, b)
    assert not result.probably_same, (a, b)
    assert result.differences, (a, b)


@pytest.mark.parametrize(("a", "b"), [pair for pairs in CONTRADICTORIES.values() for pair in pairs])
def test_not_x_is_its_contradictory_in_every_language(a: str, b: str) -> None:
    result = check(a, b)
    assert result.probably_same, (a, b, result.describe())
