"""The declarative base of the case's models and what trashable models share. The tables
themselves (naming convention of constraints, UTC timestamps, ids never given twice, the Trash's
tombstone columns) are in `db.tables`; the models are in `db.models`."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import DeclarativeBase, Mapped

from .tables import metadata, trash_note


class Base(DeclarativeBase):
    metadata = metadata


class Trashable:
    """A record that deletion moves to the Trash: `deleted_at` (UTC) and `deleted_by` (the
    reviewer) are set, every row attached to it stays, and it is hidden everywhere until it
    is restored or the Trash is emptied (`db.trash`)."""

    deleted_at: Mapped[dt.datetime | None]
    deleted_by: Mapped[str]

    def trash_note(self) -> str:
        """Who deleted it, and when: "deleted by Ольга on 2026-11-30 04:12 UTC"."""
        return trash_note(self.deleted_at, self.deleted_by)
