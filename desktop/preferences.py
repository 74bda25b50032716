"""Preferences, declared once with their types and defaults, kept in QSettings.

QtCore only: the command line reads the same reviewer name as the window, without a display.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

ORGANISATION = "ProvenanceDesk"
APPLICATION = "provdesk"

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


REVIEWER_NAME = Setting("reviewer/name", "")
LAST_CASE = Setting("cases/last", "")
RECENT_CASES = Setting("cases/recent", "")
MAX_RECENT = 10


def settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def get(setting: Setting[T], store: QSettings | None = None) -> T:
    store = store or settings()
    value = store.value(setting.key, setting.default)
    if isinstance(setting.default, bool):
        return (value in (True, "true", "1", 1)) if value is not None else setting.default  # type: ignore[return-value]
    if isinstance(setting.default, int):
        return int(value)  # type: ignore[return-value]
    return str(value) if value is not None else setting.default


def put(setting: Setting[T], value: T, store: QSettings | None = None) -> None:
    store = store or settings()
    store.setValue(setting.key, value)
    store.sync()


def reviewer_name(store: QSettings | None = None) -> str:
    return get(REVIEWER_NAME, store)


def audit_reviewer() -> str:
    """The reviewer for the audit log: $PROVDESK_REVIEWER, the preference, or the login."""
    return os.environ.get("PROVDESK_REVIEWER") or reviewer_name() or fallback_reviewer()


def fallback_reviewer() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "reviewer"


def recent_cases(store: QSettings | None = None) -> list[str]:
    store = store or settings()
    value = store.value(RECENT_CASES.key, [])
    if isinstance(value, str):
        value = [value] if value else []
    return [str(v) for v in value]


def remember_case(location: str, store: QSettings | None = None) -> None:
    store = store or settings()
    recent = [location, *(c for c in recent_cases(store) if c != location)][:MAX_RECENT]
    store.setValue(RECENT_CASES.key, recent)
    store.setValue(LAST_CASE.key, location)
    store.sync()


def data_dir() -> Path:
    import platformdirs  # not before the window's first paint

    return Path(platformdirs.user_data_dir(APPLICATION, ORGANISATION))


def default_case_path() -> Path:
    """Where the default case lives: the demo case on first start."""
    return data_dir() / "cases" / "demo.provdesk"
