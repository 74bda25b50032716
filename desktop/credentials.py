"""Team-server passwords in the operating-system keyring, never in settings, logs or the case.

With no keyring backend (keyring's `fail.Keyring`), nothing is stored: the caller is told so
and asks for the password each time.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.backends.fail
import keyring.errors
from sqlalchemy.engine import URL

from db.errors import CaseError

from .version import APP_ID


class KeyringUnavailable(CaseError):
    """No Secret Service or other keyring is available to keep the password."""


def _account(url: URL) -> str:
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, keyring.backends.fail.Keyring)


def stored_password(url: URL) -> str | None:
    """The password kept for this server, database and user, or None."""
    try:
        return keyring.get_password(APP_ID, _account(url))
    except keyring.errors.KeyringError:
        return None


def remember_password(url: URL, password: str) -> None:
    try:
        keyring.set_password(APP_ID, _account(url), password)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(
            "no keyring is available to keep the password (it was not stored; "
            f"you will be asked for it each time): {exc}"
        ) from exc


def forget_password(url: URL) -> None:
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(APP_ID, _account(url))


def needs_password(url: URL) -> bool:
    return url.get_backend_name() == "postgresql" and not url.password
