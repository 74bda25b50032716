"""each full-text index's vocabulary reads its words lazily (an fts5vocab 'instance' table, no
longer 'row'), so the start of a word in most claims is spelled out without counting every row
that holds each of its words (SQLite; PostgreSQL keeps none)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 17:55:00
"""

from __future__ import annotations

from db.migrations.search_index import create_search_vocabularies, drop_search_vocabularies

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    drop_search_vocabularies()
    create_search_vocabularies("instance")


def downgrade() -> None:
    drop_search_vocabularies()
    create_search_vocabularies("row")
