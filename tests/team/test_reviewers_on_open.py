"""Opening a case only reads who the reviewer is: the reviewer's record is written when it is
new (or its display name changed), never on every open — so opening writes nothing for a
reviewer already known, and a login that may only read (a read-only role, or a server that
runs read-only transactions) opens the case without error."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from db import operations as ops
from db.case import Case, open_case
from db.demo import create_demo
from db.errors import ReadOnlyCase
from db.models import Reviewer
from db.queries import list_claims
from db.team import grant


def _record(case: Case, login: str) -> tuple[str, str] | None:
    """The reviewer's display name and the row version (xmin) that wrote it, as the owner
    sees them; None if the login has no record."""
    with case.engine.connect() as conn:
        row = conn.execute(
            text("SELECT display_name, xmin::text FROM reviewers WHERE login = :l"), {"l": login}
        ).one_or_none()
    return None if row is None else (row[0], row[1])


@pytest.mark.postgres
def test_opening_again_writes_no_reviewer_row(team_case: Case, make_login) -> None:
    name, url = make_login()
    grant(team_case, name, "reviewer")
    open_case(url, reviewer="Ayşe Demir").close()
    first = _record(team_case, name)
    assert first is not None and first[0] == "Ayşe Demir"
    open_case(url, reviewer="Ayşe Demir").close()
    assert _record(team_case, name) == first  # the same row version: nothing written
    renamed = open_case(url, reviewer="Ayşe Demir-Yılmaz")
    try:
        assert renamed.reviewer == f"Ayşe Demir-Yılmaz ({name})"
    finally:
        renamed.close()
    again = _record(team_case, name)
    assert again is not None and again[0] == "Ayşe Demir-Yılmaz"


@pytest.mark.postgres
def test_a_read_only_role_opens_the_case_and_writes_nothing(team_case: Case, make_login) -> None:
    create_demo(team_case)
    name, url = make_login()
    grant(team_case, name, "read-only")
    case = open_case(url, reviewer="Reader")
    try:
        assert case.read_only
        with case.read() as session:
            assert len(list_claims(session).rows) == 3
    finally:
        case.close()
    assert _record(team_case, name) is None


@pytest.mark.postgres
def test_a_login_whose_transactions_are_read_only_opens_the_case_read_only(
    team_case: Case, pg_url: str, make_login
) -> None:
    """A reviewer's grants on a server whose sessions only read (a standby, or a login set to
    read-only transactions): the case opens, to read; a change says it may not."""
    create_demo(team_case)
    name, url = make_login()
    grant(team_case, name, "reviewer")
    with team_case.engine.connect() as conn:
        conn.execute(text(f"ALTER ROLE {name} SET default_transaction_read_only = on"))
        conn.commit()
    case = open_case(url, reviewer="Night Shift")
    try:
        assert case.read_only
        with case.read() as session:
            assert len(list_claims(session).rows) == 3
        with pytest.raises(ReadOnlyCase), case.change() as uow:
            ops.add_claim(uow, "Not on a read-only session")
    finally:
        case.close()


def test_opening_a_case_file_writes_no_reviewer_until_a_change(tmp_path: Path) -> None:
    path = tmp_path / "file.provdesk"
    open_case(path, reviewer="Lead", create=True).close()
    for _ in range(2):
        case = open_case(path, reviewer="Ayşe Demir")
        try:
            with case.read() as session:
                assert session.scalars(select(Reviewer.login)).all() == ["Lead"]
        finally:
            case.close()
    case = open_case(path, reviewer="Ayşe Demir")
    try:
        for text_ in ("One claim", "Another claim"):
            with case.change() as uow:
                ops.add_claim(uow, text_)
        with case.read() as session:
            assert session.scalars(select(Reviewer.login).order_by(Reviewer.id)).all() == [
                "Lead",
                "Ayşe Demir",
            ]
    finally:
        case.close()
