"""Which of two names is the agent (who did it) and which the patient, read per language.

`agent` answers for one text and two of its name anchors, or None when the text does not say
plainly; `db.text.anchor_roles` calls two texts' names "roles swapped" when both texts say and
the agents differ, and the same roles when both say and agree (another order or voice):

- English: the name before the verb is the agent, the one after it the patient; in the passive
  ("B was sued by A") the name after "by" is the agent.
- Arabic: in VSO ("اتهمت أرمينيا أذربيجان") the first name after the verb is the agent, in SVO
  ("أرمينيا اتهمت أذربيجان") the name before the verb: the first of the two either way; a
  passive ("من قبل", "على يد") says nothing here.
- Russian: the case ending decides (pymorphy3): a name that can only be nominative is the agent,
  one that cannot be nominative (accusative, genitive, dative…) is the patient, and a name that
  may be either ("Азербайджан") takes the role the other leaves; with a short passive
  participle ("была обвинена Азербайджаном") the instrumental is the agent, the nominative the
  patient.
- Turkish: the ending after the apostrophe decides: none (nominative) or the genitive is the
  agent, the accusative (-ı/-i/-u/-ü) or dative (-a/-e) the patient.

Only two names of one clause count (no comma, "that", "что", "إن" between them, except in
Turkish, where a comma often follows the agent), and only when the two texts have the same
words outside their anchors (the auxiliaries of the passive and "by" aside), so that what
differs between them is who is who.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from .anchors import Anchor
from .normalise import search_key

_WORD = re.compile(r"\w+")
_WORD_END = re.compile(r"(?:['’]?\w)*")
_CLAUSE_BREAK = re.compile(r"[,;:،؛«»\"“”]")
_CLAUSE_WORDS = frozenset(
    search_key(w) for w in ["that", "said", "что", "чтобы", "إن", "أن", "ان", "وقال", "قال"]
)
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "be", "being", "by"})
_ARABIC_PASSIVE = frozenset(search_key(w) for w in ["قبل", "يد"])
_JOINING = frozenset(
    search_key(w)
    for w in ["and", "or", "with", "ve", "ile", "veya", "и", "или", "с", "со", "و", "او", "مع"]
)
_TR_PATIENT = frozenset(
    [
        *("ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü"),
        *("a", "e", "ya", "ye", "na", "ne"),
    ]
)
_TR_AGENT = frozenset(["ın", "in", "un", "ün", "nın", "nin", "nun", "nün"])


def _words(
    text: str, anchors: Sequence[Anchor], start: int = 0, end: int | None = None
) -> list[str]:
    stop = len(text) if end is None else end
    return [
        search_key(m.group())
        for m in _WORD.finditer(text, start, stop)
        if not any(a.start < m.end() and m.start() < a.end for a in anchors)
    ]


def _lemma(word: str, language: str) -> str:
    if language != "ru":
        return word
    from .anchor_names import stem

    return stem(word, "ru")


def same_words(
    text_a: str,
    anchors_a: Sequence[Anchor],
    text_b: str,
    anchors_b: Sequence[Anchor],
    language: str,
) -> bool:
    """Whether two texts have the same words outside their anchors (by lemma in Russian; the
    passive's auxiliaries and "by" aside in English)."""

    def bag(text: str, anchors: Sequence[Anchor]) -> Counter[str]:
        words = [_lemma(w, language) for w in _words(text, anchors)]
        if language == "en":
            words = [w for w in words if w not in _PASSIVE_AUX]
        elif language == "ru":
            words = [w for w in words if w != "быть"]
        return Counter(words)

    return bag(text_a, anchors_a) == bag(text_b, anchors_b)


@functools.lru_cache(maxsize=4096)
def _ru_cases(word: str) -> frozenset[str]:
    from .anchor_names import _morph

    return frozenset(
        str(p.tag.case) for p in _morph().parse(word) if p.tag.case and "NOUN" in p.tag
    )


@functools.lru_cache(maxsize=4096)
def _ru_passive_participle(word: str) -> bool:
    from .anchor_names import _morph

    return any("PRTS" in p.tag and "pssv" in p.tag for p in _morph().parse(word))


def _ru_role(surface: str, passive: bool) -> str | None:
    words = _WORD.findall(surface)
    if not words:
        return None
    cases = _ru_cases(words[-1].lower())
    if not cases:
        return None
    if passive:  # "Армения была обвинена Азербайджаном": the instrumental is the agent
        if "ablt" in cases and "nomn" not in cases:
            return "agent"
        return "patient" if cases == {"nomn"} else None
    if cases == {"nomn"}:
        return "agent"
    if "nomn" not in cases:
        return "patient"
    return None


def _tr_role(word: str) -> str | None:
    if "'" not in word and "’" not in word:
        return "agent"
    suffix = re.split(r"['’]", word, maxsplit=1)[1]
    if suffix in _TR_PATIENT:
        return "patient"
    if suffix in _TR_AGENT:
        return "agent"
    return None


def _joined(text: str, anchor: Anchor) -> bool:
    """Whether Arabic "and" is written onto the name ("وأذربيجان")."""
    return (
        search_key(anchor.surface).startswith("و") or text[anchor.start - 1 : anchor.start] == "و"
    )


def _word_of(text: str, anchor: Anchor) -> str:
    end = _WORD_END.match(text, anchor.end)
    return text[anchor.start : end.end() if end else anchor.end].lower()


def agent(text: str, anchors: Sequence[Anchor], x: Anchor, y: Anchor, language: str) -> int | None:
    """0 when `x` is the agent and `y` the patient, 1 the other way, None when unsaid."""
    first, second = sorted((x, y), key=lambda a: a.start)
    between = text[first.end : second.start]
    middle = _words(text, anchors, first.end, second.start)
    if (middle and set(middle) <= _JOINING) or (not middle and language == "en"):
        return None
    if (
        language == "ar"
        and not middle
        and (_joined(text, second) or not text[: first.start].strip())
    ):
        return None  # "أرمينيا وأذربيجان", or two names and no verb before them
    if language != "tr" and (_CLAUSE_BREAK.search(between) or set(middle) & _CLAUSE_WORDS):
        return None
    earlier = 0 if first is x else 1
    if language == "en":
        if "by" in middle:
            passive = middle[-1] == "by" and bool(set(middle) & (_PASSIVE_AUX - {"by"}))
            return 1 - earlier if passive else None
        return earlier
    if language == "ar":
        if set(_words(text, anchors)) & _ARABIC_PASSIVE:
            return None
        return earlier
    if language == "ru":
        passive = any(_ru_passive_participle(w) for w in _words(text, anchors))
        rx, ry = _ru_role(_word_of(text, x), passive), _ru_role(_word_of(text, y), passive)
    elif language == "tr":
        rx, ry = _tr_role(_word_of(text, x)), _tr_role(_word_of(text, y))
        if rx is None or ry is None:
            return None
    else:
        return None
    if (rx == "agent" and ry != "agent") or (ry == "patient" and rx is None):
        return 0
    if (ry == "agent" and rx != "agent") or (rx == "patient" and ry is None):
        return 1
    return None
