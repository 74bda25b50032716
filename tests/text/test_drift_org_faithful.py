"""Bodies translated faithfully raise no name drift (issue 24, round 8): unions, chambers,
societies, authorities and funds named in common words, translated by meaning in ar-en, tr-en
and ru-en, with places, acronyms (kept or the translation's own) and quoted names. Sentences
written for these tests; each would be a false flag on a faithful document."""

from __future__ import annotations

import pytest

from db.text.drift import pair_drift

FAITHFUL = [
    (
        "ar",
        "وقالت نقابة الأطباء الأردنيين إن المستشفيات تعاني نقصا في الكوادر.",
        "The Jordanian Medical Association said hospitals were short of staff.",
    ),
    (
        "ar",
        "وطالبت جمعية حماية الأسرة والطفولة بتشديد العقوبات.",
        "The Family and Childhood Protection Society called for tougher penalties.",
    ),
    (
        "ar",
        "وأعلنت شركة الكهرباء الوطنية انقطاع التيار عن ثلاث محافظات.",
        "The National Electric Power Company announced power cuts in three governorates.",
    ),
    (
        "ar",
        "وانتقدت نقابة الصحفيين العراقيين اعتقال المراسل.",
        "The Iraqi Journalists Syndicate criticised the reporter's arrest.",
    ),
    (
        "ar",
        "وقال اتحاد الفلاحين إن المحصول تراجع بنسبة الثلث.",
        "The Farmers' Union said the harvest had fallen by a third.",
    ),
    (
        "ar",
        "وأكدت غرفة تجارة عمان أن الأسواق مستقرة.",
        "The Amman Chamber of Commerce said markets were stable.",
    ),
    (
        "ar",
        "وأصدرت الجمعية الأردنية لحقوق الإنسان تقريرا.",
        "The Jordanian Society for Human Rights issued a report.",
    ),
    (
        "ar",
        "وقالت سلطة المياه إن الضخ سيستأنف الأحد.",
        "The Water Authority said pumping would resume on Sunday.",
    ),
    (
        "ar",
        "وأعلن المركز الوطني لحقوق الإنسان أنه تلقى شكاوى.",
        "The National Centre for Human Rights said it had received complaints.",
    ),
    (
        "ar",
        "وحذرت نقابة المعلمين من إضراب مفتوح.",
        "The Teachers' Syndicate warned of an open-ended strike.",
    ),
    (
        "ar",
        "ودعت جمعية المصارف إلى خفض الفائدة.",
        "The Association of Banks called for lower interest rates.",
    ),
    (
        "ar",
        "وقال مرصد الأزهر لمكافحة التطرف إن الحملة مستمرة.",
        "Al-Azhar's Observatory for Combating Extremism said the campaign was continuing.",
    ),
    (
        "ar",
        "وأعلنت هيئة الطيران المدني إغلاق المطار.",
        "The Civil Aviation Authority announced the airport's closure.",
    ),
    (
        "ar",
        "وقالت منظمة العفو الدولية إن المعتقلين تعرضوا للتعذيب.",
        "Amnesty International said the detainees had been tortured.",
    ),
    (
        "ar",
        "وقالت جمعية مربي الماشية إن الأعلاف ارتفعت.",
        "The Livestock Breeders' Association said fodder prices had risen.",
    ),
    (
        "ar",
        "وأدانت رابطة الكتاب الأردنيين القرار.",
        "The Jordanian Writers' Association condemned the decision.",
    ),
    (
        "ar",
        "وأعلن الاتحاد العام لنقابات العمال تضامنه.",
        "The General Federation of Trade Unions declared its solidarity.",
    ),
    (
        "tr",
        "Türkiye Ziraat Odaları Birliği, fiyatların düştüğünü açıkladı.",
        "The Union of Turkish Chambers of Agriculture said prices had fallen.",
    ),
    (
        "tr",
        "Tüketici Hakları Derneği, zamların geri alınmasını istedi.",
        "The Consumer Rights Association demanded that the price rises be reversed.",
    ),
    (
        "tr",
        "Türkiye Gazeteciler Cemiyeti, gözaltıları kınadı.",
        "The Journalists' Association of Turkey condemned the detentions.",
    ),
    (
        "tr",
        "İstanbul Ticaret Odası yeni raporunu yayımladı.",
        "The Istanbul Chamber of Commerce published its new report.",
    ),
    (
        "tr",
        "Eğitim-Sen, okulların kapatılmasını eleştirdi.",
        "The education union Eğitim-Sen criticised the closure of schools.",
    ),
    (
        "tr",
        "Türk Eczacıları Birliği ilaç sıkıntısı konusunda uyardı.",
        "The Turkish Pharmacists' Association warned about drug shortages.",
    ),
    (
        "tr",
        "Devlet Su İşleri Genel Müdürlüğü barajların doluluk oranını açıkladı.",
        "The General Directorate of State Hydraulic Works announced the reservoirs' fill levels.",
    ),
    (
        "tr",
        "Türkiye İnsan Hakları Vakfı (TİHV) raporunu açıkladı.",
        "The Human Rights Foundation of Turkey (TİHV) released its report.",
    ),
    (
        "tr",
        "Türkiye İstatistik Kurumu (TÜİK) enflasyonu açıkladı.",
        "The Turkish Statistical Institute (TurkStat) announced inflation.",
    ),
    (
        "tr",
        "Orman Mühendisleri Odası yangınların sebebini açıkladı.",
        "The Chamber of Forest Engineers explained the cause of the fires.",
    ),
    (
        "tr",
        "Çiftçi-Sen, mazot fiyatlarına tepki gösterdi.",
        "The farmers' union Çiftçi-Sen reacted to diesel prices.",
    ),
    (
        "tr",
        "Türkiye Futbol Federasyonu ligi erteledi.",
        "The Turkish Football Federation postponed the league.",
    ),
    ("tr", "Ankara Barosu açıklama yaptı.", "The Ankara Bar Association made a statement."),
    (
        "tr",
        "Sağlık ve Sosyal Hizmet Emekçileri Sendikası (SES) eylem yaptı.",
        "The Health and Social Service Workers' Union (SES) held a protest.",
    ),
    (
        "ru",
        "Союз журналистов России осудил задержание.",
        "The Russian Union of Journalists condemned the detention.",
    ),
    (
        "ru",
        "Общество защиты прав потребителей подало иск.",
        "The Society for the Protection of Consumer Rights filed a lawsuit.",
    ),
    (
        "ru",
        "Федерация независимых профсоюзов выступила против реформы.",
        "The Federation of Independent Trade Unions opposed the reform.",
    ),
    (
        "ru",
        "Российский союз промышленников и предпринимателей (РСПП) поддержал закон.",
        "The Russian Union of Industrialists and Entrepreneurs (RSPP) backed the law.",
    ),
    (
        "ru",
        "Министерство природных ресурсов сообщило о пожарах.",
        "The Ministry of Natural Resources reported the fires.",
    ),
    ("ru", "Фонд «Подари жизнь» собрал средства.", "The Podari Zhizn foundation raised funds."),
    (
        "ru",
        "Ассоциация туроператоров России предупредила о росте цен.",
        "The Association of Tour Operators of Russia warned of rising prices.",
    ),
    (
        "ru",
        "Комитет солдатских матерей получил жалобы.",
        "The Committee of Soldiers' Mothers received complaints.",
    ),
    (
        "ru",
        "Лига защиты интернета раскритиковала блокировку.",
        "The Internet Protection League criticised the block.",
    ),
    (
        "ru",
        "Московская коллегия адвокатов выступила с заявлением.",
        "The Moscow Bar Association issued a statement.",
    ),
    (
        "ru",
        "Всероссийское общество охраны природы провело акцию.",
        "The All-Russian Society for Nature Conservation held a campaign.",
    ),
    (
        "ru",
        "Союз архитекторов России выступил против сноса.",
        "The Union of Architects of Russia opposed the demolition.",
    ),
]


@pytest.mark.parametrize(("language", "original", "translation"), FAITHFUL)
def test_a_body_translated_by_meaning_is_no_name_drift(
    language: str, original: str, translation: str
) -> None:
    flags = pair_drift(original, translation, language, "en")
    assert [f.description for f in flags if f.kind == "name"] == []
