"""versions of a source, and each hop's quote anchor (W3C text-quote and text-position selectors)

Revision ID: 0009
Revises: 0004
Create Date: 2026-12-06 22:00:00

Every source gets its first version from what the case holds (its text, evidence file, pages
and reading details), made by whoever added the source, when it was added.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0004"
branch_labels = None
depends_on = None


def _json(value: Any, default: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return default
    return default if value is None else value


def _when(value: Any) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if not isinstance(value, dt.datetime):
        return dt.datetime.now(dt.UTC)
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def upgrade() -> None:
    versions = op.create_table(
        "source_versions",
        sa.Column("id", sa.Integer(), sa.Identity(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("evidence_sha256", sa.String(length=64), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_sha256", sa.String(length=64), nullable=False),
        sa.Column("page_starts", sa.JSON(), nullable=False),
        sa.Column("incomplete", sa.Boolean(), nullable=False),
        sa.Column("missing_pages", sa.JSON(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("quotes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_sha256"],
            ["evidence_files.sha256"],
            name=op.f("fk_source_versions_evidence_sha256_evidence_files"),
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_source_versions_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_versions")),
        sa.UniqueConstraint("source_id", "number", name="uq_source_versions_number"),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_source_versions_evidence_sha256"), "source_versions", ["evidence_sha256"]
    )
    op.create_index(op.f("ix_source_versions_source_id"), "source_versions", ["source_id"])
    op.create_table(
        "hop_anchors",
        sa.Column("hop_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("source_version", sa.Integer(), nullable=False),
        sa.Column("exact", sa.Text(), nullable=False),
        sa.Column("prefix", sa.Text(), nullable=False),
        sa.Column("suffix", sa.Text(), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("health", sa.String(length=20), nullable=False),
        sa.Column("proposed_start", sa.Integer(), nullable=True),
        sa.Column("proposed_end", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("resolution", sa.String(length=20), nullable=False),
        sa.Column("resolved_by", sa.String(length=200), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["hop_id"], ["hops.id"], name=op.f("fk_hop_anchors_hop_id_hops"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("hop_id", name=op.f("pk_hop_anchors")),
    )
    conn = op.get_bind()
    creators = {
        int(entity_id): reviewer
        for entity_id, reviewer in conn.execute(
            sa.text(
                "SELECT entity_id, reviewer FROM audit_events "
                "WHERE entity = 'source' AND action IN ('add source', 'import source')"
            )
        )
        if str(entity_id).isdigit()
    }
    rows = conn.execute(
        sa.text(
            "SELECT id, evidence_sha256, text, page_starts, incomplete, missing_pages, details, "
            "created_at FROM sources ORDER BY id"
        )
    )
    for row in rows:
        text = row.text or ""
        conn.execute(
            versions.insert().values(
                source_id=row.id,
                number=1,
                evidence_sha256=row.evidence_sha256,
                text=text,
                text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                page_starts=_json(row.page_starts, []),
                incomplete=bool(row.incomplete),
                missing_pages=_json(row.missing_pages, []),
                details=_json(row.details, {}),
                reason="imported" if row.evidence_sha256 else "added",
                why="",
                created_by=creators.get(row.id, ""),
                created_at=_when(row.created_at),
                quotes={},
            )
        )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.execute(sa.text("SELECT 1 FROM source_versions WHERE number > 1")).first():
        raise RuntimeError(
            "a source has more than one version: an older revision keeps only the newest; "
            "copy the case before going back"
        )
    op.drop_table("hop_anchors")
    op.drop_index(op.f("ix_source_versions_source_id"), table_name="source_versions")
    op.drop_index(op.f("ix_source_versions_evidence_sha256"), table_name="source_versions")
    op.drop_table("source_versions")
