"""The state check of `db.integrity.verify_case`: every claim, hop, actor, source, review and
evidence file in the tables must be what the newest audit event recording it says (the fields
in STATE_FIELDS, the reviews in REVIEW_EVENTS), so that a row changed behind the log's back shows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .audit import as_utc
from .models import Actor, Claim, Hop, Review, Source

if TYPE_CHECKING:
    from .integrity import _Ledger

# The fields of a row that the newest event recording them must agree with (the names of
# the operations' snapshots). Left out: what changes without an event of that row (a hop's
# position, its link and actor, moved by other hops' moves and by actor merges).
STATE_FIELDS: dict[str, tuple[str, ...]] = {
    "claim": (
        "text",
        "verdict",
        "rationale",
        "notes",
        "signoff",
        "verdict_set_by",
        "signed_off_by",
    ),
    "hop": (
        "status",
        "status_rationale",
        "quote",
        "relation",
        "source",
        "language",
        "relayed_on",
        "direction_doubtful",
        "note",
    ),
    "source": (
        "title",
        "outlet",
        "url",
        "language",
        "direction",
        "published_on",
        "kind",
        "evidence",
        "text_length",
        "incomplete",
    ),
}
STATE_WHAT = {
    "claim": "its wording, verdict, rationale, notes or sign-off",
    "hop": "its status, quote, relation, source or note",
    "source": "its title, outlet, URL, language, date, kind, evidence file or text length",
}
TRASH_KINDS = ("claim", "hop", "actor", "source")
REVIEW_FIELDS = ("reviewer", "at", "subject", "from_value", "to_value", "rationale")
REVIEW_EVENTS: dict[str, tuple[str, str, str | None]] = {
    # action: (review subject, the field the review changes, the field of its rationale)
    "set verdict": ("verdict", "verdict", "rationale"),
    "set hop status": ("hop", "status", "status_rationale"),
    "sign off verdict": ("signoff", "signoff", None),
    "send back verdict": ("signoff", "verdict", None),
}


@dataclass(frozen=True)
class Problem:
    """One thing that does not match. `kind` is event, time, evidence, state or head."""

    kind: str
    ident: str
    message: str

    def __str__(self) -> str:
        return self.message


def state_digest(values: dict[str, Any], names: tuple[str, ...]) -> bytes:
    picked = {n: values.get(n) for n in names}
    blob = json.dumps(picked, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.blake2b(blob.encode("utf-8"), digest_size=8).digest()


def utc_iso(at: dt.datetime) -> str:
    return as_utc(at).isoformat(timespec="microseconds")


def check_state(session: Session, ledger: _Ledger) -> list[Problem]:
    """Do the tables hold what the audit log says? Catches rows changed or added behind its
    back and the loss of the newest events that made them."""
    problems: list[Problem] = []

    def unaccounted(entity: str, ident: str) -> None:
        alive = ledger.alive.get(entity, {}).get(ident)
        if alive is None:
            problems.append(
                Problem(
                    "state",
                    f"{entity}:{ident}",
                    f"{entity} {ident} is in the case but not in the audit log",
                )
            )
        elif not alive:
            event = ledger.last_event[(entity, ident)]
            problems.append(
                Problem(
                    "state",
                    f"{entity}:{ident}",
                    f"{entity} {ident} is in the case although audit event {event} removed it",
                )
            )

    def in_trash(entity: str, ident: str, trashed: bool) -> None:
        if trashed != ledger.trashed.get((entity, ident), False):
            event = ledger.last_event.get((entity, ident))
            said = "in the Trash" if trashed else "back from the Trash"
            problems.append(
                Problem(
                    "state",
                    f"{entity}:{ident}",
                    f"{entity} {ident} is {said}, but the audit log "
                    f"{'never deleted it' if trashed else 'deleted it'}"
                    + (f" (last event {event})" if event else ""),
                )
            )

    seen: dict[str, set[str]] = {}
    for entity, columns in state_columns().items():
        names = STATE_FIELDS[entity]
        recorded_states = ledger.state.get(entity, {})
        seen[entity] = present = set()
        for row in session.execute(select(*columns)):
            ident = str(row.id)
            present.add(ident)
            unaccounted(entity, ident)
            in_trash(entity, ident, row.deleted_at is not None)
            recorded = recorded_states.get(ident)
            if recorded is not None and recorded != state_digest(row._asdict(), names):
                event = ledger.last_event[(entity, ident)]
                problems.append(
                    Problem(
                        "state",
                        f"{entity}:{ident}",
                        f"{entity} {ident} was changed outside the audit log: "
                        f"{STATE_WHAT[entity]} differs from what audit event {event} recorded",
                    )
                )
    claims = seen["claim"]
    for ident, alive in ledger.alive.get("claim", {}).items():
        if alive and ident not in claims:
            event = ledger.last_event[("claim", ident)]
            problems.append(
                Problem(
                    "state",
                    f"claim:{ident}",
                    f"claim {ident} is missing from the case, but the audit log never deleted "
                    f"it (last event {event})",
                )
            )
    for actor in session.execute(select(Actor.id, Actor.deleted_at)):
        unaccounted("actor", str(actor.id))
        in_trash("actor", str(actor.id), actor.deleted_at is not None)
    problems.extend(check_reviews(session, ledger, claims))
    return problems


def state_columns() -> dict[str, tuple[Any, ...]]:
    """The columns that give each row's STATE_FIELDS, under those names, with its id."""
    return {
        "claim": (
            Claim.id,
            Claim.deleted_at,
            *(getattr(Claim, n) for n in STATE_FIELDS["claim"]),
        ),
        "hop": (
            Hop.id,
            Hop.deleted_at,
            Hop.status,
            Hop.status_rationale,
            Hop.quote,
            Hop.relation,
            Hop.source_id.label("source"),
            Hop.language,
            Hop.relayed_on,
            Hop.direction_doubtful,
            Hop.note,
        ),
        "source": (
            Source.id,
            Source.deleted_at,
            Source.title,
            Source.outlet,
            Source.url,
            Source.language,
            Source.direction,
            Source.published_on,
            Source.kind,
            Source.evidence_sha256.label("evidence"),
            func.length(Source.text).label("text_length"),
            Source.incomplete,
        ),
    }


def check_reviews(session: Session, ledger: _Ledger, claims: set[str]) -> list[Problem]:
    """Each review (the history a report shows) must be the one its audit event recorded, and
    none may go missing while its claim is still there."""
    problems: list[Problem] = []
    columns = [getattr(Review, name) for name in ("id", *REVIEW_FIELDS)]
    present: set[int] = set()
    for review in session.execute(select(*columns).order_by(Review.id)):
        present.add(review.id)
        recorded = ledger.reviews.get(review.id)
        if recorded is None:
            problems.append(
                Problem(
                    "state",
                    f"review:{review.id}",
                    f"review {review.id} is in the case but not in the audit log",
                )
            )
            continue
        event_id, digest, rationale_known, _claim = recorded
        values = review._asdict() | {"at": utc_iso(review.at)}
        if not rationale_known:
            values["rationale"] = None
        if state_digest(values, REVIEW_FIELDS) != digest:
            problems.append(
                Problem(
                    "state",
                    f"review:{review.id}",
                    f"review {review.id} was changed outside the audit log: who, when or what "
                    f"differs from audit event {event_id}",
                )
            )
    for review_id, (event_id, _, _, claim) in sorted(ledger.reviews.items()):
        if review_id not in present and claim in claims:
            problems.append(
                Problem(
                    "state",
                    f"review:{review_id}",
                    f"review {review_id} of claim {claim} (audit event {event_id}) is missing "
                    "from the case",
                )
            )
    return problems
