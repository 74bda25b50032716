"""The Trash on a team server: reviewers (not only the owner) delete, restore and empty it; a
claim another reviewer restores while the Trash is being emptied is not purged; a reviewer who
still has a purged claim open is told clearly what happened."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from db import operations as ops
from db.case import Case, open_case
from db.errors import NotFound
from db.integrity import verify_case
from db.queries import claim_detail
from db.team import grant
from db.transfer import copy_case

pytestmark = pytest.mark.postgres


def _reviewers(team_case: Case, make_login: Callable[[], tuple[str, str]]) -> tuple[Case, Case]:
    cases = []
    for name in ("Ayşe", "Boris"):
        login, url = make_login()
        grant(team_case, login, "reviewer")
        cases.append(open_case(url, reviewer=name))
    return cases[0], cases[1]


def test_emptying_while_another_reviewer_has_the_claim_open(
    team_case: Case, make_login: Callable[[], tuple[str, str]]
) -> None:
    ayse, boris = _reviewers(team_case, make_login)
    try:
        with ayse.change() as uow:
            claim = ops.add_claim(uow, "Damascus has agreed to talks")
            ops.set_verdict(uow, claim, "false", "Denied the same day")
            keep = ops.add_claim(uow, "Moscow will host the next round")
        with boris.read() as session:
            opened = claim_detail(session, claim)  # Boris has the claim open
        with ayse.change() as uow:
            ops.delete_claim(uow, claim)
        trashed = rf"claim {claim} is in the Trash \(deleted by Ayşe"
        with pytest.raises(NotFound, match=trashed), boris.change() as uow:
            ops.set_verdict(uow, claim, "misleading", "again", expected_version=opened.version)
        with ayse.change() as uow:
            assert ops.empty_trash(uow).claims == [claim]
        message = rf"claim {claim} was purged from the Trash by Ayşe \({ayse.login}\)"
        with pytest.raises(NotFound, match=message), boris.change() as uow:
            ops.set_verdict(uow, claim, "misleading", "a second look")
        with pytest.raises(NotFound, match=message), boris.read() as session:
            claim_detail(session, claim)
        # Nothing else was touched, and the next claim gets a new id.
        with boris.change() as uow:
            assert ops.add_claim(uow, "A new claim") > keep
        with team_case.read() as session:
            assert verify_case(session).intact
    finally:
        ayse.close()
        boris.close()


def test_a_claim_restored_while_the_trash_is_emptied_is_kept(
    team_case: Case, make_login: Callable[[], tuple[str, str]]
) -> None:
    ayse, boris = _reviewers(team_case, make_login)
    try:
        with ayse.change() as uow:
            claim = ops.add_claim(uow, "Damascus has agreed to talks")
            ops.set_verdict(uow, claim, "false", "Denied the same day")
            ops.delete_claim(uow, claim)
        restored, go = threading.Event(), threading.Event()
        purged: list[ops.Purged] = []

        def restore() -> None:
            with boris.change() as uow:
                ops.restore(uow, "claim", claim)
                restored.set()
                go.wait(10)

        def empty() -> None:
            with ayse.change() as uow:
                purged.append(ops.empty_trash(uow))

        restoring = threading.Thread(target=restore)
        restoring.start()
        assert restored.wait(10)
        emptying = threading.Thread(target=empty)
        emptying.start()
        time.sleep(0.5)
        assert emptying.is_alive()  # waits for Boris's restore to commit or roll back
        go.set()
        restoring.join(10)
        emptying.join(10)
        assert purged[0].count == 0
        with ayse.read() as session:
            detail = claim_detail(session, claim)
        assert detail.verdict == "false" and len(detail.reviews) == 1
        with team_case.read() as session:
            assert verify_case(session).intact
    finally:
        ayse.close()
        boris.close()


def test_a_copied_case_never_gives_an_id_the_original_purged(tmp_path: Path, pg_url: str) -> None:
    local = open_case(tmp_path / "desk.provdesk", reviewer="Me", create=True)
    with local.change() as uow:
        ops.add_claim(uow, "kept")
        gone = ops.add_claim(uow, "deleted and purged")
        ops.delete_claim(uow, gone)
        ops.empty_trash(uow)
    server = open_case(pg_url, reviewer="Me", create=True)
    copy_case(local, server)
    with server.change() as uow:
        on_server = ops.add_claim(uow, "made on the server")
    assert on_server == gone + 1
    back = open_case(tmp_path / "back.provdesk", reviewer="Me", create=True)
    copy_case(server, back)
    with back.change() as uow:
        assert ops.add_claim(uow, "made after the copy back") == on_server + 1
    for case in (local, server, back):
        with case.read() as session:
            assert verify_case(session).intact
        case.close()
