"""The synonyms the meaning check knows: one curated table, per language, kept with the rules.

`db.text.word_accounting` calls two claims "the same" only when every content word of each is
accounted for on the other side: the same stem, or a word of one group below. No offline
synonym resource covers English, Arabic, Turkish and Russian from the package index (the
`wn` library downloads its wordnets at run time; `wiki-ru-wordnet` is Russian only; the
Open English WordNet is English only), so this table is written by hand, for the vocabulary
of news claims: what officials, armies, courts, ministries and crowds do and what is counted.

How to read and extend it (review each language on its own; do not add a word to make one
labelled pair pass — add the whole sense, in every language):

- **Groups** (`SYNONYMS`): one line a sense, its words separated by spaces; words of one
  group account for each other ("close shut seal"). A word may sit in several groups (one a
  sense: "fire" launches a missile, "shoot" also downs a drone); two words match only when
  they share a group, never through a third word. Write a word as it stands in a text; it is
  folded and stemmed like the claims' words. A word ending in "-" is a root: it matches every
  word that begins with it (Turkish and Arabic verbs whose stems the light stemmers leave
  apart: "kapan-" covers kapanacak, kapanacağını). Words joined by "_" are one phrase whose
  words all belong to the group ("insansız_hava_aracı", "lose_lives").
- **Light words** (`LIGHT`): words that never change what is claimed and need no partner:
  "again" (reopen / open again), "people" (45 people died / 45 died), "toll", "number"
  (the death toll rose to 45 / 45 died), "now", and the light verb of a Turkish compound
  ("gözaltına aldı" / "tutukladı"). Each is matched by its own form only (not its stem: a
  light "starting" does not make "start" light).
- **Count verbs** (`COUNT_UP`, `COUNT_DOWN`): verbs that only say a count reached a number
  ("rose to 45", "reached 45"). One is accounted for by a count verb of the same direction
  on the other side, or when the other side has no count verb at all (it states the number:
  "45 people died"); "rose to 45" against "fell to 45" is a difference.
"""

from __future__ import annotations

SYNONYMS: dict[str, tuple[str, ...]] = {
    "en": (
        "close shut seal closure shutdown closing",
        "open opening reopen reopening",
        "send ship dispatch deliver supply delivery shipment",
        "fire launch shoot",
        "shoot down downed intercept destroy",
        "over above",
        "stay remain",
        "by before",
        "release free liberate freed",
        "detain detained hold held arrest arrested jail imprison captive",
        "die dead death kill killed fatality fatalities perish lose_lives",
        "wound wounded injure injured hurt injury",
        "army military troops forces soldiers armed_forces",
        "attack strike raid assault bomb bombard shell hit",
        "begin start commence launch",
        "end stop halt cease finish",
        "ban prohibit bar outlaw forbid",
        "buy purchase acquire",
        "sell sale",
        "build construct construction",
        "demolish raze tear_down",
        "raise increase hike boost",
        "cut reduce lower slash",
        "march rally demonstrate demonstration protest procession",
        "approve adopt pass endorse ratify",
        "reject refuse veto",
        "resign quit step_down",
        "evacuate evacuation",
        "flee escape",
        "agreement deal accord pact treaty",
        "ceasefire truce",
        "talks negotiations negotiate",
        "meet meeting",
        "visit visited",
        "arrive arrival reach",
        "drone drones uav unmanned_aerial_vehicle",
        "sailor sailors seamen crew",
        "child children kid kids minor minors",
        "aid help assistance relief",
        "government authorities administration cabinet",
        "expel deport deportation expulsion",
        "sanction sanctions penalty",
        "fine fined",
        "vote election ballot poll",
        "win won victory",
        "school schools",
        "price prices cost",
        "announce declare",
    ),
    "tr": (
        "kapan- kapat- kapalı kapa",
        "açıl- aç açacak açtı açılış",
        "gönder- sevk yolla- ilet- teslim",
        "fırlat- ateşle- atış",
        "düşür- vur- imha önle-",
        "üzerinde üzerine sema- gökyüzü",
        "serbest_bırak- salıver- tahliye",
        "gözaltı- tutukla- tutuklu alıkoy- hapset-",
        "öl- ölü ölüm hayatını_kaybet- kaybed- can_ver- öldür-",
        "yaralan- yaralı yarala-",
        "ordu asker kuvvet",
        "saldır- vur- bombala- hava_saldırı",
        "başla- başlat-",
        "durdur- bitir- son_ver-",
        "yasakla- yasak",
        "satın_al- satın",
        "satış sattı satacak satıl-",
        "inşa",
        "yık- yıkım",
        "art- arttır- yükselt- zam",
        "azalt- düşür- indir- kesinti",
        "yürü- yürüyüş gösteri protesto miting",
        "onayla- kabul",
        "reddet- ret",
        "istifa çekil-",
        "tahliye boşalt-",
        "kaçtı kaçacak firar",
        "anlaşma mutabakat",
        "ateşkes",
        "görüşme müzakere",
        "ziyaret",
        "varış ulaş-",
        "iha insansız_hava_aracı",
        "denizci mürettebat",
        "çocuk",
        "yardım",
        "hükümet yönetim yetkililer",
        "sınır_dışı",
        "yaptırım",
        "seçim oylama oy",
        "kazan- zafer",
        "okul eğitim öğretim",
        "fiyat ücret",
    ),
    "ru": (
        "закрыть закрыться перекрыть закрытие",
        "открыть открыться открытие",
        "отправить направить послать поставить доставить поставка отгрузить",
        "запустить выпустить пуск",
        "сбить уничтожить перехватить",
        "над небо",
        "оставаться остаться пробыть",
        "до к",
        "освободить отпустить освобождение",
        "задержать арестовать задержанный арест",
        "погибнуть умереть убить гибель погибший смерть жертва",
        "ранить раненый ранение пострадать",
        "армия войско военный войска вооружённые_силы всу",
        "атаковать напасть удар ударить обстрелять атака нападение",
        "начать начаться начало",
        "прекратить остановить завершить",
        "запретить запрет",
        "купить приобрести закупить",
        "продать продажа",
        "построить строительство",
        "снести разрушить",
        "повысить увеличить поднять",
        "снизить сократить урезать",
        "марш шествие митинг демонстрация протест выйти пройти",
        "одобрить утвердить принять",
        "отклонить отвергнуть",
        "уйти_в_отставку отставка",
        "эвакуировать эвакуация",
        "бежать сбежать",
        "соглашение договор сделка",
        "перемирие",
        "переговоры",
        "встреча встретиться",
        "визит посетить",
        "прибыть прибытие",
        "беспилотник дрон бпла",
        "моряк матрос экипаж",
        "ребёнок дети",
        "помощь",
        "правительство власти",
        "выслать депортировать",
        "санкция",
        "выборы голосование",
        "победить победа",
        "школа",
        "цена стоимость",
    ),
    "ar": (
        "اغلق- غلق- يغلق- تغلق- إغلاق مغلق",
        "فتح- يفتح- تفتح- افتتح- مفتوح",
        "ارسل- يرسل- ترسل- إرسال شحن- يشحن- تشحن- بعث- نقل- تسليم توريد",
        "اطلق- يطلق- تطلق- إطلاق",
        "اسقط- يسقط- تسقط- إسقاط اعترض- دمر-",
        "فوق سماء اجواء",
        "بقي- يبقى- تبقى- ظل يظل تظل استمر-",
        "بحلول قبل",
        "افرج- يفرج- تفرج- الإفراج اطلق- سراح حرر-",
        "احتجز- محتجز- اعتقل- معتقل- اوقف- موقوف- اسير اسرى",
        "قتل- قتلى مقتل موت وفاة توفي- لقي_حتفه حتف",
        "جرح- جريح اصيب- إصابة مصاب",
        "جيش قوات عسكري جنود",
        "هاجم- هجوم قصف- غارة ضرب- استهدف- يستهدف-",
        "بدا- يبدا- بدء شرع- انطلق-",
        "اوقف- توقف- انهى- انتهى-",
        "حظر- منع-",
        "اشترى- يشتري- تشتري- شراء",
        "باع- بيع",
        "بناء يبني شيد-",
        "هدم- دمر-",
        "رفع- زاد- زيادة",
        "خفض- قلص- تخفيض",
        "مسير- تظاهر- مظاهر- احتجاج- شارك- يشارك- مشارك-",
        "وافق- اقر- صادق-",
        "رفض-",
        "استقال- استقالة",
        "اجلى- إجلاء",
        "هرب- فرار",
        "اتفاق اتفاقية صفقة",
        "هدنة وقف_اطلاق_النار",
        "مفاوضات محادثات",
        "اجتماع اجتمع- لقاء",
        "زار- زيارة",
        "وصل- وصول",
        "مسيرة مسيرات طائرة_مسيرة درون",
        "بحار- بحارة طاقم",
        "طفل اطفال",
        "مساعد- إغاثة",
        "حكوم- سلطات",
        "طرد- ترحيل",
        "عقوب-",
        "انتخاب- اقتراع تصويت",
        "فاز- فوز",
        "مدرسة مدارس",
        "سعر اسعار تكلفة",
    ),
}

LIGHT: dict[str, str] = {
    "en": "again people person persons now toll number figure total some reportedly also ministry "
    "expected set likely around nearly almost about roughly starting beginning effective",
    "tr": "yeniden tekrar kişi insan sayı sayısı toplam artık şimdi yaklaşık süre süreyle "
    "boyunca kal- itibaren beklen- gün günü bakanlık- bakanlığı başlayarak "
    "aldı alacak alındı alınacak aldığını alacağını alındığını alınacağını",
    "ru": "вновь снова опять человек люди число количество уже около почти примерно "
    "ожидаться сторона министерство начиная",
    "ar": "مجددا جديد أعاد- اعاد- يعيد- تعيد- إعادة شخص اشخاص عدد حصيلة الآن نحو حوالي "
    "قرابة يتوقع- متوقع وزارة لمدة بدءا باتجاه تعرض- بحلول اعتبارا ابتداء",
}

COUNT_UP: dict[str, str] = {
    "en": "rise rose risen climb hit reach increase jump soar grow",
    "tr": "yüksel- ulaş- çık- art- tırman-",
    "ru": "вырасти возрасти достичь достигнуть увеличиться подняться превысить",
    "ar": "ارتفع- يرتفع- بلغ- يبلغ- وصل- تجاوز- زاد-",
}

COUNT_DOWN: dict[str, str] = {
    "en": "fall fell fallen drop decline decrease",
    "tr": "düş- azal- geril-",
    "ru": "снизиться упасть сократиться уменьшиться",
    "ar": "انخفض- تراجع- هبط-",
}

RELATIVE_TIME: dict[str, tuple[str, str]] = {
    "en": ("last next this past coming previous", "week weeks month months year years weekend"),
    "tr": ("geçen gelecek bu önümüzdeki", "hafta haftaya ay yıl sene"),
    "ru": ("прошлый следующий этот будущий", "неделя месяц год"),
    "ar": ("الماضي الماضية المقبل المقبلة القادم القادمة الحالي", "الأسبوع الشهر العام السنة"),
}
"""A time said relative to now ("last week", "geçen hafta", "на прошлой неделе", "الأسبوع
الماضي"): (modifiers, units). A unit next to a modifier, and that modifier, are light: when
it happened is the business of the anchors of date, and a claim that adds "last week" is
the same claim."""
