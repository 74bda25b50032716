"""People of a passage for the "name" drift flag: the titles after which a name stands (in
every language), and Arabic people after a title or a verb of saying (the script has no
capitals: "وقال أحمد الطيب إن", "المبعوث الأممي عبد الله باتيلي", "حاكم مصرف لبنان بالإنابة وسيم
منصوري" — the body a long title names is skipped)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .align_lexicon import fold, word_concept
from .drift_organisations import head_kinds
from .wording import function_words

_TITLES = {
    "en": "minister|president|envoy|governor|spokesman|spokeswoman|spokesperson|leader|chief|"
    "head|mayor|secretary|ambassador|prince|king|economist|commander|general|prosecutor|"
    "director|chairman|chairwoman|speaker|representative|premier|analyst|expert|mp|deputy|"
    "lawmaker|senator|judge|coach|farmer|official|commissioner|chancellor|ombudsman|colonel|"
    "sheikh|emir|patriarch|archbishop|imam|adviser|advisor|founder|owner|ceo|manager|captain|"
    "correspondent|activist|resident|doctor|dr|professor|vice|mr|mrs|ms|sergeant|lieutenant|"
    "athlete|player|striker|champion|major",
    "tr": "bakan|baskan|basbakan|vali|sozcu|buyukelci|temsilci|lider|sekreter|mudur|komutan|"
    "kaymakam|savci|ekonomist|uzman|prens|kral|elci|milletvekil|vekil|yardimci|hakim|"
    "yargic|muhabir|doktor|dr|profesor|prof|teknik|ciftci|yetkili|genel|sef|imam|"
    "danisman|kurucu|sahib|sporcu|oyuncu|kaptan|avukat|emekli|general",
    "ru": "министр|президент|глава|губернатор|посол|представител|спикер|мэр|лидер|"
    "председател|генсек|секретар|директор|командующ|прокурор|экономист|эксперт|принц|"
    "король|премьер|аналитик|посланник|спецпредставител|руководител|депутат|сенатор|судь|"
    "тренер|фермер|уполномочен|омбудсмен|полковник|генерал|советник|основател|владел|"
    "корреспондент|врач|профессор|вице|замест|спортсмен|игрок|капитан|адвокат|чиновник",
    "ar": "مبعوث|وزير|رئيس|متحدث|ناطق|محافظ|سفير|امير|ملك|خبير|امين|قائد|زعيم|مدير|ممثل|"
    "مستشار|نائب|عمدة|محلل|نايب|قاضي|مدرب|فلاح|مزارع|مسؤول|مسوول|مفوض|عقيد|لواء|شيخ|"
    "طبيب|دكتور|استاذ|مراسل|ناشط|لاعب|محامي|يدعى|يدعي|المدعو|حاكم|نقيب",
}
_AR_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")
_AR_SKIP = frozenset(
    fold(w)
    for w in ["باسم", "العام", "العامة", "السابق", "السابقة", "بالإنابة", "بالنيابة", "بالوكالة"]
)
_AR_PARTICLES = frozenset(fold(w) for w in ["عبد", "أبو", "ابو", "أبي", "بن", "ابن", "آل", "بنت"])
REACH = 6  # words after a title where its person's name may stand
AR_REACH = 10  # in Arabic, past the body the title names ("رئيس لجنة العمل في مجلس النواب")


@dataclass(frozen=True)
class Mention:
    """A name of one side: its words as written, its sort ("place", "org", "person") and, for a
    known name, its value (place:QA, org:who)."""

    words: tuple[str, ...]
    sort: str
    value: str = ""
    heads: frozenset[str] = frozenset()  # an organisation's kinds of body (bank, ministry…)
    own: tuple[str, ...] = ()  # an organisation's own words (not heads, places, function words)
    surface: str = ""  # the name as the text writes it, when not its words joined by spaces

    @property
    def text(self) -> str:
        return self.surface or " ".join(self.words)


def is_title(word: str, language: str) -> bool:
    f = fold(word)
    stems = _TITLES.get(language, "").split("|")
    if language == "ar":
        if f in ("ولي", "وولي", "والي", "ووالي"):
            return True  # ولي العهد, the crown prince (not Walid, وليد); والي, a governor
        bases = [f] + [
            f[len(p) :] for p in _AR_PREFIXES if f.startswith(p) and len(f) - len(p) >= 3
        ]
        return any(b.startswith(s) for b in bases for s in stems)
    if len(f) <= 3:
        return f in stems
    return any(f.startswith(s) for s in stems if len(s) > 2)


@functools.cache
def function_words_of(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in function_words(language))


# --- people after a title in Arabic -------------------------------------------------------


@functools.cache
def _arabic_function_words() -> frozenset[str]:
    """Words that follow a title where no name is given ("قال الوزير إن …")."""
    return function_words_of("ar")


_AR_SPEECH = re.compile(
    r"^[وف]?(?:قال|قالت|اكد|اكدت|اضاف|اضافت|اعلن|اعلنت|صرح|صرحت|اوضح|اوضحت|ذكر|ذكرت|اشار|"
    r"اشارت|حذر|حذرت|دعا|دعت|طالب|طالبت|نفى|نفت|اعتبر|اعتبرت|يقول|تقول)$"
)
"""Verbs of saying, after which Arabic news names who speaks ("وقال أحمد حسن إن …")."""
AR_WORD = re.compile(r"(?:[^\W\d_]|[\u064B-\u065F\u0670])+")
"""An Arabic word with its vowel marks ("يُدعى" is one word)."""


def arabic_people(text: str) -> list[Mention]:
    words = AR_WORD.findall(text)
    found: list[Mention] = []
    for i, w in enumerate(words):
        name: tuple[str, ...] = ()
        if is_title(w, "ar"):
            name = _arabic_name(words[i + 1 : i + 1 + AR_REACH])
        elif _AR_SPEECH.match(fold(w)) and i + 1 < len(words):
            following = fold(words[i + 1])
            if not following.startswith(("ال", "لل")) and not is_title(words[i + 1], "ar"):
                name = _arabic_name(words[i + 1 : i + 1 + REACH])  # "وقال أحمد حسن إن"
        if name and all(name != m.words for m in found):
            found.append(Mention(name, "person"))
    return found


def _arabic_name(after: list[str]) -> tuple[str, ...]:
    rest = list(after)
    while rest:
        f = fold(rest[0])
        if (
            f.startswith(("ال", "لل"))
            or f in _AR_SKIP
            or word_concept(f, "ar") is not None
            or is_title(rest[0], "ar")
        ):
            rest.pop(0)
        elif head_kinds(rest[0], "ar") and len(rest) > 2:
            del rest[:2]  # the body of a long title: "حاكم مصرف لبنان", "رئيس لجنة العمل"
        elif f in ("في", "لدى") and len(rest) > 1 and head_kinds(rest[1], "ar"):
            rest.pop(0)  # "رئيس لجنة العمل في مجلس النواب"
        elif len(rest) > 2 and fold(rest[1]) in _AR_SKIP and not f.startswith(("ال", "لل")):
            del rest[:2]  # a place before "بالنيابة": "والي قفصة بالنيابة ماهر بن علي"
        else:
            break
    name: list[str] = []
    units = 0
    while rest and units < 3:
        w = rest.pop(0)
        f = fold(w)
        particle = f in _AR_PARTICLES
        if not particle and (
            f in _arabic_function_words() or word_concept(f, "ar") is not None or is_title(w, "ar")
        ):
            break
        if f.startswith("ال") and not name:
            break
        name.append(w)
        if particle and rest:
            name.append(rest.pop(0))  # عبد الله, أبو حسان, بن فرحان: one unit
        units += 1
        if f.startswith("ال"):
            break  # a family name with the article ends the name (عمر الرواشدة)
        following = fold(rest[0]) if rest else ""
        if units == 2 and following not in _AR_PARTICLES and not following.startswith("ال"):
            break  # a third word only as بن …, آل … or a family name with the article
    if len(name) < 2:
        return ()
    return tuple(name)
