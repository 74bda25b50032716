"""First start: the demo's reviews and sign-offs are in the demo reviewers' names, never in the
name of the person who happens to start the app (issue 13, item 10)."""

from __future__ import annotations

import copy

from sqlalchemy import select

from db import operations as ops
from db.case import open_case
from db.demo import DEMO_REVIEWER, DEMO_SECOND_REVIEWER, build_demo, create_demo, demo_data
from db.models import AuditEvent, Claim, Review


def test_demo_reviews_are_the_demo_reviewers(case_path) -> None:
    case = open_case(case_path, reviewer="Ayşe Yılmaz", create=True)
    create_demo(case)
    with case.read() as session:
        reviewers = set(session.scalars(select(Review.reviewer)))
        claims = [
            (c.updated_by, c.verdict, c.verdict_set_by) for c in session.scalars(select(Claim))
        ]
        events = [(e.action, e.reviewer) for e in session.scalars(select(AuditEvent))]
    assert reviewers == {DEMO_REVIEWER}
    assert {by for by, _v, _set_by in claims} == {DEMO_REVIEWER}
    assert {set_by for _by, v, set_by in claims if v != "unverified"} == {DEMO_REVIEWER}
    assert events[0] == ("create case", "Ayşe Yılmaz")
    assert {reviewer for _action, reviewer in events[1:]} == {DEMO_REVIEWER}
    # The person's own work afterwards is theirs.
    with case.change() as uow:
        ops.add_claim(uow, "The reviewer's own claim")
    with case.read() as session:
        last = session.scalars(select(AuditEvent.reviewer).order_by(AuditEvent.id.desc())).first()
    assert last == "Ayşe Yılmaz"
    case.close()


def test_a_demo_sign_off_is_the_second_demo_reviewers(case_path) -> None:
    data = copy.deepcopy(demo_data())
    data["claims"][0]["verdict"] = ["misleading", "The digest inverts who quoted whom."]
    data["claims"][0]["signoff"] = "Checked against the broadcast."
    case = open_case(case_path, reviewer="root", create=True)
    with case.change() as uow:
        build_demo(uow, data)
        assert uow.reviewer == "root"
    with case.read() as session:
        claim = session.get(Claim, 1)
        assert claim is not None and claim.signoff == "signed"
        assert (claim.verdict_set_by, claim.signed_off_by) == (
            DEMO_REVIEWER,
            DEMO_SECOND_REVIEWER,
        )
        reviews = [
            (r.subject, r.reviewer)
            for r in session.scalars(select(Review).where(Review.claim_id == 1))
        ]
    assert {who for subject, who in reviews if subject == "signoff"} == {DEMO_SECOND_REVIEWER}
    assert "root" not in {who for _subject, who in reviews}
    case.close()
