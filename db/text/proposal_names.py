"""The names a translation link proposal weighs (`db.translation_proposals`): the names of a
text that two texts in different languages may share, and whether a translation names an
original's outlet or author ("كوزي خبر" for Kuzey Haber, "Кузей Хабер", "Kuzey Haber's").

A word is a name of a text written with capitals (English, Turkish, Russian) when it is
capitalised and never written in lower case there, and either stands capitalised inside a
sentence, is an acronym, or — at a sentence's start only — is no dictionary word (the
thesaurus of English and Russian, KeNet's Turkish synonym sets) and no function word ("Yapı",
"Environment", "This" at a sentence's start are no names). Arabic has no capitals: each word
the bilingual lexicon does not know is a candidate, and two guards keep its common nouns out
of "shared names":

- a known place (a country, territory, capital or time-zone city of CLDR, in the four
  languages: `db.text.anchor_places.known_places`) meets only the same place ("مصر" / "Mısır",
  never "المشروع" / "Mısır", though their letters fold to one key);
- an Arabic word with the article ("المشروع", "البيئة") meets only a name written with its
  article in the other text ("al-Khatib", "el-Hatib", "аль-Асад"), unless it is a known
  place or a city GeoNames spells in Arabic ("اللاذقية" / "Latakia"): most
  words with the article are common nouns, and a surname the other text writes bare
  ("الخطيب" / "Khatib") is given up for that.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .align_features import word_name_keys
from .align_lexicon import word_concept
from .anchor_known_names import known_cities
from .anchor_names import _candidates, function_word
from .anchor_places import known_places
from .normalise import search_key
from .wording import _stopwords

_WORD = re.compile(r"[^\W\d_]{4,}")  # a shorter word says too little
_ANY_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = frozenset('.!?…:;\n\r"«»“”()[]—–-•*#')
_ARTICLE_BEFORE = re.compile(r"(?:^|[\s(])(?:al|el|ul|аль|ал|эль)[-‑ ]$", re.IGNORECASE)
_ARABIC_CLITICS = ("و", "ب", "ف", "ك")
_STRONG = ("place:", "capital:", "org:")
"""Values of known places in every one of the four languages (CLDR): a word with one meets
only a word with the same. GeoNames' Arabic city spellings ("cap0:") are Arabic only."""


@dataclass(frozen=True)
class NameWord:
    """A word taken for a name: its `keys` across scripts, its known `places` (strong values)
    and whether it carries the Arabic article or is written after al-/el- (`article`)."""

    word: str
    keys: frozenset[str]
    places: frozenset[str] = frozenset()
    article: bool = False
    arabic_article: bool = False


def meets(a: NameWord, b: NameWord) -> bool:
    """Whether two names of two texts are one name (see the module's guards)."""
    if a.places or b.places:
        return bool(a.places & b.places)
    if (a.arabic_article and not b.article) or (b.arabic_article and not a.article):
        return False
    return bool(a.keys & b.keys)


@functools.lru_cache(maxsize=65536)
def _places(word: str, language: str) -> frozenset[str]:
    index = known_places(language)
    found = {
        value
        for form in _candidates(search_key(word), language)
        for words, value in index.get(form, ())
        if len(words) == 1 and value.startswith(_STRONG)
    }
    return frozenset(found)


@functools.lru_cache(maxsize=65536)
def _arabic_city(word: str) -> bool:
    """Whether GeoNames spells a city so in Arabic ("اللاذقية"): a name, article or not."""
    index = known_cities("ar")
    return any(
        len(words) == 1
        for form in _candidates(search_key(word), "ar")
        for words, _v in index.get(form, ())
    )


def _arabic_article(word: str) -> bool:
    if word[:1] in _ARABIC_CLITICS and len(word) > 5:
        word = word[1:]
    return (word.startswith("ال") and len(word) >= 5) or (word.startswith("لل") and len(word) >= 5)


@functools.lru_cache(maxsize=65536)
def _dictionary_word(word: str, language: str) -> bool:
    """Whether a word written with a capital at a sentence's start is a word of the language
    (so, there, no name): a function word, or a headword of the thesaurus (en, ru) or of
    KeNet's synonym sets (tr)."""
    key = search_key(word)
    if function_word(word, language) or key in _stopwords(language):
        return True
    if language in ("en", "ru"):
        from .thesaurus import _offset

        return _offset(language, key) is not None
    if language == "tr":
        from .word_lexicon import sets_of

        return bool(sets_of(key, language))
    return False


def _sentence_start(text: str, at: int) -> bool:
    k = at - 1
    while k >= 0 and text[k] in " \t\u00a0'‘’`":
        k -= 1
    return k < 0 or text[k] in _SENTENCE_END


def base_language(language: str) -> str:
    return language.split("-")[0].lower()


def text_names(text: str, language: str) -> list[NameWord]:
    """The candidate names of a text, each once (see the module)."""
    lang = base_language(language)
    arabic = lang == "ar"
    lower: set[str] = set()
    inside: set[str] = set()
    article: set[str] = set()
    seen: dict[str, None] = {}
    for m in _WORD.finditer(text):
        word = m.group()
        seen.setdefault(word, None)
        if arabic:
            continue
        if word[:1].islower():
            lower.add(word.lower())
        elif not _sentence_start(text, m.start()):
            inside.add(word)
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            article.add(word)
    found: list[NameWord] = []
    for word in seen:
        places = _places(word, lang)
        if not arabic and not places:
            if not word[:1].isupper() or word.lower() in lower:
                continue
            if word not in inside and not word.isupper() and _dictionary_word(word, lang):
                continue
        if not places and word_concept(search_key(word), lang) is not None:
            continue
        keys = word_name_keys(word, lang)
        if keys or places:
            found.append(
                NameWord(
                    word,
                    keys,
                    places,
                    article=word in article or (arabic and _arabic_article(word)),
                    arabic_article=arabic
                    and not places
                    and _arabic_article(word)
                    and not _arabic_city(word),
                )
            )
    return found


class NameIndex:
    """The names of one text, looked up by key and by place."""

    def __init__(self, names: Iterable[NameWord]) -> None:
        self.by_key: dict[str, list[NameWord]] = {}
        self.by_place: dict[str, list[NameWord]] = {}
        for n in names:
            for k in n.keys:
                self.by_key.setdefault(k, []).append(n)
            for p in n.places:
                self.by_place.setdefault(p, []).append(n)

    def meets(self, name: NameWord) -> bool:
        pool = (
            (b for p in name.places for b in self.by_place.get(p, ()))
            if name.places
            else (b for k in name.keys for b in self.by_key.get(k, ()))
        )
        return any(meets(name, b) for b in pool)


def _word_keys(word: str, language: str) -> frozenset[str]:
    keys = word_name_keys(word, language) if len(word) >= 3 else frozenset()
    return keys | {search_key(word)}


_NOT_NAME_WORDS = frozenset({"the", "of", "and", "de", "la", "le", "news", "al", "el"})


class OriginFinder:
    """Whether a text names an outlet or author, in any script ("كوزي خبر" for "Kuzey
    Haber"): each word of the name (but "the", "of", …) met, one after another. The text's
    words are keyed once, for every original asked about."""

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.language = base_language(language)
        self.tokens = list(_ANY_WORD.finditer(text))
        self._keyed: list[frozenset[str]] | None = None

    def named(self, names: Sequence[str], name_language: str) -> str:
        """The words of the text that spell one of `names`, or "" when none is named."""
        of = base_language(name_language)
        for name in names:
            parts = [w for w in _ANY_WORD.findall(name) if search_key(w) not in _NOT_NAME_WORDS]
            if not parts or sum(len(p) for p in parts) < 4:
                continue
            wanted = [_word_keys(p, of) | _word_keys(p, self.language) for p in parts]
            if self._keyed is None:
                self._keyed = [_word_keys(t.group(), self.language) for t in self.tokens]
            keyed, tokens = self._keyed, self.tokens
            for i in range(len(tokens) - len(parts) + 1):
                if all(keyed[i + j] & wanted[j] for j in range(len(parts))):
                    return self.text[tokens[i].start() : tokens[i + len(parts) - 1].end()]
        return ""
