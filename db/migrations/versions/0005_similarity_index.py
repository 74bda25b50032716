"""the similarity index: band keys of source passages and of claims (built
for existing cases), and the claim a merged claim went into

Revision ID: 0005
Revises: 0006
Create Date: 2026-11-30 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_claims_merged_into_id_claims"), "claims", ["merged_into_id"], ["id"]
        )
        batch.create_index(op.f("ix_claims_merged_into_id"), ["merged_into_id"])
    _search_triggers()
    op.create_table(
        "source_bands",
        sa.Column("band", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_source_bands_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("band", "source_id", name=op.f("pk_source_bands")),
    )
    op.create_index(op.f("ix_source_bands_source_id"), "source_bands", ["source_id"])
    op.create_table(
        "claim_bands",
        sa.Column("band", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_bands_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("band", "claim_id", name=op.f("pk_claim_bands")),
    )
    op.create_index(op.f("ix_claim_bands_claim_id"), "claim_bands", ["claim_id"])
    # Existing cases get their index now, so a trace finds what was imported before.
    from db.appearances import rebuild_index_rows

    rebuild_index_rows(op.get_bind())


def downgrade() -> None:
    op.drop_index(op.f("ix_claim_bands_claim_id"), table_name="claim_bands")
    op.drop_table("claim_bands")
    op.drop_index(op.f("ix_source_bands_source_id"), table_name="source_bands")
    op.drop_table("source_bands")
    with op.batch_alter_table("claims") as batch:
        batch.drop_index(op.f("ix_claims_merged_into_id"))
        batch.drop_constraint(op.f("fk_claims_merged_into_id_claims"), type_="foreignkey")
        batch.drop_column("merged_into_id")
    _search_triggers()


def _search_triggers() -> None:
    """SQLite re-makes the claims table to change it, which drops its search triggers."""
    if op.get_bind().dialect.name == "sqlite":
        from db.migrations.search_index import create_search_index

        create_search_index(tables=("claims",))
