"""What a body deals with (its portfolio): a ministry of finance, of works, a union of
engineers, of doctors (`drift_organisations.json`, "_portfolios"). Two bodies of one kind with
different portfolios are two bodies ("وزارة الأشغال" / "Ministry of Finance")."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from .align_lexicon import fold

_AR_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")


@functools.cache
def _portfolio_stems(language: str) -> tuple[tuple[str, str], ...]:
    data: dict[str, Any] = json.loads(
        Path(__file__).with_name("drift_organisations.json").read_text(encoding="utf-8")
    )["_portfolios"]
    return tuple(
        (stem, kind)
        for kind, columns in data.items()
        if not kind.startswith("_")
        for stem in columns.get(language, "").split("|")
        if stem
    )


@functools.lru_cache(maxsize=16384)
def portfolios(words: tuple[str, ...], language: str) -> frozenset[str]:
    """What a body deals with, from its words ("Adalet Bakanlığı" → justice, "Минэнерго" →
    energy, "نقابة المهندسين" → engineering; `drift_organisations.json`)."""
    found: set[str] = set()
    for i, word in enumerate(words):
        f = fold(word)
        following = fold(words[i + 1]) if i + 1 < len(words) else ""
        if language == "en" and f == "trade" and following.startswith("union"):
            continue  # a trade union deals with work, not with trade
        if language == "ar":
            forms = [f] + [
                f[len(p) :] for p in _AR_PREFIXES if f.startswith(p) and len(f) > len(p) + 2
            ]
        else:
            forms = [f]
        for stem, kind in _portfolio_stems(language):
            if language == "ru" and len(stem) > 3:
                hit = stem in f
            elif language == "en" and len(stem) <= 4:
                hit = f in (stem, stem + "s")  # "bar", "home" as words, not "barrel"
            else:
                hit = any(x.startswith(stem) for x in forms)
            if hit:
                found.add(kind)
    return frozenset(found)
