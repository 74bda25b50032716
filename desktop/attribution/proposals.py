"""Proposed claims with their chains, origin first, from an analysed source.

One proposal per statement. Each innermost attribution's content (split where it coordinates
"that A and that B", noun phrases left out) is a statement; the same statement said again
elsewhere in the text ("Moscow says …", "Russia reiterated …", "Lavrov stressed …") is a further
route of the same proposal. A chain runs from the attribution's source through each outer
source, then the document's outlet ("…, according to al-Watan"), then a translation hop when
the document says it is a translation; every hop carries the article's date. A source the text
itself puts in doubt ("the official quoted the BBC Türkçe as saying") is offered as the first
link, the direction of the next flagged. Persons are named without their titles (kept as the
role), outlets by their names, a country or capital that speaks by the official of it the
article quotes (flagged as a guess). Actors are matched to the case's actors by name, alias or
base form; the others are proposed as new.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from .actors import base_name, country_of, official_country, outlet_name, split_title
from .lexicon import Lexicon, load_lexicon
from .model import Analysis, Attribution, Span, span_text
from .statements import (
    bracket_pronouns,
    is_statement,
    pick,
    same_statement,
    split_coordinated,
    statement_key,
    subject_of,
)
from .suggest import (
    ActorMatcher,
    KnownActor,
    ProposedHop,
    Suggestion,
    _kind,
    _new_name,
    _relation,
    fold,
    wording,
)

_QUOTES = "\"“”«»„‹›'’‘"


@dataclass
class _Statement:
    attribution: Attribution
    spans: tuple[Span, ...]
    text: str
    hops: list[ProposedHop]
    key: frozenset[str]


class _Namer:
    """Hops for attributions: the case's actor, or a new one named as a reviewer would."""

    def __init__(self, analysis: Analysis, lex: Lexicon, actors: Sequence[KnownActor]) -> None:
        self.analysis = analysis
        self.lex = lex
        self.language = analysis.language
        self.matcher = ActorMatcher(actors, analysis.language)
        self._officials: dict[str, tuple[str, str]] = {}
        for a in analysis.attributions:  # the first official of each country the text names
            mention = _new_name(a.actor or a.source_text, self.language)
            named = split_title(mention, lex)
            country = official_country(named.role or mention, lex)
            if country and country not in self._officials and not country_of(mention, lex):
                self._officials[country] = (a.actor or a.source_text, named.name)

    def outlet_like(self, a: Attribution) -> bool:
        known = self.matcher.match(a.actor, a.source_text)
        if known is not None:
            return known.kind == "outlet"
        return bool(set(fold(a.actor).split()) & self.lex.outlet_words)

    def hop(self, a: Attribution, relation: str, **extra: Any) -> ProposedHop:
        mention = a.actor or a.source_text
        guessed = a.actor_guessed
        note = str(extra.pop("note", ""))
        country = country_of(mention, self.lex)
        if country and country in self._officials:
            # "Moscow says …": the state speaks through the official the article quotes
            official, short = self._officials[country]
            note = note or (
                f"the text says {mention!r}; taken as {short}, the {country} official this "
                "article quotes — check it"
            )
            mention, guessed = official, True
        if not mention:
            return ProposedHop(
                actor="source not named",
                actor_id=None,
                actor_kind="unnamed-official",
                mention=a.cue_text,
                relation=relation,
                guessed=True,
                note=note or "the text does not say who said this; no speaker carried over",
                **extra,
            )
        known = self.matcher.match(mention, a.source_text)
        named = split_title(_new_name(mention, self.language), self.lex)
        if known is None and named.role:
            known = self.matcher.match(named.name)
        if known is not None:
            return ProposedHop(
                actor=known.name,
                actor_id=known.id,
                actor_kind=known.kind,
                mention=a.source_text or a.cue_text,
                relation=relation,
                guessed=guessed,
                note=note,
                role=named.role,
                spelling="" if guessed else self.new_spelling(known, named.name),
                **extra,
            )
        kind = _kind(named.name, self.language)
        aliases: tuple[str, ...] = ()
        if kind == "outlet" or _kind(mention, self.language) == "outlet":
            kind = "outlet"
            name = outlet_name(_new_name(mention, self.language), self.lex)
            role = ""
        else:
            name = base_name(named.name, self.language)
            role = named.role
            if name != named.name:
                aliases = (named.name,)
        return ProposedHop(
            actor=name,
            actor_id=None,
            actor_kind=kind,
            mention=a.source_text or a.cue_text,
            relation=relation,
            guessed=guessed,
            note=note,
            role=role,
            aliases=aliases,
            **extra,
        )

    def new_spelling(self, known: KnownActor, written: str) -> str:
        """The text's name for a matched actor, in its base form, when the actor holds no
        spelling of it yet (an inflected form of a held one — «Лаврова» for «Лавров» — is not
        new)."""
        spelling = base_name(written, self.language)
        held = {fold(n) for n in (known.name, *known.aliases)}
        held |= {fold(base_name(n, self.language)) for n in (known.name, *known.aliases)}
        return "" if not spelling.strip() or fold(spelling) in held else spelling

    def document_hop(self, name: str, relation: str) -> ProposedHop:
        known = self.matcher.match(name)
        return ProposedHop(
            actor=known.name if known else _new_name(name, self.language),
            actor_id=known.id if known else None,
            actor_kind=known.kind if known else "outlet",
            mention=name,
            relation=relation,
        )


def suggest(
    analysis: Analysis,
    text: str,
    *,
    actors: Sequence[KnownActor] = (),
    outlet: str = "",
    language: str = "",
    date: str = "",
) -> tuple[Suggestion, ...]:
    """Proposed claims for an analysed text, one per statement, in text order.

    `outlet`, `language` and `date` are what the case records about the source (they win over
    what the text says about itself); `actors` are the case's actors to match by name, alias
    and base form. An unsupported language gives no suggestions."""
    lex = load_lexicon(analysis.language) if analysis.supported else None
    if lex is None:
        return ()
    namer = _Namer(analysis, lex, actors)
    lang = language or analysis.language
    attributions = analysis.attributions
    # words attributed inside a quotation ("“We think …,” said X") belong to X's quotation
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
    doubtful_origin: dict[str, Attribution] = {}
    for a in attributions:
        if a.direction_doubtful:
            inner = next((b for b in attributions if b.parent == a.index), None)
            if inner is not None:
                doubtful_origin.setdefault(fold(a.actor), inner)

    statements: list[_Statement] = []
    for a in attributions:
        if a.index in parents or a.index in in_quote or not a.content or a.directive:
            continue
        if len(a.content_text.split()) < 2 and not a.quotation:
            continue
        hops = _chain(a, attributions, namer, doubtful_origin)
        _document_hops(hops, namer, doc_outlet, translator)
        hops = [replace(h, date=the_date) for h in hops]
        for spans in split_coordinated(text, a.content, analysis.language):
            words = span_text(text, spans)
            if not is_statement(words, a.cue_text, analysis.language, a.quotation):
                continue
            statements.append(_Statement(a, spans, words, hops, statement_key(words)))

    groups: list[list[_Statement]] = []
    for st in statements:
        homes = [g for g in groups if any(same_statement(st.key, o.key) for o in g)]
        if not homes:
            groups.append([st])
            continue
        # a statement that is two earlier ones ("A, and B" said after "A" and "B") joins them
        for other in homes[1:]:
            homes[0].extend(other)
            groups.remove(other)
        homes[0].append(st)

    out: list[Suggestion] = []
    for group in groups:
        best = group[
            pick(
                [
                    (s.attribution.quotation, s.hops[0].actor_kind == "person", len(s.key))
                    for s in group
                ]
            )
        ]
        routes: list[tuple[ProposedHop, ...]] = []
        seen_routes: set[tuple[Any, ...]] = set()
        for st in [best, *(s for s in group if s is not best)]:
            route = _in_source(st, lang, text)
            # one route per way of naming its chain: a statement repeated under the same
            # mention ("The minister said …" on each of 400 pages) is one route, not 400
            shape = (tuple(fold(h.actor) for h in route), fold(route[0].mention))
            if shape not in seen_routes:
                seen_routes.add(shape)
                routes.append(route)
        out.append(
            Suggestion(
                number=len(out) + 1,
                wording=_wording(best, analysis, namer),
                hops=routes[0],
                attributions=tuple(_chain_indexes(best.attribution, attributions)),
                content=best.spans,
                routes=tuple(routes[1:]),
            )
        )
    return tuple(out)


def _chain_indexes(a: Attribution, attributions: Sequence[Attribution]) -> list[int]:
    chain = [a.index]
    while attributions[chain[-1]].parent is not None:
        parent = attributions[chain[-1]].parent
        if parent is None or parent in chain:
            break
        chain.append(parent)
    return chain


def _chain(
    a: Attribution,
    attributions: Sequence[Attribution],
    namer: _Namer,
    doubtful_origin: dict[str, Attribution],
) -> list[ProposedHop]:
    chain = [attributions[i] for i in _chain_indexes(a, attributions)]
    hops: list[ProposedHop] = []
    origin = doubtful_origin.get(fold(a.actor))
    first_doubtful = False
    if origin is not None and origin.index not in {c.index for c in chain}:
        hops.append(
            namer.hop(
                origin,
                "reported" if namer.outlet_like(origin) else "said",
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
            namer.hop(
                link,
                _relation(link, namer.outlet_like(link), innermost),
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
    return merged


def _document_hops(hops: list[ProposedHop], namer: _Namer, outlet: str, translator: str) -> None:
    if outlet:
        hop = namer.document_hop(outlet, "reported")
        last = hops[-1]
        if fold(hop.actor) != fold(last.actor) and not (
            hop.actor_id is not None and last.actor_id == hop.actor_id
        ):
            hops.append(hop)
    if translator:
        hops.append(namer.document_hop(translator, "translated"))


def _in_source(st: _Statement, language: str, text: str) -> tuple[ProposedHop, ...]:
    """The statement's hops, the last one (whose words the reviewer reads in this source)
    with its words, spans and language; the first with the quotation when it is one."""
    quote = st.text.strip(_QUOTES + " ,.")
    hops = list(st.hops)
    if st.attribution.quotation:
        hops[0] = replace(hops[0], quote=quote)
    hops[-1] = replace(hops[-1], quote=quote, spans=st.spans, in_source=True, language=language)
    del text
    return tuple(hops)


def _wording(st: _Statement, analysis: Analysis, namer: _Namer) -> str:
    words = wording(st.text, analysis.language)
    if st.attribution.quotation:
        return words
    a = st.attribution
    mention = _new_name(a.actor or a.source_text, analysis.language)
    country = country_of(mention, namer.lex)
    speaker_kind = "organisation" if country else st.hops[0].actor_kind
    speaker = country or (split_title(mention, namer.lex).name if mention else "")
    earlier = ""
    if a.index > 0:
        before = analysis.attributions[a.index - 1]
        if before.actor == a.actor:
            earlier = subject_of(before.content_text)
    return bracket_pronouns(
        words,
        analysis.language,
        speaker=speaker,
        speaker_kind=speaker_kind,
        earlier_subject=earlier,
    )
