"""Team-server passwords live in the operating-system keyring (a real Secret Service under
`.ci/run`), never in settings; with no keyring the app says so and keeps nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy.engine import make_url

from desktop import credentials

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def secret_service() -> None:
    if not credentials.keyring_available():
        if os.environ.get("CI") == "true":
            pytest.fail(
                "no Secret Service: .ci/run runs the tests under dbus-run-session with gnome-keyring"
            )
        pytest.skip("no Secret Service keyring here (run the suite with `bash .ci/run`)")


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_password_remembered_in_the_keyring_and_used_next_time(
    secret_service: None, pg_url: str, isolated_user_folders: Path
) -> None:
    url = make_url(pg_url)
    bare = f"{url.drivername}://{url.username}@{url.host}:{url.port}/{url.database}"
    first = cli(
        "--case", bare, "--password-stdin", "--remember-password", "new", stdin=f"{url.password}\n"
    )
    assert first.returncode == 0, first.stderr
    assert credentials.stored_password(url) == url.password, first.stderr
    second = cli("--case", bare, "claims")
    assert second.returncode == 0, second.stderr
    settings = "".join(
        p.read_text(errors="replace") for p in isolated_user_folders.rglob("*") if p.is_file()
    )
    assert url.password not in settings
    credentials.forget_password(url)
    third = cli("--case", bare, "claims")
    assert (
        third.returncode == 1
        and "no password for" in third.stderr
        and "--password-stdin" in third.stderr
    )


def test_without_a_keyring_nothing_is_stored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: keyring.backends.fail.Keyring())
    monkeypatch.setattr(keyring, "set_password", keyring.backends.fail.Keyring().set_password)
    url = make_url("postgresql+psycopg://alice@db.example/desk")
    assert not credentials.keyring_available()
    with pytest.raises(credentials.KeyringUnavailable, match="asked for it each time"):
        credentials.remember_password(url, "secret")
