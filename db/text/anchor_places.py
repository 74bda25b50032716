"""Known names of places and organisations in the four languages (the second source of
`db.text.anchor_names`), with the value that makes them agree across languages:

- every country and territory that the Unicode CLDR names through Babel ("كوريا الشمالية",
  "Kuzey Kore", "КНДР" → "place:KP"), the cities it names for time zones ("place:<zone>");
- nationality adjectives, listed or derived from a one-word country name ("Egyptian",
  "Mısırlı", "египетский", "المصري"/"المصرية" → the country);
- organisations named as often as countries ("org:<key>");
- each country's capital, which news names for its government ("Cairo accused Addis Ababa",
  "Москва обвинила Киев"): the capital has its country's value, so "Cairo" and "Egypt" agree.
  The capitals are GeoNames' (`resources/names/capitals.json`), their names in each language
  CLDR's time-zone cities where the capital is one ("القاهرة", "Kahire", "Каир"), else
  `_CAPITALS` by hand. A capital whose every word is a common English word ("Male", "The
  Valley") is left out.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING

from .anchor_names import _TOKEN, Index, _add, _sorted, case_names, name_value_key, stem
from .normalise import search_key

if TYPE_CHECKING:
    from .anchors import Anchor

_ORGANISATIONS = {
    "hamas": "Hamas|حماس|Hamas|ХАМАС",
    "hezbollah": "Hezbollah|حزب الله|Hizbullah|Хезболла",
    "nato": "NATO|الناتو|حلف شمال الأطلسي|NATO|НАТО",
    "un": "United Nations|UN|الأمم المتحدة|Birleşmiş Milletler|BM|ООН",
    "eu": "European Union|EU|الاتحاد الأوروبي|Avrupa Birliği|AB|Евросоюз|ЕС",
    "houthis": "Houthis|الحوثيون|الحوثيين|Husiler|хуситы",
    "taliban": "Taliban|طالبان|Taliban|талибы",
    "isis": "ISIS|Islamic State|داعش|IŞİD|ИГИЛ",
    "pkk": "PKK|حزب العمال الكردستاني|PKK|РПК",
    "wagner": "Wagner|فاغنر|Wagner|Вагнер",
    "who": "WHO|World Health Organization|منظمة الصحة العالمية|Dünya Sağlık Örgütü|ВОЗ",
    "iaea": "IAEA|الوكالة الدولية للطاقة الذرية|UAEA|МАГАТЭ",
    "red cross": "Red Cross|الصليب الأحمر|Kızılay|Kızılhaç|Красный Крест",
}
"""Organisations named as often as countries in the claims the desk checks, in the four
languages ("known names"): value "org:<key>", the same in every language."""

_EXTRA_PLACES = {
    "ru": {
        "Северная Корея": "KP",
        "Южная Корея": "KR",
        "США": "US",
        "Россия": "RU",
        "Белоруссия": "BY",
        "Молдавия": "MD",
        "Киргизия": "KG",
    },
    "en": {"US": "US", "USA": "US", "UK": "GB", "Britain": "GB", "Turkey": "TR"},
    "tr": {"ABD": "US"},
    "ar": {"أمريكا": "US"},
}


_DEMONYMS = {
    "en": "UA Ukrainian|RU Russian|TR Turkish|SY Syrian|IR Iranian|IL Israeli|US American|"
    "EG Egyptian|KP North Korean|KR South Korean|GE Georgian|AM Armenian|IQ Iraqi|CN Chinese|"
    "FR French|GB British|DE German|LB Lebanese|PS Palestinian|JO Jordanian|SA Saudi|"
    "MA Moroccan|ES Spanish|PL Polish|NL Dutch|GR Greek|CH Swiss|SE Swedish|DK Danish|"
    "FI Finnish|IE Irish|NO Norwegian|AF Afghan|AE Emirati|PH Filipino|TH Thai|PT Portuguese|"
    "CZ Czech|KZ Kazakh|UZ Uzbek|AZ Azerbaijani",
    "tr": "UA Ukraynalı|RU Rus|TR Türk|SY Suriyeli|IR İranlı|IL İsrailli|US Amerikan|"
    "US Amerikalı|EG Mısırlı|KP Kuzey Koreli|KR Güney Koreli|GE Gürcü|AM Ermeni|IQ Iraklı|"
    "CN Çinli|FR Fransız|GB İngiliz|DE Alman|LB Lübnanlı|PS Filistinli|JO Ürdünlü|SA Suudi",
    "ru": "UA украинский|RU российский|RU русский|TR турецкий|SY сирийский|IR иранский|"
    "IL израильский|US американский|EG египетский|KP северокорейский|KR южнокорейский|"
    "GE грузинский|AM армянский|IQ иракский|CN китайский|FR французский|GB британский|"
    "DE немецкий|LB ливанский|PS палестинский|JO иорданский|SA саудовский|MA марокканский|"
    "ES испанский|AZ азербайджанский|PL польский|GR греческий|AF афганский",
    "ar": "UA أوكراني|RU روسي|TR تركي|SY سوري|IR إيراني|IL إسرائيلي|US أمريكي|EG مصري|"
    "KP كوري شمالي|KR كوري جنوبي|GE جورجي|AM أرمني|IQ عراقي|CN صيني|FR فرنسي|GB بريطاني|"
    "DE ألماني|LB لبناني|PS فلسطيني|JO أردني|SA سعودي",
}
"""Nationality adjectives, which name the country as much as its name does ("the Ukrainian
army" / "Ukraine's army"); Arabic ones in every form (الروسية, روسيون, …), Russian ones in
their dictionary form."""


def _demonym_forms(word: str, language: str) -> list[str]:
    if language != "ar":
        return [word]
    forms = []
    for w in (word, "ال" + word):
        forms.extend([w, w + "ة", w + "ون", w + "ين"])
    return forms


def _add_demonyms(index: Index, language: str, territories: dict[str, str]) -> None:
    for entry in _DEMONYMS[language].split("|") if language in _DEMONYMS else ():
        code, name = entry.split(" ", 1)
        words = name.split()
        for variant in itertools.product(*(_demonym_forms(w, language) for w in words)):
            _add(index, " ".join(variant), f"place:{code}", language)
    known = {key for entries in index.values() for key, _ in entries}
    for code, country in territories.items():
        if not (code.isalpha() and len(code) == 2) or " " in country:
            continue
        for form in _derived_demonyms(country, language):
            for spelling in _demonym_forms(form, language):
                key = tuple(stem(w, language) for w in _TOKEN.findall(search_key(spelling)))
                if key not in known:
                    _add(index, spelling, f"place:{code}", language)


_DERIVED = {
    "en": (("", "n"), ("", "an"), ("", "ian"), ("e", "ian"), ("", "i"), ("a", "ese"), ("", "ese")),
    "tr": (("", "lı"), ("", "li"), ("", "lu"), ("", "lü")),
    "ru": (("", "ский"), ("ия", "ийский"), ("а", "ский"), ("я", "йский")),
}
"""How a nationality adjective is made from a one-word country name in each language, as
(ending dropped, ending added): Russia → Russian, Egypt → Egyptian, Ukraine → Ukrainian, Iraq
→ Iraqi, China → Chinese; Mısır → Mısırlı; Египет → египетский, Россия → российский; Arabic
adds the nisba ي to the name without its article or final ا (المغرب → مغربي, سوريا → سوري).
The irregular ones are in `_DEMONYMS`."""


def _derived_demonyms(name: str, language: str) -> list[str]:
    if language == "ar":
        bare = name.removeprefix("ال")
        if bare.endswith("يا"):  # موريتانيا → موريتاني, كينيا → كيني
            return [bare[:-1]] if len(bare) >= 4 else []
        return [(bare[:-1] if bare.endswith("ا") else bare) + "ي"] if len(bare) >= 3 else []
    forms = []
    for dropped, added in _DERIVED.get(language, ()):
        if name.endswith(dropped) and len(name) - len(dropped) >= 3:
            stem = name[: len(name) - len(dropped)]
            forms.append((stem.lower() if language == "ru" else stem) + added)
    return forms


@functools.lru_cache(maxsize=8)
def known_places(language: str) -> Index:
    """Countries, territories and time-zone cities named in `language` (CLDR via Babel)."""
    from babel import Locale

    index: Index = {}
    try:
        locale = Locale.parse(language or "en")
    except (ValueError, LookupError):
        locale = Locale.parse("en")
    for code, name in locale.territories.items():
        if code.isalpha() and len(code) == 2:
            _add(index, name, f"place:{code}", language)
    for name, code in _EXTRA_PLACES.get(language, {}).items():
        _add(index, name, f"place:{code}", language)
    _add_demonyms(index, language, dict(locale.territories))
    for key, spellings in _ORGANISATIONS.items():
        for spelling in spellings.split("|"):
            _add(index, spelling, f"org:{key}", language)
    for code, spelling in capitals(language):
        _add(index, spelling, f"{CAPITAL}{code}", language)
    for zone, info in locale.time_zones.items():
        city = info.get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if "/" in zone and not zone.startswith("Etc/"):
            _add(index, city, f"place:{zone}", language)
    if language == "ru":
        _drop_common_words(index)
    return _sorted(index)


def _drop_common_words(index: Index) -> None:
    """Leave out the one-word Russian places whose dictionary form is a common noun or word only:
    "Газа" is "газ" (gas), "Того" is "тот" (that), "Тирана" is "тиран", "Ломе" is "лом" once
    their case endings are dropped (nationality adjectives and organisations stay)."""
    from .anchor_names import _morph, _russian_common_word

    def common(word: str, value: str) -> bool:
        if value.startswith("org:") or not _russian_common_word(word):
            return False
        tag = _morph().parse(word)[0].tag
        return "ADJF" not in tag or "Apro" in tag  # a nationality adjective stays, "тот" not

    for first in list(index):
        kept = [(key, v) for key, v in index[first] if len(key) > 1 or not common(first, v)]
        if kept:
            index[first] = kept
        else:
            del index[first]


_CAPITALS = {
    "tr": "TR Ankara|US Vaşington|CN Pekin|IN Yeni Delhi|PK İslamabad|MA Rabat|NG Abuja|"
    "QA Doha|AE Abu Dabi|KW Kuveyt|BH Manama|YE Sana|KZ Astana|CA Ottava|AU Kanberra|"
    "ZA Pretorya|BR Brasilia",
    "ru": "TR Анкара|US Вашингтон|CN Пекин|IN Нью-Дели|PK Исламабад|MA Рабат|NG Абуджа|"
    "QA Доха|AE Абу-Даби|KW Эль-Кувейт|BH Манама|YE Сана|KZ Астана|CA Оттава|AU Канберра|"
    "ZA Претория|BR Бразилиа",
    "ar": "TR أنقرة|US واشنطن|CN بكين|IN نيودلهي|PK إسلام آباد|MA الرباط|NG أبوجا|QA الدوحة|"
    "AE أبوظبي|AE أبو ظبي|KW الكويت|BH المنامة|YE صنعاء|KZ أستانا|CA أوتاوا|AU كانبرا|"
    "ZA بريتوريا|BR برازيليا",
    "en": "KZ Astana|IN Delhi|QA Doha|OM Muscat|PH Manila",
}
"""Capitals that are no time-zone city of CLDR (Ankara, Washington, Beijing…), named in Turkish
and Russian (and Arabic, beside GeoNames' spellings) by hand."""


@functools.cache
def capitals(language: str) -> tuple[tuple[str, str], ...]:
    """(country code, name of its capital in `language`) for every country with a capital."""
    from babel import Locale
    from babel.core import get_global

    data = json.loads(resources.files("resources").joinpath(CAPITALS).read_text("utf-8"))
    english = {code: name for code, name in data["capitals"].items() if not _common(name)}
    zones = {
        (zone.rsplit("/", 1)[-1].replace("_", " "), code): zone
        for zone, code in get_global("zone_territories").items()
    }
    try:
        locale = Locale.parse(language or "en")
    except (ValueError, LookupError):
        locale = Locale.parse("en")
    found: list[tuple[str, str]] = []
    for code, name in english.items():
        zone = zones.get((name, code))
        city = (locale.time_zones.get(zone) or {}).get("city") if zone else None
        if city:
            found.append((code, city))
        elif language in ("en", "tr") or language not in _CAPITALS:
            found.append((code, name))
    for entry in _CAPITALS.get(language, "").split("|") if language in _CAPITALS else ():
        code, name = entry.split(" ", 1)
        found.append((code, name))
    return tuple(found)


CAPITALS = "names/capitals.json"
CAPITAL = "capital:"
"""The value a capital has in the index; `capital_value` makes it its country's "place:"."""


@functools.cache
def _capital_spellings(language: str) -> frozenset[str]:
    return frozenset(search_key(name) for _, name in capitals(language))


@functools.cache
def _capital_keys(language: str) -> frozenset[str]:
    return frozenset(name_value_key(name, language) for _, name in capitals(language))


def is_capital(surface: str, language: str) -> bool:
    """Whether a name found in a text is a capital ("Lima", "Москвы", "القاهرة")."""
    return bool(language) and name_value_key(surface, language) in _capital_keys(language)


def capital_value(value: str, surface: str, language: str) -> str | None:
    """The value of a capital found as `surface` of the text: its country's ("place:EG"), or
    None when the word is no name: in English, Turkish and Russian a capital is written with a
    capital letter, and in Turkish with its endings after an apostrophe ("Ankara'da"), so that
    "limanı" (a port) is not Lima with an ending."""
    if not value.startswith(CAPITAL):
        return value
    place = "place:" + value.removeprefix(CAPITAL)
    if language == "ar":
        return place
    if not surface[:1].isupper():
        return None
    if language == "tr" and search_key(surface) not in _capital_spellings(language):
        return None
    return place


def _common(name: str) -> bool:
    """Whether every word of an English name is a common English word ("Male", "The Valley")."""
    import lemminflect

    return all(lemminflect.getAllLemmas(w.lower()) or w.lower() == "the" for w in name.split())


def case_places(names: tuple[str | tuple[str, ...], ...], language: str) -> Index:
    """The index of the case's names (`db.text.anchor_names.case_names`), where an actor that
    is a country or capital ("Egypt", "Cairo") has the country's value, so that it agrees with
    the country's adjective and capital ("المصرية", "Kahire")."""
    return _case_places(names, language) if names else {}


@functools.lru_cache(maxsize=16)
def _case_places(names: tuple[str | tuple[str, ...], ...], language: str) -> Index:
    index = case_names(names, language)
    places: dict[str, str] = {}
    for first, entries in index.items():
        for key, value in entries:
            place = _country_of(key, language)
            if place is not None and key[0] == first:
                places.setdefault(value, place)
    if not places:
        return index
    return {
        first: [(key, places.get(value, value)) for key, value in entries]
        for first, entries in index.items()
    }


def _country_of(words: tuple[str, ...], language: str) -> str | None:
    """The country ("place:EG") that the whole name `words` (stemmed) names, or its capital."""
    for key, value in known_places(language).get(words[0], []) if words else []:
        if key != words:
            continue
        if value.startswith(CAPITAL):
            return "place:" + value.removeprefix(CAPITAL)
        code = value.removeprefix("place:")
        if value.startswith("place:") and len(code) == 2:
            return value
    return None


def spare_places(names: Sequence[Anchor], others: Sequence[Anchor]) -> list[Anchor]:
    """The places of `names` whose value (a country) `names` says more often than `others`,
    written as no place of `others` is: in "the Russian ambassador in Moscow" against "… in
    Ankara", Moscow — what stands where the other text's dropped place stood."""
    said = {search_key(x.surface) for x in others}
    return [
        x
        for x in names
        if x.value.startswith("place:")
        and sum(y.value == x.value for y in names) > sum(y.value == x.value for y in others)
        and search_key(x.surface) not in said
    ]
