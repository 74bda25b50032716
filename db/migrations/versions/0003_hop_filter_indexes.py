"""indexes for the claim list's language and date filters on hops

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 03:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_hops_language"), "hops", ["language"], unique=False)
    op.create_index(op.f("ix_hops_relayed_on"), "hops", ["relayed_on"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_hops_relayed_on"), table_name="hops")
    op.drop_index(op.f("ix_hops_language"), table_name="hops")
