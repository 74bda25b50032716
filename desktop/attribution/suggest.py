"""Proposed claims with their chains, origin first, from an analysed source.

A suggestion is made for each attribution that holds no other (the innermost): its chain runs
from that attribution's source through each outer source, then the document's outlet ("…,
according to al-Watan" in the headline, or the source's recorded outlet), then a translation hop
when the document says it is a translation. A source that the text itself puts in doubt ("the
official quoted the BBC Türkçe as saying") is offered as the first link, with the direction of
the next link flagged as doubtful. Actors are matched to the case's actors by name and alias;
the others are proposed as new.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .lexicon import load_lexicon
from .model import Analysis, Attribution, Span

MAX_WORDING = 2000
_QUOTES = "\"“”«»„‹›'’‘"
_FOLD_DROP = re.compile(r"[\"“”«»„‹›‘’'.,:;()\[\]]")


@dataclass(frozen=True)
class KnownActor:
    """An actor of the case, as the matcher needs it."""

    id: int
    name: str
    kind: str = "person"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProposedHop:
    """One proposed link of a chain.

    `actor` is the case actor's name when `actor_id` matched one, else the name proposed for a
    new actor of `actor_kind`. `mention` is the words the text uses. `spans` are offsets into
    the analysed text and are set only on the hop whose words are in this source
    (`in_source`). `date` is ISO (YYYY-MM-DD) or ''. `guessed` says the actor was resolved by
    a guess (a pronoun, "the official")."""

    actor: str
    actor_id: int | None
    actor_kind: str
    mention: str
    relation: str
    quote: str = ""
    spans: tuple[Span, ...] = ()
    in_source: bool = False
    language: str = ""
    date: str = ""
    direction_doubtful: bool = False
    guessed: bool = False
    note: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "actor_id": self.actor_id,
            "actor_kind": self.actor_kind,
            "new_actor": self.actor_id is None,
            "mention": self.mention,
            "relation": self.relation,
            "quote": self.quote,
            "spans": [list(s) for s in self.spans],
            "in_source": self.in_source,
            "language": self.language,
            "date": self.date,
            "direction_doubtful": self.direction_doubtful,
            "guessed": self.guessed,
            "note": self.note,
        }


@dataclass(frozen=True)
class Suggestion:
    """A proposed claim: `number` (1-based, as `suggest --accept N`), the wording, the hops
    origin first, and the indexes of the attributions it came from (innermost first)."""

    number: int
    wording: str
    hops: tuple[ProposedHop, ...]
    attributions: tuple[int, ...]
    content: tuple[Span, ...]

    @property
    def label(self) -> str:
        """ "Sergey Lavrov → al-Watan → The Syrian Observer"."""
        return " → ".join(h.actor for h in self.hops)

    def as_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "wording": self.wording,
            "chain": self.label,
            "hops": [h.as_json() for h in self.hops],
            "attributions": list(self.attributions),
            "content": [list(s) for s in self.content],
        }


# names -----------------------------------------------------------------------------------


def fold(name: str) -> str:
    """A name folded for matching: case, quotation marks and punctuation left out."""
    return " ".join(_FOLD_DROP.sub(" ", name.casefold()).split())


class ActorMatcher:
    """Finds the case's actor for a name: exact name or alias, then a name or alias the
    mention contains as whole words (the longest wins)."""

    def __init__(self, actors: Sequence[KnownActor]) -> None:
        self.actors = list(actors)
        self._names: list[tuple[str, KnownActor]] = []
        for actor in self.actors:
            for name in (actor.name, *actor.aliases):
                key = fold(name)
                if key:
                    self._names.append((key, actor))
        self._names.sort(key=lambda item: -len(item[0]))

    def match(self, *names: str) -> KnownActor | None:
        keys = [fold(n) for n in names if fold(n)]
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


def suggest(
    analysis: Analysis,
    text: str,
    *,
    actors: Sequence[KnownActor] = (),
    outlet: str = "",
    language: str = "",
    date: str = "",
) -> tuple[Suggestion, ...]:
    """Proposed claims for an analysed text, one per innermost attribution, in text order.

    `outlet`, `language` and `date` are what the case records about the source (they win over
    what the text says about itself); `actors` are the case's actors to match by name and
    alias. An unsupported language gives no suggestions."""
    if not analysis.supported:
        return ()
    matcher = ActorMatcher(actors)
    lang = language or analysis.language
    lex = load_lexicon(analysis.language)
    outlet_words = lex.outlet_words if lex else frozenset()
    attributions = analysis.attributions
    # words attributed inside a quotation ("“We think …,” said X") belong to X's quotation:
    # they make no suggestion of their own and do not hide X's
    in_quote = {
        a.index
        for a in attributions
        if a.parent is not None
        and attributions[a.parent].quotation
        and attributions[a.parent].relation not in ("quoted",)
        and any(s <= a.cue[0][0] < e for s, e in attributions[a.parent].content)
    }
    parents = {a.parent for a in attributions if a.parent is not None and a.index not in in_quote}
    doc_outlet = analysis.outlet.actor if analysis.outlet else outlet
    translator = analysis.translator.actor if analysis.translator else ""
    the_date = date or analysis.date
    # "A quoted B as saying": B offered as A's doubtful first link
    doubtful_origin: dict[str, Attribution] = {}
    for a in attributions:
        if a.direction_doubtful:
            inner = next((b for b in attributions if b.parent == a.index), None)
            if inner is not None:
                doubtful_origin.setdefault(fold(a.actor), inner)

    def hop_for(a: Attribution, relation: str, **extra: Any) -> ProposedHop:
        known = matcher.match(a.actor, a.source_text)
        is_outlet = (
            known.kind == "outlet" if known else _kind(a.actor, analysis.language) == "outlet"
        )
        name = known.name if known else _new_name(a.actor or a.source_text, analysis.language)
        kind = known.kind if known else _kind(name, analysis.language)
        del is_outlet
        return ProposedHop(
            actor=name,
            actor_id=known.id if known else None,
            actor_kind=kind,
            mention=a.source_text or a.cue_text,
            relation=relation,
            guessed=a.actor_guessed,
            **extra,
        )

    def outlet_like(a: Attribution) -> bool:
        known = matcher.match(a.actor, a.source_text)
        if known is not None:
            return known.kind == "outlet"
        return bool(set(fold(a.actor).split()) & outlet_words)

    out: list[Suggestion] = []
    for a in attributions:
        if a.index in parents or a.index in in_quote or not a.content:
            continue
        if len(a.content_text.split()) < 2 and not a.quotation:
            continue
        chain = [a]
        seen = {a.index}
        while chain[-1].parent is not None and chain[-1].parent not in seen:
            parent = attributions[chain[-1].parent]
            seen.add(parent.index)
            chain.append(parent)
        quote = a.content_text.strip(_QUOTES + " ,.")
        hops: list[ProposedHop] = []
        origin = doubtful_origin.get(fold(a.actor))
        first_doubtful = False
        if origin is not None and origin.index not in seen:
            hops.append(
                hop_for(
                    origin,
                    "reported" if outlet_like(origin) else "said",
                    note=(
                        f"Offered as the origin: the text says {a.actor!r} quoted "
                        f"{origin.source_text!r}; the usual direction is the reverse — check it."
                    ),
                )
            )
            first_doubtful = True
        for position, link in enumerate(chain):
            innermost = position == 0
            doubtful = link.direction_doubtful or (innermost and first_doubtful)
            hops.append(
                hop_for(
                    link,
                    _relation(link, outlet_like(link), innermost),
                    quote=quote if innermost and a.quotation else "",
                    direction_doubtful=doubtful,
                    note="the direction of this link is doubtful in the text" if doubtful else "",
                )
            )
        # the same actor twice in a row ("X said, adding …" inside X's quotation) is one hop
        merged: list[ProposedHop] = []
        for hop in hops:
            if merged and (
                (hop.actor_id is not None and hop.actor_id == merged[-1].actor_id)
                or fold(hop.actor) == fold(merged[-1].actor)
            ):
                continue
            merged.append(hop)
        hops = merged
        if doc_outlet:
            known = matcher.match(doc_outlet)
            name = known.name if known else _new_name(doc_outlet, analysis.language)
            if fold(name) != fold(hops[-1].actor) and not (
                known is not None and hops[-1].actor_id == known.id
            ):
                hops.append(
                    ProposedHop(
                        actor=name,
                        actor_id=known.id if known else None,
                        actor_kind=known.kind if known else "outlet",
                        mention=doc_outlet,
                        relation="reported",
                    )
                )
        if translator:
            known = matcher.match(translator)
            hops.append(
                ProposedHop(
                    actor=known.name if known else _new_name(translator, analysis.language),
                    actor_id=known.id if known else None,
                    actor_kind=known.kind if known else "outlet",
                    mention=translator,
                    relation="translated",
                )
            )
        # the last hop is the one whose words the reviewer reads in this source
        last = hops[-1]
        hops[-1] = ProposedHop(
            **{
                **last.__dict__,
                "quote": quote,
                "spans": a.content,
                "in_source": True,
                "language": lang,
                "date": the_date,
            }
        )
        out.append(
            Suggestion(
                number=len(out) + 1,
                wording=wording(a.content_text, analysis.language),
                hops=tuple(hops),
                attributions=tuple(c.index for c in chain),
                content=a.content,
            )
        )
    return tuple(out)
