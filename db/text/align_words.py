"""Words of an aligned pair that render each other, by evidence only: the same number (in any
digit system; or the one number each side has left over, which then differs), a name matched
across scripts (`db.text.names` keys), a word of the bilingual lexicon (a month among them) or
a negation on each side. A word with no such evidence is linked to nothing: the side-by-side
then highlights the whole aligned sentence and says so, never pretending to a precision the
evidence does not give."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .align_anchors import cross_language_anchors
from .align_features import WORD, base_language, word_name_keys
from .align_lexicon import MONTHS, fold, word_concept

_MONTHS = frozenset(MONTHS)


@dataclass(frozen=True)
class WordLink:
    """Characters `original` of the original passage render characters `translation` of the
    translation passage; `evidence` says why: "number", "number differs", "name", "month",
    "word" (the lexicon) or "negation"; `surface` the two sides' words."""

    original: tuple[int, int]
    translation: tuple[int, int]
    evidence: str
    surface: tuple[str, str]


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    kind: str  # "number" | "name" | "month" | "word" | "negation"
    keys: frozenset[str]


def _tokens(text: str, language: str | None) -> list[_Token]:
    lang = base_language(language)
    found: list[_Token] = []
    taken: list[tuple[int, int]] = []
    for a in cross_language_anchors(text, language):
        if a.kind == "date":
            continue  # a weekday is a word of the lexicon below
        kind = "negation" if a.kind == "negation" else "number"
        found.append(_Token(a.start, a.end, text[a.start : a.end], kind, frozenset({a.value})))
        taken.append((a.start, a.end))
    for m in WORD.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        raw = m.group()
        concept = word_concept(fold(raw), lang)
        if concept is not None:
            kind = "month" if concept in _MONTHS else "word"
            found.append(_Token(m.start(), m.end(), raw, kind, frozenset({concept})))
            continue
        if lang == "ar" or (raw[:1].isupper() and len(raw) >= 3):
            keys = word_name_keys(raw, lang)
            if keys:
                found.append(_Token(m.start(), m.end(), raw, "name", keys))
    return sorted(found, key=lambda t: t.start)


def word_links(
    original: str, translation: str, original_language: str | None, translation_language: str | None
) -> tuple[WordLink, ...]:
    """The word links of two aligned passages (the original's and the translation's text of one
    bead), in the original's order."""
    left = _tokens(original, original_language)
    right = _tokens(translation, translation_language)
    links: list[WordLink] = []
    used_l: set[int] = set()
    used_r: set[int] = set()

    def link(i: int, j: int, evidence: str) -> None:
        a, b = left[i], right[j]
        links.append(WordLink((a.start, a.end), (b.start, b.end), evidence, (a.text, b.text)))
        used_l.add(i)
        used_r.add(j)

    # same kind, a key in common: the k-th occurrence on one side with the k-th on the other
    for kind in ("number", "name", "month", "word", "negation"):
        by_key: dict[str, list[int]] = defaultdict(list)
        for j, t in enumerate(right):
            if t.kind == kind:
                for k in t.keys:
                    by_key[k].append(j)
        for i, t in enumerate(left):
            if t.kind != kind:
                continue
            candidates = sorted({j for k in t.keys for j in by_key.get(k, ()) if j not in used_r})
            if candidates:
                link(i, candidates[0], kind)
    # the numbers each side has left over, as many on each side: they differ, in order
    rest_l = [i for i, t in enumerate(left) if t.kind == "number" and i not in used_l]
    rest_r = [j for j, t in enumerate(right) if t.kind == "number" and j not in used_r]
    if rest_l and len(rest_l) == len(rest_r):
        for i, j in zip(rest_l, rest_r, strict=True):
            link(i, j, "number differs")
    return tuple(sorted(links, key=lambda w: w.original))


def links_in(links: tuple[WordLink, ...], side: str, start: int, end: int) -> tuple[WordLink, ...]:
    """The links whose words on `side` ("original" or "translation") overlap `start`–`end`."""
    return tuple(
        w
        for w in links
        if (span := w.original if side == "original" else w.translation)[0] < end
        and start < span[1]
    )
