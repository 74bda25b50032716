"""The "name" drift flag of an aligned pair: another person, place or organisation named in the
place of one ("UN envoy Ghassan Salamé" for "المبعوث الأممي عبد الله باتيلي", "Qatar" for
"البحرين", "UNICEF" for "ВОЗ", "Zeynep Demir" for "Elif Demir").

Each side's names are found in three ways (`mentions`):

- **known names**: countries, territories and cities (the meaning check's CLDR names,
  `db.text.anchors`: "البحرين", "Qatar" → place:BH, place:QA) and the organisations of
  `align_organisations.json` under any of their names or acronyms in each language (ВОЗ,
  "World Health Organization", "منظمة الصحة العالمية" → org:who);
- **proper names** in English, Turkish and Russian: runs of capitalised words that are not
  words of the language (English: the lemma dictionary of `lemminflect`; Russian: pymorphy3's
  dictionary, whose names are tagged; Turkish: not a word of the bilingual lexicon, of a title
  or of an institution), acronyms left out unless they are known organisations ("ЕАЭС" /
  "Eurasian Economic Union" cannot be compared by spelling);
- **people after a title** (envoy, minister, MP, governor… in each language), in Arabic the
  one sure sign of a name: the words after the title and its qualifiers, with the particles
  of Arabic names kept (عبد الله, أبو حسان, فيصل بن فرحان, الرواشدة).

A name of one side is matched when the other side has the same known name, or when its words
share `db.text.names` keys with the other side's words (Erdoğan / أردوغان / Эрдоган). A drift
is flagged only where EACH side has a name of one sort (place, organisation, person) the
other does not match: a name on one side only is how translators render a pronoun, a title or
an institution ("the governor" / "Vali İdris Akbıyık", "Yüksek Seçim Kurulu" / "Supreme
Election Council"), which is no drift. Two unmatched names that are spellings of each other
(`name_similarity`) are not flagged either."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from .align_anchors import anchors_of
from .align_features import WORD, base_language, word_name_keys
from .align_lexicon import concept_and_stem, fold, word_concept
from .align_organisations import organisation_spans
from .names import name_similarity, romanise
from .wording import function_words

_TITLES = {
    "en": "minister|president|envoy|governor|spokesman|spokeswoman|spokesperson|leader|chief|"
    "head|mayor|secretary|ambassador|prince|king|economist|commander|general|prosecutor|"
    "director|chairman|chairwoman|speaker|representative|premier|analyst|expert|mp|deputy|"
    "lawmaker|senator|judge|coach|farmer|official|commissioner|chancellor|ombudsman|colonel|"
    "sheikh|emir|patriarch|archbishop|imam|adviser|advisor|founder|owner|ceo|manager|captain|"
    "correspondent|activist|resident|doctor|dr|professor|vice|mr|mrs|ms|sergeant|lieutenant|"
    "athlete|player|striker|champion",
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
    "طبيب|دكتور|استاذ|مراسل|ناشط|لاعب|محامي|يدعى|يدعي|المدعو",
}
_TURKISH_INSTITUTIONS = re.compile(
    r"^(?:bakanl|valil|meclis|kurul|oda|baskanl|mudurl|belediye|universite|mahkeme|parti|"
    r"sanayi|ticaret|banka|ajans|milli|ulusal|devlet|cumhuriyet|bassavci|savcil|emniyet|"
    r"jandarma|hukumet|saglik|egitim|icisleri|disisleri|ekonomi|enerji|tarim|orman|ulastirma|"
    r"calisma|aile|adalet|kultur|turizm|spor|genclik|hazine|maliye|merkez|kurum|birlig|"
    r"dernek|sendika|vakf|vakif|konsey|komisyon|ofis|daire|sirket|holding|federasyon|kulub|"
    r"borsa|komite|teskilat|yonetim|idare|baskomutanl|genelkurmay|ordu|kuvvet|polis|"
    r"meteoroloji|afet|kizilay|istatistik|enstitu|akademi|vali|kaymakaml|il|ilce)"
)
_AR_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")
_AR_SKIP = frozenset(fold(w) for w in ["باسم", "العام", "العامة", "السابق", "السابقة"])
_AR_PARTICLES = frozenset(fold(w) for w in ["عبد", "أبو", "ابو", "أبي", "بن", "ابن", "آل", "بنت"])
_JOINABLE = frozenset(
    fold(w)
    for w in (
        *("عبد", "أبو", "ابو", "abd", "abdel", "abdul", "abu", "abou", "aboul", "abul"),
        *("абд", "абдель", "абу", "абуль"),
    )
)
"""The first word of a name that is written apart or joined ("عبد الله" / "Abdalla")."""
_REACH = 6  # words after a title where its person's name may stand
_RUSSIAN_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


@dataclass(frozen=True)
class Mention:
    """A name of one side: its words as written, its sort ("place", "org", "person") and, for a
    known name, its value (place:QA, org:who)."""

    words: tuple[str, ...]
    sort: str
    value: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.words)


def _title(word: str, language: str) -> bool:
    f = fold(word)
    stems = _TITLES.get(language, "").split("|")
    if language == "ar":
        if f in ("ولي", "وولي"):
            return True  # ولي العهد, the crown prince (not Walid, وليد)
        bases = [f] + [
            f[len(p) :] for p in _AR_PREFIXES if f.startswith(p) and len(f) - len(p) >= 3
        ]
        return any(b.startswith(s) for b in bases for s in stems)
    if len(f) <= 3:
        return f in stems
    return any(f.startswith(s) for s in stems if len(s) > 2)


# --- proper names -------------------------------------------------------------------------


@functools.cache
def _morph() -> Any:
    from .name_morphology import _analyzer

    return _analyzer()


@functools.lru_cache(maxsize=16384)
def _proper(word: str, language: str) -> bool:
    """Whether a capitalised word is a name rather than a word of the language."""
    if not _namelike(word, language):
        return False
    f = fold(word)
    if language == "en":
        from lemminflect import getAllLemmas  # with numpy: loaded when first needed

        return not getAllLemmas(word.lower())
    if language == "ru":
        parses = _morph().parse(word.lower())
        if not parses or not _morph().word_is_known(word.lower()):
            return True
        return any(_RUSSIAN_NAME_TAGS & set(p.tag.grammemes) for p in parses[:2])
    if language == "tr":
        return _TURKISH_INSTITUTIONS.match(f) is None
    return False


@functools.lru_cache(maxsize=16384)
def _namelike(word: str, language: str) -> bool:
    """Not a word of the lexicon, a title, a function word or an acronym (acronyms are
    compared only as known organisations)."""
    f = fold(word)
    if len(f) < 2 or _lexicon_word(f, language) or _title(word, language):
        return False
    if f in _function_words(language):
        return False
    return not (word.isupper() and len(word) > 1)


def _lexicon_word(folded: str, language: str) -> bool:
    """A word of the bilingual lexicon, not a name that starts like one ("Yılmaz" is no
    "yıl", year: a stem of three letters names a word no longer than five)."""
    found = concept_and_stem(folded, language)
    return found is not None and (found[1] > 3 or len(folded) <= 5)


@functools.cache
def _function_words(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in function_words(language))


_PARTICLE = re.compile(r"^(?:al|el|as|ash|ad|ar|at|az|an|ibn|bin|bint|аль|эль|ибн|бин)(?:-|$)")
"""The lowercase particles inside a name written in Latin or Cyrillic (al-Faisal, bin Salman)."""


def _capitalised(text: str, language: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Runs of proper names (see `_proper`), outside `taken` spans; a title or a common word
    ends a run, and so does a comma."""
    found: list[Mention] = []
    run: list[str] = []
    last_end = -1
    after_title = False
    run_after_title = False
    run_start = 0
    run_titled = False
    title_at = -99

    def close() -> None:
        nonlocal run
        opener = run_start == 0 and len(run) == 1 and language == "tr"
        if run and not opener:  # a Turkish sentence's first word alone: no sign of a name
            sort = "person" if run_after_title or len(run) > 1 else "name"
            found.append(Mention(tuple(run), sort))
        run = []

    tokens = list(WORD.finditer(text))
    for i, m in enumerate(tokens):
        w = m.group()
        gap = text[last_end : m.start()] if last_end >= 0 else " "
        last_end = m.end()
        if any(s <= m.start() < e for s, e in taken):
            close()
            after_title = False
            continue
        joined = gap.strip() in ("", "-") and "'" not in gap and "’" not in gap
        particle = bool(run) and joined and _PARTICLE.match(w) is not None
        if particle or (
            w[:1].isupper()
            and (
                _proper(w, language)
                or (
                    # a name that is also a word ("Mike Hammer") only right after a title
                    _namelike(w, language)
                    and (after_title or (run_titled and bool(run) and joined))
                )
            )
        ):
            if run and not joined:
                close()
            if not run:
                run_after_title, run_start = i - title_at <= _REACH, i
                run_titled = after_title
            run.append(w)
        else:
            if run and ("'" in gap or "’" in gap) and w[:1].islower():
                last_end = m.end()  # a Turkish suffix after an apostrophe ("Demir'in")
                continue
            close()
            after_title = _title(w, language)
            if after_title:
                title_at = i
    close()
    return found


# --- people after a title in Arabic -------------------------------------------------------


@functools.cache
def _arabic_function_words() -> frozenset[str]:
    """Words that follow a title where no name is given ("قال الوزير إن …")."""
    return _function_words("ar")


_AR_SPEECH = re.compile(
    r"^[وف]?(?:قال|قالت|اكد|اكدت|اضاف|اضافت|اعلن|اعلنت|صرح|صرحت|اوضح|اوضحت|ذكر|ذكرت|اشار|"
    r"اشارت|حذر|حذرت|دعا|دعت|طالب|طالبت|نفى|نفت|اعتبر|اعتبرت|يقول|تقول)$"
)
"""Verbs of saying, after which Arabic news names who speaks ("وقال أحمد حسن إن …")."""
_AR_WORD = re.compile(r"(?:[^\W\d_]|[\u064B-\u065F\u0670])+")
"""An Arabic word with its vowel marks ("يُدعى" is one word)."""


def _arabic_people(text: str) -> list[Mention]:
    words = _AR_WORD.findall(text)
    found: list[Mention] = []
    for i, w in enumerate(words):
        name: tuple[str, ...] = ()
        if _title(w, "ar"):
            name = _arabic_name(words[i + 1 : i + 1 + _REACH])
        elif _AR_SPEECH.match(fold(w)) and i + 1 < len(words):
            following = fold(words[i + 1])
            if not following.startswith(("ال", "لل")) and not _title(words[i + 1], "ar"):
                name = _arabic_name(words[i + 1 : i + 1 + _REACH])  # "وقال أحمد حسن إن"
        if name and all(name != m.words for m in found):
            found.append(Mention(name, "person"))
    return found


def _arabic_name(after: list[str]) -> tuple[str, ...]:
    rest = list(after)
    while rest and (
        fold(rest[0]).startswith(("ال", "لل"))
        or fold(rest[0]) in _AR_SKIP
        or word_concept(fold(rest[0]), "ar") is not None
        or _title(rest[0], "ar")
    ):
        rest.pop(0)
    name: list[str] = []
    units = 0
    while rest and units < 3:
        w = rest.pop(0)
        f = fold(w)
        particle = f in _AR_PARTICLES
        if not particle and (
            f in _arabic_function_words() or word_concept(f, "ar") is not None or _title(w, "ar")
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


# --- the mentions of a passage --------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def mentions(text: str, language: str | None) -> tuple[Mention, ...]:
    """The names of a passage (see the module's docstring)."""
    lang = base_language(language)
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for start, end, value in organisation_spans(text, lang):
        found.append(Mention(tuple(WORD.findall(text[start:end])), "org", value))
        taken.append((start, end))
    for a in anchors_of(text, language):
        if a.kind != "name" or any(s <= a.start < e for s, e in taken):
            continue
        if a.value.startswith("place:"):
            found.append(Mention(tuple(WORD.findall(a.surface)), "place", a.value))
            taken.append((a.start, a.end))
        elif a.value.startswith("org:"):
            taken.append((a.start, a.end))
    if lang == "ar":
        people = [
            m
            for m in _arabic_people(text)
            if not any(w in _taken_words(text, taken) for w in m.words)
        ]
        found.extend(people)
    elif lang in ("en", "tr", "ru"):
        found.extend(_capitalised(text, lang, taken))
    return tuple(found)


def _words(text: str, language: str) -> list[str]:
    return (_AR_WORD if language == "ar" else WORD).findall(text)


def _taken_words(text: str, taken: list[tuple[int, int]]) -> set[str]:
    return {w for s, e in taken for w in WORD.findall(text[s:e])}


def _keys(words: tuple[str, ...] | list[str], language: str) -> frozenset[str]:
    """The name keys of the words, and of each two neighbours written as one ("عبد الله" /
    "Abdalla", "Abdel Fattah" / "عبدالفتاح")."""
    single = [word_name_keys(w, language) for w in words]
    joined = [
        word_name_keys(a + b, language)
        for a, b in itertools.pairwise(words)
        if fold(a) in _JOINABLE
    ]
    return frozenset().union(*single, *joined)


def _matched(m: Mention, language: str, other_keys: frozenset[str]) -> list[bool]:
    """Whether each word of a name meets the other side (alone or with a neighbour)."""
    words = m.words
    found = [len(w) < 3 or bool(word_name_keys(w, language) & other_keys) for w in words]
    for i in range(len(words) - 1):
        if fold(words[i]) in _JOINABLE and (
            word_name_keys(words[i] + words[i + 1], language) & other_keys
        ):
            found[i] = found[i + 1] = True
    return found


def _unmatched(
    names: tuple[Mention, ...],
    language: str,
    other: tuple[Mention, ...],
    other_keys: frozenset[str],
) -> list[Mention]:
    values = {m.value for m in other if m.value}
    out: list[Mention] = []
    for m in names:
        if m.value:
            # an organisation is the same only by its value (its words are translated); a place
            # also by its spelling, which CLDR may not know in both languages
            spelt = m.sort == "place" and _keys(m.words, language) & other_keys
            if m.value in values or spelt:
                continue
            out.append(m)
            continue
        if all(_matched(m, language, other_keys)):
            continue
        out.append(m)
    return out


def _spellings(
    x: Mention, lx: str, y: Mention, ly: str, keys_x: frozenset[str], keys_y: frozenset[str]
) -> bool:
    """Whether the words two names do not share are spellings of each other."""
    rest_x = [w for w, ok in zip(x.words, _matched(x, lx, keys_y), strict=True) if not ok]
    rest_y = [w for w, ok in zip(y.words, _matched(y, ly, keys_x), strict=True) if not ok]
    if not rest_x or not rest_y:
        return True
    a, b = " ".join(rest_x), " ".join(rest_y)
    plain = fuzz.ratio(romanise(a).lower(), romanise(b).lower()) / 100
    return max(plain, name_similarity(a, b)) >= SAME_SPELLING


SAME_SPELLING = 0.7
"""`name_similarity` from which two unmatched names are taken for two spellings of one."""


def _sort(m: Mention) -> str:
    return "person" if m.sort == "name" else m.sort


def name_differences(
    original: str, translation: str, original_language: str | None, translation_language: str | None
) -> list[tuple[str, str]]:
    """(the original's name, the translation's name) for each name given in the place of
    another (see the module's docstring)."""
    lo, lt = base_language(original_language), base_language(translation_language)
    left, right = mentions(original, lo), mentions(translation, lt)
    if not left or not right:
        return []
    keys_o, keys_t = _keys(_words(original, lo), lo), _keys(_words(translation, lt), lt)
    only_o = _unmatched(left, lo, right, keys_t)
    only_t = _unmatched(right, lt, left, keys_o)
    pairs: list[tuple[str, str]] = []
    for sort in ("place", "org", "person"):
        a = [m for m in only_o if _sort(m) == sort]
        b = [m for m in only_t if _sort(m) == sort]
        if sort == "person":
            # a lone capitalised word not after a title may be a place or a people's name
            # ("Caucasus", "Swedish"): only people are compared
            a = [m for m in a if m.sort == "person"]
            b = [m for m in b if m.sort == "person"]
        for x, y in zip(a, b, strict=False):
            if sort == "person" and _spellings(x, lo, y, lt, keys_o, keys_t):
                continue
            pairs.append((x.text, y.text))
    return pairs
