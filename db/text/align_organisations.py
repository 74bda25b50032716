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

_TOKEN = re.compile(r"\w+")
_AR_PREFIXES = ("وال", "بال", "فال", "لل", "وب", "ول", "و", "ف", "ب", "ل")

Spelling = tuple[tuple[str, ...], bool, str]
"""An organisation's spelling: its folded words (stems), whether it is an acronym, its key."""


@functools.cache
def _index(language: str) -> dict[str, list[Spelling]]:
    """The spellings of `language` by the first three letters of their first word, longest
    first."""
    data: dict[str, Any] = json.loads(
        Path(__file__).with_name("align_organisations.json").read_text(encoding="utf-8")
    )
    index: dict[str, list[Spelling]] = {}
    for key, columns in data.items():
        if key.startswith("_"):
            continue
        for spelling in str(columns.get(language, "")).split("|"):
            words = tuple(_TOKEN.findall(fold(spelling)))
            if words:
                acronym = spelling.isupper() and len(words) == 1
                index.setdefault(words[0][:3], []).append((words, acronym, key))
    for spellings in index.values():
        spellings.sort(key=lambda s: -sum(len(w) for w in s[0]))
    return index


def _forms(token: str, language: str) -> list[str]:
    """A word and, in Arabic, the word without the prefixes attached to it."""
    if language != "ar":
        return [token]
    forms = [token]
    for p in _AR_PREFIXES:
        if token.startswith(p) and len(token) - len(p) >= 2:
            rest = token[len(p) :]
            forms.append(rest)
            if p.endswith("ل") and not rest.startswith("ال"):
                forms.append("ال" + rest)  # للأمم: ل + الأمم
    return forms


@functools.lru_cache(maxsize=8192)
def organisation_spans(text: str, language: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, "org:<key>") of each organisation the text names; an acronym only in
    capitals ("WHO", not "who")."""
    folded = fold(text)
    mapped = None if len(folded) == len(text) else fold_with_offsets(text)
    if mapped is not None:
        folded = mapped.text  # vowel marks or ligatures folded away
    index = _index(language)
    tokens = list(_TOKEN.finditer(folded))
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        hit = _spelling_at(tokens, i, folded, index, language)
        if hit is None:
            i += 1
            continue
        n, acronym, key = hit
        start, end = tokens[i].start(), tokens[i + n - 1].end()
        if mapped is not None:
            start, end = mapped.original_span(start, end)
        if not acronym or text[start:end].isupper():
            found.append((start, end, "org:" + key))
        i += n
    return tuple(found)


def _spelling_at(
    tokens: list[re.Match[str]],
    i: int,
    folded: str,
    index: dict[str, list[Spelling]],
    language: str,
) -> tuple[int, bool, str] | None:
    for form in _forms(tokens[i].group(), language):
        for words, acronym, key in index.get(form[:3], ()):
            n = len(words)
            if i + n > len(tokens):
                continue
            if not (form == words[0] if acronym else form.startswith(words[0])):
                continue
            if all(
                tokens[i + k].group().startswith(words[k])
                and not folded[tokens[i + k - 1].end() : tokens[i + k].start()].strip(" -'’")
                for k in range(1, n)
            ):
                return n, acronym, key
    return None
