"""The speaker's words, and only them: what a headline's kicker, a sentence's opener, a time
expression or a particle adds around a subject is left out of the source span.

"BREAKING: Lavrov says …", "عاجل: …", "SON DAKİKA: …", "СРОЧНО: …": a kicker at the head of a
line is no source of what follows (`kicker_end`). "Ранее Дмитрий Песков заявил", "Daha önce
Bakan Fidan", "وكان وزير الخارجية أحمد عطاف قد قال", "Hakan Fidan salı günü yaptığı
açıklamada", "On Tuesday Foreign Minister Sergey Lavrov said": openers, particles and time
expressions at either end of a subject are not the speaker (`speaker_range`). The words are
each lexicon's (`kickers`, `speaker_openers`, `speaker_closers`, `time_words`, `time_units`,
`time_before`, `time_after` in `resources/attribution/LANG.json`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from .lexicon import Lexicon, fold_word
from .text import Token

_EDGE = frozenset(",;:—–-،؛")
_NUMBER = re.compile(r"\d+(?:[./-]\d+)*")


def key(token: Token) -> str:
    """A token as the lexicon's lists hold it: case folded (Turkish İ as i), an apostrophe's
    suffix left out ("Salı'dan" → salı)."""
    return _key(token.fold)


@lru_cache(maxsize=8192)
def _key(fold: str) -> str:
    return fold_word(fold).split("'")[0].split("’")[0]


@cache
def _kicker_pattern(kickers: tuple[str, ...]) -> re.Pattern[str] | None:
    if not kickers:
        return None
    words = sorted(kickers, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in words)
    # "BREAKING:", "UPDATE 2-", "EXCLUSIVE-", "عاجل |", "СРОЧНО —", "[VIDEO]", "(VIDEO)"
    return re.compile(
        rf"[ \t]*(?:[\[(](?P<b>{body})[\])]"
        rf"|(?P<k>{body})(?:[ \t]+\d+)?[ \t]*(?P<sep>[:|—–]+|-))[ \t]*",
        re.IGNORECASE,
    )


def kicker_end(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Where the words after a kicker at `start` begin ("BREAKING: " → after it), or `start`
    when none stands there. Only a kicker with its separator counts ("Breaking news is …"
    keeps its words), a hyphen only after capitals ("UPDATE 2-", "EXCLUSIVE-")."""
    pattern = _kicker_pattern(lex.kickers)
    m = pattern.match(text, start, end) if pattern is not None else None
    if m is None or not text[m.end() : end].strip():
        return start
    if m.group("sep") == "-" and not m.group("k").isupper():
        return start
    return m.end()


@cache
def _by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:  # longest first, kept so
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def _phrase_at(keys: Sequence[str], i: int, b: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    if i >= b:
        return 0
    for phrase in _by_first(phrases).get(keys[i], ()):
        n = len(phrase)
        if i + n <= b and tuple(keys[i : i + n]) == phrase:
            return n
    return 0


def time_length(tokens: Sequence[Token], i: int, b: int, lex: Lexicon) -> int:
    """How many tokens from `i` (before `b`) make a time expression ("on Tuesday", "salı
    günü", "во вторник", "يوم الثلاثاء", "last week", "5 December"), or 0."""
    if key(tokens[i]) not in lex.time_before:
        return 0
    keys = [key(t) for t in tokens[i:b]]
    return _time_length(keys, 0, len(keys), lex)


def _time_length(keys: Sequence[str], i: int, b: int, lex: Lexicon) -> int:
    j = i
    while j < b and keys[j] in lex.time_before:
        j += 1
    core = j
    while j < b and (
        keys[j] in lex.time_words
        or keys[j] in lex.time_units
        or (j > i and _NUMBER.fullmatch(keys[j]) is not None)
    ):
        j += 1
    if j == core:
        return 0
    head = keys[core:j]
    after = j
    while after < b and keys[after] in lex.time_after:
        after += 1
    # a unit ("week", "May", "hafta") is a time only with a word that makes it one: "last
    # week", "in May", "geçen hafta", "الأسبوع الماضي"; "Theresa May", "The Week" are names
    if not any(k in lex.time_words for k in head) and core == i and after == j:
        return 0
    return after - i


def _starts(lex: Lexicon) -> frozenset[str]:
    """The words a time expression or a closing particle may start with."""
    return _starts_of(lex.time_before, lex.time_words, lex.time_units, lex.speaker_closers)


@cache
def _starts_of(
    before: frozenset[str],
    words: frozenset[str],
    units: frozenset[str],
    closers: tuple[tuple[str, ...], ...],
) -> frozenset[str]:
    return before | words | units | {p[0] for p in closers}


def speaker_range(tokens: Sequence[Token], a: int, b: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject tokens [a, b) less the openers, particles and time expressions at either
    end (and the punctuation they leave), or None when nothing of a speaker is left."""
    keys = [""] * a + [key(t) for t in tokens[a:b]]
    openers = lex.speaker_openers
    closers = lex.speaker_closers
    changed = True
    while changed and a < b:
        changed = False
        while a < b and tokens[a].text in _EDGE:
            a += 1
            changed = True
        while b > a and tokens[b - 1].text in _EDGE:
            b -= 1
            changed = True
        n = _phrase_at(keys, a, b, openers) or _time_length(keys, a, b, lex)
        if n and a + n <= b:
            a += n
            changed = True
            continue
        for k in range(a, b):  # a time expression or a particle that ends the subject
            if tokens[k].text in (",", "،"):
                break  # "The report, published by a group on Thursday,": the phrase's own
            if keys[k] not in _starts(lex):
                continue
            n = _time_length(keys, k, b, lex) or _phrase_at(keys, k, b, closers)
            if n and k + n == b and k > a:
                b = k
                changed = True
                break
    if a >= b or not any(t.is_word for t in tokens[a:b]):
        return None
    return a, b
