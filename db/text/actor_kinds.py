"""A guess at a new actor's kind from its name alone, with the word that decided it.

A name on its own says little, so the guess only reads words that say what kind of actor a name
is, in English, Arabic, Turkish and Russian: a web domain or a news outlet's word (News, TV,
Agency, Ajansı, وكالة, агентство) or a well-known outlet → outlet; a word for an anonymous
speaker (official, source, yetkili, مسؤول, источник) → unnamed official; a person's title or
role (minister, spokesman, sözcüsü, المتحدث, министр) → person, read first, since "Kremlin
spokesman Dmitry Peskov" and "BBC correspondent X" are people; a body's word (ministry, Bakanlığı, وزارة,
министерство) → organisation; last, a word newspapers are titled by (Observer, Herald,
Chronicle, Haber, Вестник, الشرق, الأهرام) → outlet, after the body's words so that "Post Office"
stays a body. Nothing found → person, and `evidence` says so. The reviewer is told which word
decided and can always choose the kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _words_of(text: str, separator: str | None = None) -> frozenset[str]:
    return frozenset(text.split(separator))


#: Words (casefolded, whole words; Arabic also with the article ال) naming each kind.
_WORDS: dict[str, frozenset[str]] = {
    "outlet": _words_of(
        "news newspaper agency tv television radio channel broadcaster broadcasting "
        "daily weekly magazine journal press "
        "ajansı ajans gazetesi gazete televizyonu televizyon radyosu kanalı haber haberleri "
        "وكالة صحيفة جريدة قناة تلفزيون إذاعة مجلة "
        "агентство агентства газета газеты телеканал радио издание журнал сми вести новости"
    ),
    "unnamed-official": _words_of(
        "official officials source sources insider insiders diplomats "
        "yetkili yetkilisi yetkililer kaynak kaynaklar kaynağı "
        "مسؤول مسؤولون مصدر مصادر "
        "источник источники чиновник чиновники"
    ),
    "person": _words_of(
        "minister president spokesman spokeswoman spokesperson ambassador envoy "
        "correspondent reporter governor mayor prime chairman chairwoman senator "
        "mr mrs ms dr "
        "bakanı bakan sözcüsü cumhurbaşkanı başbakan büyükelçi muhabiri valisi başkanı "
        "وزير رئيس المتحدث متحدث السفير مراسل "
        "министр президент пресс-секретарь посол корреспондент губернатор премьер спикер"
    ),
    "organisation": _words_of(
        "ministry government army police council committee commission department union "
        "organisation organization company bank court parliament party authority "
        "institute office embassy kremlin pentagon "
        "bakanlığı hükümeti hükümet meclisi komisyonu birliği örgütü şirketi belediyesi "
        "valiliği cumhurbaşkanlığı "
        "وزارة حكومة الحكومة جيش الجيش شرطة الشرطة مجلس لجنة اتحاد منظمة شركة هيئة الرئاسة "
        "министерство правительство армия полиция совет комиссия союз компания партия "
        "ведомство администрация кремль мид оон"
    ),
}
#: Words newspapers and news sites are titled by (casefolded; Arabic with its article): read
#: after every other kind's words, since some are common words too ("the Guardian Council").
_PRESS_TITLES = _words_of(
    "observer chronicle courier monitor telegraph tribune herald gazette guardian mirror "
    "times post "
    "inquirer bulletin dispatch examiner sentinel independent express digest "
    "habertürk postası gözlemci "
    "вести вестник известия ведомости правда курьер обозрение коммерсант новости "
    "الوطن الشرق الأهرام الحياة النهار الأخبار الرأي الدستور الخليج البيان الثورة "
    "الجمهورية الأيام المدى الراية"
)
#: Outlets known by name alone (casefolded, as whole word sequences).
KNOWN_OUTLETS = _words_of(
    (
        "reuters|afp|ap|associated press|bbc|cnn|bloomberg|al jazeera|al-jazeera|الجزيرة|"
        "anadolu|الأناضول|trt|sana|سانا|tass|тасс|ria novosti|риа новости|interfax|интерфакс|"
        "rt|russia today|روسيا اليوم|sputnik|спутник|itar-tass|dpa|efe|xinhua|"
        "hürriyet|cumhuriyet|milliyet|коммерсантъ|ведомости|известия|al-watan|الوطن"
    ),
    "|",
)
_ORDER = ("person", "unnamed-official", "outlet", "organisation")
_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,6})\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class KindGuess:
    """`kind` (an ActorKind value); `reason`: "word" (a word of the kind), "known" (a known
    outlet), "domain" (a web domain) or "none" (nothing found: a person); `word`: the words
    of the name that decided it, as written there."""

    kind: str
    reason: str
    word: str = ""

    @property
    def evidence(self) -> str:
        """The evidence in English (the command line's words)."""
        if self.reason == "domain":
            return f"the web domain “{self.word}”"
        if self.reason == "known":
            return f"“{self.word}”, a known news outlet"
        if self.reason == "word":
            return f"the word “{self.word}”"
        return "no word in the name marking an outlet, body or unnamed official"


def _words(name: str) -> list[str]:
    words = [w.casefold().strip("'’-") for w in _WORD.findall(name)]
    return [w for w in words if w]


def guess_actor_kind(name: str) -> KindGuess:
    """The likely kind of a new actor called `name`, and the evidence for it: a person's title
    first ("BBC correspondent X" is a person), then an anonymous speaker's word, then an
    outlet (domain, known name, word), then a body's word."""
    words = _words(name)
    joined = " ".join(words)
    for kind in _ORDER:
        if kind == "outlet":
            outlet = _outlet(name, joined)
            if outlet is not None:
                return outlet
        for word in words:
            if word in _WORDS[kind] or (word.startswith("ال") and word[2:] in _WORDS[kind]):
                return KindGuess(kind, "word", _original(name, word))
    for word in words:
        if word in _PRESS_TITLES or _folded_alef(word) in _PRESS_TITLES:
            return KindGuess("outlet", "word", _original(name, word))
    return KindGuess("person", "none")


def _folded_alef(word: str) -> str:
    """An Arabic word with its hamza'd alef written as the article writes it (الاهرام)."""
    return word.replace("الا", "الأ", 1) if word.startswith("الا") else word


def _outlet(name: str, joined: str) -> KindGuess | None:
    """`name` as an outlet by its web domain or as a known outlet, or None."""
    domain = _DOMAIN.search(name)
    if domain and not domain.group(0).replace(".", "").isdigit():
        return KindGuess("outlet", "domain", domain.group(0))
    for outlet in sorted(KNOWN_OUTLETS):
        if re.search(rf"(?<!\w){re.escape(outlet)}(?!\w)", joined):
            return KindGuess("outlet", "known", _original(name, outlet))
    return None


def _original(name: str, folded: str) -> str:
    """`folded` as it is written in `name` (its case), for the evidence shown."""
    match = re.search(re.escape(folded), name, re.IGNORECASE)
    return match.group(0) if match else folded
