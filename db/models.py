"""The tables of a case as typed SQLAlchemy 2 models, mapped onto the Core tables of
`db.tables` (one definition of each table: its columns, types, defaults and indexes are there).

Every schema change also needs an Alembic revision in `db/migrations/versions/`; a test compares
the tables with the migrated schema.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Mapped, column_property, relationship

from . import tables
from .model_base import Base as Base
from .model_base import Trashable as Trashable
from .tables import CASE_FORMAT as CASE_FORMAT
from .tables import NAMING_CONVENTION as NAMING_CONVENTION
from .tables import NEVER_REUSED as NEVER_REUSED
from .tables import UTCDateTime as UTCDateTime
from .tables import utcnow as utcnow


class CaseInfo(Base):
    """One row that names the case and marks the database as a case."""

    __table__ = tables.case_info

    id: Mapped[int]
    format: Mapped[str]
    name: Mapped[str]
    created_at: Mapped[dt.datetime]
    settings: Mapped[dict[str, Any]]


class Actor(Trashable, Base):
    """A person, organisation, outlet or unnamed official that says or relays claims."""

    __table__ = tables.actors

    id: Mapped[int]
    name: Mapped[str]
    kind: Mapped[str]
    description: Mapped[str]
    merged_into_id: Mapped[int | None]
    version: Mapped[int]
    created_at: Mapped[dt.datetime]

    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", order_by="ActorAlias.id"
    )
    __mapper_args__ = {"version_id_col": tables.actors.c.version}


class ActorAlias(Base):
    __table__ = tables.actor_aliases

    id: Mapped[int]
    actor_id: Mapped[int]
    alias: Mapped[str]
    alias_key: Mapped[str]

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class EvidenceFile(Base):
    """The bytes of an imported file, keyed by their SHA-256. Never changed once stored."""

    __table__ = tables.evidence_files

    sha256: Mapped[str]
    size: Mapped[int]
    file_name: Mapped[str]
    media_type: Mapped[str]
    content: Mapped[bytes]
    imported_at: Mapped[dt.datetime]


class Source(Trashable, Base):
    """A document that carries claims: an article, transcript, broadcast or post."""

    __table__ = tables.sources

    id: Mapped[int]
    title: Mapped[str]
    outlet: Mapped[str]
    url: Mapped[str]
    language: Mapped[str]
    direction: Mapped[str]
    published_on: Mapped[dt.date | None]
    kind: Mapped[str]
    translated_from_id: Mapped[int | None]
    evidence_sha256: Mapped[str | None]
    text: Mapped[str]
    text_key: Mapped[str]
    page_starts: Mapped[list[Any]]
    incomplete: Mapped[bool]
    missing_pages: Mapped[list[Any]]
    details: Mapped[dict[str, Any]]
    version: Mapped[int]
    created_at: Mapped[dt.datetime]
    __mapper_args__ = {"version_id_col": tables.sources.c.version}


class SourceVersion(Base):
    """One reading of a source: the file first imported, a changed file imported as a new
    version, the same bytes read in another encoding, an image recognised again. The source row
    holds the newest (current) version's text; every version keeps its own text and evidence
    file, and who made it, when and why (`db.operations.versions`)."""

    __table__ = tables.source_versions

    id: Mapped[int]
    source_id: Mapped[int]
    number: Mapped[int]
    evidence_sha256: Mapped[str | None]
    text: Mapped[str]
    text_sha256: Mapped[str]
    page_starts: Mapped[list[Any]]
    incomplete: Mapped[bool]
    missing_pages: Mapped[list[Any]]
    details: Mapped[dict[str, Any]]
    #: How it was made: imported, update (a changed file), reread (another encoding), ocr.
    reason: Mapped[str]
    why: Mapped[str]
    created_by: Mapped[str]
    created_at: Mapped[dt.datetime]
    #: What re-anchoring the quotes gave: {"exact": 10, "changed": 1, "lost": 1, ...}.
    quotes: Mapped[dict[str, Any]]


class Claim(Trashable, Base):
    """One checkable statement in the reviewer's wording, with its verdict."""

    __table__ = tables.claims

    id: Mapped[int]
    text: Mapped[str]
    text_key: Mapped[str]
    verdict: Mapped[str]
    rationale: Mapped[str]
    notes: Mapped[str]
    version: Mapped[int]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    updated_by: Mapped[str]
    verdict_set_by: Mapped[str]
    signoff: Mapped[str]
    signed_off_by: Mapped[str]
    signed_off_at: Mapped[dt.datetime | None]
    #: The claim this one was merged into ("Merge claims"), None for a claim of its own.
    merged_into_id: Mapped[int | None]

    hops: Mapped[list[Hop]] = relationship(
        back_populates="claim",
        cascade="all, delete-orphan",
        order_by="Hop.position",
        foreign_keys="Hop.claim_id",
    )
    tags: Mapped[list[ClaimTag]] = relationship(
        cascade="all, delete-orphan", order_by="ClaimTag.tag"
    )
    __mapper_args__ = {"version_id_col": tables.claims.c.version}


class Reviewer(Base):
    """A reviewer known to the case: the login recorded in the audit trail (on PostgreSQL, the
    database user; on an SQLite case, the name recorded) and the name shown for it. `id` names
    the reviewer in exports (`case:reviewer-17`), never the name."""

    __table__ = tables.reviewers

    id: Mapped[int]
    login: Mapped[str]
    display_name: Mapped[str]
    created_at: Mapped[dt.datetime]


class ClaimTag(Base):
    __table__ = tables.claim_tags

    claim_id: Mapped[int]
    tag: Mapped[str]


class Hop(Trashable, Base):
    """One link of a chain: this actor, in this source, relayed the claim with these words.

    `relays_hop_id` points at the hop this one derives from (None for an origin), so a claim's
    hops form a tree whose root-to-leaf paths are its chains, and each edge is one W3C PROV
    derivation. `position` orders the hops of a claim for display (origin first).
    """

    __table__ = tables.hops

    id: Mapped[int]
    claim_id: Mapped[int]
    relays_hop_id: Mapped[int | None]
    position: Mapped[int]
    actor_id: Mapped[int]
    source_id: Mapped[int | None]
    relation: Mapped[str]
    quote: Mapped[str]
    quote_key: Mapped[str]
    # Indexed for the claim list's language and date filters (a rare language among a
    # million hops: 365 ms → 8 ms).
    language: Mapped[str]
    relayed_on: Mapped[dt.date | None]
    # The language of the quoted words (the actor's is `language`): they differ when the quote
    # was taken from a translation. See `db.text.scripts.quote_language`.
    quote_language: Mapped[str]
    status: Mapped[str]
    status_rationale: Mapped[str]
    direction_doubtful: Mapped[bool]
    note: Mapped[str]
    version: Mapped[int]
    created_at: Mapped[dt.datetime]

    claim: Mapped[Claim] = relationship(back_populates="hops")
    actor: Mapped[Actor] = relationship()
    source: Mapped[Source | None] = relationship()
    spans: Mapped[list[QuoteSpan]] = relationship(
        cascade="all, delete-orphan", order_by="QuoteSpan.start"
    )
    anchor: Mapped[HopAnchor | None] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    __mapper_args__ = {"version_id_col": tables.hops.c.version}


class QuoteSpan(Base):
    """A run of characters `[start, end)` of the source's stored text that holds (part of) a
    hop's quote; `page` is the 1-based page for paged sources."""

    __table__ = tables.quote_spans

    id: Mapped[int]
    hop_id: Mapped[int]
    start: Mapped[int] = column_property(tables.quote_spans.c.start_offset)
    end: Mapped[int] = column_property(tables.quote_spans.c.end_offset)
    page: Mapped[int | None]


class HopAnchor(Base):
    """A hop's quote as a W3C Web Annotation `TextQuoteSelector` (exact, prefix, suffix) and
    `TextPositionSelector` (start, end) in the text of version `source_version` of its source,
    and how it fared when the source got a new version (`health`: exact, changed, lost, located).

    A hop without a row is anchored in its source's current version by its spans. A changed or
    lost quote keeps its anchor in the version it was checked against, with the near variant in
    the current version (`proposed_start`/`proposed_end`, `note` word by word) until a reviewer
    accepts the new anchor or keeps the old version (`resolution`)."""

    __table__ = tables.hop_anchors

    hop_id: Mapped[int]
    source_version: Mapped[int]
    exact: Mapped[str]
    prefix: Mapped[str]
    suffix: Mapped[str]
    start: Mapped[int] = column_property(tables.hop_anchors.c.start_offset)
    end: Mapped[int] = column_property(tables.hop_anchors.c.end_offset)
    health: Mapped[str]
    proposed_start: Mapped[int | None]
    proposed_end: Mapped[int | None]
    note: Mapped[str]
    resolution: Mapped[str]
    resolved_by: Mapped[str]
    checked_at: Mapped[dt.datetime]

    @property
    def needs_review(self) -> bool:
        """Changed or lost, and no reviewer has accepted the new anchor or kept the old one."""
        return self.health in ("changed", "lost") and not self.resolution


class Review(Base):
    """One change of a claim's verdict or a hop's status: who, when, from, to, why."""

    __table__ = tables.reviews

    id: Mapped[int]
    claim_id: Mapped[int]
    hop_id: Mapped[int | None]
    subject: Mapped[str]
    from_value: Mapped[str]
    to_value: Mapped[str]
    rationale: Mapped[str]
    evidence: Mapped[str]
    reviewer: Mapped[str]
    at: Mapped[dt.datetime]


class AuditEvent(Base):
    """An append-only record of one change to the case, hash-chained to the event before it."""

    __table__ = tables.audit_events

    id: Mapped[int]
    at: Mapped[dt.datetime]
    reviewer: Mapped[str]
    action: Mapped[str]
    entity: Mapped[str]
    entity_id: Mapped[str]
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]
    prev_hash: Mapped[str]
    hash: Mapped[str]


class SourceAlignment(Base):
    """The sentence alignment of a translation with its original (`db.text.aligned_pair`):
    derived data, computed when the link is made and again when either source is corrected."""

    __table__ = tables.source_alignments

    translation_id: Mapped[int]
    original_id: Mapped[int]
    alignment: Mapped[dict[str, Any]]
    summary: Mapped[str]
    computed_at: Mapped[dt.datetime]


class SourceBand(Base):
    """One locality-sensitive band key of a passage of a source's text (`db.text.similarity`): the
    candidates of a trace are the sources sharing a key with the traced text. Derived data,
    rebuilt by `reindex`."""

    __table__ = tables.source_bands

    band: Mapped[int]
    source_id: Mapped[int]


class ClaimBand(Base):
    """One locality-sensitive band key of a claim's folded wording: the candidates of "Similar
    claims". Derived data, rebuilt by `reindex`."""

    __table__ = tables.claim_bands

    band: Mapped[int]
    claim_id: Mapped[int]


class ActorNameKey(Base):
    """One name key (`db.text.names.name_keys`) of an actor's name or alias: the look-up from a
    spelling in any script or inflection to the actors it may name. Derived data, kept by the
    actor operations and rebuilt by `reindex`."""

    __table__ = tables.actor_name_keys

    key: Mapped[str]
    actor_id: Mapped[int]


TRASHABLE: dict[str, type[Trashable]] = {
    "claim": Claim,
    "hop": Hop,
    "actor": Actor,
    "source": Source,
}
"""The kinds of record that go to the Trash, by the name the audit log and the CLI use."""
