"""The attribution assistant on a case's stored source: read it, propose, accept.

Shared by the command line and the window (which calls these on a worker thread). Reads and
changes the case only through db/ queries and operations.
"""

from __future__ import annotations

from collections.abc import Sequence

from db.case import Case
from db.operations import SuggestedHop, add_claim_from_suggestion, add_suggested_hops
from db.queries import list_actors, source_detail

from .model import KnownActor, ProposedHop, Suggestion
from .of_text import ProposalInput as ProposalInput
from .of_text import SourceProposals as SourceProposals
from .of_text import proposals_of


def known_actors(case: Case) -> list[KnownActor]:
    with case.read() as session:
        return [
            KnownActor(a.id, a.name, a.kind, tuple(a.aliases))
            for a in list_actors(session)
            if a.merged_into_id is None
        ]


def proposal_input(case: Case, source_id: int, *, language: str = "") -> ProposalInput:
    """Read what `proposals_of` needs of source `source_id`; `language` overrides the source's
    recorded language. Raises db.errors.NotFound for a missing source."""
    with case.read() as session:
        view, text = source_detail(session, source_id)
    return ProposalInput(
        source_id=source_id,
        text=text,
        language=language or view.language or "en",
        recorded_language=view.language,
        direction=view.direction,
        outlet=view.outlet,
        date=view.published_on.isoformat() if view.published_on else "",
        actors=tuple(known_actors(case)),
    )


def propose_for_source(case: Case, source_id: int, *, language: str = "") -> SourceProposals:
    """Analyse source `source_id` of the case and make its suggestions.

    `language` overrides the source's recorded language. Raises db.errors.NotFound for a
    missing source."""
    return proposals_of(proposal_input(case, source_id, language=language))


def suggested_hops(hops: Sequence[ProposedHop], source_id: int) -> list[SuggestedHop]:
    """The hops to store: the one whose words are in the source gets the source and spans."""
    return [
        SuggestedHop(
            actor_name=h.actor,
            relation=h.relation,
            actor_id=h.actor_id,
            actor_kind=h.actor_kind,
            source_id=source_id if h.in_source else None,
            quote=h.quote,
            spans=tuple(h.spans) if h.in_source else (),
            language=h.language,
            relayed_on=h.date or None,
            direction_doubtful=h.direction_doubtful,
            note=h.note
            or (
                "the actor was resolved by a guess (pronoun or short mention)" if h.guessed else ""
            ),
            actor_aliases=h.aliases,
            actor_role=h.role,
            actor_spelling=h.spelling,
        )
        for h in hops
    ]


def suggestion_label(suggestion: Suggestion, source_id: int) -> str:
    """What the audit log records as the suggestion's origin."""
    return f"source #{source_id}, suggestion {suggestion.number}: {suggestion.label}"


def accept(
    case: Case,
    source_id: int,
    suggestion: Suggestion,
    *,
    wording: str | None = None,
    hops: Sequence[ProposedHop] | None = None,
) -> int:
    """Create the claim of a suggestion (the reviewer's wording and hops if given), with the
    suggestion's further routes (the same statement attributed elsewhere in the source) unless
    the reviewer gave hops; its id. One unit of work."""
    label = suggestion_label(suggestion, source_id)
    with case.change() as uow:
        claim_id = add_claim_from_suggestion(
            uow,
            wording if wording is not None else suggestion.wording,
            suggested_hops(hops if hops is not None else suggestion.hops, source_id),
            suggestion=label,
        )
        if hops is None:
            for route in suggestion.routes:
                add_suggested_hops(
                    uow, claim_id, suggested_hops(route, source_id), suggestion=label
                )
        return claim_id


def add_to_claim(case: Case, claim_id: int, source_id: int, suggestion: Suggestion) -> list[int]:
    """Add a suggestion's hops to an existing claim (a route of their own); their ids."""
    with case.change() as uow:
        return add_suggested_hops(
            uow,
            claim_id,
            suggested_hops(suggestion.hops, source_id),
            suggestion=suggestion_label(suggestion, source_id),
        )
