"""The "name" drift flag of an aligned pair: another person named in the place of a person
("UN envoy Ghassan Salamé" for "المبعوث الأممي عبد الله باتيلي", "Muğla governor Orhan Tavlı"
for "Muğla Valisi İdris Akbıyık").

The flag looks at the people a sentence names after a title (envoy, minister, governor, chief,
spokesman… in each language): in English, Turkish and Russian the first run of two
capitalised words within a few words after the title, in Arabic the two words after the title
and its qualifiers (a definite word such as الأممي, الخارجية; "باسم"). A person of one side is
matched when a word of the name shares a `db.text.names` key with any word of the other side
(Erdoğan / أردوغان / Эрдоган / Erdogan, "Лаврова" / "Lavrov"). A drift is flagged only where
each side names a person the other does not match: a name on one side only is how
translators render a pronoun or a title ("the governor" / "Vali İdris Akbıyık"), which is no
drift. Organisations and places are left out: their names are translated ("Yüksek Seçim
Kurulu" / "Supreme Election Council"), not transliterated, so keys cannot match them."""

from __future__ import annotations

import functools

from .align_features import WORD, base_language, word_name_keys
from .align_lexicon import fold, word_concept
from .wording import function_words

_TITLES = {
    "en": "minister|president|envoy|governor|spokesman|spokeswoman|spokesperson|leader|chief|"
    "head|mayor|secretary|ambassador|prince|king|economist|commander|general|prosecutor|"
    "director|chairman|chairwoman|speaker|representative|premier|governor|analyst|expert",
    "tr": "bakan|baskan|vali|sozcu|buyukelci|temsilci|lider|sekreter|mudur|komutan|"
    "kaymakam|savci|ekonomist|uzman|prens|kral|elci",
    "ru": "министр|президент|глава|губернатор|посол|представител|спикер|мэр|лидер|"
    "председател|генсек|секретар|директор|командующ|прокурор|экономист|эксперт|принц|"
    "король|премьер|аналитик|посланник|спецпредставител|руководител",
    "ar": "مبعوث|وزير|رئيس|متحدث|ناطق|محافظ|سفير|امير|ملك|خبير|امين|قائد|زعيم|مدير|ممثل|"
    "مستشار|نائب|عمدة|محلل",
}
_AR_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")
_AR_SKIP = frozenset(fold(w) for w in ["باسم", "العام", "العامة"])
_REACH = 5  # words after a title where its person's name may stand


def _title(word: str, language: str) -> bool:
    f = fold(word)
    stems = _TITLES.get(language, "").split("|")
    if language == "ar":
        bases = [f] + [
            f[len(p) :] for p in _AR_PREFIXES if f.startswith(p) and len(f) - len(p) >= 3
        ]
        return any(b.startswith(s) for b in bases for s in stems)
    return any(f.startswith(s) for s in stems)


def people(text: str, language: str | None) -> list[tuple[str, ...]]:
    """The names of people the text gives after a title, each as its words."""
    lang = base_language(language)
    words = WORD.findall(text)
    found: list[tuple[str, ...]] = []
    for i, w in enumerate(words):
        if not _title(w, lang):
            continue
        after = words[i + 1 : i + 1 + _REACH]
        name = _arabic_name(after) if lang == "ar" else _capitalised_name(after, lang)
        if name and name not in found:
            found.append(name)
    return found


def _capitalised_name(after: list[str], language: str) -> tuple[str, ...]:
    run: list[str] = []
    for w in after:
        if w[:1].isupper() and word_concept(fold(w), language) is None and not _title(w, language):
            run.append(w)
            continue
        if len(run) >= 2:
            break
        run = []
    return tuple(run) if len(run) >= 2 else ()


def _arabic_name(after: list[str]) -> tuple[str, ...]:
    rest = list(after)
    while rest and (
        fold(rest[0]).startswith("ال")
        or fold(rest[0]) in _AR_SKIP
        or word_concept(fold(rest[0]), "ar") is not None
        or _title(rest[0], "ar")
    ):
        rest.pop(0)
    name = tuple(rest[:2])
    if len(name) < 2 or any(fold(w) in _arabic_function_words() for w in name):
        return ()
    return name


@functools.cache
def _arabic_function_words() -> frozenset[str]:
    """Words that follow a title where no name is given ("قال الوزير إن …"): the language's
    function words (`wording.function_words`), in the aligner's folding."""
    return frozenset(fold(w) for w in function_words("ar"))


def _keys(words: list[str] | tuple[str, ...], language: str) -> frozenset[str]:
    return frozenset().union(*(word_name_keys(w, language) for w in words))


def name_differences(
    original: str, translation: str, original_language: str | None, translation_language: str | None
) -> list[tuple[str, str]]:
    """(the original's person, the translation's person) for each person named in the place of
    another (see the module's docstring)."""
    lo, lt = base_language(original_language), base_language(translation_language)
    left, right = people(original, lo), people(translation, lt)
    if not left or not right:
        return []
    keys_o, keys_t = _keys(WORD.findall(original), lo), _keys(WORD.findall(translation), lt)
    only_o = [n for n in left if not _keys(n, lo) & keys_t]
    only_t = [n for n in right if not _keys(n, lt) & keys_o]
    return [(" ".join(a), " ".join(b)) for a, b in zip(only_o, only_t, strict=False)]
