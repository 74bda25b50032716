"""Helpers shared by the operations: lookups, version checks, input checks, snapshots."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ..errors import InTrash, InvalidInput, VersionConflict
from ..models import Actor, Base, Claim, Hop, Source, Trashable
from ..text.file_names import readable
from ..text.normalise import normalise_text
from ..trash import not_found

MAX_NAME = 500
MAX_TEXT = 2_000_000

Row = TypeVar("Row", bound=Base)

NOUNS: dict[type[Base], str] = {Claim: "claim", Hop: "hop", Actor: "actor", Source: "source"}


TRASHED = {"in_trash": True}
"""Marks an audit event's `after` as the record going to the Trash (`db.integrity` reads it)."""


def trashed_by(row: Trashable) -> str:
    """Who deleted a record in the Trash, and when: "deleted by Ольга on 2026-11-30 04:12 UTC"."""
    return row.trash_note()


def check_alive(row: Base) -> None:
    """Refuse a record that is in the Trash, or a hop whose claim is (InTrash)."""
    if isinstance(row, Trashable) and row.deleted_at is not None:
        raise InTrash(NOUNS[type(row)], getattr(row, "id", "?"), trashed_by(row))
    if isinstance(row, Hop) and row.claim.deleted_at is not None:
        raise InTrash(
            "hop",
            row.id,
            f"with its claim {row.claim_id}, {trashed_by(row.claim)}",
        )


def fetch(session: Session, model: type[Row], ident: int, *, trashed: bool = False) -> Row:
    """The record with this id; NotFound when there is none, InTrash when it is in the Trash
    (unless `trashed`)."""
    row = session.get(model, ident)
    if row is None:
        raise not_found(session, NOUNS.get(model, model.__name__.lower()), ident)
    if not trashed:
        check_alive(row)
    return row


def fetch_for_update(
    session: Session, model: type[Row], ident: int, *, trashed: bool = False
) -> Row:
    """Read the row with a row lock on PostgreSQL (SQLite units of work hold the write lock);
    errors as `fetch`."""
    row = session.get(model, ident, with_for_update=session.get_bind().dialect.name != "sqlite")
    if row is None:
        raise not_found(session, NOUNS.get(model, model.__name__.lower()), ident)
    if not trashed:
        check_alive(row)
    return row


def live_hops(claim: Claim) -> list[Hop]:
    """The hops of a claim that are not in the Trash, in the claim's order."""
    return [h for h in claim.hops if h.deleted_at is None]


def check_version(
    row: Claim | Hop | Actor | Source,
    expected_version: int | None,
    mine: dict[str, Any],
    theirs: dict[str, Any],
) -> None:
    if expected_version is not None and row.version != expected_version:
        raise VersionConflict(
            NOUNS[type(row)], row.id, expected_version, row.version, mine=mine, theirs=theirs
        )


def clean_text(value: str, what: str, *, required: bool = True, limit: int = MAX_TEXT) -> str:
    """Normalise text from a person; refuse empty (when required) or oversized text."""
    if not isinstance(value, str):
        raise InvalidInput(f"{what} must be text")
    cleaned = normalise_text(readable(value)).strip()
    if required and not cleaned:
        raise InvalidInput(f"{what} is empty")
    if len(cleaned) > limit:
        raise InvalidInput(
            f"{what} is too long ({len(cleaned):,} characters; the limit is {limit:,})"
        )
    return cleaned


def clean_name(value: str, what: str) -> str:
    name = clean_text(value, what, limit=MAX_NAME)
    return " ".join(name.split())


def clean_language(tag: str) -> str:
    """A BCP 47 language tag in its usual case (`ar`, `tr`, `pt-BR`, `zh-Hant`), or ''."""
    tag = tag.strip().replace("_", "-")
    if not tag:
        return ""
    parts = tag.split("-")
    if not all(p.isalnum() and p.isascii() and 1 <= len(p) <= 8 for p in parts) or not (
        parts[0].isalpha() and 2 <= len(parts[0]) <= 8
    ):
        raise InvalidInput(f"{tag!r} is not a BCP 47 language tag (for example ar, tr, en-GB)")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            out.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part.lower())
    return "-".join(out)


def iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def parse_date(value: str | dt.date | None, what: str = "date") -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInput(f"{what} {value!r} is not a date (use YYYY-MM-DD)") from exc
