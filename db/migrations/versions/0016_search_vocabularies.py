"""the vocabulary of each full-text index is kept in the case (SQLite), so a search no longer
creates three temporary tables on every connection before it can look a word up

Revision ID: 0016
Revises: 0010
Create Date: 2026-12-07 14:10:00
"""

from __future__ import annotations

from db.migrations.search_index import create_search_vocabularies, drop_search_vocabularies

revision = "0016"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_search_vocabularies("row")


def downgrade() -> None:
    drop_search_vocabularies()
