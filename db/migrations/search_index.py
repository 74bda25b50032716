"""The full-text search objects that the migrations create per database.

Revisions call these helpers; a change here that alters the schema needs a new revision.
"""

from __future__ import annotations

from alembic import op

SEARCHED = (
    ("claim_fts", "claims", "text_key"),
    ("quote_fts", "hops", "quote_key"),
    ("source_fts", "sources", "text_key"),
)


def create_search_index(tables: tuple[str, ...] = ("claims", "hops", "sources")) -> None:
    """Full-text search over the folded `*_key` columns (see `db.text.normalise.search_key`).

    SQLite: FTS5 tables with external content, kept in step by triggers. PostgreSQL: a generated
    tsvector column with a GIN index.
    """
    dialect = op.get_bind().dialect.name
    for fts, table, column in SEARCHED:
        if table not in tables:
            continue
        if dialect == "sqlite":
            forget_old = (
                f"INSERT INTO {fts}({fts}, rowid, {column}) "
                f"VALUES ('delete', old.id, old.{column});"
            )
            op.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({column}, content='{table}', "
                f"content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
            )
            op.execute(
                f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN "
                f"INSERT INTO {fts}(rowid, {column}) VALUES (new.id, new.{column}); END"
            )
            op.execute(
                f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN {forget_old} END"
            )
            op.execute(
                f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF {column} ON {table} BEGIN "
                f"{forget_old} "
                f"INSERT INTO {fts}(rowid, {column}) VALUES (new.id, new.{column}); END"
            )
        elif dialect == "postgresql":
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN search_vector tsvector "
                f"GENERATED ALWAYS AS (to_tsvector('simple', {column})) STORED"
            )
            op.execute(f"CREATE INDEX ix_search_{table} ON {table} USING gin (search_vector)")


def drop_search_index() -> None:
    dialect = op.get_bind().dialect.name
    for fts, table, _column in SEARCHED:
        if dialect == "sqlite":
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
        elif dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_search_{table}")
            op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")


VOCABULARIES = tuple(f"{fts}_terms" for fts, _table, _column in SEARCHED)
"""SQLite: each full-text index's vocabulary, an `fts5vocab` table of the words it holds
(`db.search_terms` spells a query's last word out from it). Nothing is stored: a table that
reads the index it is named after. Since revision 0017 an 'instance' table (each place a word
is, read lazily: the next word is one seek away) instead of a 'row' table (each word with the
number of rows holding it, counted whole before the word is given: 45 ms for "minister" on a
million claims)."""


def create_search_vocabularies(kind: str = "instance") -> None:
    """The vocabulary of each full-text index, in the case (SQLite; PostgreSQL needs none);
    `kind`: the fts5vocab table's type ("row" up to revision 0016)."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for (fts, _table, _column), name in zip(SEARCHED, VOCABULARIES, strict=True):
        op.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5vocab({fts}, {kind})")


def drop_search_vocabularies() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in VOCABULARIES:
        op.execute(f"DROP TABLE IF EXISTS {name}")
