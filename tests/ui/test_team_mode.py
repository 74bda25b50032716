"""Team mode in the window: the connect dialog, and other reviewers' changes arriving live."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy.engine import make_url

from db import operations as ops
from db.case import Case, open_case
from desktop.ui.team.team import ConnectDialog, LiveChanges


def test_connect_dialog_builds_the_address_without_the_password(
    qtbot, isolated_user_folders: Path
) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("db.desk.example")
    dialog.port.setValue(5433)
    dialog.database.setText("desk")
    dialog.user.setText("ayse")
    dialog.tls.setCurrentText("require")
    dialog.password.setText("s3cret")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    url = dialog.url()
    assert (url.host, url.port, url.database, url.username) == (
        "db.desk.example",
        5433,
        "desk",
        "ayse",
    )
    assert url.query["sslmode"] == "require" and url.password is None
    settings = "".join(
        p.read_text(errors="replace") for p in isolated_user_folders.rglob("*") if p.is_file()
    )
    assert "s3cret" not in settings


def test_connect_dialog_asks_for_the_missing_fields(qtbot) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "database" in dialog.problem.text()


def test_another_process_change_arrives_in_a_sqlite_case(
    qtbot, sqlite_case: Case, case_path: Path
) -> None:
    live = LiveChanges()
    live.watch(sqlite_case)
    other = open_case(case_path, reviewer="Other")
    with qtbot.waitSignal(live.changed, timeout=3000) as arrived, other.change() as uow:
        ops.add_claim(uow, "Made elsewhere")
    assert arrived.args[0].case
    live.stop()
    other.close()


@pytest.mark.postgres
def test_another_reviewer_change_arrives_from_the_server(qtbot, pg_url: str) -> None:
    mine = open_case(pg_url, reviewer="Me", create=True)
    theirs = open_case(make_url(pg_url), reviewer="Them")
    live = LiveChanges()
    live.watch(mine)
    with qtbot.waitSignal(live.changed, timeout=2000) as arrived, theirs.change() as uow:
        claim = ops.add_claim(uow, "Announced by LISTEN/NOTIFY")
    assert claim in arrived.args[0].claims
    live.stop()
    mine.close()
    theirs.close()
