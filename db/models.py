"""The tables of a case, as typed SQLAlchemy 2 models.

Every schema change also needs an Alembic revision in `db/migrations/versions/`; a test compares
these models with the migrated schema. Full-text search tables (SQLite FTS5, PostgreSQL tsvector)
are created by the migrations only, because they differ per database.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .model_base import NAMING_CONVENTION as NAMING_CONVENTION
from .model_base import NEVER_REUSED as NEVER_REUSED
from .model_base import Base as Base
from .model_base import Trashable as Trashable
from .model_base import UTCDateTime as UTCDateTime
from .model_base import record_id as record_id
from .model_base import utcnow as utcnow

CASE_FORMAT = "provenance-desk-case"
"""The value of `case_info.format` that tells a case from any other database."""


class CaseInfo(Base):
    """One row that names the case and marks the database as a case."""

    __tablename__ = "case_info"

    id: Mapped[int] = record_id()
    format: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)

    __table_args__ = (NEVER_REUSED,)


class Actor(Trashable, Base):
    """A person, organisation, outlet or unnamed official that says or relays claims."""

    __tablename__ = "actors"

    id: Mapped[int] = record_id()
    name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", order_by="ActorAlias.id"
    )

    __table_args__ = (Index("ix_actors_name", "name"), NEVER_REUSED)
    __mapper_args__ = {"version_id_col": version}


class ActorAlias(Base):
    __tablename__ = "actor_aliases"

    id: Mapped[int] = record_id()
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(500))
    alias_key: Mapped[str] = mapped_column(String(500), index=True)

    actor: Mapped[Actor] = relationship(back_populates="aliases")

    __table_args__ = (
        UniqueConstraint("actor_id", "alias_key", name="uq_actor_aliases_key"),
        NEVER_REUSED,
    )


class EvidenceFile(Base):
    """The bytes of an imported file, keyed by their SHA-256. Never changed once stored."""

    __tablename__ = "evidence_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    file_name: Mapped[str] = mapped_column(String(1000))
    media_type: Mapped[str] = mapped_column(String(200))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Source(Trashable, Base):
    """A document that carries claims: an article, transcript, broadcast or post."""

    __tablename__ = "sources"

    id: Mapped[int] = record_id()
    title: Mapped[str] = mapped_column(String(2000), default="")
    outlet: Mapped[str] = mapped_column(String(500), default="")
    url: Mapped[str] = mapped_column(String(4000), default="")
    language: Mapped[str] = mapped_column(String(35), default="")
    direction: Mapped[str] = mapped_column(String(3), default="ltr")
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20), default="article")
    translated_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    evidence_sha256: Mapped[str | None] = mapped_column(
        ForeignKey("evidence_files.sha256"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    text_key: Mapped[str] = mapped_column(Text, default="")
    page_starts: Mapped[list[Any]] = mapped_column(default=list)
    incomplete: Mapped[bool] = mapped_column(Boolean, default=False)
    missing_pages: Mapped[list[Any]] = mapped_column(default=list)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (NEVER_REUSED,)
    __mapper_args__ = {"version_id_col": version}


class SourceVersion(Base):
    """One reading of a source: the file first imported, a changed file imported as a new
    version, the same bytes read in another encoding, an image recognised again. The source row
    holds the newest (current) version's text; every version keeps its own text and evidence
    file, and who made it, when and why (`db.operations.versions`)."""

    __tablename__ = "source_versions"

    id: Mapped[int] = record_id()
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    evidence_sha256: Mapped[str | None] = mapped_column(
        ForeignKey("evidence_files.sha256"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    text_sha256: Mapped[str] = mapped_column(String(64))
    page_starts: Mapped[list[Any]] = mapped_column(default=list)
    incomplete: Mapped[bool] = mapped_column(Boolean, default=False)
    missing_pages: Mapped[list[Any]] = mapped_column(default=list)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: How it was made: imported, update (a changed file), reread (another encoding), ocr.
    reason: Mapped[str] = mapped_column(String(20))
    why: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    #: What re-anchoring the quotes gave: {"exact": 10, "changed": 1, "lost": 1, ...}.
    quotes: Mapped[dict[str, Any]] = mapped_column(default=dict)

    __table_args__ = (
        UniqueConstraint("source_id", "number", name="uq_source_versions_number"),
        NEVER_REUSED,
    )


class Claim(Trashable, Base):
    """One checkable statement in the reviewer's wording, with its verdict."""

    __tablename__ = "claims"

    id: Mapped[int] = record_id()
    text: Mapped[str] = mapped_column(Text)
    text_key: Mapped[str] = mapped_column(Text)
    verdict: Mapped[str] = mapped_column(String(20), default="unverified")
    rationale: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    verdict_set_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    signoff: Mapped[str] = mapped_column(String(20), default="", server_default="")
    signed_off_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    signed_off_at: Mapped[dt.datetime | None] = mapped_column()
    #: The claim this one was merged into ("Merge claims"), None for a claim of its own.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"), index=True)

    hops: Mapped[list[Hop]] = relationship(
        back_populates="claim",
        cascade="all, delete-orphan",
        order_by="Hop.position",
        foreign_keys="Hop.claim_id",
    )
    tags: Mapped[list[ClaimTag]] = relationship(
        cascade="all, delete-orphan", order_by="ClaimTag.tag"
    )

    __table_args__ = (
        Index("ix_claims_updated_at_id", "updated_at", "id"),
        Index("ix_claims_verdict_id", "verdict", "id"),
        # The claim list reads the claims not in the Trash in id order through this index.
        Index("ix_claims_deleted_at_id", "deleted_at", "id"),
        NEVER_REUSED,
    )
    __mapper_args__ = {"version_id_col": version}


class Reviewer(Base):
    """A reviewer known to the case: the login recorded in the audit trail (on PostgreSQL, the
    database user; on an SQLite case, the name recorded) and the name shown for it. `id` names
    the reviewer in exports (`case:reviewer-17`), never the name."""

    __tablename__ = "reviewers"

    id: Mapped[int] = record_id()
    login: Mapped[str] = mapped_column(String(200), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (NEVER_REUSED,)


class ClaimTag(Base):
    __tablename__ = "claim_tags"

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(200), primary_key=True)

    __table_args__ = (Index("ix_claim_tags_tag", "tag"),)


class Hop(Trashable, Base):
    """One link of a chain: this actor, in this source, relayed the claim with these words.

    `relays_hop_id` points at the hop this one derives from (None for an origin), so a claim's
    hops form a tree whose root-to-leaf paths are its chains, and each edge is one W3C PROV
    derivation. `position` orders the hops of a claim for display (origin first).
    """

    __tablename__ = "hops"

    id: Mapped[int] = record_id()
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    relays_hop_id: Mapped[int | None] = mapped_column(
        ForeignKey("hops.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), index=True)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    relation: Mapped[str] = mapped_column(String(20))
    quote: Mapped[str] = mapped_column(Text, default="")
    quote_key: Mapped[str] = mapped_column(Text, default="")
    # Indexed for the claim list's language and date filters (a rare language among a
    # million hops: 365 ms → 8 ms).
    language: Mapped[str] = mapped_column(String(35), default="", index=True)
    relayed_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # The language of the quoted words (the actor's is `language`): they differ when the quote
    # was taken from a translation. See `db.text.scripts.quote_language`.
    quote_language: Mapped[str] = mapped_column(String(35), default="", server_default="")
    status: Mapped[str] = mapped_column(String(20), default="unchecked")
    status_rationale: Mapped[str] = mapped_column(Text, default="")
    direction_doubtful: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="hops")
    actor: Mapped[Actor] = relationship()
    source: Mapped[Source | None] = relationship()
    spans: Mapped[list[QuoteSpan]] = relationship(
        cascade="all, delete-orphan", order_by="QuoteSpan.start"
    )
    anchor: Mapped[HopAnchor | None] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (NEVER_REUSED,)
    __mapper_args__ = {"version_id_col": version}


class QuoteSpan(Base):
    """A run of characters `[start, end)` of the source's stored text that holds (part of) a
    hop's quote; `page` is the 1-based page for paged sources."""

    __tablename__ = "quote_spans"

    id: Mapped[int] = record_id()
    hop_id: Mapped[int] = mapped_column(ForeignKey("hops.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column("start_offset", Integer)
    end: Mapped[int] = mapped_column("end_offset", Integer)
    page: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("start_offset >= 0 AND start_offset < end_offset", name="span_order"),
        NEVER_REUSED,
    )


class HopAnchor(Base):
    """A hop's quote as a W3C Web Annotation `TextQuoteSelector` (exact, prefix, suffix) and
    `TextPositionSelector` (start, end) in the text of version `source_version` of its source,
    and how it fared when the source got a new version (`health`: exact, changed, lost, located).

    A hop without a row is anchored in its source's current version by its spans. A changed or
    lost quote keeps its anchor in the version it was checked against, with the near variant in
    the current version (`proposed_start`/`proposed_end`, `note` word by word) until a reviewer
    accepts the new anchor or keeps the old version (`resolution`)."""

    __tablename__ = "hop_anchors"

    hop_id: Mapped[int] = mapped_column(
        ForeignKey("hops.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    source_version: Mapped[int] = mapped_column(Integer)
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int] = mapped_column("start_offset", Integer)
    end: Mapped[int] = mapped_column("end_offset", Integer)
    health: Mapped[str] = mapped_column(String(20))
    proposed_start: Mapped[int | None] = mapped_column(Integer)
    proposed_end: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(String(20), default="")
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
    checked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    @property
    def needs_review(self) -> bool:
        """Changed or lost, and no reviewer has accepted the new anchor or kept the old one."""
        return self.health in ("changed", "lost") and not self.resolution


class Review(Base):
    """One change of a claim's verdict or a hop's status: who, when, from, to, why."""

    __tablename__ = "reviews"

    id: Mapped[int] = record_id()
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    hop_id: Mapped[int | None] = mapped_column(ForeignKey("hops.id", ondelete="SET NULL"))
    subject: Mapped[str] = mapped_column(String(10))
    from_value: Mapped[str] = mapped_column(String(20))
    to_value: Mapped[str] = mapped_column(String(20))
    rationale: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (NEVER_REUSED,)


class AuditEvent(Base):
    """An append-only record of one change to the case, hash-chained to the event before it."""

    __tablename__ = "audit_events"

    id: Mapped[int] = record_id()
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    reviewer: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (NEVER_REUSED,)


class SourceAlignment(Base):
    """The sentence alignment of a translation with its original (`db.text.aligned_pair`):
    derived data, computed when the link is made and again when either source is corrected."""

    __tablename__ = "source_alignments"

    translation_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    original_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), index=True
    )
    alignment: Mapped[dict[str, Any]] = mapped_column(JSON)
    summary: Mapped[str] = mapped_column(Text, default="")
    computed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SourceBand(Base):
    """One locality-sensitive band key of a passage of a source's text (`db.text.similarity`): the
    candidates of a trace are the sources sharing a key with the traced text. Derived data,
    rebuilt by `reindex`."""

    __tablename__ = "source_bands"

    band: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ClaimBand(Base):
    """One locality-sensitive band key of a claim's folded wording: the candidates of "Similar
    claims". Derived data, rebuilt by `reindex`."""

    __tablename__ = "claim_bands"

    band: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ActorNameKey(Base):
    """One name key (`db.text.names.name_keys`) of an actor's name or alias: the look-up from a
    spelling in any script or inflection to the actors it may name. Derived data, kept by the
    actor operations and rebuilt by `reindex`."""

    __tablename__ = "actor_name_keys"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True, index=True
    )


TRASHABLE: dict[str, type[Trashable]] = {
    "claim": Claim,
    "hop": Hop,
    "actor": Actor,
    "source": Source,
}
"""The kinds of record that go to the Trash, by the name the audit log and the CLI use."""
