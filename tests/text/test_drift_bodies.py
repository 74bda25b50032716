"""Name drift for organisations no list holds and people after long titles, and negations a
translation renders with a lexical negative (issue 24, round 7): through `pair_drift` and the
aligner, on sentences written for these tests."""

from __future__ import annotations

import pytest

from db.text.aligned_pair import align_texts
from db.text.drift import pair_drift


def _names(original: str, translation: str, language: str) -> list[tuple[str, str]]:
    flags = pair_drift(original, translation, language, "en")
    return [(f.original, f.translation) for f in flags if f.kind == "name"]


@pytest.mark.parametrize(
    ("language", "original", "translation", "swap"),
    [
        # Arabic construct phrases: شركة X, وزارة X, هيئة X, against another body
        (
            "ar",
            "وأوقفت شركة أرامكس توصيل الطرود إلى المكاتب الحكومية.",
            "The courier DHL stopped delivering parcels to government offices.",
            ("شركة أرامكس", "DHL"),
        ),
        (
            "ar",
            "وحذرت هيئة تنظيم قطاع الطاقة من تأخر مشاريع الكهرباء.",
            "The Central Bank of Jordan warned that electricity projects could be delayed.",
            ("هيئة تنظيم", "Central Bank of Jordan"),
        ),
        # a known organisation against one no list holds
        (
            "ar",
            "وقال البنك الدولي إن النمو سيتباطأ هذا العام.",
            "The Islamic Development Bank said growth would slow this year.",
            ("البنك الدولي", "Islamic Development Bank"),
        ),
        # Turkish bodies of two kinds (a ministry, a court)
        (
            "tr",
            "Adalet Bakanlığı, eleştirilerin yersiz olduğunu açıkladı.",
            "The Court of Cassation said the criticism was unfounded.",
            ("Adalet Bakanlığı", "Court of Cassation"),
        ),
        # two acronyms of one alphabet; an acronym against a union's own name
        (
            "tr",
            "Paket, HSK'nın yapısını da değiştiriyor.",
            "The package also changes the structure of the YSK.",
            ("HSK", "YSK"),
        ),
        (
            "tr",
            "DİSK'e bağlı sendikalar eylem kararı aldı.",
            "Unions affiliated with Hak-İş decided to take action.",
            ("DİSK", "Hak-İş"),
        ),
        # Russian: a committee for a ministry, a quoted company for another company
        (
            "ru",
            "Дело возбудил Следственный комитет.",
            "The case was opened by the Interior Ministry.",
            ("Следственный комитет", "Interior Ministry"),
        ),
        (
            "ru",
            "Заказ получила компания «Уралвагонзавод».",
            "The order went to Kirovets Group.",
            ("Уралвагонзавод", "Kirovets Group"),
        ),
        # bodies of one kind with other portfolios; one word in common, another kind of body
        (
            "ar",
            "وقالت وزارة الأشغال العامة إن الطريق سيفتح غدا.",
            "The Ministry of Finance said the road would open tomorrow.",
            ("وزارة الأشغال العامة", "Ministry of Finance"),
        ),
        (
            "tr",
            "Türk Tabipleri Birliği, ilaç sıkıntısı yaşandığını bildirdi.",
            "The Turkish Pharmacists' Association reported drug shortages.",
            ("Türk Tabipleri Birliği", "Turkish Pharmacists' Association"),
        ),
        (
            "tr",
            "İzmir Barosu da paketin geri çekilmesini istedi.",
            "The Izmir Chamber of Commerce also called for the package to be withdrawn.",
            ("İzmir Barosu", "Izmir Chamber of Commerce"),
        ),
        # a person after a long Arabic title (the body the title names is skipped)
        (
            "ar",
            "والتقى حاكم مصرف لبنان بالإنابة وسيم منصوري وفدا من المانحين.",
            "Acting central bank governor Riad Salameh met a delegation of donors.",
            ("وسيم منصوري", "Riad Salameh"),
        ),
        (
            "ar",
            "وقال رئيس لجنة المالية في مجلس النواب إبراهيم كنعان إن الموازنة تأخرت.",
            "The head of parliament's finance committee, Yassine Jaber, said the budget was late.",
            ("إبراهيم كنعان", "Yassine Jaber"),
        ),
    ],
)
def test_a_body_or_person_in_another_s_place_is_flagged(
    language: str, original: str, translation: str, swap: tuple[str, str]
) -> None:
    assert swap in _names(original, translation, language)


@pytest.mark.parametrize(
    ("language", "original", "translation"),
    [
        # the same body spelt across scripts, or translated with a body of its kind
        (
            "ar",
            "وأعلنت شركة أرامكس زيادة أسعارها.",
            "The courier company Aramex raised its prices.",
        ),
        (
            "ar",
            "أعلنت نقابة المهندسين الأردنيين إضرابا عن العمل.",
            "The Jordan Engineers Association announced a strike.",
        ),
        (
            "tr",
            "Maden Mühendisleri Odası, denetimin yetersiz olduğunu söyledi.",
            "The Chamber of Mining Engineers said inspection was inadequate.",
        ),
        ("tr", "AFAD, Malatya'da çadır kurdu.", "AFAD set up tents in Malatya."),
        (
            "ar",
            "وقالت وزارة الصحة إن المستشفيات ممتلئة.",
            "The Health Ministry said hospitals were full.",
        ),
        (
            "tr",
            "Yüksek Seçim Kurulu sonuçları açıkladı.",
            "The Supreme Election Council announced the results.",
        ),
        # an acronym against a translated name is no evidence of another body
        (
            "tr",
            "TÜİK verilerine göre işsizlik düştü.",
            "According to TurkStat data, unemployment fell.",
        ),
        (
            "ru",
            "Поставки в страны ЕАЭС продолжатся.",
            "Deliveries to Eurasian Economic Union countries will continue.",
        ),
        (
            "ru",
            "МЧС развернуло пункты обогрева.",
            "The Emergencies Ministry set up heating points.",
        ),
        (
            "ru",
            "В Минсельхозе пояснили, что мера временная.",
            "The Agriculture Ministry explained that the measure was temporary.",
        ),
        ("ru", "Роскомнадзор заблокировал сайт.", "Roskomnadzor blocked the website."),
        # a faithful person after a long title
        (
            "ar",
            "وقال المدير العام للشركة بالنيابة مراد الغربي إن الإنتاج تحسن.",
            "The company's acting director general, Mourad Gharbi, said production improved.",
        ),
    ],
)
def test_the_same_body_or_person_is_not_flagged(
    language: str, original: str, translation: str
) -> None:
    assert _names(original, translation, language) == []


def test_a_name_swap_keeps_its_pair_and_is_flagged() -> None:
    original = [
        "Паводок затопил 40 домов в Томской области.",
        "Губернатор Томской области Владимир Мазур поручил проверить мосты.",
        "Спасатели эвакуировали 120 человек.",
    ]
    translation = [
        "Floods have swamped 40 homes in the Tomsk region.",
        "Tomsk regional governor Sergei Zhvachkin ordered a check of the bridges.",
        "Rescuers evacuated 120 people.",
    ]
    aligned = align_texts(" ".join(original), " ".join(translation), "ru", "en")
    pairs = [(b.original, b.translation) for b in aligned.beads]
    assert pairs == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    flags = [f for f in aligned.beads[1].drift if f.kind == "name"]
    assert [(f.original, f.translation) for f in flags] == [("Владимир Мазур", "Sergei Zhvachkin")]


@pytest.mark.parametrize(
    ("language", "original", "translation"),
    [
        (
            "ar",
            "وقالت منظمات غير حكومية إن الإضراب سلمي.",
            "Non-governmental groups said the strike was peaceful.",
        ),
        (
            "ar",
            "ومن غير المرجح أن تتدخل الحكومة قبل الأحد.",
            "The government is unlikely to step in before Sunday.",
        ),
        (
            "ar",
            "وتفرض البنوك قيودا غير رسمية على السحب.",
            "Banks impose informal limits on withdrawals.",
        ),
        (
            "tr",
            "Kurallara uymayan 4 şirket kapatıldı.",
            "Four companies that broke the rules were closed.",
        ),
        (
            "ru",
            "Мощность составит не более 330 мегаватт.",
            "Capacity will be at most 330 megawatts.",
        ),
        ("ru", "На площадке не хватает воды.", "The site is short of water."),
        (
            "ru",
            "Экологи назвали выбор площадки незаконным.",
            "Environmentalists called the choice of site illegal.",
        ),
        ("ru", "В зале было не более 20 человек.", "No more than 20 people were in the room."),
    ],
)
def test_a_lexical_negative_on_the_other_side_is_no_negation_drift(
    language: str, original: str, translation: str
) -> None:
    flags = pair_drift(original, translation, language, "en")
    assert [f for f in flags if f.kind == "negation"] == []


@pytest.mark.parametrize(
    ("language", "original", "translation"),
    [
        (
            "ar",
            "وقالت شركة التأمين إنها لن تغطي السفن.",
            "The insurer said it would cover the ships.",
        ),
        ("tr", "Bakanlık zammı onaylamadı.", "The ministry approved the rise."),
        ("ru", "Компания не выплатила зарплаты.", "The company paid the wages."),
    ],
)
def test_a_dropped_negation_is_still_flagged(
    language: str, original: str, translation: str
) -> None:
    flags = pair_drift(original, translation, language, "en")
    assert [f.kind for f in flags if f.kind == "negation"] == ["negation"]
