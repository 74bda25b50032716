"""Taking back a review exactly (Undo) and putting the same review back (Redo).

A verdict, hop status, sign-off or send-back writes a review and changes fields of its claim or
hop. `take_back_review` deletes that review and gives the fields their values from before, so
that the case is as it was (the audit log records the taking back, naming the review);
`put_back_review` writes the same review again, with its id, time and reviewer, and the values
from after. Both refuse when the record was changed since (someone else's review came between).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..errors import InvalidInput
from ..models import Claim, Hop, Review
from ..unit_of_work import UnitOfWork
from ._common import fetch_for_update, iso
from .claims import claim_state
from .hops import hop_state

FIELDS = {
    "claim": (
        "verdict",
        "rationale",
        "verdict_set_by",
        "signoff",
        "signed_off_by",
        "signed_off_at",
    ),
    "hop": ("status", "status_rationale"),
}
"""The fields of a claim or hop that a review changes."""


@dataclass(frozen=True)
class ReviewStep:
    """One review and the values of its record's reviewed fields before and after it."""

    kind: str
    record_id: int
    review: dict[str, Any]
    before: dict[str, Any]
    after: dict[str, Any]


def _row(uow: UnitOfWork, kind: str, ident: int) -> Claim | Hop:
    if kind not in FIELDS:
        raise InvalidInput(f"a review is of a claim or a hop, not {kind!r}")
    if kind == "claim":
        return fetch_for_update(uow.session, Claim, ident)
    return fetch_for_update(uow.session, Hop, ident)


def _values(row: Claim | Hop, kind: str) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in FIELDS[kind]}
    if "signed_off_at" in values:
        values["signed_off_at"] = iso(values["signed_off_at"])
    return values


def _set(row: Claim | Hop, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name == "signed_off_at" and value is not None:
            value = dt.datetime.fromisoformat(value)
        setattr(row, name, value)


def reviewed_values(uow: UnitOfWork, kind: str, ident: int) -> dict[str, Any]:
    """The reviewed fields of a claim or hop as they are now (take before a review)."""
    return _values(_row(uow, kind, ident), kind)


def review_step(
    uow: UnitOfWork, kind: str, ident: int, review_id: int, before: dict[str, Any]
) -> ReviewStep:
    """What Undo needs to take back review `review_id`, just written (`before`: the record's
    `reviewed_values` from before the review)."""
    review = uow.session.get(Review, review_id)
    if review is None:
        raise InvalidInput(f"no review with id {review_id}")
    data = {
        "id": review.id,
        "claim_id": review.claim_id,
        "hop_id": review.hop_id,
        "subject": review.subject,
        "from_value": review.from_value,
        "to_value": review.to_value,
        "rationale": review.rationale,
        "evidence": review.evidence,
        "reviewer": review.reviewer,
        "at": iso(review.at),
    }
    return ReviewStep(kind, ident, data, before, _values(_row(uow, kind, ident), kind))


def _state(row: Claim | Hop) -> dict[str, Any]:
    return claim_state(row) if isinstance(row, Claim) else hop_state(row)


def _touch(uow: UnitOfWork, row: Claim | Hop) -> None:
    claim = row if isinstance(row, Claim) else row.claim
    claim.updated_at, claim.updated_by = uow.now, uow.reviewer
    uow.changes.claims.add(claim.id)
    if isinstance(row, Hop):
        uow.changes.hops.add(row.id)


def take_back_review(uow: UnitOfWork, step: ReviewStep) -> None:
    """Undo a review: delete it and give its record the values from before. InvalidInput when
    the record was changed since."""
    row = _row(uow, step.kind, step.record_id)
    if _values(row, step.kind) != step.after:
        raise InvalidInput(
            f"{step.kind} {step.record_id} was changed since (another review came after this "
            "one); it can no longer be taken back"
        )
    review = uow.session.get(Review, step.review["id"])
    if review is None:
        raise InvalidInput(f"review {step.review['id']} is no longer in the case")
    before = _state(row)
    uow.session.delete(review)
    _set(row, step.before)
    _touch(uow, row)
    uow.session.flush()
    uow.record(
        "take back review",
        step.kind,
        step.record_id,
        before,
        _state(row) | {"review_taken_back": step.review["id"]},
    )


def put_back_review(uow: UnitOfWork, step: ReviewStep) -> None:
    """Redo a review taken back: the same review (id, time, reviewer) and the values from
    after. InvalidInput when the record was changed since."""
    row = _row(uow, step.kind, step.record_id)
    if _values(row, step.kind) != step.before:
        raise InvalidInput(
            f"{step.kind} {step.record_id} was changed since; the review cannot be put back"
        )
    if uow.session.get(Review, step.review["id"]) is not None:
        raise InvalidInput(f"review {step.review['id']} is in the case already")
    before = _state(row)
    data = dict(step.review)
    data["at"] = dt.datetime.fromisoformat(data["at"])
    uow.session.add(Review(**data))
    _set(row, step.after)
    _touch(uow, row)
    uow.session.flush()
    uow.record(
        "put back review",
        step.kind,
        step.record_id,
        before,
        _state(row) | {"review_put_back": step.review},
    )
