"""the sentence alignment of each translation with its original

Revision ID: 0008
Revises: 0009
Create Date: 2026-12-06 22:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "source_alignments",
        sa.Column("translation_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("original_id", sa.Integer(), nullable=False),
        sa.Column("alignment", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["translation_id"],
            ["sources.id"],
            name=op.f("fk_source_alignments_translation_id_sources"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["original_id"],
            ["sources.id"],
            name=op.f("fk_source_alignments_original_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("translation_id", name=op.f("pk_source_alignments")),
    )
    op.create_index(op.f("ix_source_alignments_original_id"), "source_alignments", ["original_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_source_alignments_original_id"), table_name="source_alignments")
    op.drop_table("source_alignments")
