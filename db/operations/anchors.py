"""A reviewer's answer to a changed or lost quote: accept the near variant of the current
version as the hop's words and span (`accept_anchor`), or keep the hop checked against the
version it was anchored in (`keep_version`)."""

from __future__ import annotations

from typing import Any

from ..errors import InvalidInput
from ..models import Hop, QuoteSpan, Source
from ..text.normalise import search_key
from ..text.selectors import quote_at
from ..text.spans import page_of
from ..unit_of_work import UnitOfWork
from ._common import check_version, fetch, fetch_for_update
from .hops import hop_state
from .versions import (
    anchor_state,
    current_number,
    fresh_anchor,
    hop_snapshot,
    put_spans,
    set_anchor,
)


def accept_anchor(uow: UnitOfWork, hop_id: int, *, expected_version: int | None = None) -> int:
    """A changed quote takes the near variant of the current version as its words and span.
    Returns the hop's version."""
    session = uow.session
    hop = fetch_for_update(session, Hop, hop_id)
    anchor = hop.anchor
    if anchor is None or anchor.health != "changed" or anchor.proposed_start is None:
        raise InvalidInput(f"hop {hop_id} has no new anchor to accept (only a changed quote has)")
    if anchor.resolution:
        raise InvalidInput(f"hop {hop_id}: the new anchor was already {anchor.resolution}")
    before = hop_state(hop)
    check_version(hop, expected_version, {"accept anchor": True}, before)
    source = fetch(session, Source, hop.source_id) if hop.source_id is not None else None
    if source is None:
        raise InvalidInput(f"hop {hop_id} cites no source")
    start, end = anchor.proposed_start, anchor.proposed_end or anchor.proposed_start
    words = source.text[start:end]
    hop.quote, hop.quote_key = words, search_key(words)
    hop.spans = [QuoteSpan(start=start, end=end, page=page_of(source.page_starts, start))]
    quote = quote_at(source.text, start, end)
    values = fresh_anchor(
        quote, current_number(session, source.id), "changed", anchor.note, uow.now
    )
    values["resolution"], values["resolved_by"] = "accepted", uow.reviewer
    set_anchor(hop, values)
    session.flush()
    uow.record("accept new anchor", "hop", hop.id, before, hop_state(hop) | {"anchor": values})
    uow.changes.hops.add(hop.id)
    uow.changes.claims.add(hop.claim_id)
    return hop.version


def keep_version(uow: UnitOfWork, hop_id: int) -> None:
    """A changed or lost quote stays checked against the version it was anchored in."""
    hop = fetch_for_update(uow.session, Hop, hop_id)
    anchor = hop.anchor
    if anchor is None or not anchor.needs_review:
        raise InvalidInput(f"hop {hop_id}'s quote is neither changed nor lost: nothing to keep")
    before = anchor_state(anchor)
    anchor.resolution, anchor.resolved_by = "kept", uow.reviewer
    uow.session.flush()
    uow.record(
        "keep old version",
        "hop",
        hop.id,
        {"anchor": before},
        hop_state(hop) | {"anchor": anchor_state(anchor)},
    )
    uow.changes.hops.add(hop.id)
    uow.changes.claims.add(hop.claim_id)


def anchor_snapshot(uow: UnitOfWork, hop_id: int) -> dict[str, Any]:
    """What `restore_anchor` puts back: the hop's quote, spans (with their ids) and anchor."""
    hop = fetch(uow.session, Hop, hop_id)
    return hop_snapshot(hop) | {"version": hop.version}


def restore_anchor(uow: UnitOfWork, hop_id: int, saved: dict[str, Any]) -> None:
    """Undo of `accept_anchor` or `keep_version`: the hop's quote, spans and anchor as they
    were (a version conflict when the hop changed since, other than by that step)."""
    hop = fetch_for_update(uow.session, Hop, hop_id)
    before = hop_state(hop)
    hop.quote = str(saved["quote"])
    hop.quote_key = search_key(hop.quote)
    put_spans(hop, saved["spans"])
    set_anchor(hop, saved["anchor"])
    uow.session.flush()
    uow.record(
        "restore anchor", "hop", hop.id, before, hop_state(hop) | {"anchor": saved["anchor"]}
    )
    uow.changes.hops.add(hop.id)
    uow.changes.claims.add(hop.claim_id)
