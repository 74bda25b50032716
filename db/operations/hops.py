"""Operations on hops, the links of a claim's chains.

The hops of a claim form a tree through `relays_hop_id` (each hop derives from the hop it
relays). A chain is a path from an origin down to a hop that nothing relays further.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..claim_view import hop_rows, hop_views
from ..errors import InvalidInput
from ..models import Actor, Claim, Hop, QuoteSpan, Review, Source
from ..tables import hops as hop_table
from ..text.normalise import search_key
from ..text.scripts import quote_language
from ..text.spans import Span, check_spans, locate_quote
from ..unit_of_work import UnitOfWork
from ..vocabulary import HopStatus, Relation
from ._common import (
    check_version,
    clean_language,
    clean_text,
    fetch,
    fetch_for_update,
    iso,
    live_hops,
    parse_date,
)

MAX_QUOTE = 50_000


def hop_state(hop: Hop) -> dict[str, Any]:
    return {
        "claim": hop.claim_id,
        "relays": hop.relays_hop_id,
        "position": hop.position,
        "actor": hop.actor_id,
        "source": hop.source_id,
        "relation": hop.relation,
        "quote": hop.quote,
        "spans": [[s.start, s.end, s.page] for s in hop.spans],
        "language": hop.language,
        "quote_language": hop.quote_language,
        "relayed_on": iso(hop.relayed_on),
        "status": hop.status,
        "status_rationale": hop.status_rationale,
        "direction_doubtful": hop.direction_doubtful,
        "note": hop.note,
        "version": hop.version,
    }


def renumber(claim: Claim) -> None:
    """Order a claim's hops origin first, depth first, keeping the order of siblings. Hops in
    the Trash keep the position they had, where a restore puts them back."""
    hops = sorted(live_hops(claim), key=lambda h: (h.position, h.id))
    children: dict[int | None, list[Hop]] = {}
    for hop in hops:
        children.setdefault(hop.relays_hop_id, []).append(hop)
    order: list[Hop] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        hop = stack.pop()
        order.append(hop)
        stack.extend(reversed(children.get(hop.id, [])))
    for position, hop in enumerate(order):
        if hop.position != position:
            hop.position = position


def _spans_for(
    uow: UnitOfWork, source: Source | None, quote: str, spans: Sequence[Span] | None
) -> list[QuoteSpan]:
    if source is None:
        if spans:
            raise InvalidInput("quote spans need a source whose text they point into")
        return []
    if spans:
        check_spans(spans, len(source.text))
        found = list(spans)
    else:
        found = locate_quote(source.text, quote, source.page_starts) if quote else []
    return [QuoteSpan(start=s.start, end=s.end, page=s.page) for s in found]


def hop_quote_not_located(uow: UnitOfWork, hop_id: int) -> bool:
    """`quote_not_located` for a hop of the case (for a warning after `add_hop`/`edit_hop`)."""
    fetch(uow.session, Hop, hop_id)
    return hop_views(uow.session, hop_rows(uow.session, hop_table.c.id == hop_id))[
        0
    ].quote_not_located


def _quote_language(hop: Hop, source: Source | None) -> str:
    located_in = source.language if source is not None and hop.spans else None
    return quote_language(
        hop.quote,
        located_in=located_in,
        hop_language=hop.language,
        source_language=source.language if source is not None else "",
    )


def _leaf(claim: Claim) -> Hop | None:
    """The hop a new hop is appended after by default: the end of the last chain."""
    hops = live_hops(claim)
    relayed = {h.relays_hop_id for h in hops}
    leaves = [h for h in hops if h.id not in relayed]
    return max(leaves, key=lambda h: (h.position, h.id)) if leaves else None


def add_hop(
    uow: UnitOfWork,
    claim_id: int,
    *,
    actor_id: int,
    relation: Relation | str,
    source_id: int | None = None,
    quote: str = "",
    spans: Sequence[Span] | None = None,
    language: str = "",
    quote_language: str | None = None,
    relayed_on: dt.date | str | None = None,
    after_hop_id: int | None = None,
    new_route: bool = False,
    origin: bool = False,
    direction_doubtful: bool = False,
    note: str = "",
) -> int:
    """Add a hop to a claim's chain and return its id.

    By default the hop is appended after the end of the last chain. With `after_hop_id` it
    relays that hop and is inserted between it and the hops that relayed it (unless
    `new_route`, which starts a second route branching at that hop). With `origin` it becomes
    a new origin (the first hop of a chain, or a new first hop before the existing origin).

    The quote is located in the source's text (`db.text.spans.locate_quote`) unless `spans` are
    given; a quote that is not there is stored all the same (see `hop_quote_not_located`).
    `quote_language` is the language of the quoted words; None works it out from the source the
    quote was located in and the quote's script (`db.text.scripts.quote_language`).
    """
    session = uow.session
    claim = fetch_for_update(session, Claim, claim_id)
    fetch(session, Actor, actor_id)
    source = fetch(session, Source, source_id) if source_id is not None else None
    words = clean_text(quote, "quote", required=False, limit=MAX_QUOTE)
    hop = Hop(
        claim_id=claim.id,
        actor_id=actor_id,
        source_id=source_id,
        relation=Relation.parse(relation).value,
        quote=words,
        quote_key=search_key(words),
        language=clean_language(language),
        relayed_on=parse_date(relayed_on, "hop date"),
        direction_doubtful=direction_doubtful,
        note=clean_text(note, "note", required=False),
        created_at=uow.now,
    )
    hop.spans = _spans_for(uow, source, words, spans)
    hop.quote_language = (
        _quote_language(hop, source) if quote_language is None else clean_language(quote_language)
    )
    followers: list[Hop] = []
    hops = live_hops(claim)
    last = max((h.position for h in hops), default=0) + 1
    parent: Hop | None
    if origin:
        parent = None
        if not new_route:
            followers = [h for h in hops if h.relays_hop_id is None]
    elif after_hop_id is not None:
        parent = fetch(session, Hop, after_hop_id)
        if parent.claim_id != claim.id:
            raise InvalidInput(
                f"hop {after_hop_id} belongs to claim {parent.claim_id}, not {claim.id}"
            )
        if not new_route:
            followers = [h for h in hops if h.relays_hop_id == parent.id]
    else:
        parent = _leaf(claim)
    hop.relays_hop_id = parent.id if parent else None
    # Siblings keep their order by position; a hop that takes over followers takes their place.
    hop.position = min((f.position for f in followers), default=last) - (1 if followers else 0)
    session.add(hop)
    claim.hops.append(hop)
    session.flush()
    for follower in followers:
        follower.relays_hop_id = hop.id
        uow.changes.hops.add(follower.id)
    renumber(claim)
    claim.updated_at, claim.updated_by = uow.now, uow.reviewer
    session.flush()
    uow.record(
        "add hop", "hop", hop.id, None, hop_state(hop) | {"relayed_by": [f.id for f in followers]}
    )
    uow.changes.hops.add(hop.id)
    uow.changes.claims.add(claim.id)
    return hop.id


def edit_hop(
    uow: UnitOfWork,
    hop_id: int,
    *,
    expected_version: int | None = None,
    actor_id: int | None = None,
    relation: Relation | str | None = None,
    source_id: int | None = None,
    clear_source: bool = False,
    quote: str | None = None,
    spans: Sequence[Span] | None = None,
    language: str | None = None,
    quote_language: str | None = None,
    relayed_on: dt.date | str | None = None,
    direction_doubtful: bool | None = None,
    note: str | None = None,
) -> int:
    """Change a hop's fields; returns its new version. A new quote or source locates the quote
    again and, unless `quote_language` is given, works out the quote's language again."""
    session = uow.session
    hop = fetch_for_update(session, Hop, hop_id)
    before = hop_state(hop)
    mine = {"actor": actor_id, "relation": relation, "source": source_id, "quote": quote}
    check_version(hop, expected_version, mine, before)
    if actor_id is not None:
        fetch(session, Actor, actor_id)
        hop.actor_id = actor_id
    if relation is not None:
        hop.relation = Relation.parse(relation).value
    if clear_source:
        hop.source_id = None
    elif source_id is not None:
        fetch(session, Source, source_id)
        hop.source_id = source_id
    if quote is not None:
        hop.quote = clean_text(quote, "quote", required=False, limit=MAX_QUOTE)
        hop.quote_key = search_key(hop.quote)
    if language is not None:
        hop.language = clean_language(language)
    if relayed_on is not None:
        hop.relayed_on = parse_date(relayed_on, "hop date")
    if direction_doubtful is not None:
        hop.direction_doubtful = direction_doubtful
    if note is not None:
        hop.note = clean_text(note, "note", required=False)
    if spans is not None or quote is not None or source_id is not None or clear_source:
        source = session.get(Source, hop.source_id) if hop.source_id is not None else None
        hop.spans = _spans_for(uow, source, hop.quote, spans)
        # Anchored again in the source's current version by its new spans.
        hop.anchor = None
        if quote_language is None:
            hop.quote_language = _quote_language(hop, source)
    if quote_language is not None:
        hop.quote_language = clean_language(quote_language)
    session.flush()
    after = hop_state(hop)
    if after != before:
        claim = fetch(session, Claim, hop.claim_id)
        claim.updated_at, claim.updated_by = uow.now, uow.reviewer
        session.flush()
        uow.record("edit hop", "hop", hop.id, before, hop_state(hop))
        uow.changes.hops.add(hop.id)
        uow.changes.claims.add(hop.claim_id)
    return hop.version


def set_hop_status(
    uow: UnitOfWork,
    hop_id: int,
    status: HopStatus | str,
    rationale: str = "",
    *,
    expected_version: int | None = None,
    evidence: str = "",
) -> int:
    """Mark how faithfully this hop relays the claim; writes a review and returns its id."""
    new = HopStatus.parse(status)
    why = clean_text(rationale, "rationale", required=False)
    if new.needs_rationale and not why:
        raise InvalidInput(f"a rationale is required to mark a hop {new.label.lower()}")
    hop = fetch_for_update(uow.session, Hop, hop_id)
    before = hop_state(hop)
    check_version(hop, expected_version, {"status": new.value, "rationale": why}, before)
    review = Review(
        claim_id=hop.claim_id,
        hop_id=hop.id,
        subject="hop",
        from_value=hop.status,
        to_value=new.value,
        rationale=why,
        evidence=clean_text(evidence, "evidence", required=False),
        reviewer=uow.reviewer,
        at=uow.now,
    )
    hop.status = new.value
    hop.status_rationale = why
    claim = fetch(uow.session, Claim, hop.claim_id)
    claim.updated_at, claim.updated_by = uow.now, uow.reviewer
    uow.session.add(review)
    uow.session.flush()
    uow.record("set hop status", "hop", hop.id, before, hop_state(hop) | {"review": review.id})
    uow.changes.hops.add(hop.id)
    uow.changes.claims.add(hop.claim_id)
    return review.id
