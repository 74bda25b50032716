"""claims are also banded by their content words, so that a claim said in other words is
found among many (the schema is unchanged: every claim's band keys are rebuilt)

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-07 01:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from db.appearances import rebuild_claim_index_rows

    rebuild_claim_index_rows(op.get_bind())


def downgrade() -> None:
    # the older app looks claims up by their trigram bands only; the extra keys do no harm
    pass
