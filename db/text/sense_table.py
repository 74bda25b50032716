"""Senses of news vocabulary, each written in the four languages at once.

The older table (`db.text.synonym_table.SYNONYMS`) lists each language's groups apart. This
one is kept by sense: one entry a sense, named by an English lemma, with its words in English,
Arabic, Turkish and Russian side by side, so a sense added is added in every language and a
reviewer of one language reads every sense (`tests/db/test_meaning_kinds.py` checks that each
sense has all four). Words are written as in the older table: separated by spaces, a root ends
in "-", "_" joins a phrase. Two words account for each other when they share a sense, in either
table; the thesauri (`db.text.thesaurus`) add general synonyms in English, Russian and Arabic.
"""

from __future__ import annotations

SENSES: dict[str, dict[str, str]] = {
    "protester": {
        "en": "protester protesters demonstrator demonstrators",
        "ar": "متظاهر- محتج- مظاهر-",
        "tr": "protestocu- gösterici- eylemci-",
        "ru": "протестующий демонстрант манифестант митингующий",
    },
    "rescue": {
        "en": "rescue rescued save saved",
        "ar": "انقذ- ينقذ- إنقاذ انتشل-",
        "tr": "kurtar- kurtarıl-",
        "ru": "спасти спасать спасение спасённый",
    },
    "parliament": {
        "en": "parliament legislature house_of_representatives",
        "ar": "برلمان البرلمان مجلس_النواب مجلس_الشعب",
        "tr": "meclis parlamento",
        "ru": "парламент дума",
    },
    "cyber": {
        "en": "cyber cyberattack electronic hacking",
        "ar": "الكتروني إلكتروني سيبراني",
        "tr": "siber",
        "ru": "кибератака хакерский кибер",
    },
    "disrupt": {
        "en": "disrupt disruption outage halt",
        "ar": "توقف- تعطل- تعطيل",
        "tr": "aksa- kesinti durdu",
        "ru": "сбой нарушение остановка",
    },
    "pay": {
        "en": "pay paid payment payout disburse",
        "ar": "صرف دفع- يدفع- سداد",
        "tr": "öde- ödeme",
        "ru": "выплата выплатить оплата оплатить",
    },
    "harvest": {
        "en": "production output harvest crop yield",
        "ar": "انتاج إنتاج محصول",
        "tr": "üretim rekolte hasat",
        "ru": "производство урожай сбор",
    },
    "accident": {
        "en": "accident crash collision",
        "ar": "حادث حادثة تصادم",
        "tr": "kaza",
        "ru": "авария дтп столкновение",
    },
    "cabinet": {
        "en": "government cabinet",
        "ar": "حكومة الحكومة مجلس_الوزراء",
        "tr": "hükümet kabine",
        "ru": "правительство кабмин",
    },
    "export": {
        "en": "export exports exported exporting ship shipped shipping shipments sold",
        "ar": "صدر- يصدر- تصدير صادرات شحن يشحن تشحن شحنات",
        "tr": "ihracat ihraç ihracatına sevkiyat sevkiyatı sevkiyatını sattı satacak",
        "ru": "экспорт экспортный экспортировать вывоз поставить поставлять отправлять отправить",
    },
    "import": {
        "en": "import imports imported importing",
        "ar": "استورد- يستورد- استيراد واردات",
        "tr": "ithalat ithal",
        "ru": "импорт импортный импортировать ввоз",
    },
    "disqualify": {
        "en": "disqualify disqualified suspend suspended ban banned",
        "ar": "ايقاف إيقاف حرمان",
        "tr": "men",
        "ru": "дисквалифицировать отстранить дисквалификация",
    },
    "host": {
        "en": "host hosted hold held stage staged",
        "ar": "استضاف- يستضيف- تستضيف- عقد- يعقد- تعقد-",
        "tr": "yapıl- gerçekleştir- düzenle- ev_sahipliği",
        "ru": "провести проводить",
    },
    "heating": {
        "en": "heating heated heat",
        "ar": "تدفئة",
        "tr": "kalorifer ısıtma ısıt-",
        "ru": "отопление отапливать отапливаться",
    },
    "near": {
        "en": "near off outside close_to in_front_of",
        "ar": "قرب قبالة امام",
        "tr": "açıklarında açığında yakınında yakın önünde",
        "ru": "у возле около близ",
    },
    "hospitalise": {
        "en": "hospitalise hospitalised hospitalize hospitalized admitted_to_hospital",
        "ar": "ادخل- أدخل- دخل_المستشفى",
        "tr": "hastaneye_kaldırıl- yatırıl- hastaneye_yatır-",
        "ru": "госпитализировать госпитализированный госпитализация",
    },
    "turnout": {
        "en": "turnout voters voter cast_a_ballot ballots",
        "ar": "نسبة_المشاركة المشاركة الناخبين ناخب- أدلوا_بأصواتهم",
        "tr": "katılım seçmen- oy_kullan-",
        "ru": "явка избиратель избиратели участие принять_участие",
    },
    "vaccinate": {
        "en": "vaccination vaccinations vaccine vaccines jab jabs inoculation immunisation "
        "immunization vaccinate vaccinated",
        "ar": "تطعيم- لقاح- اللقاح- تلقيح- التطعيم-",
        "tr": "aşı aşıları aşılarını aşısı aşısını aşılama aşılandı aşılar aşıların aşıyı",
        "ru": "прививка прививки прививок вакцинация вакцина привить вакцинировать",
    },
    "suspend": {
        "en": "suspend suspended suspension halt halted freeze froze pause paused",
        "ar": "علقت علق يعلق تعليق اوقف- أوقف- يوقف- توقف- إيقاف ايقاف",
        "tr": "durdur- askıya",
        "ru": "приостановить приостанавливать остановить останавливать приостановка остановка",
    },
    "violate": {
        "en": "violate violated violation violating breach breached",
        "ar": "انتهاك- انتهك- ينتهك- خرق- يخرق-",
        "tr": "ihlal çiğne-",
        "ru": "нарушить нарушать нарушение",
    },
    "reduce": {
        "en": "reduce reduced reduces cut cuts lower lowered",
        "ar": "خفض- يخفض- تخفيض- قلص- يقلص- تقليص-",
        "tr": "azalt- düşür-",
        "ru": "сократить сокращать уменьшить уменьшать снизить снижать снижение сокращение "
        "уменьшение",
    },
    "collapse": {
        "en": "collapse collapsed caved",
        "ar": "انهيار انهار- ينهار-",
        "tr": "çöktü çöken çökmesi göçük göçüğü",
        "ru": "обрушение обрушиться рухнуть",
    },
    "meet": {
        "en": "meet meets met meeting talks hold_talks held_talks",
        "ar": "التقى- يلتقي- سيلتقي- تلتقي- لقاء محادثات يجري_محادثات مباحثات اجتمع- يجتمع-",
        "tr": "görüştü görüşecek görüşüyor görüşme görüşmede bir_araya geldi gelecek",
        "ru": "встретиться встречаться встреча переговоры провести_переговоры",
    },
    "vote": {
        "en": "vote votes voted voting put_to_a_vote",
        "ar": "صوت- يصوت- سيصوت- تصويت- للتصويت سيطرح_للتصويت يطرح_للتصويت",
        "tr": "oyla- oylama- oylamaya_sunul-",
        "ru": "проголосовать голосовать голосование вынести_на_голосование",
    },
    "die": {
        "en": "die died dead death deaths kill killed fatalities perish",
        "ar": "أودى- اودى- بحياة لقي_حتفه لقوا_حتفهم حتفهم مصرع- مقتل- توفي- وفاة وفيات الوفيات "
        "ضحايا",
        "tr": "öldü ölen öldüğü ölüm ölümü hayatını_kaybetti hayatını_kaybeden can_verdi",
        "ru": "погибнуть гибель унести_жизни унесло_жизни смерть умереть погибший жертва жертвы",
    },
    "fire": {
        "en": "fire blaze flames",
        "ar": "حريق الحريق حرائق النيران نيران اللهب ألسنة_اللهب",
        "tr": "yangın yangını yangında yangınlar alevler alev",
        "ru": "пожар огонь пламя возгорание",
    },
    "house": {
        "en": "house houses home homes dwelling dwellings",
        "ar": "منزل- منازل بيت- بيوت البيوت مسكن- مساكن",
        "tr": "ev evi evler evleri evlerini evlerinden konut-",
        "ru": "дом жилище",
    },
    "extinguish": {
        "en": "extinguish extinguished douse doused",
        "ar": "أخمد- اخمد- يخمد- إخماد اخماد أطفأ- اطفأ- يطفئ- إطفاء اطفاء أطفئ- اطفئ-",
        "tr": "söndür-",
        "ru": "потушить тушить погасить гасить тушение",
    },
    "dawn": {
        "en": "dawn daybreak sunrise",
        "ar": "الفجر فجر شروق_الشمس الشروق طلوع",
        "tr": "şafak şafakta sökmeden ağarmadan",
        "ru": "рассвет восход_солнца",
    },
    "unemployment": {
        "en": "unemployment joblessness",
        "ar": "البطالة بطالة",
        "tr": "işsizlik işsizliği",
        "ru": "безработица",
    },
    "factory": {
        "en": "factory plant facility",
        "ar": "مصنع- معمل- منشأة",
        "tr": "fabrika- tesis-",
        "ru": "завод фабрика предприятие комбинат",
    },
    "produce": {
        "en": "produce manufacture output",
        "ar": "أنتج- انتج- ينتج- سينتج- تنتج- ستنتج- إنتاج انتاج صنع- يصنع- سيصنع- تصنع- ستصنع-",
        "tr": "üret- imal",
        "ru": "производить произвести выпускать выпуск производство изготовить изготавливать",
    },
    "flee": {
        "en": "flee fled escape escaped",
        "ar": "فر فروا فرّوا يفر يفرون هرب- يهرب- الفرار",
        "tr": "kaçtı kaçan kaçtığını kaçtılar kaçmış firar",
        "ru": "скрыться скрываться сбежать бежать убежать",
    },
    "thief": {
        "en": "thief thieves robber robbers burglar burglars",
        "ar": "لص- اللصوص لصوص سارق- السارقين سارقون",
        "tr": "hırsız-",
        "ru": "вор похититель грабитель",
    },
    "fail": {
        "en": "fail failed failure founder foundered",
        "ar": "فشل- تفشل- يفشل- انهار- انهارت تنهار-",
        "tr": "başarısız- çöktü",
        "ru": "провалиться сорваться провал срыв",
    },
    "negotiation": {
        "en": "talks negotiations negotiation",
        "ar": "محادثات المحادثات مفاوضات المفاوضات مباحثات المباحثات",
        "tr": "görüşmeler görüşmelerde müzakere-",
        "ru": "переговоры",
    },
    "wage": {
        "en": "wage wages salary salaries",
        "ar": "أجر الأجر أجور الأجور رواتب الرواتب راتب",
        "tr": "maaş- ücret-",
        "ru": "зарплата заработный_плата оклад",
    },
    "raise_pay": {
        "en": "raise increase hike",
        "ar": "رفع- يرفع- سيرفع- ترفع- سترفع- زاد- يزيد- سيزيد- تزيد- ستزيد- زيادة",
        "tr": "artır- arttır- zam",
        "ru": "повысить повышать поднять поднимать увеличить увеличивать повышение",
    },
    "fine": {
        "en": "fine fined penalty",
        "ar": "غرامة- غرّم- غرم- يغرم- تغرم-",
        "tr": "para_cezası",
        "ru": "штраф оштрафовать штрафовать",
    },
    "flood": {
        "en": "flood floods flooding inundation",
        "ar": "فيضان- الفيضانات فيضانات سيول السيول",
        "tr": "sel seli selde selden sele seller taşkın-",
        "ru": "наводнение паводок",
    },
    "leave_home": {
        "en": "leave abandon abandoned",
        "ar": "غادر- يغادر- تغادر- ترك- يترك- تركوا هجر-",
        "tr": "terk ayrıl-",
        "ru": "покинуть покидать оставить",
    },
    "become": {
        "en": "become becomes became",
        "ar": "أصبح- اصبح- يصبح- تصبح- بات- باتت يبات",
        "tr": "haline_geldi",
        "ru": "стать становиться",
    },
}
