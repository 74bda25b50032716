"""The kinds of body an organisation's head word names (`drift_organisations.json`: bank,
ministry, union, court…, in English, Turkish, Russian and Arabic), for the organisations of
`drift_organisations`: "Bakanlığı" → ministry, "البنك" → bank, "Мосгорсуд" → court."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from .align_lexicon import fold

_AR_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")
_NOT_MINISTRIES = ("министр", "минут", "минус", "минувш", "миним", "минерал", "миниатюр")


@functools.cache
def _heads() -> dict[str, dict[str, str]]:
    """The kinds of body and their head words (`drift_organisations.json`)."""
    data: dict[str, Any] = json.loads(
        Path(__file__).with_name("drift_organisations.json").read_text(encoding="utf-8")
    )
    return {k: v for k, v in data.items() if not k.startswith("_")}


@functools.cache
def head_stems(language: str) -> tuple[tuple[str, str], ...]:
    pairs = [
        (stem, kind)
        for kind, columns in _heads().items()
        for stem in columns.get(language, "").split("|")
        if stem
    ]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@functools.lru_cache(maxsize=16384)
def head_kinds(word: str, language: str) -> frozenset[str]:
    """The kinds of body a word names ("Bakanlığı" → ministry, "البنك" → bank), or none."""
    f = fold(word)
    if language == "ar":
        if f.endswith("ات"):
            return frozenset()  # a plural ("منظمات", "لمجموعات"): bodies of a kind, not one
        forms = [f] + [f[len(p) :] for p in _AR_PREFIXES if f.startswith(p) and len(f) > len(p) + 2]
        return frozenset(k for s, k in head_stems("ar") for x in forms if x.startswith(s))
    if language == "ru":
        if f.startswith("мин") and len(f) > 5 and not f.startswith(_NOT_MINISTRIES):
            return frozenset({"ministry"})  # Минэнерго, Минобороны
        found = {
            k for s, k in head_stems("ru") if s != "мин" and (f.startswith(s) or _compound(f, s))
        }
        return frozenset(found)
    if language in ("tr", "en") and re.search(r"\w-(?:is|sen)$", f):
        return frozenset({"union"})  # Türk-İş, Maden-İş, Emekli-Sen: Turkish trade unions
    if language == "tr":
        return frozenset(k for s, k in head_stems("tr") if f.startswith(s) and len(f) <= len(s) + 4)
    return frozenset(
        k
        for s, k in head_stems(language)
        if f == s or (f.startswith(s) and f[len(s) :] in ("s", "es"))
    )


def _compound(folded: str, stem: str) -> bool:
    """A Russian compound ending with a head: "мосгорсуд", "роскомнадзор", "генпрокуратура"."""
    if len(stem) < 3 or len(folded) <= len(stem) + 2:
        return False
    at = folded.find(stem, 3)
    return at >= 3 and len(folded) - at - len(stem) <= 3


HEAD_WORDS_RU = frozenset(
    fold(w)
    for w in [
        "банк",
        "банка",
        "банке",
        "фонд",
        "фонда",
        "суд",
        "суда",
        "совет",
        "совета",
        "центр",
        "центра",
        "союз",
        "союза",
        "комитет",
        "комитета",
        "служба",
        "службы",
        "агентство",
        "агентства",
        "министерство",
        "министерства",
        "министерству",
        "министерством",
        "министерстве",
    ]
)
"""Russian heads as plain words (not compounds): a phrase needs its own words ("Фонд кино")."""
