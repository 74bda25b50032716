"""name keys of actors' names and aliases (one actor, every spelling), built for existing cases

Revision ID: 0007
Revises: 0008
Create Date: 2026-12-06 22:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actor_name_keys",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_actor_name_keys_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "actor_id", name=op.f("pk_actor_name_keys")),
    )
    op.create_index(op.f("ix_actor_name_keys_actor_id"), "actor_name_keys", ["actor_id"])
    # Existing cases get their keys now, so an actor added tomorrow meets yesterday's actors.
    from db.actor_names import rebuild_actor_keys

    rebuild_actor_keys(op.get_bind())


def downgrade() -> None:
    op.drop_index(op.f("ix_actor_name_keys_actor_id"), table_name="actor_name_keys")
    op.drop_table("actor_name_keys")
