"""Name drift for bodies named by a proper name or an acronym of their own (issue 24, round 8):
a body's acronym in brackets, a name in quotation marks after its head, an English proper name
before a head in lower case — each swapped for another body's in ar-en, tr-en and ru-en, and
the faithful renderings (the same acronym, a transliterated name, a translation's own acronym)
that must raise no flag. Sentences written for these tests."""

from __future__ import annotations

import pytest

from db.text.drift import pair_drift
from db.text.drift_acronyms import explained


def _names(original: str, translation: str, language: str) -> list[tuple[str, str]]:
    flags = pair_drift(original, translation, language, "en")
    return [(f.original, f.translation) for f in flags if f.kind == "name"]


SWAPS = [
    # a body's acronym in brackets that neither name is made of: another body's
    (
        "tr",
        "Liman İşçileri Sendikası (LİS), grev kararını erteledi.",
        "The Seafarers' Solidarity Union (DEN-SEN) postponed the strike decision.",
        ("Liman İşçileri Sendikası", "Seafarers' Solidarity Union"),
    ),
    (
        "tr",
        "Karadeniz Balıkçılar Derneği (KABADER) av yasağına itiraz etti.",
        "The Coastal Fishermen's Association (SAHİL-DER) objected to the fishing ban.",
        ("Karadeniz Balıkçılar Derneği", "Coastal Fishermen's Association"),
    ),
    (
        "ru",
        "Союз перевозчиков Поволжья (СПП) потребовал снизить сборы.",
        "The Urals Hauliers' Association (UHA-NET) demanded lower fees.",
        ("Союз перевозчиков Поволжья", "Urals Hauliers' Association"),
    ),
    # a name in quotation marks after its head against another proper name
    (
        "ar",
        'وقالت جمعية "سنابل" الخيرية إنها وزعت ألفي سلة غذائية.',
        "The charity Bayader said it had handed out two thousand food baskets.",
        ('جمعية "سنابل"', "Bayader"),
    ),
    (
        "ar",
        'وتعاقدت البلدية مع شركة "نور للطاقة" لتركيب الألواح الشمسية.',
        "The municipality hired Delta Power Solutions to install the solar panels.",
        ('شركة "نور للطاقة"', "Delta Power Solutions"),
    ),
    (
        "ru",
        "Работы выполнит компания «Северный мост».",
        "The work will be done by the company Eastern Bridgeworks.",
        ("Северный мост", "Eastern Bridgeworks"),
    ),
    (
        "tr",
        "Projenin danışmanlığını Bozkır Mühendislik Danışmanlık yürütüyor.",
        "Aydınlar Technical Consulting is advising on the project.",
        ("Bozkır Mühendislik Danışmanlık", "Aydınlar Technical Consulting"),
    ),
    # an English proper name before a head in lower case, against the original's own name
    (
        "ar",
        'وأعلنت جمعية "الندى" لرعاية المسنين إغلاق دارها في المدينة.',
        "The Silver Years elderly care association announced it was closing its home in the city.",
        ('جمعية "الندى"', "Silver Years elderly care association"),
    ),
    (
        "ru",
        "Фонд «Добрые руки» собрал два миллиона рублей.",
        "The Open Hearts charity fund raised two million roubles.",
        ("Добрые руки", "Open Hearts charity fund"),
    ),
]


@pytest.mark.parametrize(("language", "original", "translation", "swap"), SWAPS)
def test_a_body_named_in_another_s_place_is_flagged(
    language: str, original: str, translation: str, swap: tuple[str, str]
) -> None:
    assert swap in _names(original, translation, language)


FAITHFUL = [
    # the same acronym kept by the translation; a translation's own acronym made of its words
    (
        "tr",
        "Liman İşçileri Sendikası (LİS), grev kararını erteledi.",
        "The Port Workers' Union (LİS) postponed the strike decision.",
    ),
    (
        "tr",
        "Türkiye Balıkçılar Derneği (TBD) av yasağına itiraz etti.",
        "The Turkish Fishermen's Association (TFA) objected to the fishing ban.",
    ),
    (
        "tr",
        "Türkiye Balıkçılar Derneği av yasağına itiraz etti.",
        "The TBD objected to the fishing ban.",
    ),
    (
        "ru",
        "Союз перевозчиков Поволжья (СПП) потребовал снизить сборы.",
        "The Volga Carriers' Union (SPP) demanded lower fees.",
    ),
    # a quoted name transliterated or translated word for word
    (
        "ar",
        'وقالت جمعية "سنابل" الخيرية إنها وزعت ألفي سلة غذائية.',
        "The Sanabel charity said it had handed out two thousand food baskets.",
    ),
    (
        "ar",
        'وقالت جمعية "سنابل" الخيرية إنها وزعت ألفي سلة غذائية.',
        "The charity Sanabel said it had handed out two thousand food baskets.",
    ),
    (
        "ru",
        "Работы выполнит компания «Северный мост».",
        "The work will be done by the company Severny Most.",
    ),
    (
        "ru",
        "Фонд «Добрые руки» собрал два миллиона рублей.",
        "The Dobrye Ruki charity fund raised two million roubles.",
    ),
    (
        "tr",
        "Projenin danışmanlığını Bozkır Mühendislik Danışmanlık yürütüyor.",
        "Bozkır Engineering Consulting is advising on the project.",
    ),
    # an organisation the list knows, under its French name in English
    (
        "ar",
        "وحذرت منظمة أطباء العالم من نقص الأدوية في المخيم.",
        "Médecins du Monde warned of a shortage of medicines in the camp.",
    ),
    # one side names the body, the other only its kind: an omission, no name drift
    (
        "ar",
        'وقالت جمعية "سنابل" الخيرية إنها وزعت ألفي سلة غذائية.',
        "A local charity said it had handed out two thousand food baskets.",
    ),
    (
        "tr",
        "Liman İşçileri Sendikası (LİS), grev kararını erteledi.",
        "The union postponed the strike decision.",
    ),
]


@pytest.mark.parametrize(("language", "original", "translation"), FAITHFUL)
def test_the_same_body_rendered_faithfully_is_not_flagged(
    language: str, original: str, translation: str
) -> None:
    assert _names(original, translation, language) == []


@pytest.mark.parametrize(
    ("acronym", "words", "made"),
    [
        ("HPD", ("Hava-Pilot", "Derneği"), True),
        ("KASÇ", ("Kamu", "Sağlık", "Çalışanları", "Sendikası"), True),
        ("TurkStat", ("Turkish", "Statistical", "Institute"), True),
        ("KABİN-DER", ("Cabin", "Crew", "Association"), False),
        ("RİSKİ", ("Rize", "Municipal", "Water", "Authority"), False),
    ],
)
def test_an_acronym_is_made_of_the_starts_of_a_name_s_words(
    acronym: str, words: tuple[str, ...], made: bool
) -> None:
    assert explained(acronym, words) is made


CONCEPTS = [
    # two bodies of one kind named in common words: each names what the other does not
    (
        "ar",
        "ودعت نقابة عمال الموانئ إلى إضراب عام.",
        "The Textile Weavers' Union called for a general strike.",
        ("نقابة عمال الموانئ", "Textile Weavers' Union"),
    ),
    (
        "ar",
        "وأعلنت جمعية حماية المستهلك رفضها للأسعار الجديدة.",
        "The Small Traders' Association said it rejected the new prices.",
        ("جمعية حماية المستهلك", "Small Traders' Association"),
    ),
    (
        "tr",
        "Deniz Ulaştırması İşçileri Sendikası bildiri yayımladı.",
        "The Mine Workers' Union issued a statement.",
        ("Deniz Ulaştırması İşçileri Sendikası", "Mine Workers' Union"),
    ),
    (
        "ru",
        "Союз журналистов региона осудил решение.",
        "The regional Teachers' Union condemned the decision.",
        ("Союз журналистов региона", "Teachers' Union"),
    ),
]


@pytest.mark.parametrize(("language", "original", "translation", "swap"), CONCEPTS)
def test_bodies_named_for_other_people_or_things_differ(
    language: str, original: str, translation: str, swap: tuple[str, str]
) -> None:
    assert swap in _names(original, translation, language)


@pytest.mark.parametrize(
    ("language", "original", "translation"),
    [
        (
            "ar",
            "ودعت نقابة عمال الموانئ إلى إضراب عام.",
            "The Port Workers' Union called a strike.",
        ),
        (
            "ar",
            "وأعلنت جمعية حماية المستهلك رفضها للأسعار الجديدة.",
            "The Consumer Protection Society said it rejected the new prices.",
        ),
        (
            "tr",
            "Deniz Ulaştırması İşçileri Sendikası bildiri yayımladı.",
            "The Maritime Transport Workers' Union issued a statement.",
        ),
        (
            "ru",
            "Союз журналистов региона осудил решение.",
            "The regional Union of Journalists condemned the decision.",
        ),
        # a word of the body's name that the translation says outside it, in lower case
        (
            "ar",
            "وقال مدير مكتب الصحة في المحافظة إن الفرق وصلت.",
            "The head of the health office in the province said the teams had arrived.",
        ),
    ],
)
def test_bodies_named_for_the_same_people_or_things_are_not_flagged(
    language: str, original: str, translation: str
) -> None:
    assert _names(original, translation, language) == []


@pytest.mark.parametrize(
    ("language", "original", "translation", "flagged"),
    [
        # an acronym on one side, a translated full name on the other: the table of well-known
        # national bodies tells whether they are one
        (
            "ru",
            "В ФСБ заявили, что груз задержан.",
            "The Federal Customs Service said the cargo was held.",
            True,
        ),
        (
            "ru",
            "В ФСБ заявили, что груз задержан.",
            "The Federal Security Service said the cargo was held.",
            False,
        ),
        ("tr", "TÜİK yeni verileri açıkladı.", "TurkStat released the new figures.", False),
        (
            "tr",
            "TÜİK yeni verileri açıkladı.",
            "The Turkish Statistical Institute released the new figures.",
            False,
        ),
        ("tr", "YSK itirazı reddetti.", "The Constitutional Court rejected the appeal.", True),
        (
            "ar",
            "وقالت هيئة الإحصاء التركية إن التضخم تراجع.",
            "TurkStat said inflation had eased.",
            False,
        ),
        (
            "ar",
            "وقالت هيئة الإحصاء التركية إن التضخم تراجع.",
            "The Central Bank of the Republic of Turkey said inflation had eased.",
            True,
        ),
    ],
)
def test_an_acronym_against_a_translated_full_name(
    language: str, original: str, translation: str, flagged: bool
) -> None:
    assert bool(_names(original, translation, language)) is flagged
