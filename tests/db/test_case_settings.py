"""The case's publishing URL: kept in its settings through an operation that writes its audit
event, refused with a sentence when it is not an absolute web address."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db import operations as ops
from db.case import Case
from db.errors import InvalidInput
from db.models import AuditEvent


def _last_event(case: Case) -> AuditEvent:
    with case.read() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        session.expunge(event)
        return event


def test_set_read_and_clear_the_publishing_url(demo_case: Case) -> None:
    with demo_case.change() as uow:
        assert ops.set_publish_url(uow, "  https://desk.example.org/r/7  ") == (
            "https://desk.example.org/r/7"
        )
    with demo_case.read() as session:
        assert ops.publish_url(session) == "https://desk.example.org/r/7"
    event = _last_event(demo_case)
    assert event.action == "set publishing URL" and event.entity == "case"
    assert event.after["publish_url"] == "https://desk.example.org/r/7"
    assert "publish_url" not in (event.before or {})
    assert event.after["four_eyes"] is True  # the other settings are kept
    with demo_case.change() as uow:
        ops.set_publish_url(uow, "")
    with demo_case.read() as session:
        assert ops.publish_url(session) == ""


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("javascript:alert(1)", "is not a web address"),
        ("desk.example.org/r", "is not a web address"),
        ("https://desk.example.org/r#claim-1", "#fragment"),
        ("https://desk.example.org/a b", "spaces"),
        ("https://" + "a" * 2100, "longer than"),
    ],
)
def test_a_bad_url_is_refused_and_nothing_changes(demo_case: Case, url: str, says: str) -> None:
    before = _last_event(demo_case).id
    with pytest.raises(InvalidInput, match=says), demo_case.change() as uow:
        ops.set_publish_url(uow, url)
    assert _last_event(demo_case).id == before
    with demo_case.read() as session:
        assert ops.publish_url(session) == ""
