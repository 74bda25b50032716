"""Antonyms and titles the meaning check knows: curated, per language, kept with the rules.

- **Antonyms** (`ANTONYMS`): one line a pair of senses, "closed side | open side", written as
  the synonym table (`db.text.synonym_table`) is: words separated by spaces, a word ending in
  "-" a root, "_" joining a phrase. Only contradictories belong here: pairs where "not X"
  says "Y" ("not closed" / "open", "did not rule out" / "possible", "not banned" / "allowed",
  "did not stop" / "continued", "without delay" / "on time"). A pair of contraries ("did not
  rise" is not "fell") does not. `db.text.word_accounting` reads an antonym as accounting for
  a word only when one text has one negation more than the other (one side negates what the
  other says with the opposite word), and then the negation is no difference.
- **Titles** (`TITLES`): words of a person's title or role ("President", "Secretary of State",
  "الرئيس", "Dışişleri Bakanı", "президент"). Right before a name, they add who the person is,
  not another fact: "Erdogan" / "Turkish President Recep Tayyip Erdogan". A title not followed
  by a name is a word like any other ("the president said" / "the minister said" differ).

Review each language on its own; add a whole sense in every language, never one word to make
one labelled pair pass.
"""

from __future__ import annotations

ANTONYMS: dict[str, tuple[str, ...]] = {
    "en": (
        "close closed shut closure | open opened reopen",
        "rule_out exclude | possible likely",
        "ban banned forbid forbidden prohibit prohibited illegal | allow allowed permit "
        "permitted legal",
        "stop stopped halt halted cease suspend suspended | continue continued go_on",
        "delay delayed late | on_time",
        "fail failed collapse crash | work worked function",
        "absent | present attend attended",
        "dead kill killed | alive survive survived",
        "reject rejected refuse refused | accept accepted approve approved",
        "lack short shortage | enough sufficient",
    ),
    "tr": (
        "kapan- kapat- kapalı | açık açıl- aç açacak açtı",
        "dışla- | mümkün olası olasılık ihtimal",
        "yasakla- yasak | serbest izin izinli",
        "dur- durdur- askıya | devam sür-",
        "gecik- gecikme | zamanında",
        "çök- arıza | çalış- hizmet",
        "reddet- ret | kabul onayla-",
        "eksik sıkıntı yetersiz | yeterli",
        "ölü öldü ölmedi ölmüş ölmemiş | hayatta sağ kurtul-",
    ),
    "ru": (
        "закрыть закрыться закрытый закрыт закрытие | открыть открыться открытый открыт работать",
        "исключить исключать | возможный возможно вероятный",
        "запретить запрет запрещённый | разрешить разрешённый",
        "прекратить остановить приостановить | продолжить продолжать",
        "задержка задержать опоздать | вовремя",
        "отказать отказаться отклонить | принять одобрить",
        "нехватка дефицит недостаток | хватать достаточно",
        "сломаться отказать рухнуть | функционировать",
        "погибнуть умереть мёртвый | живой выжить уцелеть",
    ),
    "ar": (
        "اغلق- غلق- يغلق- تغلق- إغلاق مغلق مغلقا | مفتوح مفتوحا فتح- يفتح- تفتح-",
        "استبعد- يستبعد- تستبعد- | وارد ممكن محتمل",
        "حظر- منع- محظور ممنوع | سمح- يسمح- مسموح",
        "اوقف- توقف- علق- | استمر- يستمر- تستمر- واصل- يواصل-",
        "تاخير تاخر- | موعد",
        "رفض- يرفض- | قبل- وافق-",
        "نقص | كاف كافية",
        "تعطل- انهار- | يعمل- تعمل-",
        "قتل- مات- توفي- | نجا- ينجو- حي",
    ),
}

TITLES: dict[str, str] = {
    "en": "president prime minister foreign secretary state chancellor spokesman spokeswoman "
    "spokesperson leader chief head king crown prince general commander governor mayor "
    "ambassador envoy senator minister's deputy vice",
    "tr": "cumhurbaşkanı başbakan bakan bakanı dışişleri içişleri sözcü sözcüsü lider başkan "
    "başkanı genel kral prens komutan vali valisi belediye büyükelçi temsilci yardımcısı",
    "ru": "президент премьер премьер-министр министр глава госсекретарь канцлер "
    "пресс-секретарь лидер руководитель король принц генерал командующий губернатор мэр "
    "посол спецпосланник заместитель вице-премьер",
    "ar": "الرئيس رئيس رئيسة وزير وزيرة الخارجية الداخلية الدفاع المستشار المستشارة المتحدث "
    "زعيم قائد الملك الأمير ولي العهد اللواء الفريق محافظ عمدة سفير المبعوث مبعوث نائب "
    "الوزراء",
}

GOVERNMENTS: dict[str, str] = {
    "en": "government authorities administration",
    "tr": "hükümet hükümeti hükümetinin yönetimi yetkilileri makamları",
    "ru": "правительство правительства правительством власти властей",
    "ar": "الحكومة حكومة السلطات سلطات",
}
"""Words that name a country's government: beside the country or its adjective ("the Egyptian
government", "Irak hükümeti", "правительство Египта", "الحكومة المصرية") they say no more than
the country's name alone ("Egypt imposed …"), news' usual metonymy."""
