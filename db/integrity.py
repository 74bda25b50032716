"""Re-check a whole case: the audit log's hash chain, the evidence files' hashes, and whether
the tables still agree with what the audit log says happened.

The hash chain finds an edited, inserted, deleted or reordered event in the middle of the log.
The end of the log needs more, because deleting the newest events leaves a shorter chain that
is still valid. Three things catch that:

- the *audit head* (id and hash of the newest event), stamped into `case_info.settings` by every
  unit of work that records events (`stamp_audit_head`); that event must still be in the
  chain with that hash (the chain may have grown since, e.g. by an older app that does not
  stamp);
- *known heads* from outside the case (the desk's witness book: the head it saw when it last
  verified the case intact): each must still be in the chain with the same hash;
- the *state check*: every claim, hop, actor, source, review and evidence file in the tables
  must be accounted for by the audit log; a claim's wording, verdict and sign-off, a hop's
  status and quote, a source's metadata, and each review's who, when and what must be what the
  newest event that recorded them says (STATE_FIELDS, REVIEW_EVENTS). This also finds rows
  changed behind the log's back, e.g. a verdict edited in the database.

What is left (documented, not hidden): the hashes carry no secret, so someone who can write to
the database, recomputes every hash after a change, and rewrites the stamped head and the
tables to match, is caught only by a head kept outside the case (the desk's witness book, a
backup, a signed report). Events appended with correct hashes by such a person are caught only
where they contradict the tables.

The state check lives in `db.integrity_state`, the stamped head and the witness book in
`db.audit_heads`; this module reads the log, checks the chain and the evidence, and reports.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from .audit import GENESIS_HASH, as_utc, event_problem
from .audit_heads import AuditHead, remember_head, stamped_head, witnessed_head
from .integrity_state import (
    REVIEW_EVENTS,
    REVIEW_FIELDS,
    STATE_FIELDS,
    TRASH_KINDS,
    Problem,
    check_state,
    state_digest,
    utc_iso,
)
from .models import AuditEvent, EvidenceFile
from .version_integrity import check_versions

_EVENT_COLUMNS = (
    "id",
    "at",
    "reviewer",
    "action",
    "entity",
    "entity_id",
    "before",
    "after",
    "prev_hash",
    "hash",
)


@dataclass(frozen=True)
class IntegrityReport:
    events: int
    evidence_files: int
    head: AuditHead | None
    problems: tuple[Problem, ...] = ()

    @property
    def intact(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if self.intact:
            return (
                f"case intact: {self.events:,} audit events, "
                f"{self.evidence_files:,} evidence files checked"
            )
        return f"case NOT intact: {len(self.problems)} problem(s); first: {self.problems[0]}"


@dataclass
class _Ledger:
    """What the audit log says about each row, kept small (ids and 8-byte digests)."""

    alive: dict[str, dict[str, bool]] = field(default_factory=dict)
    state: dict[str, dict[str, bytes]] = field(default_factory=dict)
    last_event: dict[tuple[str, str], int] = field(default_factory=dict)
    reviews: dict[int, tuple[int, bytes, bool, str]] = field(default_factory=dict)
    # Whether the newest event of a claim, hop, actor or source left it in the Trash.
    trashed: dict[tuple[str, str], bool] = field(default_factory=dict)

    def note(self, event: Row[Any]) -> None:
        entity, ident, after = event.entity, event.entity_id, event.after
        self.alive.setdefault(entity, {})[ident] = after is not None
        self.last_event[(entity, ident)] = event.id
        if after is None:
            if event.action.startswith("purge "):
                self.note_purge(event)
            return
        if entity in TRASH_KINDS:
            self.trashed[(entity, ident)] = bool(after.get("in_trash"))
        if isinstance(after.get("review"), int) and event.action in REVIEW_EVENTS:
            self.note_review(event, after)
        if isinstance(after.get("review_taken_back"), int):  # Undo of a review
            self.reviews.pop(after["review_taken_back"], None)
        if isinstance(after.get("review_put_back"), dict):  # Redo of it: the same review
            self.note_put_back(event, after)
        names = STATE_FIELDS.get(entity)
        if names and all(n in after for n in names):
            self.state.setdefault(entity, {})[ident] = state_digest(after, names)
        _note_versions(self, after)
        if event.action == "duplicate claim":
            # The copied hops are recorded in the claim's event, not one by one.
            for hop_id in after.get("hops", ()):
                self.alive.setdefault("hop", {})[str(hop_id)] = True

    def note_purge(self, event: Row[Any]) -> None:
        """A purge from the Trash accounts for the rows that went with the record."""
        before = event.before or {}
        for hop_id in before.get("hops", ()):
            self.alive.setdefault("hop", {})[str(hop_id)] = False
        for review_id in before.get("reviews", ()):
            self.reviews.pop(review_id, None)
        self.trashed.pop((event.entity, event.entity_id), None)

    def note_put_back(self, event: Row[Any], after: dict[str, Any]) -> None:
        review = after["review_put_back"]
        values = {name: review.get(name) for name in REVIEW_FIELDS}
        values["at"] = utc_iso(dt.datetime.fromisoformat(str(review.get("at"))))
        claim = str(after.get("claim")) if event.entity == "hop" else event.entity_id
        self.reviews[int(review["id"])] = (
            event.id,
            state_digest(values, REVIEW_FIELDS),
            True,
            claim,
        )

    def note_review(self, event: Row[Any], after: dict[str, Any]) -> None:
        subject, value_key, rationale_key = REVIEW_EVENTS[event.action]
        before = event.before or {}
        values = {
            "reviewer": event.reviewer,
            "at": utc_iso(event.at),
            "subject": subject,
            "from_value": before.get(value_key),
            "to_value": after.get(value_key),
            "rationale": after.get(rationale_key) if rationale_key else None,
        }
        claim = str(after.get("claim")) if event.entity == "hop" else event.entity_id
        self.reviews[after["review"]] = (
            event.id,
            state_digest(values, REVIEW_FIELDS),
            rationale_key is not None,
            claim,
        )


@dataclass
class _Clock:
    """Audit events whose time is earlier than the event before them: the log's order is the
    order of the changes, so a time that goes backwards means a clock or a record was wrong."""

    last: dt.datetime | None = None
    first: tuple[int, dt.datetime, dt.datetime] | None = None
    count: int = 0

    def note(self, event: Row[Any]) -> None:
        at = as_utc(event.at)
        if self.last is not None and at < self.last:
            self.count += 1
            if self.first is None:
                self.first = (event.id, at, self.last)
        self.last = at

    def problems(self) -> list[Problem]:
        if self.first is None:
            return []
        event_id, at, before = self.first
        more = f"; {self.count - 1} more event(s) go back in time" if self.count > 1 else ""
        return [
            Problem(
                "time",
                str(event_id),
                f"audit event {event_id} is dated {utc_iso(at)}, earlier than the event "
                f"before it ({utc_iso(before)}){more}",
            )
        ]


def _note_versions(ledger: _Ledger, after: dict[str, Any]) -> None:
    """Versions of sources are named in their source's events (`db.operations.versions`)."""
    made, removed = after.get("source_version"), after.get("source_version_removed")
    if isinstance(made, int):
        ledger.alive.setdefault("source version", {})[str(made)] = True
    if isinstance(removed, dict) and isinstance(removed.get("source_version"), int):
        ledger.alive.setdefault("source version", {})[str(removed["source_version"])] = False


def verify_case(session: Session, *, known_heads: Iterable[AuditHead] = ()) -> IntegrityReport:
    """Re-check the whole case. Reads every event and evidence file once, in batches.

    `known_heads` are heads seen before from outside the case (the desk's witness book); the
    head stamped in the case is checked the same way. Each must still be in the chain with the
    same hash; the chain may have grown since.
    """
    problems: list[Problem] = []
    expected = {h.event_id: (h.hash, "this desk saw before") for h in known_heads}
    stamped = stamped_head(session)
    if stamped is not None:
        expected.setdefault(stamped.event_id, (stamped.hash, "the case recorded as its newest"))
    ledger = _Ledger()
    prev, count, last_id = GENESIS_HASH, 0, 0
    chain_broken = False
    clock = _Clock()
    # Plain rows, not ORM objects: a third of the time on a long log.
    columns = [getattr(AuditEvent, name) for name in _EVENT_COLUMNS]
    query = select(*columns).order_by(AuditEvent.id).execution_options(yield_per=1000)
    for event in session.execute(query):
        count += 1
        if not chain_broken:
            reason = event_problem(event, prev)
            if reason:
                problems.append(Problem("event", str(event.id), f"audit event {event.id} {reason}"))
                chain_broken = True
            prev = event.hash
        known = expected.pop(event.id, None)
        if known is not None and known[0] != event.hash:
            problems.append(
                Problem(
                    "head",
                    str(event.id),
                    f"audit event {event.id} is not the event {known[1]} "
                    f"(its hash was {known[0][:12]}…, now {event.hash[:12]}…)",
                )
            )
        ledger.note(event)
        clock.note(event)
        last_id = event.id
    problems.extend(clock.problems())
    head = AuditHead(last_id, prev) if count else None
    for event_id, (_hash, who) in sorted(expected.items()):
        problems.append(
            Problem(
                "head",
                str(event_id),
                f"audit event {event_id}, which {who}, is missing "
                f"(the audit log now ends at event {last_id})",
            )
        )
    evidence_problems, evidence_count = _check_evidence(session, ledger)
    problems.extend(evidence_problems)
    problems.extend(check_state(session, ledger))
    recorded_versions = ledger.alive.get("source version", {})
    problems.extend(Problem("version", k, m) for k, m in check_versions(session, recorded_versions))
    return IntegrityReport(count, evidence_count, head, tuple(problems))


def _check_evidence(session: Session, ledger: _Ledger) -> tuple[list[Problem], int]:
    problems: list[Problem] = []
    recorded = ledger.alive.get("evidence", {})
    keys: list[str] = []
    # One streamed query, a few rows at a time: evidence files can be large.
    query = (
        select(EvidenceFile.sha256, EvidenceFile.content, EvidenceFile.size, EvidenceFile.file_name)
        .order_by(EvidenceFile.sha256)
        .execution_options(yield_per=4)
    )
    for row in session.execute(query):
        key = row.sha256
        keys.append(key)
        content = bytes(row.content)
        actual = hashlib.sha256(content).hexdigest()
        if actual != key:
            problems.append(
                Problem(
                    "evidence",
                    key,
                    f"evidence file {row.file_name!r} ({key[:12]}…) was changed: "
                    f"its bytes now hash to {actual[:12]}…",
                )
            )
        elif row.size != len(content):
            problems.append(
                Problem(
                    "evidence",
                    key,
                    f"evidence file {row.file_name!r} ({key[:12]}…) records {row.size} bytes "
                    f"but holds {len(content)}",
                )
            )
        elif key not in recorded:
            problems.append(
                Problem(
                    "evidence",
                    key,
                    f"evidence file {row.file_name!r} ({key[:12]}…) is not in the audit log",
                )
            )
    present = set(keys)
    for key in sorted(k for k, alive in recorded.items() if alive and k not in present):
        problems.append(
            Problem(
                "evidence",
                key,
                f"evidence file {key[:12]}… (audit event "
                f"{ledger.last_event[('evidence', key)]}) is missing from the case",
            )
        )
    return problems, len(keys)


def check_case(session: Session, location: str, book: Path | None = None) -> IntegrityReport:
    """`verify_case` with the desk's witness book: checks the head this desk saw last time,
    and writes down the new head when the case is intact. What the CLI and the window run."""
    known = witnessed_head(book, location) if book else None
    report = verify_case(session, known_heads=[known] if known else [])
    if book and report.intact:
        remember_head(book, location, report.head)
    return report
