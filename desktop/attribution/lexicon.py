"""Cue lexicons, one JSON file per language in `resources/attribution/` (a desk may extend them).

A lexicon lists reporting verbs by the hop relation they imply, cues whose source follows them
("according to"), the "X quoted Y as saying" frame, complementizers, pronouns and the patterns
that find a document's outlet and translator. See `resources/attribution/en.json` for the shape.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


class LexiconError(ValueError):
    """A lexicon file that cannot be read or has the wrong shape."""


@dataclass(frozen=True)
class Cue:
    """One cue phrase: its words (casefolded), the relation it implies and its frame.

    frame: "verb" (a reporting verb), "verb_that" (a verb that reports only before a
    complementizer: found that), "prep" (source follows: according to X), "post" (source
    precedes: X'e göre), "quote_verb" (X quoted Y as saying), "as" (as saying),
    "passive" (was quoted by), "passive_bare" (was quoted as saying)."""

    words: tuple[str, ...]
    relation: str
    frame: str
    directive: bool = False
    """A request or demand (urge, call for): its content is not a checkable statement."""


@dataclass(frozen=True)
class Lexicon:
    language: str
    name: str
    order: str
    cues: dict[str, tuple[Cue, ...]]  # first word → cues starting with it, longest first
    object_verbs: frozenset[str]
    complementizers: frozenset[str]
    clause_words: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    statement_nouns: tuple[tuple[str, ...], ...]
    verb_particles: tuple[tuple[str, ...], ...]
    postposition_nouns: frozenset[str]
    quote_as: tuple[tuple[str, ...], ...]
    quote_from: frozenset[str]
    quote_as_first: frozenset[str]
    outlet_words: frozenset[str]
    official_words: frozenset[str]
    organisation_words: frozenset[str]
    translation_patterns: tuple[re.Pattern[str], ...]
    outlet_patterns: tuple[re.Pattern[str], ...]
    any_cue: re.Pattern[str]
    """Finds a sentence that may hold a cue (its first word), so others are skipped at once."""
    continuation: frozenset[str] = frozenset()
    """Forms of verbs that go on with the speaker before ("added", "وأضاف"): the only verbs
    whose left-out subject is carried over from an earlier sentence."""
    possessive_nouns: frozenset[str] = frozenset()
    """Noun cues that take a possessor as source and a that-clause ("his claim that …")."""
    places: tuple[tuple[str, tuple[str, ...], str], ...] = ()
    """(country, the names that stand for it, the adjective of its officials' titles)."""
    title_words: frozenset[str] = frozenset()
    """Lower-case words a speaker's title may have ("foreign minister") before a colon."""
    colon_exclusions: frozenset[str] = frozenset()
    """First words of a line that are labels, not speakers, before a colon ("Photo:")."""
    kickers: tuple[str, ...] = ()
    """A headline's or paragraph's kicker before a colon or dash ("BREAKING:", "عاجل:"): no
    source of what follows (`speaker.kicker_end`)."""
    speaker_openers: tuple[tuple[str, ...], ...] = ()
    """Openers and particles that may stand before a subject and are no part of it ("earlier",
    "daha önce", "ранее", "وكان"); folded by `fold_word`, longest first."""
    speaker_closers: tuple[tuple[str, ...], ...] = ()
    """Particles that may stand between a subject and its verb ("قد", "also")."""
    time_words: frozenset[str] = frozenset()
    """Words that are a time by themselves ("yesterday", "dün", "вчера", "الثلاثاء")."""
    time_units: frozenset[str] = frozenset()
    """Words that are a time with a word before or after them ("week", "Tuesday" in "on
    Tuesday", "hafta", "вторник", "الأسبوع"), and month names."""
    time_before: frozenset[str] = frozenset()
    """Words that open a time expression ("on", "last", "geçen", "во", "يوم")."""
    time_after: frozenset[str] = frozenset()
    """Words that close one ("morning", "günü", "утром", "الماضي")."""


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.casefold().split())


def fold_word(word: str) -> str:
    """A word folded for the speaker lists: case folded, Turkish dotted and dotless i as i
    ("SALI", "Salı", "DAKİKA" → sali, daki…)."""
    return word.casefold().replace("\u0307", "").replace("ı", "i")


def _folded(data: dict[str, Any], name: str) -> frozenset[str]:
    return frozenset(fold_word(w) for w in data.get(name, []))


def _phrases(data: dict[str, Any], name: str) -> tuple[tuple[str, ...], ...]:
    found = {tuple(fold_word(w) for w in p.split()) for p in data.get(name, []) if p.split()}
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


def _build(data: dict[str, Any]) -> Lexicon:
    cues: dict[str, list[Cue]] = {}
    seen: set[tuple[tuple[str, ...], str]] = set()
    homographs = frozenset(w.casefold() for w in data.get("noun_homographs", []))

    def add(phrase: str, relation: str, frame: str, directive: bool = False) -> None:
        words = _words(phrase)
        if frame == "verb" and phrase.casefold() in homographs:
            frame = "verb_that"  # "states", "reports": nouns unless a clause follows
        if words and (words, frame) not in seen:
            seen.add((words, frame))
            cues.setdefault(words[0], []).append(Cue(words, relation, frame, directive))

    inflected: dict[str, list[str]] = data.get("forms", {})
    for name, cls in data.get("verb_classes", {}).items():
        if name.startswith("_"):
            continue
        for lemma in cls["lemmas"]:
            for form in inflected.get(lemma, [lemma]):
                add(form, cls["relation"], cls["frame"], bool(cls.get("directive")))

    for relation, forms in data.get("verbs", {}).items():
        for form in forms:
            add(form, relation, "verb")
    for relation, forms in data.get("verbs_with_that", {}).items():
        for form in forms:
            add(form, relation, "verb_that")
    for relation, forms in data.get("prepositions", {}).items():
        for form in forms:
            add(form, relation, "prep")
    for relation, forms in data.get("postpositions", {}).items():
        for form in forms:
            add(form, relation, "post")
    quoted = data.get("quoted_as", {})
    for form in quoted.get("verbs", []):
        add(form, "quoted", "quote_verb")
    for form in quoted.get("passive", []):
        add(form, "quoted", "passive")
    for form in quoted.get("passive_bare", []):
        add(form, "quoted", "passive_bare")
    ordered = {
        k: tuple(
            sorted(v, key=lambda c: (-len(c.words), {"quote_verb": 0, "prep": 1}.get(c.frame, 2)))
        )
        for k, v in cues.items()
    }
    document = data.get("document", {})
    try:
        translation = tuple(re.compile(p) for p in document.get("translation", []))
        outlet = tuple(re.compile(p, re.MULTILINE) for p in document.get("outlet", []))
    except re.error as exc:
        raise LexiconError(f"a document pattern does not compile: {exc}") from None
    firsts = sorted(ordered)
    prefix = "[وف]?" if data["language"] == "ar" else ""
    any_cue = re.compile(rf"(?<!\w){prefix}{trie_pattern(firsts)}(?!\w)", re.IGNORECASE)
    return Lexicon(
        language=str(data["language"]),
        name=str(data.get("name", data["language"])),
        order=str(data.get("order", "svo")),
        cues=ordered,
        object_verbs=frozenset(
            f.casefold() for w in data.get("object_verbs", []) for f in inflected.get(w, [w])
        ),
        complementizers=frozenset(w.casefold() for w in data.get("complementizers", [])),
        clause_words=frozenset(w.casefold() for w in data.get("clause_words", [])),
        pronouns=frozenset(w.casefold() for w in data.get("pronouns", [])),
        determiners=frozenset(w.casefold() for w in data.get("determiners", [])),
        statement_nouns=tuple(
            sorted((_words(p) for p in data.get("statement_nouns", [])), key=len, reverse=True)
        ),
        verb_particles=tuple(
            sorted((_words(p) for p in data.get("verb_particles", [])), key=len, reverse=True)
        ),
        postposition_nouns=frozenset(w.casefold() for w in data.get("postposition_nouns", [])),
        quote_as=tuple(_words(p) for p in quoted.get("as", [])),
        quote_from=frozenset(w.casefold() for w in quoted.get("from", [])),
        quote_as_first=frozenset(_words(p)[0] for p in quoted.get("as", []) if _words(p)),
        outlet_words=frozenset(w.casefold() for w in data.get("outlet_words", [])),
        official_words=frozenset(w.casefold() for w in data.get("official_words", [])),
        organisation_words=frozenset(w.casefold() for w in data.get("organisation_words", [])),
        translation_patterns=translation,
        outlet_patterns=outlet,
        any_cue=any_cue,
        continuation=frozenset(
            f.casefold() for w in data.get("continuation_lemmas", []) for f in inflected.get(w, [w])
        ),
        possessive_nouns=frozenset(w.casefold() for w in data.get("possessive_nouns", [])),
        colon_exclusions=frozenset(w.casefold() for w in data.get("colon_exclusions", [])),
        title_words=frozenset(w.casefold() for w in data.get("title_words", [])),
        kickers=tuple(data.get("kickers", [])),
        speaker_openers=_phrases(data, "speaker_openers"),
        speaker_closers=_phrases(data, "speaker_closers"),
        time_words=_folded(data, "time_words"),
        time_units=_folded(data, "time_units"),
        time_before=_folded(data, "time_before"),
        time_after=_folded(data, "time_after"),
        places=tuple(
            (country, tuple(v.get("names", [])), str(v.get("adjective", "")))
            for country, v in data.get("places", {}).items()
            if not country.startswith("_")
        ),
    )


def trie_pattern(words: list[str]) -> str:
    """One regular expression for many words, shared prefixes factored out, so that a
    search tries a few characters per position rather than every word."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + render(trie) + ")"


def _folder() -> Any:
    return resources.files("resources").joinpath("attribution")


def available_languages() -> tuple[str, ...]:
    """The language tags that have a lexicon file, sorted (e.g. ('ar', 'en', 'ru', 'tr'))."""
    return tuple(sorted(p.name[:-5] for p in _folder().iterdir() if p.name.endswith(".json")))


def load_lexicon(language: str) -> Lexicon | None:
    """The lexicon for a BCP 47 tag's primary language (`en-GB` → en.json), or None if none.

    Raises LexiconError when the file exists but is not a valid lexicon."""
    primary = language.strip().replace("_", "-").split("-")[0].lower()
    if not primary.isalpha() or not primary.isascii():
        return None
    return _load(primary)


@cache
def _load(primary: str) -> Lexicon | None:
    path = _folder().joinpath(f"{primary}.json")
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
        return _build(data)
    except (ValueError, KeyError, TypeError) as exc:
        raise LexiconError(f"the {primary} cue lexicon cannot be read: {exc}") from None
