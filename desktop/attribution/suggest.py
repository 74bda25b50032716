"""The pieces proposals.py builds suggestions with (what a suggestion is, a proposed claim,
its hops, its routes, is in model.py, so that a process that only shows them needs nothing
more): matching the case's actors by name, alias or base form, naming new actors,
a claim's wording from a content, the relation a cue implies for a hop."""

from __future__ import annotations

import re
from collections.abc import Sequence

from db.text.normalise import search_key

from .actors import base_name
from .lexicon import load_lexicon
from .model import Attribution
from .model import KnownActor as KnownActor
from .model import ProposedHop as ProposedHop
from .model import Suggestion as Suggestion

MAX_WORDING = 2000
_QUOTES = "\"“”«»„‹›'’‘"
_FOLD_DROP = re.compile(r"[\"“”«»„‹›‘’'.,:;()\[\]]")


# names -----------------------------------------------------------------------------------


def fold(name: str) -> str:
    """A name folded for matching by the case's one folding (`db.text.normalise.search_key`:
    case, Turkish İ, alef forms, accents), quotation marks and punctuation left out."""
    return " ".join(_FOLD_DROP.sub(" ", search_key(name)).split())


class ActorMatcher:
    """Finds the case's actor for a name: exact name or alias, then a name or alias the
    mention contains as whole words (the longest wins)."""

    def __init__(self, actors: Sequence[KnownActor], language: str = "") -> None:
        self.actors = list(actors)
        self.language = language
        self._names: list[tuple[str, KnownActor]] = []
        for actor in self.actors:
            for name in (actor.name, *actor.aliases):
                for key in {fold(name), fold(base_name(name, language))}:
                    if key:
                        self._names.append((key, actor))
        self._names.sort(key=lambda item: -len(item[0]))

    def match(self, *names: str) -> KnownActor | None:
        """The case's actor a mention names; inflected mentions («слова Дмитрия Пескова»,
        "Peskov'a") meet the name through their base form."""
        if not self._names:
            return None
        written = [n for n in names if fold(n)]
        keys = [fold(n) for n in written]
        keys += [k for k in (fold(base_name(n, self.language)) for n in written) if k not in keys]
        for key in keys:
            for name, actor in self._names:
                if name == key:
                    return actor
        for key in keys:
            padded = f" {key} "
            for name, actor in self._names:
                if f" {name} " in padded:
                    return actor
        for key in keys:
            words = set(key.split())
            for name, actor in self._names:
                parts = name.split()
                if len(parts) >= 2 and set(parts) <= words:
                    return actor
        # across scripts and spellings (Лавров, لافروف, Lawrow): the name keys meet
        from db.text.names import name_key, name_keys  # loaded only when a case has actors

        mention_keys = {name_key(n, self.language or None) for n in written} - {""}
        for actor in self.actors:
            for name in (actor.name, *actor.aliases):
                if mention_keys & name_keys(name, self.language or None):
                    return actor
        return None


def _looks_like_a_name(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 4 and all(
        w[:1].isupper() or w in ("al-", "bin", "ibn") for w in words
    )


def _new_name(name: str, language: str) -> str:
    """A new actor's name from a mention: an appositive left out ("Joseph Smith, an economist
    at a bank" → "Joseph Smith"; "the spokeswoman …, Anna Berg" → "Anna Berg")."""
    parts = [p.strip() for p in name.split(",") if p.strip()]
    if len(parts) > 1:
        named = [p for p in parts if _looks_like_a_name(p)]
        name = named[0] if named else parts[0]
    words = name.split()
    # "the spokesman …" → "spokesman …", "the BBC Türkçe" → "BBC Türkçe"; "The Times" stays
    if (
        language == "en"
        and len(words) > 1
        and words[0].casefold() in ("the", "a", "an")
        and (words[0].islower() or words[1][:1].islower())
    ):
        words = words[1:]
    cleaned = " ".join(words).strip(" ,;:")
    for q in '“”«»"':
        cleaned = cleaned.replace(q, "")
    return " ".join(cleaned.split()) or name


_PREPOSITIONS = frozenset(["of", "for", "in", "at", "from", "with", "в", "при", "из"])


def _kind(name: str, language: str) -> str:
    """A guess at a new actor's kind: outlet, unnamed official, organisation or person."""
    lex = load_lexicon(language)
    words = fold(name).split()
    raw = name.split()
    head = raw
    for i, w in enumerate(raw):
        if w.casefold() in _PREPOSITIONS:
            head = raw[:i]
            break
    head_words = {fold(w) for w in head}
    if lex is not None:
        if set(words) & lex.outlet_words:
            return "outlet"
        first_part = " ".join(head).split(",")[0].split()
        if first_part and fold(first_part[-1]) in lex.official_words:
            return "unnamed-official"  # "a high-ranking Turkish security official"
        if head_words & lex.organisation_words:
            return "organisation"
    capitals = [w for w in raw if w[:1].isupper()]
    if len(capitals) >= 2 or (len(words) == 1 and capitals):
        return "person"
    return "organisation"


def wording(text: str, language: str) -> str:
    """A claim's wording from a content: quotation marks and a leading "that" left out."""
    parts = [p.strip().strip(_QUOTES + " ,.:;").strip() for p in text.split(" … ")]
    words = ". ".join(p for p in parts if p)
    for mark in '“”«»„"':
        words = words.replace(mark, "")
    lex = load_lexicon(language)
    if lex is not None:
        first, _, rest = words.partition(" ")
        if first.casefold() in lex.complementizers and rest:
            words = rest.strip(_QUOTES + " ")
    words = " ".join(words.split())
    if words[:1].islower():
        words = words[0].upper() + words[1:]
    if len(words) > MAX_WORDING:
        words = words[: MAX_WORDING - 1].rstrip() + "…"
    if words and words[-1] not in ".!?؟…":
        words += "."
    return words


# chains ----------------------------------------------------------------------------------


def _relation(attribution: Attribution, outlet: bool, innermost: bool) -> str:
    cue = attribution.relation
    if cue in ("translated", "republished", "summarised", "quoted") and not innermost:
        return cue
    if innermost:
        if outlet and cue in ("reported", "said", "quoted"):
            return "reported"
        return cue if cue in ("translated", "republished", "summarised") else "said"
    if outlet or cue == "reported":
        return "reported"
    return "quoted" if attribution.quotation else "paraphrased"
