"""Tampering behind the case's back is found, and named: edited, deleted, inserted and
reordered audit events, changed or missing evidence files, rows changed outside the log, and
events cut off the end. On an SQLite file (edited with the sqlite3 module) and on PostgreSQL."""

from __future__ import annotations

import json
from typing import Any

from db import operations as ops
from db.audit import event_hash
from db.audit_heads import AuditHead, stamp_audit_head
from db.case import Case
from db.integrity import IntegrityReport, verify_case
from db.models import utcnow

from .conftest import History, events, tamper


def check(case: Case, **kwargs: Any) -> IntegrityReport:
    with case.read() as session:
        return verify_case(session, **kwargs)


def first_event_problem(report: IntegrityReport) -> tuple[str, str]:
    problem = next(p for p in report.problems if p.kind == "event")
    return problem.ident, problem.message


def json_param(case: Case, name: str) -> str:
    return f"CAST(:{name} AS json)" if case.dialect == "postgresql" else f":{name}"


def test_an_untouched_case_is_intact(any_case: Case, history: History) -> None:
    report = check(any_case)
    assert report.intact, report.problems
    assert report.events == len(history.events)
    assert report.evidence_files == 1
    assert report.head is not None and report.head.event_id == history.events[-1][0]


def test_an_edited_event_is_named(any_case: Case, history: History) -> None:
    target = history.event("set verdict")
    tamper(
        any_case, ("UPDATE audit_events SET reviewer = 'Mallory' WHERE id = :id", {"id": target})
    )
    report = check(any_case)
    assert not report.intact
    ident, message = first_event_problem(report)
    assert ident == str(target)
    assert message == f"audit event {target} was changed: its content does not match its hash"


def test_an_edited_verdict_inside_an_event_is_named(any_case: Case, history: History) -> None:
    target = history.event("set verdict")
    if any_case.dialect == "sqlite":
        sql = "UPDATE audit_events SET after = json_set(after, '$.verdict', 'accurate') WHERE id = :id"
    else:
        sql = (
            "UPDATE audit_events SET after = "
            "jsonb_set(after::jsonb, '{verdict}', '\"accurate\"')::json WHERE id = :id"
        )
    tamper(any_case, (sql, {"id": target}))
    assert first_event_problem(check(any_case))[0] == str(target)


def test_a_deleted_event_is_found_at_the_next_one(any_case: Case, history: History) -> None:
    target = history.event("add hop")
    tamper(any_case, ("DELETE FROM audit_events WHERE id = :id", {"id": target}))
    ident, message = first_event_problem(check(any_case))
    following = next(i for i, _ in history.events if i > target)
    assert ident == str(following)
    assert "does not link to the event before it" in message


def test_an_inserted_event_is_found(any_case: Case, history: History) -> None:
    """A careful forger: renumbers the later events to make room and gives the forged event a
    correct hash chained onto the one before it."""
    target = history.event("add hop")
    with any_case.engine.connect() as conn:
        from sqlalchemy import text

        prev = conn.execute(
            text("SELECT hash FROM audit_events WHERE id = :id"), {"id": target}
        ).scalar_one()
    at = utcnow()
    after = {"verdict": "accurate"}
    forged = event_hash(
        prev_hash=prev,
        at=at,
        reviewer="Mallory",
        action="set verdict",
        entity="claim",
        entity_id=str(history.claim),
        before=None,
        after=after,
    )
    at_value = at.replace(tzinfo=None) if any_case.dialect == "sqlite" else at
    tamper(
        any_case,
        ("UPDATE audit_events SET id = id + 100000 WHERE id > :id", {"id": target}),
        ("UPDATE audit_events SET id = id - 99999 WHERE id > 100000", {}),
        (
            "INSERT INTO audit_events (id, at, reviewer, action, entity, entity_id, before, "
            f"after, prev_hash, hash) VALUES (:id, :at, 'Mallory', 'set verdict', 'claim', "
            f":claim, NULL, {json_param(any_case, 'after')}, :prev, :hash)",
            {
                "id": target + 1,
                "at": at_value,
                "claim": str(history.claim),
                "after": json.dumps(after),
                "prev": prev,
                "hash": forged,
            },
        ),
    )
    report = check(any_case)
    ident, message = first_event_problem(report)
    assert ident == str(target + 2), report.problems
    assert "does not link" in message


def test_reordered_events_are_found(any_case: Case, history: History) -> None:
    first = history.event("set hop status")
    second = first + 1
    tamper(
        any_case,
        ("UPDATE audit_events SET id = -1 WHERE id = :id", {"id": first}),
        ("UPDATE audit_events SET id = :a WHERE id = :b", {"a": first, "b": second}),
        ("UPDATE audit_events SET id = :b WHERE id = -1", {"b": second}),
    )
    assert first_event_problem(check(any_case))[0] == str(first)


def test_a_changed_evidence_file_is_named(any_case: Case, history: History) -> None:
    tamper(
        any_case,
        (
            "UPDATE evidence_files SET content = :c WHERE sha256 = :k",
            {"c": b"Lavrov said there were preconditions.\n", "k": history.evidence},
        ),
    )
    report = check(any_case)
    assert [(p.kind, p.ident) for p in report.problems] == [("evidence", history.evidence)]
    assert "evidence file 'watan.txt'" in report.problems[0].message
    assert "was changed" in report.problems[0].message


def test_a_removed_evidence_file_is_found(any_case: Case, history: History) -> None:
    tamper(
        any_case,
        ("UPDATE sources SET evidence_sha256 = NULL", {}),
        # The source's versions name their evidence files too (a foreign key).
        ("UPDATE source_versions SET evidence_sha256 = NULL", {}),
        ("DELETE FROM evidence_files WHERE sha256 = :k", {"k": history.evidence}),
    )
    report = check(any_case)
    assert [p.kind for p in report.problems] == ["evidence", "state"]
    assert report.problems[0].ident == history.evidence
    assert "is missing from the case" in report.problems[0].message
    assert "evidence file" in report.problems[1].message, "the source lost its evidence link"


def test_a_verdict_changed_in_the_table_is_found(any_case: Case, history: History) -> None:
    tamper(
        any_case,
        ("UPDATE claims SET verdict = 'accurate' WHERE id = :id", {"id": history.claim}),
    )
    report = check(any_case)
    assert [(p.kind, p.ident) for p in report.problems] == [("state", f"claim:{history.claim}")]
    assert f"claim {history.claim} was changed outside the audit log" in str(report.problems[0])


def test_a_hop_status_changed_in_the_table_is_found(any_case: Case, history: History) -> None:
    tamper(any_case, ("UPDATE hops SET status = 'differs' WHERE id = :id", {"id": history.hop}))
    report = check(any_case)
    assert [p.ident for p in report.problems] == [f"hop:{history.hop}"]


def test_a_row_added_outside_the_log_is_found(any_case: Case, history: History) -> None:
    tamper(
        any_case,
        (
            "INSERT INTO actors (id, name, kind, description, version, created_at) "
            "VALUES (900, 'Ghost', 'person', '', 1, :at)",
            {"at": utcnow().replace(tzinfo=None)},
        ),
    )
    report = check(any_case)
    assert [str(p) for p in report.problems] == [
        "actor 900 is in the case but not in the audit log"
    ]


def test_the_last_event_deleted_is_found(any_case: Case, history: History) -> None:
    """Cutting the newest event leaves a valid, shorter chain; the claim it added is then
    unaccounted for."""
    last = history.events[-1][0]
    tamper(any_case, ("DELETE FROM audit_events WHERE id = :id", {"id": last}))
    report = check(any_case)
    assert f"claim {history.second_claim} is in the case but not in the audit log" in [
        str(p) for p in report.problems
    ]


def _stamped_case(case: Case) -> int:
    with case.change() as uow:
        claim = ops.add_claim(uow, "Stamped claim")
        stamp_audit_head(uow)
    return claim


def test_the_last_event_and_its_row_deleted_are_found_by_the_stamped_head(
    any_case: Case, history: History
) -> None:
    claim = _stamped_case(any_case)
    assert check(any_case).intact
    last = events(any_case)[-1][0]
    tamper(
        any_case,
        ("DELETE FROM audit_events WHERE id = :id", {"id": last}),
        ("DELETE FROM claims WHERE id = :id", {"id": claim}),
    )
    report = check(any_case)
    assert [p.kind for p in report.problems] == ["head"]
    assert str(report.problems[0]) == (
        f"audit event {last}, which the case recorded as its newest, is missing "
        f"(the audit log now ends at event {last - 1})"
    )


def test_a_cut_log_with_a_forged_stamp_is_found_by_a_known_head(
    any_case: Case, history: History
) -> None:
    claim = _stamped_case(any_case)
    seen = check(any_case).head
    assert seen is not None
    previous_id, _ = events(any_case)[-2]
    with any_case.engine.connect() as conn:
        from sqlalchemy import text

        previous_hash = conn.execute(
            text("SELECT hash FROM audit_events WHERE id = :id"), {"id": previous_id}
        ).scalar_one()
        settings = conn.execute(text("SELECT settings FROM case_info")).scalar_one()
    settings = json.loads(settings) if isinstance(settings, str) else settings
    settings["audit_head"] = AuditHead(previous_id, previous_hash).as_json()
    tamper(
        any_case,
        ("DELETE FROM audit_events WHERE id = :id", {"id": seen.event_id}),
        ("DELETE FROM claims WHERE id = :id", {"id": claim}),
        (
            f"UPDATE case_info SET settings = {json_param(any_case, 's')}",
            {"s": json.dumps(settings)},
        ),
    )
    assert check(any_case).intact, "the limit: inside the case the forgery is consistent"
    report = check(any_case, known_heads=[seen])
    assert [str(p) for p in report.problems] == [
        f"audit event {seen.event_id}, which this desk saw before, is missing "
        f"(the audit log now ends at event {previous_id})"
    ]


def test_a_known_head_rewritten_is_found(any_case: Case, history: History) -> None:
    seen = check(any_case).head
    assert seen is not None
    report = check(any_case, known_heads=[AuditHead(seen.event_id, "f" * 64)])
    assert [p.kind for p in report.problems] == ["head"]
    assert "is not the event this desk saw before" in str(report.problems[0])


def test_changes_through_operations_stay_intact(demo_case: Case) -> None:
    """The tables check has no false alarms over the operations' whole range."""
    with demo_case.change(reviewer="Chidi") as uow:
        claim = ops.add_claim(uow, "Claim to duplicate", tags=["x"])
        actor = ops.add_actor(uow, "Someone")
        first = ops.add_hop(uow, claim, actor_id=actor, relation="said")
        second = ops.add_hop(uow, claim, actor_id=actor, relation="reported")
        ops.set_hop_status(uow, second, "differs", "Wording differs")
        ops.move_hop(uow, second, -1)
        copy = ops.duplicate_claim(uow, claim)
        ops.edit_claim(uow, copy, text="Duplicated and edited")
        ops.remove_hop(uow, first)
        ops.delete_claim(uow, claim)
        other = ops.add_actor(uow, "Someone else")
        ops.merge_actors(uow, actor, other)
        ops.set_four_eyes(uow, True)
        ops.set_verdict(uow, copy, "false", "Checked")
        stamp_audit_head(uow)
    with demo_case.change(reviewer="Dana") as uow:
        ops.send_back(uow, copy, "Needs a second source")
        ops.set_verdict(uow, copy, "misleading", "Second source found")
    with demo_case.change(reviewer="Chidi") as uow:
        ops.sign_off(uow, copy)
    report = check(demo_case)
    assert report.intact, report.problems


def _verdict_review(case: Case, claim: int) -> int:
    with case.engine.connect() as conn:
        from sqlalchemy import text

        return int(
            conn.execute(
                text("SELECT id FROM reviews WHERE claim_id = :c AND subject = 'verdict'"),
                {"c": claim},
            ).scalar_one()
        )


def test_a_review_rewritten_in_the_table_is_found(any_case: Case, history: History) -> None:
    review = _verdict_review(any_case, history.claim)
    tamper(
        any_case,
        ("UPDATE reviews SET rationale = 'Accurate after all' WHERE id = :id", {"id": review}),
    )
    report = check(any_case)
    assert [str(p) for p in report.problems] == [
        f"review {review} was changed outside the audit log: who, when or what differs from "
        f"audit event {history.event('set verdict')}"
    ]


def test_a_review_with_another_reviewer_is_found(any_case: Case, history: History) -> None:
    review = _verdict_review(any_case, history.claim)
    tamper(any_case, ("UPDATE reviews SET reviewer = 'Editor' WHERE id = :id", {"id": review}))
    assert [p.ident for p in check(any_case).problems] == [f"review:{review}"]


def test_a_deleted_review_is_found(any_case: Case, history: History) -> None:
    review = _verdict_review(any_case, history.claim)
    tamper(any_case, ("DELETE FROM reviews WHERE id = :id", {"id": review}))
    assert [str(p) for p in check(any_case).problems] == [
        f"review {review} of claim {history.claim} (audit event "
        f"{history.event('set verdict')}) is missing from the case"
    ]


def test_a_source_or_quote_changed_in_the_table_is_found(any_case: Case, history: History) -> None:
    with any_case.engine.connect() as conn:
        from sqlalchemy import text

        source = conn.execute(text("SELECT id FROM sources")).scalar_one()
    tamper(
        any_case,
        ("UPDATE sources SET url = 'https://example.org/other' WHERE id = :id", {"id": source}),
        ("UPDATE hops SET quote = 'no red lines at all' WHERE id = :id", {"id": history.hop}),
        ("UPDATE claims SET notes = 'quietly added' WHERE id = :id", {"id": history.claim}),
    )
    report = check(any_case)
    assert sorted(p.ident for p in report.problems) == sorted(
        [f"source:{source}", f"hop:{history.hop}", f"claim:{history.claim}"]
    )
    assert (
        f"source {source} was changed outside the audit log: its title, outlet, URL, language, "
        "date, kind, evidence file or text length differs from what audit event"
    ) in " ".join(str(p) for p in report.problems)
