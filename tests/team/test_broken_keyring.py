"""A keyring backend that raises something other than keyring's own errors (a raw D-Bus error,
as seen in the field with Secret Service): one clear line, and the password can still be typed
(issue 13, item 9). No keyring and a locked keyring are covered in test_keyring.py and
tests/ui/test_team_window.py."""

from __future__ import annotations

import io
from collections.abc import Iterator

import keyring
import keyring.backend
import pytest
from jaraco.classes import properties
from sqlalchemy.engine import make_url

from desktop import credentials, signing
from desktop.cli import main


class DBusErrorResponse(Exception):
    """What secretstorage/jeepney raise when the Secret Service answers with an error."""


class BrokenKeyring(keyring.backend.KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        # Not viable, so that keyring never picks it by itself in another test.
        raise RuntimeError("set only by the tests that want it")

    def get_password(self, service: str, username: str) -> str | None:
        raise DBusErrorResponse("org.freedesktop.DBus.Error.UnknownMethod: No such interface")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise DBusErrorResponse("org.freedesktop.DBus.Error.UnknownMethod: No such interface")

    def delete_password(self, service: str, username: str) -> None:
        raise DBusErrorResponse("org.freedesktop.DBus.Error.UnknownMethod: No such interface")


@pytest.fixture
def broken_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    yield
    keyring.set_keyring(previous)


URL = make_url("postgresql+psycopg://alice@127.0.0.1:1/desk")


def test_every_credentials_call_is_contained(broken_keyring: None) -> None:
    problems: list[str] = []
    assert credentials.stored_password(URL, problems) is None
    assert problems == [
        "the system keyring failed (DBusErrorResponse: org.freedesktop.DBus.Error.UnknownMethod: "
        "No such interface); the password was not read from it"
    ]
    with pytest.raises(credentials.KeyringUnavailable) as raised:
        credentials.remember_password(URL, "secret")
    assert "DBusErrorResponse" in str(raised.value) and "asked for it each time" in str(
        raised.value
    )
    assert "\n" not in str(raised.value) and "secret" not in str(raised.value)
    credentials.forget_password(URL)  # nothing raised
    # A backend is there, but it just failed: it is not offered again, and the reason is said.
    problem = credentials.keyring_problem()
    assert problem is not None and "DBusErrorResponse" in problem and "\n" not in problem
    assert not credentials.keyring_available()


def test_connect_dialog_after_a_keyring_failure_offers_no_keyring(
    qtbot: object, broken_keyring: None
) -> None:
    from desktop.ui.team.team import ConnectDialog

    dialog = ConnectDialog(None, URL.render_as_string())  # reading the password fails here
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert "DBusErrorResponse" in dialog.remember.text()
    assert "the password will be asked each time" in dialog.remember.text()
    dialog.deleteLater()


def test_a_keyring_that_cannot_even_be_found_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode() -> None:
        raise DBusErrorResponse("org.freedesktop.DBus.Error.ServiceUnknown")

    monkeypatch.setattr(keyring, "get_keyring", explode)
    problem = credentials.keyring_problem()
    assert problem is not None and "DBusErrorResponse" in problem and "\n" not in problem
    assert not credentials.keyring_available()


def run(capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_without_a_readable_keyring_says_so_in_one_line(broken_keyring: None, capsys) -> None:
    code, out, err = run(capsys, "--case", URL.render_as_string(), "claims")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "internal error" not in err
    assert err.startswith("provdesk-cli: error: no password for postgresql+psycopg://alice@")
    assert "DBusErrorResponse" in err and "--password-stdin" in err


def test_cli_signing_key_with_a_broken_keyring_is_one_line(broken_keyring: None, capsys) -> None:
    code, _out, err = run(capsys, "key", "show")
    assert code == 1 and err.count("\n") == 1
    assert err.startswith("provdesk-cli: error: cannot read the signing key: the system keyring")
    with pytest.raises(signing.SigningError, match="DBusErrorResponse"):
        signing.create_key("Reviewer")


@pytest.mark.postgres
def test_the_password_can_still_be_typed(broken_keyring: None, capsys, pg_url: str) -> None:
    url = make_url(pg_url)
    bare = url._replace(password=None).render_as_string(hide_password=False)
    code, out, err = run(
        capsys,
        "--case",
        bare,
        "--password-stdin",
        "--remember-password",
        "new",
        stdin=f"{url.password}\n",
    )
    assert code == 0, err
    assert out.startswith("case ")
    assert err.startswith("provdesk-cli: warning: the system keyring failed (DBusErrorResponse")
    assert err.count("\n") == 1 and "internal error" not in err
    code, _out, err = run(
        capsys, "--case", bare, "--password-stdin", "claims", stdin=f"{url.password}\n"
    )
    assert code == 0 and "no claims" in err
