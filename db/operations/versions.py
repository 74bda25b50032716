"""Versions of a source: a changed file, the same bytes read in another encoding, an image
recognised again. A new version becomes the source's current text and every hop citing the
source is re-anchored in it (`db.text.selectors`): exact, changed (a near variant, word by
word) or lost; a quote that was not located before may be located now. Changed and lost hops
keep their anchor in the version they were checked against until a reviewer accepts the new
anchor (`accept_anchor`) or keeps the old version (`keep_version`).

For the OCR of images (or any reader that makes new text of the same evidence):
`add_version(uow, source_id, text=..., reason="ocr", why="recognised again with ara+eng",
evidence_sha256=<the same evidence>, details={...})`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import EvidenceFile, Hop, HopAnchor, QuoteSpan, Source, SourceVersion
from ..text.normalise import normalise_text, search_key
from ..text.selectors import Alignment, Health, TextQuote, quote_at
from ..text.spans import locate_quote, page_of
from ..unit_of_work import UnitOfWork
from ..views import QuotesSummary
from ._common import check_version, clean_language, fetch_for_update
from .hops import _quote_language, hop_state
from .sources import MAX_SOURCE_TEXT, _check_pages, source_state, text_sha256
from .translations import realign_links

REASONS = ("imported", "added", "update", "reread", "ocr", "annotation")


@dataclass(frozen=True)
class QuoteHealth:
    """How one hop's quote fared on the new version."""

    hop_id: int
    claim_id: int
    health: str
    note: str = ""
    quote: str = ""
    proposed: str = ""
    """The near variant in the new version (changed)."""


class MostQuotesLost(InvalidInput):
    """The new version loses most quotes: nothing was changed; ask before making it current."""

    def __init__(self, source_id: int, summary: QuotesSummary) -> None:
        super().__init__(
            f"the new version of source {source_id} loses most of its quotes "
            f"({summary.describe()}); is it another document? Nothing was changed"
        )
        self.source_id = source_id
        self.summary = summary


@dataclass(frozen=True)
class NewVersion:
    source_id: int
    number: int
    quotes: tuple[QuoteHealth, ...]
    summary: QuotesSummary
    same_as: int | None
    """An older version whose text this one repeats, if any."""
    undo: dict[str, Any]
    """What `undo_version` needs to put the previous version back exactly."""


def current_number(session: Session, source_id: int) -> int:
    return int(
        session.scalar(
            select(func.max(SourceVersion.number)).where(SourceVersion.source_id == source_id)
        )
        or 1
    )


def anchor_state(anchor: HopAnchor | None) -> dict[str, Any] | None:
    if anchor is None:
        return None
    return {
        "source_version": anchor.source_version,
        "exact": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "start": anchor.start,
        "end": anchor.end,
        "health": anchor.health,
        "proposed_start": anchor.proposed_start,
        "proposed_end": anchor.proposed_end,
        "note": anchor.note,
        "resolution": anchor.resolution,
        "resolved_by": anchor.resolved_by,
        "checked_at": anchor.checked_at.isoformat(),
    }


def set_anchor(hop: Hop, values: dict[str, Any] | None) -> None:
    if values is None:
        hop.anchor = None
        return
    values = dict(values)
    values["checked_at"] = dt.datetime.fromisoformat(str(values["checked_at"]))
    if hop.anchor is None:
        hop.anchor = HopAnchor(hop_id=hop.id, **values)
    else:
        for name, value in values.items():
            setattr(hop.anchor, name, value)


def _source_fields(source: Source) -> dict[str, Any]:
    return {
        "text": source.text,
        "page_starts": list(source.page_starts),
        "incomplete": source.incomplete,
        "missing_pages": list(source.missing_pages),
        "evidence_sha256": source.evidence_sha256,
        "details": dict(source.details),
    }


def _apply_fields(uow: UnitOfWork, source: Source, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        setattr(source, name, value)
    source.text_key = search_key(source.text)
    from ..appearances import index_source  # on first use: the window starts without it

    index_source(uow.session, source.id, source.text_key)


def hop_snapshot(hop: Hop) -> dict[str, Any]:
    return {
        "spans": [[s.id, s.start, s.end, s.page] for s in hop.spans],
        "anchor": anchor_state(hop.anchor),
        "quote": hop.quote,
    }


def _anchor_of(hop: Hop, current: int, texts: dict[int, str]) -> tuple[int, TextQuote] | None:
    """The version a hop's quote is anchored in, and its anchor there."""
    if hop.anchor is not None and hop.anchor.source_version != current:
        a = hop.anchor
        return a.source_version, TextQuote(a.exact, a.prefix, a.suffix, a.start, a.end)
    if hop.spans:
        start = min(s.start for s in hop.spans)
        end = max(s.end for s in hop.spans)
        text = texts[current]
        if end <= len(text):
            return current, quote_at(text, start, end)
    return None


def _reanchor_hop(
    uow: UnitOfWork,
    hop: Hop,
    anchored: tuple[int, TextQuote] | None,
    alignment: Alignment | None,
    new: str,
    number: int,
    page_starts: Sequence[int],
) -> QuoteHealth:
    now = uow.now
    if anchored is None or alignment is None:
        found = locate_quote(new, hop.quote, page_starts) if hop.quote else []
        if not found:
            return QuoteHealth(hop.id, hop.claim_id, Health.NOT_LOCATED.value, quote=hop.quote)
        hop.spans = [QuoteSpan(start=s.start, end=s.end, page=s.page) for s in found]
        quote = quote_at(new, found[0].start, found[-1].end)
        set_anchor(hop, fresh_anchor(quote, number, Health.LOCATED.value, "", now))
        return QuoteHealth(hop.id, hop.claim_id, Health.LOCATED.value, quote=hop.quote)
    version, anchor = anchored
    result = alignment.reanchor(anchor)
    if result.health is Health.EXACT:
        assert result.start is not None and result.end is not None
        shift = result.start - anchor.start
        if hop.spans:
            for span in hop.spans:
                span.start += shift
                span.end += shift
                span.page = page_of(page_starts, span.start)
        else:
            hop.spans = [
                QuoteSpan(
                    start=result.start, end=result.end, page=page_of(page_starts, result.start)
                )
            ]
        quote = quote_at(new, result.start, result.end)
        set_anchor(hop, fresh_anchor(quote, number, Health.EXACT.value, result.note, now))
        return QuoteHealth(hop.id, hop.claim_id, Health.EXACT.value, result.note, hop.quote)
    hop.spans = []
    values = fresh_anchor(anchor, version, result.health.value, result.note, now)
    values["proposed_start"], values["proposed_end"] = result.start, result.end
    set_anchor(hop, values)
    proposed = new[result.start : result.end] if result.start is not None else ""
    return QuoteHealth(
        hop.id, hop.claim_id, result.health.value, result.note, anchor.exact, proposed
    )


def fresh_anchor(
    quote: TextQuote, version: int, health: str, note: str, now: dt.datetime
) -> dict[str, Any]:
    return {
        "source_version": version,
        "exact": quote.exact,
        "prefix": quote.prefix,
        "suffix": quote.suffix,
        "start": quote.start,
        "end": quote.end,
        "health": health,
        "proposed_start": None,
        "proposed_end": None,
        "note": note,
        "resolution": "",
        "resolved_by": "",
        "checked_at": now.isoformat(),
    }


def add_version(
    uow: UnitOfWork,
    source_id: int,
    *,
    text: str,
    reason: str,
    why: str = "",
    evidence_sha256: str | None = None,
    page_starts: Sequence[int] = (),
    incomplete: bool = False,
    missing_pages: Sequence[int] = (),
    details: dict[str, Any] | None = None,
    expected_version: int | None = None,
    accept_losses: bool = False,
    language: str | None = None,
    direction: str | None = None,
) -> NewVersion:
    """Make a new version of a source current and re-anchor every hop that cites it.

    `expected_version` is the source's record version when the caller read it (a version
    conflict when someone changed it since). MostQuotesLost when most anchored quotes would be
    lost, unless `accept_losses`; InvalidInput when the version holds what the current one
    holds; InTrash for a source in the Trash. `language` and `direction` correct the source's
    (a guess the previous reading made) with the new version."""
    if reason not in REASONS:
        raise InvalidInput(f"a version is made by {', '.join(REASONS)}, not {reason!r}")
    session = uow.session
    source = fetch_for_update(session, Source, source_id)
    before = source_state(source)
    check_version(source, expected_version, {"new version": reason}, before)
    if evidence_sha256 is not None and session.get(EvidenceFile, evidence_sha256) is None:
        raise InvalidInput(f"no evidence file with SHA-256 {evidence_sha256}")
    body = normalise_text(text)
    if len(body) > MAX_SOURCE_TEXT:
        raise InvalidInput(f"source text is too long ({len(body):,} characters)")
    current = current_number(session, source.id)
    if body == source.text and evidence_sha256 == source.evidence_sha256:
        raise InvalidInput(
            f"source {source.id} already holds exactly this (its version {current}); "
            "nothing changed"
        )
    versions = list(
        session.scalars(select(SourceVersion).where(SourceVersion.source_id == source.id))
    )
    digest = text_sha256(body)
    same_as = next(
        (v.number for v in sorted(versions, key=lambda v: v.number) if v.text_sha256 == digest),
        None,
    )
    texts = {v.number: v.text for v in versions}
    texts[current] = source.text
    hops = list(session.scalars(select(Hop).where(Hop.source_id == source.id).order_by(Hop.id)))
    snapshot = {
        "source": source.id,
        "fields": _source_fields(source),
        "hops": {str(h.id): hop_snapshot(h) for h in hops},
    }
    starts = _check_pages(page_starts, len(body))
    number = current + 1
    alignments: dict[int, Alignment] = {}
    outcomes: list[QuoteHealth] = []
    located: list[tuple[Hop, QuoteHealth]] = []
    hop_before = {h.id: (hop_state(h), anchor_state(h.anchor)) for h in hops}
    for hop in hops:
        anchored = _anchor_of(hop, current, texts)
        alignment = None
        if anchored is not None:
            if anchored[0] not in alignments:
                alignments[anchored[0]] = Alignment(texts[anchored[0]], body)
            alignment = alignments[anchored[0]]
        outcome = _reanchor_hop(uow, hop, anchored, alignment, body, number, starts)
        if outcome.health == Health.LOCATED.value:
            located.append((hop, outcome))
        if hop.deleted_at is None and hop.claim.deleted_at is None:
            outcomes.append(outcome)
    counts: dict[str, int] = {}
    for outcome in outcomes:
        counts[outcome.health] = counts.get(outcome.health, 0) + 1
    summary = QuotesSummary(counts)
    if summary.mostly_lost and not accept_losses:
        raise MostQuotesLost(source.id, summary)
    if language is not None:
        source.language = clean_language(language)
    if direction is not None:
        source.direction = direction if direction in ("ltr", "rtl") else source.direction
    for hop, _outcome in located:
        hop.quote_language = _quote_language(hop, source)
    _apply_fields(
        uow,
        source,
        {
            "text": body,
            "page_starts": starts,
            "incomplete": incomplete,
            "missing_pages": sorted(int(p) for p in missing_pages),
            "evidence_sha256": evidence_sha256,
            "details": dict(details or {}),
        },
    )
    row = SourceVersion(
        source_id=source.id,
        number=number,
        evidence_sha256=evidence_sha256,
        text=body,
        text_sha256=digest,
        page_starts=starts,
        incomplete=incomplete,
        missing_pages=sorted(int(p) for p in missing_pages),
        details=dict(details or {}),
        reason=reason,
        why=why.strip(),
        created_by=uow.reviewer,
        created_at=uow.now,
        quotes=dict(counts) | ({"same_as": same_as} if same_as else {}),
    )
    session.add(row)
    session.flush()
    for hop in hops:
        after, anchor_after = hop_state(hop), anchor_state(hop.anchor)
        state_before, anchor_before = hop_before[hop.id]
        if (after, anchor_after) != (state_before, anchor_before):
            uow.record(
                "re-anchor hop",
                "hop",
                hop.id,
                state_before | {"anchor": anchor_before},
                after | {"anchor": anchor_after, "source_version": number},
            )
            uow.changes.hops.add(hop.id)
            uow.changes.claims.add(hop.claim_id)
    uow.record(
        "add source version",
        "source",
        source.id,
        before,
        source_state(source)
        | {
            "source_version": row.id,
            "number": number,
            "reason": reason,
            "why": row.why,
            "text_sha256": digest,
            "quotes": summary.describe(),
        },
    )
    realign_links(uow, source.id)  # a translation link's alignment follows the new text
    uow.changes.sources.add(source.id)
    snapshot["version_id"] = row.id
    snapshot["number"] = number
    snapshot["record_version"] = source.version
    return NewVersion(source.id, number, tuple(outcomes), summary, same_as, snapshot)


def undo_version(uow: UnitOfWork, undo: dict[str, Any]) -> None:
    """Put back the version a source had before `add_version` (what it returned as `undo`):
    its text, evidence file, pages and details, every hop's spans and anchor as they were, and
    the new version taken out of its history. A version conflict when the source was changed
    since."""
    session = uow.session
    source = fetch_for_update(session, Source, int(undo["source"]))
    before = source_state(source)
    check_version(source, int(undo["record_version"]), {"undo version": undo["number"]}, before)
    row = session.get(SourceVersion, int(undo["version_id"]))
    if row is None or current_number(session, source.id) != row.number:
        raise InvalidInput(
            f"version {undo['number']} of source {source.id} is no longer its newest"
        )
    _apply_fields(uow, source, dict(undo["fields"]))
    for hop_id, saved in undo["hops"].items():
        hop = session.get(Hop, int(hop_id))
        if hop is None:
            continue
        hop_before = hop_state(hop)
        put_spans(hop, saved["spans"])
        set_anchor(hop, saved["anchor"])
        session.flush()
        if hop_state(hop) != hop_before:
            uow.record(
                "re-anchor hop",
                "hop",
                hop.id,
                hop_before,
                hop_state(hop) | {"anchor": saved["anchor"], "undo": True},
            )
            uow.changes.hops.add(hop.id)
            uow.changes.claims.add(hop.claim_id)
    removed = {"source_version": row.id, "number": row.number}
    session.delete(row)
    session.flush()
    uow.record(
        "undo source version",
        "source",
        source.id,
        before,
        source_state(source) | {"source_version_removed": removed},
    )
    realign_links(uow, source.id)
    uow.changes.sources.add(source.id)


def put_spans(hop: Hop, spans: list[list[Any]]) -> None:
    """Give a hop back these spans, each under its own id."""
    by_id = {s.id: s for s in hop.spans}
    kept: list[QuoteSpan] = []
    for span_id, start, end, page in spans:
        span = by_id.get(span_id)
        if span is None:
            span = QuoteSpan(id=span_id, hop_id=hop.id)
        span.start, span.end, span.page = start, end, page
        kept.append(span)
    hop.spans = sorted(kept, key=lambda s: s.start)
