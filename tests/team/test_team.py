"""One case on PostgreSQL for the whole desk: identity, roles enforced by the server, change
notices, copying a case to and from the server, bad connections."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from db import operations as ops
from db.audit import verify_audit_log
from db.case import Case, open_case
from db.demo import create_demo
from db.errors import CaseError, CaseUnavailable, NotACase, ReadOnlyCase
from db.models import AuditEvent
from db.queries import claim_detail, claim_rows, list_claims
from db.search import search_claims
from db.team import ChangeListener, SqliteWatcher, grant
from db.transfer import copy_case

pytestmark = pytest.mark.postgres


def test_the_reviewer_recorded_is_the_database_user(team_case: Case, make_login) -> None:
    name, url = make_login()
    grant(team_case, name, "reviewer")
    case = open_case(url, reviewer="Ayşe Demir")
    try:
        assert case.reviewer == f"Ayşe Demir ({name})"
        with case.change() as uow:
            claim = ops.add_claim(uow, "Written by Ayşe")
        with case.read() as session:
            event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
            assert event is not None and event.reviewer == f"Ayşe Demir ({name})"
            assert claim_detail(session, claim).updated_by == f"Ayşe Demir ({name})"
    finally:
        case.close()


def test_read_only_role_is_refused_by_the_server(team_case: Case, make_login) -> None:
    create_demo(team_case)
    name, url = make_login()
    grant(team_case, name, "read-only")
    case = open_case(url, reviewer="Reader")
    try:
        assert case.read_only
        with case.read() as session:
            assert len(list_claims(session).rows) == 3
            events = session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
        with pytest.raises(ReadOnlyCase, match="may read but not change"), case.change() as uow:
            ops.add_claim(uow, "Not allowed")
        with case.read() as session:
            assert (
                session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
                == events
            )
    finally:
        case.close()


def test_reviewers_cannot_rewrite_the_audit_log(team_case: Case, make_login) -> None:
    name, url = make_login()
    grant(team_case, name, "reviewer")
    engine = create_engine(make_url(url))
    try:
        with pytest.raises(Exception, match="permission denied"), engine.begin() as conn:
            conn.execute(text("UPDATE audit_events SET reviewer = 'Mallory'"))
        with pytest.raises(Exception, match="permission denied"), engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_events"))
    finally:
        engine.dispose()
    with team_case.read() as session:
        assert verify_audit_log(session) is None


def test_changes_reach_other_windows_within_a_second(team_case: Case, pg_url: str) -> None:
    other = open_case(pg_url, reviewer="Other")
    listener = ChangeListener(make_url(pg_url))
    try:
        with other.change() as uow:
            claim = ops.add_claim(uow, "Announced")
        started = time.monotonic()
        notices = listener.wait(timeout=5)
        assert time.monotonic() - started < 1.0
        assert notices and claim in notices[0].changes.claims
        assert notices[0].reviewer.startswith("Other")
    finally:
        listener.close()
        other.close()


def test_search_and_paging_on_the_server(team_case: Case) -> None:
    create_demo(team_case)
    with team_case.read() as session:
        assert search_claims(session, "RED lines")
        # No claim's words hold "лавров"; Sergey Lavrov's alias does, so his claims are found.
        lavrov = claim_rows(session, [h.id for h in search_claims(session, "лавров")])
        assert {r.text.split()[0] for r in lavrov} == {"Preparations", "Washington"}
        assert len(list_claims(session, limit=2).rows) == 2


def test_copy_case_to_the_server_and_back(tmp_path: Path, pg_url: str) -> None:
    local = open_case(tmp_path / "desk.provdesk", reviewer="Me", create=True)
    create_demo(local)
    with local.change() as uow:
        stored = ops.import_evidence(
            uow,
            content=b"%PDF-1.4 pretend evidence bytes",
            file_name="watan.pdf",
            media_type="application/pdf",
            text="نص التقرير",
            title="al-Watan page",
            language="ar",
            direction="rtl",
        )
    server = open_case(pg_url, reviewer="Me", create=True)
    report = copy_case(local, server)
    assert report.counts["claims"] == 3 and report.evidence_files == 1
    back = open_case(tmp_path / "back.provdesk", reviewer="Me", create=True)
    copy_case(server, back)
    with back.read() as session:
        assert verify_audit_log(session) is None
        texts = [r.text for r in list_claims(session).rows]
    with local.read() as session:
        assert texts == [r.text for r in list_claims(session).rows]
    with back.change() as uow:
        assert ops.evidence_bytes(uow, stored.sha256).startswith(b"%PDF-1.4")
        ops.add_claim(uow, "new ids continue after the copied ones")
    with server.change() as uow:
        assert ops.add_claim(uow, "the server's sequences continue too") == 4
    for case in (local, server, back):
        case.close()


def test_copy_refuses_a_target_that_holds_work(tmp_path: Path, pg_url: str) -> None:
    local = open_case(tmp_path / "a.provdesk", reviewer="Me", create=True)
    server = open_case(pg_url, reviewer="Me", create=True)
    create_demo(server)
    with pytest.raises(CaseError, match="already holds a case"):
        copy_case(local, server)
    local.close()
    server.close()


def test_wrong_password_and_unreachable_server(pg_url: str) -> None:
    wrong = make_url(pg_url).set(password="not-the-password")
    with pytest.raises(CaseUnavailable, match="password authentication failed"):
        open_case(wrong, reviewer="r")
    nowhere = make_url(pg_url).set(host="127.0.0.1", port=1)
    with pytest.raises(CaseUnavailable) as error:
        open_case(nowhere, reviewer="r")
    assert "\n" not in str(error.value) and "***" in str(error.value)
    assert "not-the-password" not in str(error.value)


def test_a_database_that_is_not_a_case(pg_url: str) -> None:
    engine = create_engine(make_url(pg_url))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id int)"))
    engine.dispose()
    with pytest.raises(NotACase):
        open_case(pg_url, reviewer="r", create=True)


def test_sqlite_watcher_sees_another_process_commit(sqlite_case: Case, case_path: Path) -> None:
    watcher = SqliteWatcher(sqlite_case)
    assert not watcher.changed()
    other = open_case(case_path, reviewer="Other")
    with other.change() as uow:
        ops.add_claim(uow, "from elsewhere")
    assert watcher.changed()
    assert not watcher.changed()
    watcher.close()
    other.close()


def test_connection_lost_mid_session_is_clear_and_recovers(team_case: Case, pg_url: str) -> None:
    with team_case.change() as uow:
        claim = ops.add_claim(uow, "Before the server restart")
    admin = create_engine(make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    database = make_url(pg_url).database
    with (
        pytest.raises(CaseUnavailable, match=r"lost|cannot be reached"),
        team_case.read() as session,
    ):
        session.execute(text("SELECT 1"))
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :d AND pid <> pg_backend_pid()"
                ),
                {"d": database},
            )
        claim_detail(session, claim)
    admin.dispose()
    with team_case.change() as uow:
        ops.edit_claim(uow, claim, text="After the restart, saved on a new connection")
    with team_case.read() as session:
        assert claim_detail(session, claim).text.startswith("After the restart")
