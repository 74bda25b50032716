"""People of a passage for the "name" drift flag: the titles after which a name stands (in
every language), and Arabic people after a title or a verb of saying (the script has no
capitals: "وقال أحمد الطيب إن", "المبعوث الأممي عبد الله باتيلي", "حاكم مصرف لبنان بالإنابة وسيم
منصوري" — the body a long title names is skipped)."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from .align_features import word_name_keys
from .align_lexicon import fold, word_concept
from .drift_organisations import head_kinds
from .names import name_similarity, romanise
from .wording import function_words

_TITLES = {
    "en": "minister|president|envoy|governor|spokesman|spokeswoman|spokesperson|leader|chief|"
    "head|mayor|secretary|ambassador|prince|king|economist|commander|general|prosecutor|"
    "director|chairman|chairwoman|speaker|representative|premier|analyst|expert|mp|deputy|"
    "lawmaker|senator|judge|coach|farmer|official|commissioner|chancellor|ombudsman|colonel|"
    "sheikh|emir|patriarch|archbishop|imam|adviser|advisor|founder|owner|ceo|manager|captain|"
    "correspondent|activist|resident|doctor|dr|professor|vice|mr|mrs|ms|sergeant|lieutenant|"
    "athlete|player|striker|champion|major",
    "tr": "bakan|baskan|basbakan|vali|sayin|sozcu|buyukelci|temsilci|lider|sekreter|mudur|komutan|"
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
_AR_GIVEN = frozenset(
    fold(w)
    for w in (
        *("محمد", "أحمد", "محمود", "مصطفى", "علي", "حسن", "حسين", "عمر", "خالد", "إبراهيم"),
        *("يوسف", "سعيد", "سعد", "كمال", "جمال", "كريم", "سليم", "ناصر", "فيصل", "طارق"),
        *("وليد", "هشام", "سامي", "رامي", "عماد", "نبيل", "ماهر", "مروان", "زياد", "عادل"),
        *("فاطمة", "مريم", "زينب", "سارة", "ليلى", "هدى", "نادية", "رانيا", "سلمى", "منى"),
        *("رجب", "مولود", "هاكان", "سيرغي", "سيرجي", "فلاديمير", "دميتري", "ديمتري"),
    )
)
"""Common given names that start a person's name in Arabic text without a title or a verb of
saying before it ("التقى محمد شيمشك الوفد"): a name only when a second name follows."""
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
    acronym: str = ""  # an organisation's acronym given in brackets after its name
    proper: tuple[str, ...] = ()  # words of an organisation's name marked as a proper name

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


def arabic_people(text: str, bodies: tuple[tuple[int, int], ...] = ()) -> list[Mention]:
    """The people of an Arabic passage: after a title or a verb of saying; a title's word
    inside a body's name (`bodies`: "المديرية الجهوية للفلاحة") names no person."""
    matches = list(AR_WORD.finditer(text))
    words = [m.group() for m in matches]
    found: list[Mention] = []
    for i, w in enumerate(words):
        name: tuple[str, ...] = ()
        inside = any(a <= matches[i].start() < b for a, b in bodies)
        if is_title(w, "ar") and not inside:
            name = _arabic_name(words[i + 1 : i + 1 + AR_REACH])
        elif (
            fold(w) in _AR_GIVEN
            and not inside
            and (i == 0 or not _AR_SPEECH.match(fold(words[i - 1])))
        ):
            name = _arabic_name(words[i : i + REACH])  # "التقى محمد شيمشك بالوفد"
        elif _AR_SPEECH.match(fold(w)) and i + 1 < len(words):
            following = fold(words[i + 1])
            if not following.startswith(("ال", "لل")) and not is_title(words[i + 1], "ar"):
                name = _arabic_name(words[i + 1 : i + 1 + REACH])  # "وقال أحمد حسن إن"
        if name and all(name != m.words for m in found):
            found.append(Mention(name, "person"))
    return found


def _article(word: str) -> bool:
    """Whether an Arabic word carries the article: ال or لل before two letters at least, and
    not a name that starts with hamza'd alef and lam ("ألب أرسلان", "إلهام")."""
    f = fold(word)
    return f.startswith(("ال", "لل")) and len(f) >= 4 and not word.startswith(("أل", "إل"))


def _arabic_name(after: list[str]) -> tuple[str, ...]:
    rest = list(after)
    while rest:
        f = fold(rest[0])
        if (
            _article(rest[0])
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
        if _article(w) and not name:
            break
        name.append(w)
        if particle and rest:
            name.append(rest.pop(0))  # عبد الله, أبو حسان, بن فرحان: one unit
        units += 1
        if _article(w):
            break  # a family name with the article ends the name (عمر الرواشدة)
        following = fold(rest[0]) if rest else ""
        if units == 2 and following in _JOINABLE_AFTER:
            name.append(rest.pop(0))  # جاويش أوغلو: a Turkish -oğlu written apart
            break
        if units == 2 and following not in _AR_PARTICLES and not (rest and _article(rest[0])):
            break  # a third word only as بن …, آل … or a family name with the article
    if len(name) < 2:
        return ()
    return tuple(name)


_SPEECH_AFTER = {
    "en": re.compile(
        r"^\s*,?\s*(?:said|says|added|noted|told|stressed|explained|warned|argued|insisted|"
        r"claimed|replied|wrote|recalled|admitted)\b"
    ),
    "ru": re.compile(
        r"^\s*,?\s*(?:сказал|заявил|добавил|отметил|сообщил|подчеркнул|пояснил|признал|"
        r"напомнил|уточнил|считает|ответил|написал)[аи]?\b"
    ),
}
_SPEECH_BEFORE = {
    "en": re.compile(r"\b(?:according to|said|says|added|told)\s*$", re.IGNORECASE),
    "ru": re.compile(r"\b(?:по словам|по мнению|слова|сказал[аи]?|заявил[аи]?)\s*$", re.IGNORECASE),
}
_TR_SPEECH_END = re.compile(
    r"(?:söyledi|dedi|belirtti|ekledi|açıkladı|kaydetti|vurguladı|ifade etti|bildirdi|"
    r"savundu|anlattı|aktardı|hatırlattı|uyardı)[.!\"”»]*\s*$"
)


def speaks(before: str, after: str, language: str) -> bool:
    """Whether a lone capitalised word is the one who speaks ("Сидоренко заявил", "according
    to Orlov", "Yılmaz, … söyledi"): a person called by the surname alone."""
    if language == "tr":
        return not before.strip() and after.startswith(",") and bool(_TR_SPEECH_END.search(after))
    pattern_after, pattern_before = _SPEECH_AFTER.get(language), _SPEECH_BEFORE.get(language)
    return bool(
        (pattern_after and pattern_after.match(after))
        or (pattern_before and pattern_before.search(before))
    )


_JOINABLE = frozenset(
    fold(w)
    for w in (
        *("عبد", "أبو", "ابو", "abd", "abdel", "abdul", "abu", "abou", "aboul", "abul"),
        *("абд", "абдель", "абу", "абуль"),
    )
)
"""The first word of a name that is written apart or joined ("عبد الله" / "Abdalla")."""
_JOINABLE_AFTER = frozenset(fold(w) for w in ("أوغلو", "اوغلو", "oğlu", "oglu", "оглу", "زاده"))
"""The last word of a name written apart or joined ("جاويش أوغلو" / "Çavuşoğlu")."""


def name_keys_of(words: tuple[str, ...] | list[str], language: str) -> frozenset[str]:
    """The name keys of the words, and of each two neighbours written as one ("عبد الله" /
    "Abdalla", "Abdel Fattah" / "عبدالفتاح")."""
    single = [word_name_keys(w, language) for w in words]
    single += [word_name_keys(part, language) for w in words if "-" in w for part in w.split("-")]
    joined = [
        word_name_keys(a + b, language)
        for a, b in itertools.pairwise(words)
        if fold(a) in _JOINABLE or fold(b) in _JOINABLE_AFTER
    ]
    return frozenset().union(*single, *joined)


def matched_words(m: Mention, language: str, other_keys: frozenset[str]) -> list[bool]:
    """Whether each word of a name meets the other side (alone or with a neighbour)."""
    words = m.words
    found = [len(w) < 3 or bool(word_name_keys(w, language) & other_keys) for w in words]
    for i in range(len(words) - 1):
        # عبد الله / Abdalla, and a compound given name written in two words or in one
        # (ألب أرسلان / Alparslan)
        joinable = fold(words[i]) in _JOINABLE or not (found[i] or found[i + 1])
        if joinable and word_name_keys(words[i] + words[i + 1], language) & other_keys:
            found[i] = found[i + 1] = True
    return found


def spellings(
    x: Mention, lx: str, y: Mention, ly: str, keys_x: frozenset[str], keys_y: frozenset[str]
) -> bool:
    """Whether the words two names do not share are spellings of each other."""
    rest_x = [w for w, ok in zip(x.words, matched_words(x, lx, keys_y), strict=True) if not ok]
    rest_y = [w for w, ok in zip(y.words, matched_words(y, ly, keys_x), strict=True) if not ok]
    if not rest_x or not rest_y:
        return True
    a, b = " ".join(rest_x), " ".join(rest_y)
    plain = fuzz.ratio(romanise(a).lower(), romanise(b).lower()) / 100
    return max(plain, name_similarity(a, b)) >= SAME_SPELLING


SAME_SPELLING = 0.7
"""`name_similarity` from which two unmatched names are taken for two spellings of one."""
