"""Hops across a translation link: "Add hop from the original" adds, before a hop quoted from
a translation, the original's hop with its quote located in the original (through the stored
alignment), and marks the translation's hop as translated."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InvalidInput
from ..models import Actor, Hop, Source
from ..text.drift import DriftFlag
from ..text.spans import Span, page_of
from ..translations import aligned_passages
from ..unit_of_work import UnitOfWork
from ..vocabulary import ActorKind, Relation
from ._common import fetch
from .actors import find_actor, find_or_add_actor
from .hops import add_hop, edit_hop


@dataclass(frozen=True)
class OriginalHop:
    """What `add_hop_from_original` added: the new hop, its source, the quote found there, and
    the drift flags of the aligned sentences (what the translation changed)."""

    hop_id: int
    source_id: int
    quote: str
    drift: tuple[DriftFlag, ...]


class OriginalActorUnknown(InvalidInput):
    """The original names no outlet and no actor was given: who published it is not known, and
    the translator is not its author."""

    def __init__(self, source_id: int, title: str) -> None:
        super().__init__(
            f"source {source_id} “{title}”, the original, names no outlet, so who published it "
            "is not known (the translator did not): set the source's outlet, or name the "
            "original's actor"
        )
        self.source_id = source_id


class SpeakerNotTranslator(InvalidInput):
    """The hop is a speaker's words read in a translation, not the translation's own hop: making
    it "translated" would record the speaker as the translator."""

    def __init__(self, hop_id: int, actor: str, relation: str, source_id: int) -> None:
        super().__init__(
            f"hop {hop_id} is {actor}'s ({relation}), not the translation's: its actor did not "
            f"translate source {source_id}. Add the translator's hop after it (relation "
            "translated, in the translation), then add the original from that hop"
        )
        self.hop_id = hop_id


_RELAYED_BY_AN_OUTLET = frozenset(
    {Relation.REPORTED.value, Relation.REPUBLISHED.value, Relation.SUMMARISED.value}
)


def _is_the_translations_hop(uow: UnitOfWork, hop: Hop, source: Source) -> bool:
    """Whether `hop` may be marked "translated": it already is, its actor is the translation's
    outlet, or an outlet relayed the words there (reported, republished, summarised). A
    speaker's hop (said, quoted, a person or official) never is."""
    if hop.relation == Relation.TRANSLATED.value:
        return True
    if source.outlet.strip() and find_actor(uow, source.outlet) == hop.actor_id:
        return True
    actor = fetch(uow.session, Actor, hop.actor_id)
    return actor.kind == ActorKind.OUTLET.value and hop.relation in _RELAYED_BY_AN_OUTLET


def add_hop_from_original(uow: UnitOfWork, hop_id: int, actor_id: int | None = None) -> OriginalHop:
    """Before a hop quoted from a translation, the hop of its original: the aligned sentences
    of the original as its quote, by `actor_id` or else the original's outlet — never the
    translation hop's actor (`OriginalActorUnknown` when neither is known). The hop itself
    becomes "translated"; a speaker's hop (`SpeakerNotTranslator`) is refused, never relabelled
    as its own translation."""
    session = uow.session
    hop = fetch(session, Hop, hop_id)
    if hop.source_id is None:
        raise InvalidInput(f"hop {hop_id} has no source, so no original to look in")
    source = fetch(session, Source, hop.source_id)
    if source.translated_from_id is None:
        raise InvalidInput(
            f"source {source.id} of hop {hop_id} is not linked to an original (link it first: "
            f"provdesk-cli source link {source.id} --translation-of ORIGINAL)"
        )
    if not _is_the_translations_hop(uow, hop, source):
        speaker = fetch(session, Actor, hop.actor_id)
        raise SpeakerNotTranslator(hop_id, speaker.name, hop.relation, source.id)
    if not hop.spans:
        raise InvalidInput(
            f"the quote of hop {hop_id} is not located in its source, so its sentences are unknown"
        )
    start = min(s.start for s in hop.spans)
    end = max(s.end for s in hop.spans)
    passages = [
        p for p in aligned_passages(session, source.id, start, end) if p.relation == "original"
    ]
    if not passages or not passages[0].text.strip():
        raise InvalidInput(
            f"the quote of hop {hop_id} lies in sentences the translator added: "
            "the original has no counterpart"
        )
    passage = passages[0]
    original = fetch(session, Source, passage.source_id)
    if actor_id is None:
        if not original.outlet.strip():
            raise OriginalActorUnknown(original.id, original.title)
        actor_id = find_or_add_actor(uow, original.outlet, ActorKind.OUTLET)
    relation = hop.relation if hop.relation != Relation.TRANSLATED.value else "reported"
    new_id = add_hop(
        uow,
        hop.claim_id,
        actor_id=actor_id,
        relation=relation,
        source_id=original.id,
        quote=passage.text,
        spans=[
            Span(passage.start, passage.end, page_of(original.page_starts or [], passage.start))
        ],
        language=original.language,
        after_hop_id=hop.relays_hop_id,
        origin=hop.relays_hop_id is None,
        note="added from the original of a translation (its aligned sentences)",
    )
    if hop.relation != Relation.TRANSLATED.value:
        edit_hop(uow, hop_id, relation=Relation.TRANSLATED)
    return OriginalHop(new_id, original.id, passage.text, passage.drift)
