"""Preferences, declared once with their types and defaults, kept in QSettings.

QtCore only, and only when a setting is written or the window reads one: the command line reads
the reviewer name from the same INI file without loading Qt (`reviewer_name`).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
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
#: The window's language ("" = the system's); applied when the window starts.
LANGUAGE = Setting("window/language", "")
#: Digits of numbers and dates in the window: "latin", "arabic-indic" ("" = the language's).
DIGITS = Setting("window/digits", "")


def settings() -> QSettings:
    from PySide6.QtCore import QSettings

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
    # Without Qt loaded (the command line) the file is read directly; once Qt is loaded (the
    # window) QSettings answers, whose path is fixed when it is first used.
    if store is None and "PySide6.QtCore" not in sys.modules and sys.platform.startswith("linux"):
        plain = _plain_ini_value(REVIEWER_NAME)
        if plain is not None:
            return plain
    return get(REVIEWER_NAME, store)


def settings_file() -> Path:
    """Where QSettings keeps the INI file of this user on Linux (IniFormat, UserScope)."""
    configured = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(configured) if os.path.isabs(configured) else Path.home() / ".config"
    return base / ORGANISATION / f"{APPLICATION}.ini"


def _plain_ini_value(setting: Setting[str]) -> str | None:
    """The setting as QSettings would read it, without loading Qt, when the file holds it in
    plain form (no quotes, escapes or a leading @, which only Qt's own reader decodes): its
    value, its default when the file or the key is missing, None to ask QSettings."""
    section, _, key = setting.key.rpartition("/")
    try:
        lines = settings_file().read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return setting.default
    except (OSError, UnicodeDecodeError):
        return None
    current = "General"
    for line in lines:
        if line.startswith("[") and line.rstrip().endswith("]"):
            current = line.strip()[1:-1]
        elif current == (section or "General") and line.partition("=")[0].strip() == key:
            value = line.partition("=")[2].strip()
            return None if value[:1] in ('"', "@") or "\\" in value else value
    return setting.default


def audit_reviewer() -> str:
    """The reviewer for the audit log: $PROVDESK_REVIEWER, the preference, or "unnamed
    reviewer"."""
    return os.environ.get("PROVDESK_REVIEWER") or reviewer_name() or fallback_reviewer()


def fallback_reviewer() -> str:
    """The reviewer recorded when no name was given: "unnamed reviewer", never the login (the
    name reaches reports and ClaimReview's author)."""
    from db.reviewer_names import UNNAMED_REVIEWER

    return UNNAMED_REVIEWER


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
