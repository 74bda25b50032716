"""Statements a reviewer can check, from contents: coordinated reported clauses split ("that A
and that B"), noun phrases left out ("the importance of rebuilding …"), the same statement
recognised under several attributions, pronouns given their antecedent in brackets."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Span

_COORDINATED = {
    "en": re.compile(r",?\s+and\s+that\s+", re.IGNORECASE),
    "ru": re.compile(r",?\s+и\s+что\s+", re.IGNORECASE),
    "ar": re.compile(r"\s+و\s?(?=أن\s|إن\s|أنه\s|أنها\s)"),
}
_WORD = re.compile(r"\w+")
_QUOTES = "\"“”«»„‹›'’‘"


def split_coordinated(text: str, spans: tuple[Span, ...], language: str) -> list[tuple[Span, ...]]:
    """A paraphrase "that A and that B" as two contents; a quotation stays whole."""
    pattern = _COORDINATED.get(language)
    if pattern is None or len(spans) != 1:
        return [spans]
    start, end = spans[0]
    if text[start : start + 1] in _QUOTES:
        return [spans]
    keep = {"en": "that", "ru": "что"}.get(language)
    out: list[tuple[Span, ...]] = []
    at = start
    for m in pattern.finditer(text, start, end):
        if m.start() - at < 12:
            continue
        out.append(((at, m.start()),))
        # the complementizer stays with the second clause: "that B"
        at = m.start() + m.group().casefold().index(keep) if keep else m.end()
    out.append(((at, end),))
    return out if len(out) > 1 else [spans]


_AUX = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "must",
        "should",
        "may",
        "might",
        "shall",
        "does",
        "do",
        "did",
        "am",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "won't",
        "can't",
        "cannot",
    ]
)
_DEONTIC = frozenset(["must", "should", "ought"])
_NP_START = frozenset(
    ["the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those"]
)
_PREDICTIVE = ("expect", "predict", "forecast", "anticipat", "want", "urge", "ask")


def is_statement(content: str, cue: str, language: str, quotation: bool) -> bool:
    """Whether a paraphrase says something checkable: not a noun phrase ("stressed the
    importance of …" names; "stressed that it is important …" says) and not what ought to be
    ("… must be lifted"). Quotations always count; English only (elsewhere every content
    counts)."""
    if language != "en" or quotation:
        return True
    words = [w.casefold() for w in _WORD.findall(content)]
    if any(w in _DEONTIC for w in words):
        return False  # "… must be lifted": what ought to be, a demand, not a checkable fact
    if not words or words[0] in ("that", "whether"):
        return True
    if words[0] not in _NP_START:
        return True
    if cue.casefold().startswith(_PREDICTIVE):
        return True  # "expects the bank to raise rates": a proposition with an infinitive
    return any(w in _AUX for w in words) or any(
        w.endswith("ed") and len(w) > 4 and i > 1 and words[i - 1] not in _NP_START
        for i, w in enumerate(words)
    )


_STOP = frozenset(
    [
        "that",
        "the",
        "and",
        "for",
        "with",
        "from",
        "this",
        "these",
        "those",
        "have",
        "has",
        "had",
        "will",
        "would",
        "been",
        "being",
        "which",
        "their",
        "there",
        "about",
        "into",
        "over",
        "also",
        "its",
        "his",
        "her",
        "they",
        "them",
        "than",
        "then",
        "were",
        "was",
        "are",
        "is",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "as",
        "it",
        "be",
        "or",
        "an",
        "a",
    ]
)


def statement_key(text: str) -> frozenset[str]:
    """The words that make a statement what it is, stemmed crudely (first six letters)."""
    return frozenset(
        w[:6] for w in (x.casefold() for x in _WORD.findall(text)) if w not in _STOP and len(w) > 2
    )


def same_statement(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two statements are one: most of the shorter one's words are in the other."""
    small = min(len(a), len(b))
    if small < 4:
        return a == b and small > 0
    return len(a & b) >= 0.7 * small


# pronouns ---------------------------------------------------------------------------------

_PRONOUNS_EN = {
    "it": ("thing", ""),
    "its": ("thing", "'s"),
    "they": ("group", ""),
    "their": ("group", "'s"),
    "them": ("group", ""),
    "he": ("person", ""),
    "his": ("person", "'s"),
    "she": ("person", ""),
    "her": ("person", "'s"),
}
_VERBISH = frozenset(_AUX) | frozenset(["that", "which", "who", "to"])


def subject_of(content: str) -> str:
    """The noun phrase a reported clause begins with ("The unilateral measures imposed …"
    → "The unilateral measures"), or '' when it does not begin with one."""
    words = content.strip(_QUOTES + " ").split()
    if words and words[0].casefold() in ("that", "whether"):
        words = words[1:]
    out: list[str] = []
    for w in words[:9]:
        bare = w.strip(_QUOTES + ",.;:").casefold()
        if bare in _VERBISH or (bare.endswith("ed") and len(out) >= 2) or w.endswith(","):
            if w.endswith(",") and bare not in _VERBISH:
                out.append(w.rstrip(","))
            break
        out.append(w.strip(_QUOTES))
    if not out or out[0].casefold() not in _NP_START or len(out) < 2:
        return ""
    return " ".join(out)


def bracket_pronouns(
    wording: str,
    language: str,
    *,
    speaker: str,
    speaker_kind: str,
    earlier_subject: str,
) -> str:
    """Third-person pronouns in a paraphrase given their antecedent in brackets: the
    speaker for "it/its" (a state or organisation) and "he/his" (a person), the subject of the
    speaker's statement before for "they" ("[Turkey] has asked for [Russia's] help")."""
    if language != "en" or not wording:
        return wording
    out: list[str] = []
    for i, token in enumerate(re.split(r"(\W+)", wording)):
        fold = token.casefold()
        entry = _PRONOUNS_EN.get(fold)
        antecedent = ""
        if entry is not None and not (fold == "it" and _expletive(wording, i)):
            kind, suffix = entry
            thing = (
                kind == "thing"
                and speaker_kind not in ("person", "unnamed-official")
                and (fold == "it" or _asked_of(wording, i) or not _named_subject(wording))
            )
            if speaker and (thing or (kind == "person" and speaker_kind == "person")):
                antecedent = speaker
            elif kind == "group" and earlier_subject and i == 0:
                antecedent = earlier_subject[0].upper() + earlier_subject[1:]
            if antecedent:
                name = antecedent if i == 0 else _lower_determiner(antecedent)
                out.append(f"[{name}{suffix}]")
                continue
        out.append(token)
    return "".join(out)


_ASKING = re.compile(
    r"\b(?:ask|asked|asks|sought|seeks|seek|requested|requests)\b(?:\s+for)?\s*$", re.IGNORECASE
)


def _asked_of(wording: str, index: int) -> bool:
    """ "Turkey has asked for its help": what one asks of the speaker is the speaker's."""
    before = "".join(re.split(r"(\W+)", wording)[:index])
    return bool(_ASKING.search(before))


def _named_subject(wording: str) -> bool:
    """Whether the clause opens with a name ("Washington wants to keep its bases"): then
    "its" is most likely the name's own, and left as written."""
    first = wording.split(" ", 1)[0]
    return first[:1].isupper() and first.casefold() not in _NP_START


def _expletive(wording: str, index: int) -> bool:
    """ "it is necessary to …", "it seems": an "it" that stands for nothing."""
    after = re.split(r"(\W+)", wording)[index + 2 : index + 5 : 2]
    return bool(after) and after[0].casefold() in ("is", "was", "seems", "appears")


def _lower_determiner(name: str) -> str:
    first, _, rest = name.partition(" ")
    if first in ("The", "A", "An") and rest:
        return f"{first.lower()} {rest}"
    return name


def pick(candidates: Sequence[tuple[bool, bool, int]]) -> int:
    """Which of a statement's attributions gives the wording: a quotation first, then a named
    person's, then the longest. Items: (quotation, person, length)."""
    return max(range(len(candidates)), key=lambda i: candidates[i])
