"""The tables of a case, defined once, as SQLAlchemy Core tables.

The typed ORM models (`db.models`) are mapped onto these same tables; commands that only read
(the command line's `claims` and `show`) query them through Core without loading the ORM. Every
schema change also needs an Alembic revision in `db/migrations/versions/`; a test compares these
tables with the migrated schema. Full-text search tables (SQLite FTS5, PostgreSQL tsvector) are
created by the migrations only, because they differ per database.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)

CASE_FORMAT = "provenance-desk-case"
"""The value of `case_info.format` that tells a case from any other database."""

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


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


NEVER_REUSED = {"sqlite_autoincrement": True}
"""Table arguments that make SQLite keep the highest id ever given (`sqlite_sequence`); the
tables with a `record_id` give them as `sqlite_autoincrement=True`."""


def record_id() -> Column[int]:
    """An id that is never given twice: PostgreSQL identity, SQLite AUTOINCREMENT (with
    `NEVER_REUSED` in the table's arguments), so a deleted record's id never names another."""
    return Column("id", Integer, Identity(), primary_key=True)


def required(name: str, *kind: Any, **options: Any) -> Column[Any]:
    """A column that is never NULL (`kind`: its type, and a foreign key)."""
    return Column(name, *kind, nullable=False, **options)


def words(name: str, length: int | None = None, default: str = "") -> Column[str]:
    """A text column that is never NULL, "" (or `default`) unless given."""
    return Column(name, String(length) if length else Text, nullable=False, default=default)


def stamp(name: str) -> Column[dt.datetime]:
    """A UTC time that is never NULL, now unless given."""
    return Column(name, UTCDateTime(), nullable=False, default=utcnow)


def version() -> Column[int]:
    """The row's version (optimistic locking: the ORM's `version_id_col`)."""
    return Column("version", Integer, nullable=False, default=1)


def data(name: str, default: Any) -> Column[Any]:
    """JSON that is never NULL (`default`: `dict` or `list`, called for each new row)."""
    return Column(name, JSON, nullable=False, default=default)


def trash_columns() -> tuple[Column[Any], Column[Any]]:
    """The Trash's tombstone: when (UTC) and by whom the record was deleted (`db.trash`)."""
    return (
        Column("deleted_at", UTCDateTime(), default=None),
        Column("deleted_by", String(200), nullable=False, default="", server_default=""),
    )


def trash_note(deleted_at: dt.datetime | None, deleted_by: str) -> str:
    """Who deleted a record, and when: "deleted by Ольга on 2026-11-30 04:12 UTC"."""
    when = f"{deleted_at:%Y-%m-%d %H:%M} UTC" if deleted_at else "?"
    return f"deleted by {deleted_by or 'someone'} on {when}"


# One row that names the case and marks the database as a case.
case_info = Table(
    "case_info",
    metadata,
    record_id(),
    required("format", String(40)),
    required("name", String(200)),
    stamp("created_at"),
    data("settings", dict),
    sqlite_autoincrement=True,
)

# A person, organisation, outlet or unnamed official that says or relays claims.
actors = Table(
    "actors",
    metadata,
    record_id(),
    required("name", String(500)),
    required("kind", String(20)),
    words("description"),
    Column("merged_into_id", Integer, ForeignKey("actors.id"), index=True),
    version(),
    stamp("created_at"),
    *trash_columns(),
    Index("ix_actors_name", "name"),
    sqlite_autoincrement=True,
)

actor_aliases = Table(
    "actor_aliases",
    metadata,
    record_id(),
    required("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), index=True),
    required("alias", String(500)),
    required("alias_key", String(500), index=True),
    UniqueConstraint("actor_id", "alias_key", name="uq_actor_aliases_key"),
    sqlite_autoincrement=True,
)

# The bytes of an imported file, keyed by their SHA-256. Never changed once stored.
evidence_files = Table(
    "evidence_files",
    metadata,
    Column("sha256", String(64), primary_key=True),
    required("size", BigInteger),
    required("file_name", String(1000)),
    required("media_type", String(200)),
    required("content", LargeBinary),
    stamp("imported_at"),
)

# A document that carries claims: an article, transcript, broadcast or post.
sources = Table(
    "sources",
    metadata,
    record_id(),
    words("title", 2000),
    words("outlet", 500),
    words("url", 4000),
    words("language", 35),
    words("direction", 3, default="ltr"),
    Column("published_on", Date),
    words("kind", 20, default="article"),
    Column(
        "translated_from_id", Integer, ForeignKey("sources.id", ondelete="SET NULL"), index=True
    ),
    Column("evidence_sha256", String(64), ForeignKey("evidence_files.sha256"), index=True),
    words("text"),
    words("text_key"),
    data("page_starts", list),
    required("incomplete", Boolean, default=False),
    data("missing_pages", list),
    data("details", dict),
    version(),
    stamp("created_at"),
    *trash_columns(),
    sqlite_autoincrement=True,
)

# One reading of a source (`db.models.SourceVersion`).
source_versions = Table(
    "source_versions",
    metadata,
    record_id(),
    required("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), index=True),
    required("number", Integer),
    Column("evidence_sha256", String(64), ForeignKey("evidence_files.sha256"), index=True),
    words("text"),
    required("text_sha256", String(64)),
    data("page_starts", list),
    required("incomplete", Boolean, default=False),
    data("missing_pages", list),
    data("details", dict),
    # How it was made: imported, update (a changed file), reread (another encoding), ocr.
    required("reason", String(20)),
    words("why"),
    words("created_by", 200),
    stamp("created_at"),
    # What re-anchoring the quotes gave: {"exact": 10, "changed": 1, "lost": 1, ...}.
    data("quotes", dict),
    UniqueConstraint("source_id", "number", name="uq_source_versions_number"),
    sqlite_autoincrement=True,
)

# One checkable statement in the reviewer's wording, with its verdict.
claims = Table(
    "claims",
    metadata,
    record_id(),
    required("text", Text),
    required("text_key", Text),
    words("verdict", 20, default="unverified"),
    words("rationale"),
    words("notes"),
    version(),
    stamp("created_at"),
    stamp("updated_at"),
    words("updated_by", 200),
    required("verdict_set_by", String(200), default="", server_default=""),
    required("signoff", String(20), default="", server_default=""),
    required("signed_off_by", String(200), default="", server_default=""),
    Column("signed_off_at", UTCDateTime()),
    # The claim this one was merged into ("Merge claims"), None for a claim of its own.
    Column("merged_into_id", Integer, ForeignKey("claims.id"), index=True),
    *trash_columns(),
    Index("ix_claims_updated_at_id", "updated_at", "id"),
    Index("ix_claims_verdict_id", "verdict", "id"),
    # The claim list reads the claims not in the Trash in id order through this index.
    Index("ix_claims_deleted_at_id", "deleted_at", "id"),
    sqlite_autoincrement=True,
)

# A reviewer known to the case (`db.models.Reviewer`).
reviewers = Table(
    "reviewers",
    metadata,
    record_id(),
    required("login", String(200), unique=True),
    words("display_name", 200),
    stamp("created_at"),
    sqlite_autoincrement=True,
)

claim_tags = Table(
    "claim_tags",
    metadata,
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("tag", String(200), primary_key=True),
    Index("ix_claim_tags_tag", "tag"),
)

# One link of a chain (`db.models.Hop`).
hops = Table(
    "hops",
    metadata,
    record_id(),
    required("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), index=True),
    Column("relays_hop_id", Integer, ForeignKey("hops.id", ondelete="SET NULL"), index=True),
    required("position", Integer, default=0),
    required("actor_id", Integer, ForeignKey("actors.id"), index=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL"), index=True),
    required("relation", String(20)),
    words("quote"),
    words("quote_key"),
    # Indexed for the claim list's language and date filters (a rare language among a
    # million hops: 365 ms → 8 ms).
    required("language", String(35), default="", index=True),
    Column("relayed_on", Date, index=True),
    # The language of the quoted words (the actor's is `language`): they differ when the quote
    # was taken from a translation. See `db.text.scripts.quote_language`.
    required("quote_language", String(35), default="", server_default=""),
    words("status", 20, default="unchecked"),
    words("status_rationale"),
    required("direction_doubtful", Boolean, default=False),
    words("note"),
    version(),
    stamp("created_at"),
    *trash_columns(),
    # The claims of a named actor or outlet in claim order from the index alone (a search's
    # first page of claims found by a name: `db.search_named.named_statement`).
    Index("ix_hops_actor_claim", "actor_id", "claim_id", "deleted_at"),
    Index("ix_hops_source_claim", "source_id", "claim_id", "deleted_at"),
    sqlite_autoincrement=True,
)

# Where a hop's quote lies in its source's text (`db.models.QuoteSpan`).
quote_spans = Table(
    "quote_spans",
    metadata,
    record_id(),
    required("hop_id", Integer, ForeignKey("hops.id", ondelete="CASCADE"), index=True),
    required("start_offset", Integer),
    required("end_offset", Integer),
    Column("page", Integer),
    CheckConstraint("start_offset >= 0 AND start_offset < end_offset", name="span_order"),
    sqlite_autoincrement=True,
)

# A hop's quote as a W3C Web Annotation selector (`db.models.HopAnchor`).
hop_anchors = Table(
    "hop_anchors",
    metadata,
    Column(
        "hop_id",
        Integer,
        ForeignKey("hops.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    required("source_version", Integer),
    required("exact", Text),
    words("prefix"),
    words("suffix"),
    required("start_offset", Integer),
    required("end_offset", Integer),
    required("health", String(20)),
    Column("proposed_start", Integer),
    Column("proposed_end", Integer),
    words("note"),
    words("resolution", 20),
    words("resolved_by", 200),
    stamp("checked_at"),
)

# One change of a claim's verdict or a hop's status: who, when, from, to, why.
reviews = Table(
    "reviews",
    metadata,
    record_id(),
    required("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), index=True),
    Column("hop_id", Integer, ForeignKey("hops.id", ondelete="SET NULL")),
    required("subject", String(10)),
    required("from_value", String(20)),
    required("to_value", String(20)),
    words("rationale"),
    words("evidence"),
    required("reviewer", String(200)),
    stamp("at"),
    sqlite_autoincrement=True,
)

# An append-only record of one change to the case, hash-chained to the event before it.
audit_events = Table(
    "audit_events",
    metadata,
    record_id(),
    stamp("at"),
    required("reviewer", String(200)),
    required("action", String(60)),
    required("entity", String(20)),
    required("entity_id", String(64)),
    Column("before", JSON),
    Column("after", JSON),
    required("prev_hash", String(64)),
    required("hash", String(64), unique=True),
    sqlite_autoincrement=True,
)

# The sentence alignment of a translation with its original (derived data).
source_alignments = Table(
    "source_alignments",
    metadata,
    Column(
        "translation_id",
        Integer,
        ForeignKey("sources.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    required("original_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), index=True),
    required("alignment", JSON),
    words("summary"),
    stamp("computed_at"),
)

# Locality-sensitive band keys of sources' passages and of claims' wording (derived data).
source_bands = Table(
    "source_bands",
    metadata,
    Column("band", BigInteger, primary_key=True, autoincrement=False),
    Column(
        "source_id",
        Integer,
        ForeignKey("sources.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

claim_bands = Table(
    "claim_bands",
    metadata,
    Column("band", BigInteger, primary_key=True, autoincrement=False),
    Column(
        "claim_id",
        Integer,
        ForeignKey("claims.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

# The look-up from a spelling in any script or inflection to the actors it may name.
actor_name_keys = Table(
    "actor_name_keys",
    metadata,
    Column("key", String(200), primary_key=True),
    Column(
        "actor_id",
        Integer,
        ForeignKey("actors.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)
