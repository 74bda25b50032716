"""The synonyms the meaning check knows: one curated table, per language, kept with the rules.

`db.text.word_accounting` calls two claims "the same" only when every content word of each is
accounted for on the other side: the same stem, or a word of one group below. General synonyms
come from the LibreOffice thesauri (`db.text.thesaurus`: English, Russian, Arabic) and, for
Turkish, from the synonym sets of KeNet extracted into a file (`db.text.word_lexicon`), and the
senses written in the four languages side by side are in `db.text.sense_table`; this table
holds the vocabulary of news claims the rules were first written for: what officials, armies,
courts, ministries and crowds do and what is counted.

How to read and extend it (review each language on its own; do not add a word to make one
labelled pair pass — add the whole sense, in every language):

- **Groups** (`SYNONYMS`): one line a sense, its words separated by spaces; words of one
  group account for each other ("close shut seal"). A word may sit in several groups (one a
  sense: "fire" launches a missile, "shoot" also downs a drone); two words match only when
  they share a group, never through a third word. Write a word as it stands in a text; it is
  folded and stemmed like the claims' words. A word ending in "-" is a root: it matches every
  word that begins with it (Turkish and Arabic verbs whose stems the light stemmers leave
  apart: "kapan-" covers kapanacak, kapanacağını; a root of fewer than three letters is
  ignored — write the forms instead: "öldü ölen" for öl-, which would also match olacak). Words joined by "_" are one phrase whose
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
        "detain detained hold held arrest arrested captive",
        "sentence jail imprison prison",
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
        "accuse blame charge",
        "warn caution",
        "urge call demand appeal",
        "investigate investigation probe inquiry",
        "kidnap abduct abduction kidnapping",
        "hostage captive",
        "seize capture confiscate",
        "withdraw withdrawal retreat pull_out",
        "earthquake quake tremor",
        "lawmaker legislator deputy mp parliamentarian",
        "parliament legislature assembly",
        "company firm",
        "salary wage wages",
        "journalist reporter correspondent",
        "town city",
        "vehicle car",
        "plane aircraft jet airplane",
        "ship vessel boat",
        "truck lorry",
        "missile rocket",
        "border frontier",
        "crossing checkpoint",
        "fuel petrol gasoline",
        "resident inhabitant local",
        "leader chief head",
        "strike walkout",
        "agree agreement",
        "explosion blast blow_up detonation explode",
    ),
    "tr": (
        "kapan- kapat- kapalı kapa",
        "açıl- aç açacak açtı açılış",
        "gönder- sevk yolla- ilet- teslim",
        "fırlat- ateşle- atış",
        "düşür- vur- imha önle-",
        "üzerinde üzerine sema- gökyüzü",
        "serbest_bırak- salıver- tahliye",
        "gözaltı- tutukla- tutuklu alıkoy-",
        "hapis hapse hapset- cezası",
        "ölü ölüm öldü öldüğü öldüğünü ölen ölenler ölmüş ölecek hayatını_kaybet- kaybed- "
        "can_ver- öldür-",
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
        "suçla- itham",
        "uyar- uyarı",
        "çağrı çağır- talep iste-",
        "soruştur- soruşturma incele- inceleme",
        "kaçır- kaçırıl- rehin",
        "rehine esir",
        "el_koy- el_konul- ele_geçir- müsadere",
        "çekil- geri_çekil-",
        "deprem sarsıntı",
        "milletvekili vekil",
        "meclis parlamento",
        "şirket firma",
        "maaş ücret",
        "gazeteci muhabir",
        "kasaba şehir kent",
        "araç araba otomobil",
        "uçak",
        "gemi tekne",
        "kamyon tır",
        "füze roket",
        "sınır",
        "kapı geçiş",
        "yakıt benzin akaryakıt",
        "sakin halk",
        "lider başkan",
        "grev",
        "anlaş- uzlaş-",
        "patlama patla- infilak",
    ),
    "ru": (
        # a ministry by its short name ("Минздрав") or its field ("министерство
        # здравоохранения"; "министерство" is light)
        "минздрав здравоохранение",
        "минфин финансы",
        "минобороны оборона",
        "минтранс транспорт",
        "минэнерго энергетика",
        "минсельхоз сельский_хозяйство",
        "минюст юстиция",
        "минтруд труд",
        "мид иностранный_дело",
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
        "приговорить тюрьма заключение лишение_свободы",
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
        "обвинить обвинение",
        "предупредить предупреждение",
        "призвать потребовать требование призыв",
        "расследовать расследование проверка",
        "похитить похищение",
        "заложник пленный",
        "захватить изъять конфисковать",
        "отвести вывести отступить отход",
        "землетрясение толчок",
        "депутат парламентарий",
        "парламент дума",
        "компания фирма",
        "зарплата заработный",
        "журналист корреспондент репортёр",
        "город посёлок",
        "автомобиль машина",
        "самолёт",
        "судно корабль",
        "грузовик фура",
        "ракета",
        "граница",
        "пункт_пропуска переход кпп",
        "топливо бензин горючее",
        "житель население",
        "лидер глава руководитель",
        "забастовка стачка",
        "договориться согласиться",
        "взрыв взорваться подрыв",
    ),
    "ar": (
        "اغلق- غلق- يغلق- تغلق- إغلاق مغلق",
        "فتح- يفتح- تفتح- افتتح- افتتاح مفتوح",
        "ارسل- يرسل- ترسل- إرسال شحن- يشحن- تشحن- بعث- نقل- تسليم توريد",
        "اطلق- يطلق- تطلق- إطلاق",
        "اسقط- يسقط- تسقط- إسقاط اعترض- دمر-",
        "فوق سماء اجواء",
        "بقي- يبقى- تبقى- ظل يظل تظل استمر-",
        "بحلول قبل",
        "افرج- يفرج- تفرج- الإفراج اطلق- سراح حرر-",
        "احتجز- محتجز- اعتقل- معتقل- اوقف- موقوف- اسير اسرى",
        "سجن- السجن حكم حكمت يحكم",
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
        "اتهم- يتهم- اتهام",
        "حذر- يحذر- تحذير",
        "دعا- يدعو- طالب- يطالب- دعوة مطالبة",
        "حقق- تحقيق",
        "خطف- اختطف- يختطف- اختطاف",
        "رهينة رهائن اسير اسرى",
        "صادر- استولى- مصادرة سيطر-",
        "انسحب- ينسحب- انسحاب",
        "زلزال هزة",
        "نائب نواب برلماني",
        "برلمان مجلس",
        "شركة",
        "راتب رواتب اجور اجر",
        "صحفي صحافي مراسل",
        "مدينة بلدة",
        "سيارة مركبة",
        "طائرة",
        "سفينة قارب",
        "شاحنة شاحنات",
        "صاروخ صواريخ",
        "حدود حدودي",
        "معبر منفذ",
        "وقود بنزين",
        "سكان اهالي",
        "زعيم رئيس قائد",
        "اضراب",
        "اتفق- يتفق-",
        "انفجار تفجير انفجر- تفجر-",
    ),
}

LIGHT: dict[str, str] = {
    "en": "again people person persons now toll number figure total some reportedly also ministry "
    "expected set likely around nearly almost about roughly starting beginning effective "
    "currently officially already recently overall altogether stay stayed stays remain remained "
    "counterpart detected recorded rate "
    "remains make made makes single every each all whole entire",
    "tr": "yeniden tekrar kişi kişinin kişiye kişiyi insan sayı sayısı toplam artık şimdi yaklaşık süre süreyle "
    "boyunca kal- itibaren olmadığını olmadığı olmadı olmaz olmayan olmayacak  beklen- gün günü bakanlık- bakanlığı başlayarak "
    "aldı alacak alındı alınacak aldığını alacağını alındığını alınacağını meydana gelen "
    "gelmiş geldi hiçbir tek bile bütün tüm her yaptı yapıldı yapacak yapılacak yaptığını "
    "yapıldığını etti edildi edecek edilecek ettiğini edildiğini etmedi etmediğini etmeyecek "
    "etmeyeceğini yılında yılına yılından "
    "mevkidaşı mevkidaşıyla mevkidaşını oranı oranının oranında",
    "ru": "вновь снова опять человек люди число количество уже около почти примерно "
    "ожидаться сторона министерство начиная результате оставаться остаться продолжать "
    "каждый весь все всё любой единственный коллега выявлено выявлены выявлен зарегистрировано "
    "зарегистрированы зафиксировано зафиксированы оказаться составить составила составил "
    "составило составили уровень удалось удаться",
    "ar": "مجددا جديد أعاد- اعاد- يعيد- تعيد- إعادة شخص اشخاص عدد حصيلة الآن نحو حوالي بنسبة "
    "قرابة يتوقع- متوقع وزارة لمدة بدءا باتجاه تعرض- بحلول اعتبارا ابتداء بقي- يبقى- تبقى- ظل "
    "يظل تظل كل جميع أمر يكون تكون يبق تبق لدى لديه لديها لديهم نظيره نظيرته نظيرها "
    "بقيمة قيمتها قدرها قدره بمبلغ يوجد توجد نسبة معدل متن",
}

ADMINISTRATIVE: dict[str, str] = {
    "en": "province region district city town capital governorate county",
    "tr": "il ili ilçe ilçesi şehir şehri kent kenti bölge bölgesi başkent başkenti",
    "ru": "область города город регион района район столица столице столицы",
    "ar": "محافظة ولاية مدينة العاصمة عاصمة إقليم منطقة",
}
"""Words that say what kind of place a name is ("the Copperbelt province", "العاصمة الرياض", "г.
Якутск"): one needs no partner when the other text says no such word ("in the Copperbelt"),
but "city" against "region" is a difference."""

DENIED_REPORTS: dict[str, str] = {
    "en": "report reports claim claims allegation allegations rumour rumours rumor rumors",
    "tr": "iddia- haber- söylenti-",
    "ru": "сообщение сообщения сообщений информация информацию слух слухи слухов",
    "ar": "أنباء الأنباء ادعاءات الادعاءات تقارير التقارير شائعات الشائعات",
}
"""What a verb of denial denies ("denied reports that …", "iddialarını yalanladı", "опроверг
сообщения о …", "نفى الأنباء عن"): in a text whose negation is a denial, these words and the
verb itself need no partner ("said … had not"): the denial is compared as a negation."""

ADMITTED: dict[str, str] = {
    "en": "acknowledge- admit- concede- accept- confirm-",
    "tr": "kabul itiraf- doğrula- onayla-",
    "ru": "призна- подтверд- подтвержда- согласи-",
    "ar": "اقر- أقر- يقر- تقر- اعترف- يعترف- تعترف- قبل- يقبل- تقبل-",
}
"""What a denial denies being said: "acknowledged that …" is "did not deny that …", "rejected"
is "did not accept" ("kabul etmedi" / "reddetti"). Where the other text holds a verb of denial,
these words need no partner: the denial is a negation anchor, so "denied" / "acknowledged"
still differ ("negated"), and "did not deny" / "acknowledged" agree."""

COUNT_UP: dict[str, str] = {
    "en": "rise rose risen climb hit reach increase jump soar grow",
    "tr": "yüksel- ulaş- çık- art- tırman- buldu bulacak bulduğunu",
    "ru": "вырасти возрасти достичь достигнуть увеличиться подняться превысить",
    "ar": "ارتفع- يرتفع- بلغ- يبلغ- وصل- تجاوز- زاد- صعد- يصعد- تصعد-",
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
