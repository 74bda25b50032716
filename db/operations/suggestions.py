"""Accepting a suggestion: a claim and its hops in one transaction, or hops added to a claim.

The attribution assistant (desktop/attribution) proposes chains; these operations are the only
way one enters the case. Every audit event they write carries `from_suggestion` in its `after`
state (the suggestion's label, e.g. "Sergey Lavrov → al-Watan → The Syrian Observer").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..errors import InvalidInput
from ..models import Claim
from ..text.spans import Span
from ..unit_of_work import UnitOfWork
from ..vocabulary import ActorKind
from ._common import clean_text, fetch
from .actors import add_actor, find_actor, keep_spelling
from .claims import add_claim
from .hops import add_hop


@dataclass(frozen=True)
class SuggestedHop:
    """One hop as accepted: an existing actor (`actor_id`) or a name to find or add.

    `spans` are `(start, end)` character offsets into the text of `source_id` (only the hop
    whose words are in that source has them); `relayed_on` is a date or 'YYYY-MM-DD' or None.
    """

    actor_name: str
    relation: str
    actor_id: int | None = None
    actor_kind: str = ActorKind.PERSON.value
    source_id: int | None = None
    quote: str = ""
    spans: tuple[tuple[int, int], ...] = ()
    language: str = ""
    relayed_on: dt.date | str | None = None
    direction_doubtful: bool = False
    note: str = ""
    actor_aliases: tuple[str, ...] = ()
    """Other names a new actor is added with (the words as written: «Дмитрия Пескова»)."""
    actor_role: str = ""
    """A new actor's title as the text gives it ("Russian Foreign Minister"): its description."""
    actor_spelling: str = ""
    """The text's name for the existing actor `actor_id` when it holds no such spelling: kept as
    one of its aliases in the same unit of work (the audit event says `spelling_kept`)."""


def _actor(uow: UnitOfWork, hop: SuggestedHop) -> int:
    if hop.actor_id is not None:
        if hop.actor_spelling.strip():
            why = "the suggestion matched the actor under this spelling"
            keep_spelling(uow, hop.actor_id, hop.actor_spelling, why=why)
        return hop.actor_id
    found = find_actor(uow, hop.actor_name)
    if found is not None:
        return found
    return add_actor(
        uow,
        hop.actor_name,
        hop.actor_kind,
        aliases=[a for a in hop.actor_aliases if a.strip() and a != hop.actor_name],
        description=hop.actor_role,
    )


def add_suggested_hops(
    uow: UnitOfWork, claim_id: int, hops: Sequence[SuggestedHop], *, suggestion: str
) -> list[int]:
    """Add a suggestion's hops to a claim, origin first, and return their ids.

    On a claim with no hops they form its chain; on a claim that has a chain they form a second
    route of their own (a new origin), which the reviewer can then join or move. Actors named
    but not in the case are added. Raises InvalidInput for an empty list, NotFound for a
    missing claim, actor or source."""
    if not hops:
        raise InvalidInput("the suggestion has no hops")
    label = clean_text(suggestion, "suggestion", limit=2000)
    claim = fetch(uow.session, Claim, claim_id)
    has_chain = bool(claim.hops)
    ids: list[int] = []
    with uow.tagged(from_suggestion=label):
        for position, hop in enumerate(hops):
            actor_id = _actor(uow, hop)
            spans = [Span(a, b) for a, b in hop.spans] or None
            ids.append(
                add_hop(
                    uow,
                    claim_id,
                    actor_id=actor_id,
                    relation=hop.relation,
                    source_id=hop.source_id,
                    quote=hop.quote,
                    spans=spans,
                    language=hop.language,
                    relayed_on=hop.relayed_on or None,
                    after_hop_id=ids[-1] if ids else None,
                    origin=position == 0,
                    new_route=position == 0 and has_chain,
                    direction_doubtful=hop.direction_doubtful,
                    note=hop.note,
                )
            )
    return ids


def add_claim_from_suggestion(
    uow: UnitOfWork,
    text: str,
    hops: Sequence[SuggestedHop],
    *,
    suggestion: str,
    notes: str = "",
    tags: Iterable[str] = (),
) -> int:
    """Create a claim with the reviewer's wording and the suggestion's hops; returns its id.

    One unit of work: either the claim and all its hops (and any new actors) are stored, or
    nothing is. Errors as `add_claim` and `add_suggested_hops`."""
    if not hops:
        raise InvalidInput("the suggestion has no hops")
    label = clean_text(suggestion, "suggestion", limit=2000)
    with uow.tagged(from_suggestion=label):
        claim_id = add_claim(uow, text, notes=notes, tags=tags)
    add_suggested_hops(uow, claim_id, hops, suggestion=label)
    return claim_id
