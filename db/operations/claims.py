"""Operations on claims: add, edit, tag, duplicate, delete, and the verdict."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from ..errors import InvalidInput
from ..models import CaseInfo, Claim, ClaimTag, Hop, QuoteSpan, Review
from ..queries import four_eyes_required
from ..text.normalise import search_key
from ..unit_of_work import UnitOfWork
from ..vocabulary import Verdict
from ._common import (
    MAX_NAME,
    TRASHED,
    check_version,
    clean_text,
    fetch_for_update,
    live_hops,
    trashed_by,
)

MAX_CLAIM = 20_000


def claim_state(claim: Claim) -> dict[str, Any]:
    return {
        "text": claim.text,
        "verdict": claim.verdict,
        "rationale": claim.rationale,
        "notes": claim.notes,
        "tags": [t.tag for t in claim.tags],
        "signoff": claim.signoff,
        "verdict_set_by": claim.verdict_set_by,
        "signed_off_by": claim.signed_off_by,
        "version": claim.version,
    }


def _clean_tags(tags: Iterable[str]) -> list[str]:
    cleaned = {" ".join(clean_text(t, "tag", limit=MAX_NAME).split()) for t in tags}
    return sorted(cleaned)


def _touch(uow: UnitOfWork, claim: Claim) -> None:
    claim.updated_at = uow.now
    claim.updated_by = uow.reviewer
    uow.changes.claims.add(claim.id)


def add_claim(uow: UnitOfWork, text: str, *, notes: str = "", tags: Iterable[str] = ()) -> int:
    wording = clean_text(text, "claim text", limit=MAX_CLAIM)
    claim = Claim(
        text=wording,
        text_key=search_key(wording),
        notes=clean_text(notes, "notes", required=False),
        created_at=uow.now,
        updated_at=uow.now,
        updated_by=uow.reviewer,
    )
    claim.tags = [ClaimTag(tag=t) for t in _clean_tags(tags)]
    uow.session.add(claim)
    uow.session.flush()
    _index_claim(uow, claim)
    uow.record("add claim", "claim", claim.id, None, claim_state(claim))
    uow.changes.claims.add(claim.id)
    return claim.id


def _index_claim(uow: UnitOfWork, claim: Claim) -> None:
    """The claim's similarity keys, in the same transaction (`db.appearances`, imported on the
    first change: the window starts without the similarity code)."""
    from ..appearances import index_claim

    index_claim(uow.session, claim.id, claim.text_key)


def edit_claim(
    uow: UnitOfWork,
    claim_id: int,
    *,
    expected_version: int | None = None,
    text: str | None = None,
    notes: str | None = None,
    tags: Iterable[str] | None = None,
) -> int:
    """Change the wording, notes or tags; returns the new version."""
    claim = fetch_for_update(uow.session, Claim, claim_id)
    before = claim_state(claim)
    mine = {"text": text, "notes": notes, "tags": list(tags) if tags is not None else None}
    check_version(claim, expected_version, mine, before)
    if text is not None:
        claim.text = clean_text(text, "claim text", limit=MAX_CLAIM)
        claim.text_key = search_key(claim.text)
        _index_claim(uow, claim)
    if notes is not None:
        claim.notes = clean_text(notes, "notes", required=False)
    if mine["tags"] is not None:
        wanted = _clean_tags(mine["tags"])
        if wanted != [t.tag for t in claim.tags]:
            claim.tags = [ClaimTag(tag=t) for t in wanted]
    if claim_state(claim) | {"version": claim.version} != before:
        _touch(uow, claim)
        uow.session.flush()
        uow.record("edit claim", "claim", claim.id, before, claim_state(claim))
    return claim.version


def set_verdict(
    uow: UnitOfWork,
    claim_id: int,
    verdict: Verdict | str,
    rationale: str = "",
    *,
    expected_version: int | None = None,
    evidence: str = "",
) -> int:
    """Mark the claim's verdict and write the review; returns the review id."""
    new = Verdict.parse(verdict)
    why = clean_text(rationale, "rationale", required=False)
    if new.needs_rationale and not why:
        raise InvalidInput(f"a rationale is required to mark a claim {new.label.lower()}")
    claim = fetch_for_update(uow.session, Claim, claim_id)
    before = claim_state(claim)
    check_version(claim, expected_version, {"verdict": new.value, "rationale": why}, before)
    review = Review(
        claim_id=claim.id,
        subject="verdict",
        from_value=claim.verdict,
        to_value=new.value,
        rationale=why,
        evidence=clean_text(evidence, "evidence", required=False),
        reviewer=uow.reviewer,
        at=uow.now,
    )
    claim.verdict = new.value
    claim.rationale = why
    claim.verdict_set_by = uow.reviewer
    claim.signoff = "awaiting" if new.is_final and four_eyes(uow) else ""
    claim.signed_off_by, claim.signed_off_at = "", None
    _touch(uow, claim)
    uow.session.add(review)
    uow.session.flush()
    uow.record("set verdict", "claim", claim.id, before, claim_state(claim) | {"review": review.id})
    return review.id


def duplicate_claim(uow: UnitOfWork, claim_id: int) -> int:
    """A new claim with the same wording, notes, tags and chain (verdict and statuses reset)."""
    original = fetch_for_update(uow.session, Claim, claim_id)
    copy_id = add_claim(
        uow, original.text, notes=original.notes, tags=[t.tag for t in original.tags]
    )
    new_ids: dict[int, int] = {}
    hops = live_hops(original)
    for hop in hops:
        twin = Hop(
            claim_id=copy_id,
            relays_hop_id=None,
            position=hop.position,
            actor_id=hop.actor_id,
            source_id=hop.source_id,
            relation=hop.relation,
            quote=hop.quote,
            quote_key=hop.quote_key,
            language=hop.language,
            quote_language=hop.quote_language,
            relayed_on=hop.relayed_on,
            direction_doubtful=hop.direction_doubtful,
            note=hop.note,
            created_at=uow.now,
        )
        twin.spans = [QuoteSpan(start=s.start, end=s.end, page=s.page) for s in hop.spans]
        uow.session.add(twin)
        uow.session.flush()
        new_ids[hop.id] = twin.id
    for hop in hops:
        if hop.relays_hop_id in new_ids:
            copied = uow.session.get(Hop, new_ids[hop.id])
            assert copied is not None
            copied.relays_hop_id = new_ids[hop.relays_hop_id]
    uow.session.flush()
    uow.record(
        "duplicate claim",
        "claim",
        copy_id,
        None,
        {"from_claim": claim_id, "hops": list(new_ids.values())},
    )
    uow.changes.hops.update(new_ids.values())
    return copy_id


def delete_claim(uow: UnitOfWork, claim_id: int, *, expected_version: int | None = None) -> None:
    """Move a claim to the Trash with everything attached to it (hops, spans, reviews,
    sign-off, tags); it keeps its id and is hidden until `restore_claim` or a purge."""
    claim = fetch_for_update(uow.session, Claim, claim_id)
    before = claim_state(claim) | {"hops": [h.id for h in live_hops(claim)]}
    check_version(claim, expected_version, {"deleted": True}, before)
    claim.deleted_at, claim.deleted_by = uow.now, uow.reviewer
    uow.session.flush()
    uow.record("delete claim", "claim", claim_id, before, claim_state(claim) | TRASHED)
    uow.changes.claims.add(claim_id)


def restore_claim(uow: UnitOfWork, claim_id: int) -> None:
    """Bring a claim back from the Trash exactly as it was deleted: same id, hops, reviews and
    sign-off. InvalidInput when it is not in the Trash or one of its hops names an actor or
    source that is."""
    from .hop_chain import refuse_trashed_links

    claim = fetch_for_update(uow.session, Claim, claim_id, trashed=True)
    if claim.deleted_at is None:
        raise InvalidInput(f"claim {claim_id} is not in the Trash")
    for hop in live_hops(claim):
        refuse_trashed_links(hop)
    before = claim_state(claim) | TRASHED | {"deleted": trashed_by(claim)}
    claim.deleted_at, claim.deleted_by = None, ""
    _touch(uow, claim)
    uow.session.flush()
    uow.record("restore claim", "claim", claim_id, before, claim_state(claim))


def four_eyes(uow: UnitOfWork) -> bool:
    """Whether final verdicts of this case need a second reviewer's sign-off."""
    return four_eyes_required(uow.session)


def set_four_eyes(uow: UnitOfWork, on: bool) -> None:
    info = uow.session.scalar(select(CaseInfo).limit(1))
    if info is None:
        raise InvalidInput("the case has no case information row")
    before = dict(info.settings or {})
    info.settings = before | {"four_eyes": bool(on)}
    uow.session.flush()
    uow.record("set four-eyes", "case", info.id, before, dict(info.settings))
    uow.changes.case = True


def _second_reviewer(uow: UnitOfWork, claim: Claim, action: str) -> None:
    if claim.signoff != "awaiting":
        raise InvalidInput(f"claim {claim.id} is not awaiting sign-off")
    if claim.verdict_set_by == uow.reviewer:
        raise InvalidInput(
            f"{uow.reviewer} set this verdict and cannot {action} it; a second reviewer must"
        )


def _record_signoff(
    uow: UnitOfWork,
    claim: Claim,
    before: dict[str, Any],
    action: str,
    change: tuple[str, str],
    rationale: str,
) -> int:
    """The review and audit event of a sign-off decision (`change`: from, to); the review id."""
    review = Review(
        claim_id=claim.id,
        subject="signoff",
        from_value=change[0],
        to_value=change[1],
        rationale=rationale,
        reviewer=uow.reviewer,
        at=uow.now,
    )
    uow.session.add(review)
    _touch(uow, claim)
    uow.session.flush()
    uow.record(action, "claim", claim.id, before, claim_state(claim) | {"review": review.id})
    return review.id


def sign_off(uow: UnitOfWork, claim_id: int, note: str = "") -> int:
    """A second reviewer confirms a final verdict (four-eyes); returns the review id."""
    claim = fetch_for_update(uow.session, Claim, claim_id)
    _second_reviewer(uow, claim, "sign off")
    before = claim_state(claim)
    claim.signoff, claim.signed_off_by, claim.signed_off_at = "signed", uow.reviewer, uow.now
    rationale = clean_text(note, "note", required=False)
    return _record_signoff(
        uow, claim, before, "sign off verdict", ("awaiting", "signed"), rationale
    )


def send_back(uow: UnitOfWork, claim_id: int, reason: str) -> int:
    """A second reviewer returns a final verdict for more work: the claim goes back to
    in progress with the reason recorded; returns the review id."""
    why = clean_text(reason, "reason")
    claim = fetch_for_update(uow.session, Claim, claim_id)
    _second_reviewer(uow, claim, "send back")
    before = claim_state(claim)
    change = (claim.verdict, Verdict.IN_PROGRESS.value)
    claim.verdict, claim.signoff = Verdict.IN_PROGRESS.value, "returned"
    claim.signed_off_by, claim.signed_off_at = uow.reviewer, uow.now
    return _record_signoff(uow, claim, before, "send back verdict", change, why)


def withdraw_signoff(uow: UnitOfWork, claim_id: int, *, verdict: str | None = None) -> int:
    """Take back one's own sign-off or send-back (Undo): the claim awaits sign-off again; a
    sent-back claim gets back its final `verdict` (by default the one it was sent back from).
    Returns the review id."""
    claim = fetch_for_update(uow.session, Claim, claim_id)
    if claim.signoff not in ("signed", "returned"):
        raise InvalidInput(f"claim {claim.id} has no sign-off or send-back to withdraw")
    if claim.signed_off_by != uow.reviewer:
        raise InvalidInput(
            f"only {claim.signed_off_by} can withdraw their "
            f"{'sign-off' if claim.signoff == 'signed' else 'send-back'} of claim {claim.id}"
        )
    before = claim_state(claim)
    was = "signed" if claim.signoff == "signed" else claim.verdict
    if claim.signoff == "returned":
        if verdict is None:
            verdict = uow.session.scalar(
                select(Review.from_value)
                .where(Review.claim_id == claim.id, Review.subject == "signoff")
                .order_by(Review.id.desc())
                .limit(1)
            )
        final = Verdict.parse(verdict or "")
        if not final.is_final:
            raise InvalidInput("a sent-back claim returns to a final verdict")
        claim.verdict = final.value
    claim.signoff, claim.signed_off_by, claim.signed_off_at = "awaiting", "", None
    return _record_signoff(uow, claim, before, "withdraw sign-off", (was, "awaiting"), "withdrawn")
