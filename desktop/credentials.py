"""Team-server passwords in the operating-system keyring, never in settings, logs or the case.

Every call into keyring is contained here: whatever a backend raises — keyring's own errors, a
locked collection, or a raw D-Bus error from a broken Secret Service — becomes one clear line
(`KeyringUnavailable`, or a `problems` entry), and the caller asks for the password instead.
With no keyring backend (keyring's `fail.Keyring`), nothing is stored and the password is asked
each time.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from sqlalchemy.engine import URL

from db.errors import CaseError

from .version import APP_ID


class KeyringUnavailable(CaseError):
    """No Secret Service or other keyring is available to keep the password."""


def _account(url: URL) -> str:
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def describe_failure(exc: BaseException) -> str:
    """One line for a person: what went wrong with the keyring (no traceback, no secrets)."""
    try:
        import keyring.errors
    except Exception:  # keyring itself cannot be imported: a broken installation
        return f"the keyring cannot be used ({type(exc).__name__})"
    if isinstance(exc, keyring.errors.NoKeyringError):
        return "no system keyring is available (on Linux a Secret Service such as GNOME Keyring)"
    if isinstance(exc, keyring.errors.KeyringLocked):
        return "the system keyring is locked"
    detail = " ".join(str(exc).split())[:200]
    return f"the system keyring failed ({type(exc).__name__}{': ' + detail if detail else ''})"


_last_failure: tuple[Callable[[], object], str] | None = None
"""The keyring backend (a weak reference to it) that last failed in this session and what it said (a locked
collection, a broken Secret Service): a backend that is there but failed is not offered again
until it works."""


def _backend() -> object:
    try:
        import keyring

        return keyring.get_keyring()
    except Exception:
        return None


def _reference(backend: object) -> Callable[[], object]:
    try:
        return weakref.ref(backend)
    except TypeError:  # None, or a backend that takes no weak reference
        return lambda: backend


def _failed(exc: BaseException) -> str:
    global _last_failure
    said = describe_failure(exc)
    _last_failure = (_reference(_backend()), said)
    return said


def _worked() -> None:
    global _last_failure
    _last_failure = None


def keyring_problem() -> str | None:
    """None when a keyring backend is there to keep passwords (and did not just fail), else one
    line saying why not."""
    if _last_failure is not None and _last_failure[0]() is _backend():
        return _last_failure[1]
    try:
        import keyring
        import keyring.backends.fail

        backend = keyring.get_keyring()
        if isinstance(backend, keyring.backends.fail.Keyring):
            return "no system keyring is available"
    except Exception as exc:
        return describe_failure(exc)
    return None


def keyring_available() -> bool:
    return keyring_problem() is None


def stored_password(url: URL, problems: list[str] | None = None) -> str | None:
    """The password kept for this server, database and user, or None: also when the keyring
    fails, in which case one line saying so is appended to `problems` (if given)."""
    try:
        import keyring

        found = keyring.get_password(APP_ID, _account(url))
    except Exception as exc:
        said = _failed(exc)
        if problems is not None:
            problems.append(f"{said}; the password was not read from it")
        return None
    _worked()
    return found


def remember_password(url: URL, password: str) -> None:
    """Keep the password in the keyring; raises `KeyringUnavailable` (one line) if it cannot."""
    try:
        import keyring

        keyring.set_password(APP_ID, _account(url), password)
    except Exception as exc:
        raise KeyringUnavailable(
            f"{_failed(exc)}: the password was not stored (you will be asked for it each time)"
        ) from None
    _worked()


def forget_password(url: URL) -> None:
    try:
        import keyring

        keyring.delete_password(APP_ID, _account(url))
    except Exception:  # nothing kept, or no keyring: nothing to forget
        return


def needs_password(url: URL) -> bool:
    return url.get_backend_name() == "postgresql" and not url.password
