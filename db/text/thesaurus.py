"""Synonyms and antonyms from a maintained thesaurus: the LibreOffice thesauri (MyThes).

The curated table (`db.text.synonym_table`) holds the news vocabulary the rules were written
for; a rewording by someone else uses words it never listed ("cautioned" for "warned",
"hospitalised" for "admitted to hospital"). A maintained lexical resource covers them: the
MyThes thesauri that LibreOffice keeps and Debian packages (`mythes-en-us`: WordNet's synsets,
`mythes-ru`, `mythes-ar`; packaging/install-system-packages.sh installs them). Each is a plain
index (`th_<locale>_v2.idx`: word → offset, sorted) and data file (`.dat`: the word's senses,
one line each: "(part of speech)|member|member…"), read lazily: a word's entry is found in the
index (`SORTED_INDEX`), read from its offset the first time it is asked, and kept.

What counts:
- **synonyms**: the plain members of one of the word's sense lines (English: members marked
  "(similar term)", "(generic term)" or "(related term)" are not synonyms and are left out;
  Russian: the lines marked "(синоним)"; Arabic: every line). Only single words.
- **antonyms**: English members marked "(antonym)", Russian lines marked "(антоним)".
- **broader terms**: English members marked "(generic term)" (WordNet's direct hypernyms:
  "inaugurate" → "open", "factory" → "plant", "blaze" → "fire"). A word and its broader term
  say one thing, the second less precisely; two words under one broader term ("wheat" /
  "barley") are not linked.

Without the packages (another system) nothing is found and the curated table works alone.
Turkish has no MyThes thesaurus: its synonyms come from KeNet's synonym sets, extracted ahead
into a file (`db.text.word_lexicon`).
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

from .normalise import search_key

FILES = {"en": "th_en_US_v2", "ru": "th_ru_RU_v2", "ar": "th_ar_SA_v2"}
DIRECTORIES = ("/usr/share/mythes", "/usr/local/share/mythes", "/usr/share/myspell/dicts")
"""Where the thesauri are looked for; `PROVDESK_THESAURUS_DIR` names another directory first."""

_ANNOTATION = re.compile(r"\s*\(([^)]*)\)\s*")
_RU_SYNONYM, _RU_ANTONYM = "синоним", "антоним"


def _file(language: str, suffix: str) -> Path | None:
    name = FILES.get(language)
    if name is None:
        return None
    extra = os.environ.get("PROVDESK_THESAURUS_DIR")
    for directory in (extra, *DIRECTORIES) if extra else DIRECTORIES:
        path = Path(directory) / f"{name}{suffix}"
        if path.is_file():
            return path
    return None


SORTED_INDEX = ("en",)
"""Languages whose index is searched in place (its headwords are lowercase and sorted, and the
English one holds 145,000 of them: ~3 MB of bytes instead of ~20 MB of a dictionary); the
others' headwords are folded first (Arabic harakat and hamza, Russian ё) into a dictionary."""


@functools.cache
def _index(language: str) -> dict[str, int]:
    """Folded headword → offset of its entry in the data file ({} without the thesaurus)."""
    path = _file(language, ".idx")
    if path is None or _file(language, ".dat") is None:
        return {}
    index: dict[str, int] = {}
    fold = search_key if language == "ar" else _lower  # Arabic words carry harakat
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for line in lines[2:]:  # after the encoding and the count
        word, _, offset = line.rpartition("|")
        if word and offset.isdigit():
            index.setdefault(fold(word), int(offset))
    return index


def _lower(word: str) -> str:
    return word.lower().replace("ё", "е")


@functools.cache
def _sorted_index(language: str) -> tuple[bytes, int]:
    """The index file's bytes and where its entries begin (after the encoding and the count)."""
    path = _file(language, ".idx")
    if path is None or _file(language, ".dat") is None:
        return b"", 0
    data = path.read_bytes()
    return data, data.find(b"\n", data.find(b"\n") + 1) + 1


def _offset(language: str, key: str) -> int | None:
    """The offset of headword `key`'s entry: a binary search of the sorted index file, or the
    folded dictionary."""
    if language not in SORTED_INDEX:
        return _index(language).get(key)
    data, low = _sorted_index(language)
    wanted, high = key.encode("utf-8"), len(data)
    while low < high:
        middle = (low + high) // 2
        start = data.rfind(b"\n", 0, middle) + 1
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        word, _, offset = data[start:end].rpartition(b"|")
        if word < wanted:
            low = end + 1
        elif word > wanted:
            high = start
        else:
            return int(offset) if offset.isdigit() else None
    return None


def entry(language: str, key: str) -> tuple[frozenset[str], frozenset[str]]:
    """(synonyms, antonyms) of the folded headword `key`, folded single words."""
    found = _entry(language, key)
    return found[0], found[1]


@functools.lru_cache(maxsize=65536)
def _entry(language: str, key: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(synonyms, antonyms, broader terms) of the folded headword `key`."""
    offset = _offset(language, key)
    path = _file(language, ".dat")
    if offset is None or path is None:
        return frozenset(), frozenset(), frozenset()
    synonyms: set[str] = set()
    antonyms: set[str] = set()
    broader: set[str] = set()
    with path.open("rb") as data:
        data.seek(offset)
        head = data.readline().decode("utf-8", "replace")
        count = int(head.rstrip().rpartition("|")[2] or 0)
        for _ in range(count):
            line = data.readline().decode("utf-8", "replace")
            _sense(line, language, synonyms, antonyms, broader)
    synonyms.discard(key)
    broader.discard(key)
    return frozenset(synonyms), frozenset(antonyms), frozenset(broader)


def _sense(
    line: str, language: str, synonyms: set[str], antonyms: set[str], broader: set[str]
) -> None:
    part, *members = line.rstrip("\n").split("|")
    kind = part.strip("() ")
    if language == "ru" and kind not in (_RU_SYNONYM, _RU_ANTONYM):
        return
    for member in members:
        note = _ANNOTATION.search(member)
        word = search_key(_ANNOTATION.sub(" ", member).strip())
        if not word or " " in word:
            continue
        if language == "ru":
            (antonyms if kind == _RU_ANTONYM else synonyms).add(word)
        elif language == "ar" or note is None:  # Arabic notes are examples: "(البَابَ)"
            synonyms.add(word)
        elif note.group(1) == "antonym":
            antonyms.add(word)
        elif note.group(1) == "generic term":
            broader.add(word)


def synonyms(keys: frozenset[str], language: str) -> frozenset[str]:
    """The synonyms of a word known by its folded `keys` (its form, lemma, stem)."""
    found: set[str] = set()
    for key in keys:
        found |= entry(language, key)[0]
    return frozenset(found)


def antonyms(keys: frozenset[str], language: str) -> frozenset[str]:
    """The antonyms of a word known by its folded `keys`."""
    found: set[str] = set()
    for key in keys:
        found |= entry(language, key)[1]
    return frozenset(found)


def broader(keys: frozenset[str], language: str) -> frozenset[str]:
    """The broader terms (WordNet's hypernyms, "generic term") of a word known by `keys`."""
    found: set[str] = set()
    for key in keys:
        found |= _entry(language, key)[2]
    return frozenset(found)
