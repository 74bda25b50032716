"""Synonyms from a maintained wordnet, read from a file extracted ahead of time.

The thesauri of `db.text.thesaurus` cover English, Russian and Arabic; Turkish has none, and a
hand table grown pair by pair does not reach the words of a rewording nobody foresaw ("firar
etti" for "kaçtı", "tükenmek" for "bitmek", "yakındı" for "şikâyet etti"). KeNet, the Turkish
WordNet, lists them. `packaging/make_lexicon.py` extracts its synonym sets — the sets only,
never its hypernyms (which join kill and wound), and of each set only the members used in one
of their first two senses — into `resources/lexicon/tr_kenet.json` (≈ 15,000 sets, 0.6 MB);
this module reads that file on the first Turkish look-up.

How a word of a claim meets a member of a set:
- a member is looked up by its folded form (`search_key`); a verb ("kaçmak") also by its stem
  ("kaç"), and a verb made with a light verb ("firar etmek", "şikâyet etmek") by its first word
  ("firar": the light verb "etti" of the claim is light in `synonym_table.LIGHT`);
- a word of a claim ("kaçtığını", "yakındı") stands for the **longest** member key it begins
  with, of `MIN_KEY` letters or more: "kaçırdı" (kidnapped) is "kaçır", not "kaç" (fled).

Two words are synonyms when their keys share a set. Nothing is linked through a third word.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from importlib import resources

from .normalise import search_key

FILES = {"tr": "lexicon/tr_kenet.json"}
"""The extracted synonym sets per language (made by packaging/make_lexicon.py)."""

MIN_KEY = 3
"""A key shorter than this ("et", "ye") is not looked up: it would begin too many words."""

LIGHT_VERBS = {"tr": ("etmek", "olmak", "eylemek", "kılmak", "edilmek", "yapmak")}
"""Light verbs of a compound ("firar etmek"): the compound is keyed by its first word."""

VERB_ENDINGS = {"tr": ("mak", "mek")}


def member_keys(member: str, language: str, fold: Callable[[str], str] = search_key) -> set[str]:
    """The folded keys under which a set's member is found (`fold` folds one word)."""
    words = member.split()
    light = LIGHT_VERBS.get(language, ())
    if len(words) == 2 and words[1] in light:
        words = words[:1]
    if len(words) != 1:
        return set()
    folded = fold(words[0])
    keys = {folded}
    for ending in VERB_ENDINGS.get(language, ()):
        if folded.endswith(ending):
            keys.add(folded[: -len(ending)])
    return {k for k in keys if len(k) >= MIN_KEY}


@functools.cache
def _index(language: str) -> dict[str, frozenset[int]]:
    """Folded key → the numbers of the sets it belongs to ({} for a language without a file)."""
    name = FILES.get(language)
    if name is None:
        return {}
    data = json.loads(resources.files("resources").joinpath(name).read_text("utf-8"))
    fold = _folder([*(m for members in data["sets"] for m in members), *data["words"]])
    index: dict[str, set[int]] = {}
    for number, members in enumerate(data["sets"]):
        for member in members:
            for key in member_keys(member, language, fold):
                index.setdefault(key, set()).add(number)
    for word in data["words"]:  # in no set, but longer than a member ("kaçırmak" / "kaçmak")
        for key in member_keys(word, language, fold):
            index.setdefault(key, set())
    none: frozenset[int] = frozenset()
    return {key: frozenset(sets) if sets else none for key, sets in index.items()}


def _folder(members: list[str]) -> Callable[[str], str]:
    """`search_key` for the words of `members`, folded in one call (a third of the time of one
    call a word); words it did not see are folded one by one."""
    words = sorted({word for member in members for word in member.split()})
    folded = search_key(" ".join(words)).split(" ")
    table = dict(zip(words, folded, strict=True)) if len(folded) == len(words) else {}
    return lambda word: table.get(word) or search_key(word)


@functools.lru_cache(maxsize=16384)
def sets_of(folded: str, language: str) -> frozenset[int]:
    """The sets of the longest key that the folded word `folded` begins with."""
    index = _index(language)
    if not index:
        return frozenset()
    for end in range(len(folded), MIN_KEY - 1, -1):
        found = index.get(folded[:end])
        if found is not None:
            return found
    return frozenset()


def synonyms(folded_a: str, folded_b: str, language: str) -> bool:
    """Whether two folded words of `language` stand for members of one synonym set."""
    if language not in FILES or folded_a == folded_b:
        return False
    return bool(sets_of(folded_a, language) & sets_of(folded_b, language))
