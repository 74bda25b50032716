"""How close two claims' content words are, for rewordings that share few characters.

Character trigrams (`db.text.similarity.claim_similarity`) see "The crossing will close on
Monday for 45 days, officials said" and "The crossing is to shut for forty-five days from
Monday, according to officials" as far apart (Dice ≈ 0.5), although they say one thing. This
module compares what the two texts are about instead:

1. the words outside the texts' anchors of meaning (`db.text.anchors`), each stemmed in its
   language: Russian to its dictionary form (pymorphy3), English, Turkish and Arabic by their
   Snowball stemmers (`snowballstemmer`), then folded (`db.text.normalise`, the one folding);
   function words (the `stopwordsiso` lists) and one-letter words dropped;
2. the anchors themselves as tokens of their kind and normalised value, so "45" and
   "forty-five", "North Korea" and "КНДР" count as one shared word;
3. the Dice similarity of the two sets, one to one, where two stems that begin alike also
   match (`PREFIX_MATCH`, `PREFIX_SHARE`: what light stemmers leave apart, "kapanacak" /
   "kapan", "одесса" / "одесский").

It is only ever used once the anchors agree (`db.text.meaning`): wording alone never calls two
claims the same, and a pair whose facts differ is told apart by its anchors.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from .anchors import Anchor, anchor_language
from .normalise import search_key

MIN_LETTERS = 3
"""Shorter words are not counted (a Turkish suffix cut off by an apostrophe: Refah'ta)."""

PREFIX_MATCH = 5
PREFIX_SHARE = 0.6
"""Two stems match when they begin with the same `PREFIX_MATCH` letters or more, and those
are at least `PREFIX_SHARE` of the shorter ("одесса" / "одесский", "kapanacak" / "kapan"):
what a light stemmer leaves of a derived or inflected word."""

_WORD = re.compile(r"\w+")
_APOSTROPHES = "'’"
TEXT_WORD = re.compile(r"[\w\u0300-\u036f\u064b-\u065f\u0670]+")
"""A word of a stored text, with its combining marks (Arabic harakat, accents)."""
_PIECE = re.compile(r"[^_]+")
_MARKS = re.compile(r"[\u0300-\u036f\u064b-\u065f\u0670]")
_SNOWBALL = {"en": "english", "tr": "turkish", "ar": "arabic"}
_STOPWORD_LANGUAGES = ("en", "ar", "tr", "ru")
_KINDS_AS_WORDS = ("number", "date", "name")
_KINDS_IN_WORDS = ("negation", "modality")
"""Anchors that are part of a verb ("ستغلق", "kapanacak"): the verb still counts, stemmed."""
"""Anchors that count as content words (negation and modality agree by their own rules); a name
found only by its capital letter ("cap:", "cap0:") counts as its words, like any other word."""

SAYING_CUES = {
    "en": "said says say told tells stated announced reported according added noted stressed "
    "emphasised emphasized officials "
    "official authorities sources spokesperson spokesman spokeswoman",
    "tr": "dedi diyor söyledi söylüyor açıkladı açıklıyor belirtti bildirdi ifade etti kaydetti "
    "duyurdu göre yetkililer yetkili açıklamada açıklamasında kaynaklar sözcü sözcüsü "
    "vurguladı aktardı açıklamaya",
    "ru": "заявить заявлять сообщить сообщать сказать говорить отметить отмечать объявить "
    "объявлять подчеркнуть подчёркивать заявление слово данные данный "
    "чиновник представитель источник власть пресс-секретарь",
    "ar": "قال قالت يقول تقول يقولون أعلن أعلنت أفاد أفادت ذكر ذكرت ذكرته صرح أكد أكدت شدد "
    "أوضح بحسب حسب وفق وفقا "
    "مسؤولون مسؤول المسؤولون مصادر مصدر السلطات متحدث المتحدث الناطق",
}
"""The cues of plain saying (PARC's cue: "said", "according to", "по словам", "bildirdi") and
the word "officials" that stands for an unnamed source: who said a claim is the chain's
business, not the claim's content, so they are not counted."""


@functools.cache
def _stemmer(language: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(_SNOWBALL[language])


@functools.cache
def _stopwords(language: str) -> frozenset[str]:
    """The folded function words of `language` (empty for a language without a list)."""
    if language not in _STOPWORD_LANGUAGES:
        return frozenset()
    import stopwordsiso

    words = {search_key(w) for w in stopwordsiso.stopwords(language)}
    return frozenset(w for word in words for w in _WORD.findall(word))


AUXILIARIES = {
    "en": "be is are was were been being am have has had having do does did will would shall "
    "should can could may might must ought get gets got let like unlike going",
    "ru": "быть будет будут буду будем будете будешь был была были было есть мочь",
}
"""Verbs that stay function words although a lexicon knows them as verbs."""

KEPT_WORDS = {
    "en": "fire home bill world research problem problems member members group groups state "
    "states man men area areas room rooms interest order orders system information free open "
    "close",
}
"""Words of a general stopword list that name what a claim is about (a fire, a bill)."""


_QUALIFIERS = {
    "en": (
        "former ex deputy vice acting interim caretaker outgoing incoming late alleged suspected "
        "assistant self-proclaimed so-called would-be retired honorary only",
        "",
    ),
    "tr": ("eski merhum sözde yalnızca sadece", "yardımcı vekil sabık müsteşar"),
    "ru": (
        "экс",
        "бывш заместител замминистр вице исполняющ временн покойн предполагаем самопровозгла",
    ),
    "ar": ("سابق سابقة سابقين راحل راحلة مزعوم مزعومة مفترض مشتبه مؤقت مؤقتة فقط نائب وكيل", ""),
}
"""Per language, words that say WHO a person is (whole folded words; then stems a word begins
with) or that only so many: never a detail — "the former minister" is not "the minister"
(Arabic without its article). How many ("all" / "some") is a contrast of
`db.text.word_facts`."""


@functools.cache
def _qualifier_words(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    words, stems = _QUALIFIERS.get(language, ("", ""))
    return frozenset(search_key(w) for w in words.split()), tuple(
        search_key(w) for w in stems.split()
    )


def qualifier(folded: str, language: str) -> bool:
    """Whether a folded word qualifies who someone is ("former", "deputy", "السابق") or says
    "only":
    a content word however common, and never a detail one text may add."""
    words, stems = _qualifier_words(language)
    bare = folded[2:] if language == "ar" and folded.startswith("ال") else folded
    if bare in words or folded in words:
        return True
    return bool(stems) and bare.startswith(stems)


_MORE_FUNCTION_WORDS = {"ar": ("بلا",)}
"""Function words the stopword lists lack ("بلا", without)."""


@functools.cache
def function_words(language: str) -> frozenset[str]:
    """The folded function words of `language`: its stopword list less the verbs and nouns a
    lexicon knows in it (lemminflect for English, pymorphy3 for Russian), which say what is
    claimed ("open", "buy", "fire", "sent"; "закрыть", "война"), auxiliaries kept."""
    words = _stopwords(language) | {search_key(w) for w in _MORE_FUNCTION_WORDS.get(language, ())}
    keep = {search_key(w) for w in AUXILIARIES.get(language, "").split()}
    content = {search_key(w) for w in KEPT_WORDS.get(language, "").split()}
    if language == "en":
        import lemminflect

        content |= {
            w
            for w in words
            if "VERB" in (lemmas := lemminflect.getAllLemmas(w)) and "ADV" not in lemmas
        }
    elif language == "ru":
        from .anchor_names import _morph

        content |= {w for w in words if _morph().parse(w)[0].tag.POS in ("VERB", "INFN", "NOUN")}
    content |= {w for w in words if qualifier(w, language)}
    return frozenset(w for w in words if w in keep or w not in content)


@functools.lru_cache(maxsize=16384)
def lemma(folded: str, language: str) -> str:
    """An English word's dictionary form by lemminflect ("shot" → "shoot", "held" → "hold";
    a verb's first, else a noun's), else the word."""
    if language != "en":
        return folded
    import lemminflect

    lemmas = lemminflect.getAllLemmas(folded)
    for pos in ("VERB", "NOUN"):
        if pos in lemmas:
            return str(lemmas[pos][0])
    return folded


def _is_function_word(word: str, language: str) -> bool:
    """Turkish words are looked up before the folding, which makes "öldü" (died) "oldu"
    (became)."""
    if language == "tr":
        return _lower(word, language) in _turkish_stopwords()
    return search_key(word) in function_words(language)


@functools.cache
def _turkish_stopwords() -> frozenset[str]:
    import stopwordsiso

    return frozenset(_lower(w, "tr") for w in stopwordsiso.stopwords("tr"))


@functools.cache
def _cues(language: str) -> frozenset[str]:
    words = SAYING_CUES.get(language, "").split()
    if language == "en":  # by lemma: "reported" is a cue, "reporters" are not
        return frozenset(lemma(search_key(w), language) for w in words)
    return frozenset({_stem(w, language) for w in words} | {search_key(w) for w in words})


def _lower(word: str, language: str) -> str:
    if language == "tr":
        word = word.replace("I", "ı").replace("İ", "i")
    return word.lower()


@functools.lru_cache(maxsize=65536)
def stem(word: str, language: str) -> str:
    """The folded stem of one stored word in `language` ("" for a function word or a cue of
    saying)."""
    folded = search_key(word)
    if len(folded) < MIN_LETTERS or folded.isdigit() or _is_function_word(word, language):
        return ""
    stemmed = _stem(word, language)
    cue = lemma(folded, language) if language == "en" else stemmed
    if cue in _cues(language) or folded in _cues(language):
        return ""
    if language == "tr" and any(turkish_passive(c, folded) for c in _cues(language)):
        return ""  # a cue of saying in the passive: "açıklandı", "bildirildi"
    return stemmed


TURKISH_PASSIVES = ("il", "ul", "in", "un", "n")
"""The passive of a Turkish verb after its root (folded): açıkla-n-dı, kur-ul-du, ver-il-di."""


def turkish_passive(active: str, passive: str) -> bool:
    """Whether the folded Turkish word `passive` is `active` with a passive after its root
    ("açıklandı" / "açıkladı", "kuruldu" / "kurdu"): the same verb (who acted is the roles')."""
    for cut in range(MIN_LETTERS, min(len(active), len(passive)) - 1):
        if active[:cut] != passive[:cut]:
            return False
        for marker in TURKISH_PASSIVES:
            after = passive[cut + len(marker) : cut + len(marker) + 1]
            if passive.startswith(marker, cut) and after and after == active[cut]:
                return True
    return False


def _stem(word: str, language: str) -> str:
    folded = search_key(word)
    if language == "ru":  # with its ё, which tells "сёл" (villages) from "сел" (sat)
        from .anchor_names import stem as lemma

        return search_key(lemma(word.lower(), "ru"))
    if language in _SNOWBALL:
        word = _lower(word, language)
        if language == "ar":
            word = _MARKS.sub("", word)
        if language == "ar" and word.startswith("وال") and len(word) > 5:
            word = word[1:]  # "and the …": the stemmer takes the article, not the conjunction
        stemmed = search_key(_stemmer(language).stemWord(word))
        if len(stemmed) < MIN_LETTERS:  # Turkish "günü" → "g": keep the word's first letters
            return folded[:MIN_LETTERS]
        return stemmed
    return folded


def content_tokens(
    text: str, anchors: Sequence[Anchor], language: str | None = None
) -> list[tuple[str, int, int]]:
    """`(stem, start, end)` of each of `text`'s words outside `anchors` that counts as content
    (function words and cues of saying left out), in the order of the text."""
    lang = anchor_language(text, language)
    taken = [(a.start, a.end) for a in _strong(anchors)]
    tokens: list[tuple[str, int, int]] = []
    for match in TEXT_WORD.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        if match.start() and text[match.start() - 1] in _APOSTROPHES:
            continue  # a suffix after a name: Kore'nin, Tiflis'teki
        for piece in _PIECE.finditer(match.group()):
            stemmed = stem(piece.group(), lang)
            if stemmed:
                start = match.start() + piece.start()
                tokens.append((stemmed, start, start + len(piece.group())))
    return tokens


def _strong(anchors: Sequence[Anchor]) -> list[Anchor]:
    return [
        a
        for a in anchors
        if a.kind not in _KINDS_IN_WORDS and not (a.kind == "name" and a.value.startswith("cap"))
    ]


def content_words(text: str, anchors: Sequence[Anchor], language: str | None = None) -> list[str]:
    """The stems of `text`'s words outside `anchors`, then one token per anchor of a kind
    that counts as a word ("number:45", "name:place:KP")."""
    tokens = [t[0] for t in content_tokens(text, anchors, language)]
    tokens.extend(f"{a.kind}:{a.value}" for a in _strong(anchors) if a.kind in _KINDS_AS_WORDS)
    return tokens


RETRIEVAL_LETTERS = 5
"""A word's look-up key: its first letters, after Arabic's article and the prepositions joined
to it (a stemmer needs the language; a look-up key must come from the folded text alone)."""

_ARABIC_ARTICLE = ("وال", "بال", "فال", "كال", "لل", "ال")


def retrieval_words(text_key: str) -> set[str]:
    """The look-up keys of a folded text's content words: what `db.text.similarity` bands so
    that a rewording is found among many claims although few of its characters are shared."""
    common = _all_stopwords()
    keys: set[str] = set()
    for word in _WORD.findall(text_key):
        if len(word) < MIN_LETTERS or word in common or word.isdigit():
            continue
        for article in _ARABIC_ARTICLE:
            if word.startswith(article) and len(word) - len(article) >= MIN_LETTERS:
                word = word[len(article) :]
                break
        keys.add(word[:RETRIEVAL_LETTERS])
    return keys


@functools.cache
def _all_stopwords() -> frozenset[str]:
    return frozenset().union(*(_stopwords(language) for language in _STOPWORD_LANGUAGES))


def stems_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if ":" in a or ":" in b or min(len(a), len(b)) < PREFIX_MATCH:
        return False
    common = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return common >= PREFIX_MATCH and common >= PREFIX_SHARE * min(len(a), len(b))


def content_similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Dice similarity 0–1 of two texts' content words (`content_words`), one to one."""
    left, right = sorted(set(a)), sorted(set(b))
    if not left or not right:
        return 0.0
    exact = set(left) & set(right)
    free = [t for t in right if t not in exact]
    shared = len(exact)
    for token in (t for t in left if t not in exact):
        hit = next((i for i, other in enumerate(free) if stems_match(token, other)), None)
        if hit is not None:
            shared += 1
            del free[hit]
    return 2 * shared / (len(left) + len(right))
