"""Team mode in the main window: connecting, Open Recent without a password in the settings,
live changes, the lost-connection and read-only banners, copying a case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db import operations as ops
from db.case import Case, open_case
from db.queries import count_claims
from db.team import grant
from desktop import credentials, preferences
from desktop.ui.main_window import MainWindow
from desktop.ui.team.team import ConnectDialog
from desktop.ui.team.team_actions import LOST, NO_PASSWORD, READ_ONLY

from .conftest import type_text


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps passwords in a dict (the real Secret Service runs under .ci/run)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


class LockedKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the keyring is locked")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    ring = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def editing_widgets(window: MainWindow) -> list[QWidget]:
    """The edit buttons of the actor and source lists."""
    parts = window.parts
    assert parts is not None
    return [*parts.actors_view.editing_buttons(), *parts.sources_view.editing_buttons()]


def shared_case(pg_url: str, *claims: str) -> None:
    case = open_case(pg_url, reviewer="Lead", create=True)
    with case.change() as uow:
        for claim in claims:
            ops.add_claim(uow, claim)
    case.close()


def fill_dialog(qtbot: QtBot, dialog: ConnectDialog, pg_url: str, *, password: bool) -> None:
    url = make_url(pg_url)
    for field, value in (
        (dialog.host, url.host or "localhost"),
        (dialog.database, url.database or ""),
        (dialog.user, url.username or ""),
    ):
        field.selectAll()
        type_text(qtbot, field, value)
    dialog.port.setValue(url.port or 5432)
    dialog.tls.setCurrentText("disable")
    if password:
        dialog.password.clear()
        type_text(qtbot, dialog.password, url.password or "")


def row_texts(window: MainWindow) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


def settings_text(window: MainWindow) -> str:
    preferences.settings().sync()
    return Path(preferences.settings().fileName()).read_text(errors="replace")


@pytest.mark.postgres
def test_connect_opens_the_server_case_and_keeps_the_password_in_the_keyring_only(
    qtbot: QtBot, window: MainWindow, pg_url: str, memory_keyring: MemoryKeyring
) -> None:
    shared_case(pg_url, "Shared by the desk")
    window.findChild(type(window.parts.team.connect_action), "actionConnectServer").trigger()
    dialog = window.parts.team.dialog
    assert dialog is not None and dialog.isVisible()
    fill_dialog(qtbot, dialog, pg_url, password=True)
    assert dialog.remember.isChecked()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.case is not None, timeout=10000)
    assert window.case is not None and window.case.dialect == "postgresql"
    qtbot.waitUntil(
        lambda: row_texts(window) == ["Shared by the desk"], timeout=5000
    )  # read on a worker
    password = make_url(pg_url).password or ""
    recent = preferences.recent_cases()[0]
    # (the test server's password is also its user's name: look for it where a password goes)
    assert recent.startswith("postgresql+psycopg://") and make_url(recent).password is None
    assert f":{password}@" not in recent and f":{password}@" not in settings_text(window)
    assert list(memory_keyring.passwords.values()) == [password]


@pytest.mark.postgres
def test_recent_server_without_a_kept_password_asks_for_it(
    qtbot: QtBot, window: MainWindow, pg_url: str, memory_keyring: MemoryKeyring
) -> None:
    shared_case(pg_url, "Asked for the password")
    location = make_url(pg_url)._replace(password=None).render_as_string(hide_password=False)
    preferences.remember_case(location)
    window.parts.case_actions.recent.aboutToShow.emit()
    window.parts.case_actions.recent.actions()[0].trigger()
    qtbot.waitUntil(lambda: window.parts.team.dialog is not None, timeout=5000)
    dialog = window.parts.team.dialog
    assert dialog is not None
    assert dialog.problem.text() == NO_PASSWORD
    assert dialog.database.text() == make_url(pg_url).database
    assert dialog.password.text() == ""
    type_text(qtbot, dialog.password, make_url(pg_url).password or "")
    dialog.remember.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.case is not None, timeout=10000)
    qtbot.waitUntil(
        lambda: row_texts(window) == ["Asked for the password"], timeout=5000
    )  # read on a worker
    assert memory_keyring.passwords == {}  # not remembered: the box was unchecked


@pytest.mark.postgres
def test_recent_server_with_a_kept_password_opens_at_once(
    qtbot: QtBot, window: MainWindow, pg_url: str, memory_keyring: MemoryKeyring
) -> None:
    shared_case(pg_url, "Opened with the kept password")
    url = make_url(pg_url)
    credentials.remember_password(url, url.password or "")
    window.parts.case_actions.open_location(url._replace(password=None).render_as_string(False))
    qtbot.waitUntil(lambda: window.case is not None, timeout=10000)
    assert window.parts.team.dialog is None
    qtbot.waitUntil(
        lambda: row_texts(window) == ["Opened with the kept password"], timeout=5000
    )  # read on a worker


@pytest.mark.postgres
def test_a_wrong_password_asks_again_with_the_reason(
    qtbot: QtBot, window: MainWindow, pg_url: str, memory_keyring: MemoryKeyring
) -> None:
    shared_case(pg_url)
    window.parts.team.connect_to_server()
    dialog = window.parts.team.dialog
    assert dialog is not None
    fill_dialog(qtbot, dialog, pg_url, password=False)
    type_text(qtbot, dialog.password, "wrong")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(
        lambda: window.parts.team.dialog is not None and window.parts.team.dialog is not dialog,
        timeout=10000,
    )
    again = window.parts.team.dialog
    assert again is not None and again.isVisible()
    assert again.problem.text().startswith("Could not connect:")
    assert "wrong" not in again.problem.text()
    assert window.case is None and memory_keyring.passwords == {}


@pytest.mark.postgres
def test_a_locked_keyring_is_a_status_message_not_an_error(
    qtbot: QtBot, window: MainWindow, pg_url: str
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        shared_case(pg_url, "Kept nowhere")
        dialog = window.parts.team.connect_to_server()
        fill_dialog(qtbot, dialog, pg_url, password=True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: window.case is not None, timeout=10000)
    finally:
        keyring.set_keyring(previous)
    assert "the password was not kept" in window.statusBar().currentMessage()
    assert window.findChild(QMessageBox, "errorMessage") is None


def test_another_process_change_appears_without_reload(
    qtbot: QtBot, window: MainWindow, sqlite_case: Case, case_path: Path
) -> None:
    window.set_case(sqlite_case)
    other = open_case(case_path, reviewer="Other reviewer")
    with other.change() as uow:
        ops.add_claim(uow, "Written by another process")
    other.close()
    qtbot.waitUntil(lambda: "Written by another process" in row_texts(window), timeout=3000)


@pytest.mark.postgres
def test_other_reviewer_change_appears_and_lost_connection_shows_a_banner(
    qtbot: QtBot, window: MainWindow, pg_url: str
) -> None:
    mine = open_case(pg_url, reviewer="Me", create=True)
    window.set_case(mine)
    theirs = open_case(pg_url, reviewer="Them")
    with theirs.change() as uow:
        ops.add_claim(uow, "Announced live")
    qtbot.waitUntil(lambda: "Announced live" in row_texts(window), timeout=3000)

    banner = window.parts.team.lost_banner
    admin = create_engine(make_url(pg_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert banner.text() == LOST
    with theirs.change() as uow:
        ops.add_claim(uow, "Made while we were away")
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "Made while we were away" in row_texts(window), timeout=5000)
    theirs.close()
    admin.dispose()


@pytest.mark.postgres
def test_read_only_reviewer_sees_a_banner_and_no_edit_actions(
    qtbot: QtBot, window: MainWindow, pg_url: str
) -> None:
    shared_case(pg_url, "Look, do not touch")
    owner = open_case(pg_url, reviewer="Lead")
    with owner.engine.connect() as conn:
        conn.execute(
            text(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                "'provdesk_ui_reader') THEN CREATE ROLE provdesk_ui_reader LOGIN PASSWORD "
                "'reader'; END IF; END $$"
            )
        )
        conn.commit()
    grant(owner, "provdesk_ui_reader", "read-only")
    owner.close()
    reader_url = make_url(pg_url).set(username="provdesk_ui_reader", password="reader")
    window.set_case(open_case(reader_url, reviewer="Reader"))
    qtbot.waitUntil(lambda: window.read_only, timeout=5000)
    assert window.parts.team.read_only_banner.isVisible()
    assert window.parts.team.read_only_banner.text() == READ_ONLY
    editor = window.parts.editor
    for action in (
        editor.new_claim_action,
        editor.edit_claim_action,
        editor.verdict_action,
        editor.delete_action,
        editor.add_hop_action,
        editor.status_action,
    ):
        assert not action.isEnabled(), action.text()
    assert editing_widgets(window) and not any(b.isEnabled() for b in editing_widgets(window))
    assert not window.parts.sources.import_action.isEnabled()
    assert window.parts.sources.viewer.read_only
    assert not window.parts.signoff.four_eyes_action.isEnabled()
    assert not window.parts.integrity.schedule_action.isEnabled()
    qtbot.keyClick(window.table, Qt.Key.Key_F2)  # Edit Claim: nothing opens
    assert editor.dialog is None

    # Should the banner be wrong (a role changed meanwhile), the server still refuses, once.
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)  # read on a worker
    window.parts.team.set_read_only(False)
    editor.delete_action.trigger()
    box = window.findChild(QMessageBox, "errorMessage")
    assert box is not None and "you may read but not change" in box.text()
    qtbot.waitUntil(
        lambda: row_texts(window) == ["Look, do not touch"], timeout=5000
    )  # read on a worker


def test_copy_case_to_file_reports_what_was_copied_and_verified(
    qtbot: QtBot,
    window: MainWindow,
    demo_case: Case,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.set_case(demo_case)
    target = tmp_path / "copy"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.parts.team.copy_to_file_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "copyReport") is not None, timeout=10000)
    box = window.findChild(QMessageBox, "copyReport")
    with demo_case.read() as session:
        claims = count_claims(session)
    assert f"{claims:,} claims" in box.text() and "evidence files" in box.text()
    assert "hash chain" in box.text()
    copy = open_case(tmp_path / "copy.provdesk", reviewer="Checker")
    with copy.read() as session:
        assert count_claims(session) == claims
    copy.close()


@pytest.mark.postgres
def test_copy_case_to_team_server(
    qtbot: QtBot, window: MainWindow, demo_case: Case, pg_url: str
) -> None:
    window.set_case(demo_case)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConnectDialog)
        fill_dialog(qtbot, dialog, pg_url, password=True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(50, fill)
    window.parts.team.copy_to_server_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "copyReport") is not None, timeout=20000)
    copy = open_case(pg_url, reviewer="Checker")
    with copy.read() as session, demo_case.read() as mine:
        assert count_claims(session) == count_claims(mine) > 0
    copy.close()
