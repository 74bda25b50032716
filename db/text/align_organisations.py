"""Organisations a translation names by another name or acronym (`align_organisations.json`):
ВОЗ, "World Health Organization", "منظمة الصحة العالمية", "Dünya Sağlık Örgütü" and DSÖ are
one organisation (org:who) in any of the four languages; UNICEF in its place is another."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from .align_lexicon import fold
from .normalise import fold as fold_with_offsets


@functools.cache
def _organisations(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of every organisation's spellings in `language` (longest first), and the
    folded spelling → organisation."""
    data: dict[str, Any] = json.loads(
        Path(__file__).with_name("align_organisations.json").read_text(encoding="utf-8")
    )
    spellings: dict[str, str] = {}
    parts: list[tuple[int, str]] = []
    for key, columns in data.items():
        if key.startswith("_"):
            continue
        for spelling in str(columns.get(language, "")).split("|"):
            if not spelling:
                continue
            words = spelling.split()
            pattern = r"\W+".join(
                re.escape(fold(w)) + ("" if w.isupper() and len(words) == 1 else r"\w*")
                for w in words
            )
            if language == "ar":
                pattern = r"(?:[وفب]|ل|وب|ول|وال|بال|لل)?" + pattern
            parts.append((len(spelling), rf"(?<!\w)(?P<o{len(parts)}>{pattern})(?!\w)"))
            spellings[f"o{len(parts) - 1}"] = key
    parts.sort(key=lambda p: -p[0])
    return re.compile("|".join(p for _, p in parts)), spellings


def organisation_spans(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, "org:<key>") of each organisation the text names."""
    pattern, keys = _organisations(language)
    folded = fold(text)
    if len(folded) == len(text):
        return [
            (m.start(), m.end(), "org:" + keys[str(m.lastgroup)]) for m in pattern.finditer(folded)
        ]
    mapped = fold_with_offsets(text)  # vowel marks or ligatures folded away
    return [
        (*mapped.original_span(m.start(), m.end()), "org:" + keys[str(m.lastgroup)])
        for m in pattern.finditer(mapped.text)
    ]
