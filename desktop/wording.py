"""Small words that reports, the command line and the window share (Qt-free): counts with their
plural forms, and times as people and programs read them.

Plural forms go through `gettext.ngettext`, so a translation catalogue can give each language
its own forms (Arabic has six, Russian three) without touching the callers; without a catalogue
English's two apply.
"""

from __future__ import annotations

import datetime as dt
import gettext


def plural(n: int, singular: str, plural_form: str) -> str:
    """The word for `n` things: plural(1, "claim", "claims") → "claim"."""
    return gettext.ngettext(singular, plural_form, n)


def count(n: int, singular: str, plural_form: str) -> str:
    """`n` with its word: count(1, "claim", "claims") → "1 claim"; count(2, …) → "2 claims";
    thousands are grouped ("10,000 claims")."""
    return f"{n:,} {plural(n, singular, plural_form)}"


def _utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)  # the case stores naive UTC times
    return value.astimezone(dt.UTC).replace(microsecond=0)


def for_people(value: dt.date | dt.datetime | None) -> str:
    """A time as a reader reads it, to the second and in UTC: "2026-11-30 01:25:12 UTC"; a date
    as "2026-11-30"; None as ""."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return _utc(value).strftime("%Y-%m-%d %H:%M:%S UTC")
    return value.isoformat()


def for_data(value: dt.date | dt.datetime | None) -> str | None:
    """A time as data: ISO 8601 in UTC to the second ("2026-11-30T01:25:12Z"), a date as
    "2026-11-30", None as None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return _utc(value).isoformat().replace("+00:00", "Z")
    return value.isoformat()
