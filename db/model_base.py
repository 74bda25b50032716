"""The declarative base of the case's tables and what every table shares: the naming
convention of constraints (so migrations name them), UTC timestamps on every database, ids that
are never given twice, and the Trash's tombstone columns. The tables are in `db.models`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, Identity, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and read back as an aware UTC datetime on every database
    (SQLite keeps no time zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def record_id() -> Mapped[int]:
    """An id that is never given twice: PostgreSQL identity, SQLite AUTOINCREMENT (with
    `NEVER_REUSED` in the table's arguments), so a deleted record's id never names another."""
    return mapped_column(Identity(), primary_key=True)


NEVER_REUSED = {"sqlite_autoincrement": True}
"""Table arguments that make SQLite keep the highest id ever given (`sqlite_sequence`)."""


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class Trashable:
    """A record that deletion moves to the Trash: `deleted_at` (UTC) and `deleted_by` (the
    reviewer) are set, every row attached to it stays, and it is hidden everywhere until it
    is restored or the Trash is emptied (`db.trash`)."""

    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    deleted_by: Mapped[str] = mapped_column(String(200), default="", server_default="")

    def trash_note(self) -> str:
        """Who deleted it, and when: "deleted by Ольга on 2026-11-30 04:12 UTC"."""
        when = f"{self.deleted_at:%Y-%m-%d %H:%M} UTC" if self.deleted_at else "?"
        return f"deleted by {self.deleted_by or 'someone'} on {when}"
