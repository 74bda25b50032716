"""The high-water mark of each table's ids: the highest id a table ever gave, which the next
record must pass so that no id is given twice (SQLite `sqlite_sequence`, a PostgreSQL
identity's sequence). Used by the migration that introduced them and by `db.transfer`, which
copies a case with its marks so that the copy never reuses an id either."""

from __future__ import annotations

from sqlalchemy import Connection, text

ID_TABLES = (
    "case_info",
    "actors",
    "actor_aliases",
    "sources",
    "claims",
    "reviewers",
    "hops",
    "quote_spans",
    "reviews",
    "audit_events",
)
"""The tables whose integer ids are never reused (every table with a single integer id), as of
revision 0004, which made them so (later tables follow in `LATER_ID_TABLES`)."""

LATER_ID_TABLES = ("source_versions",)
"""Tables made after revision 0004 whose ids are never reused either."""


def high_water(conn: Connection, table: str) -> int:
    """The highest id `table` has given (0 if none): the larger of its sequence and its rows."""
    highest = int(conn.execute(text(f"SELECT COALESCE(MAX(id), 0) FROM {table}")).scalar() or 0)
    if conn.dialect.name == "sqlite":
        has_sequence = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")
        ).first()
        if has_sequence:
            seq = conn.execute(
                text("SELECT seq FROM sqlite_sequence WHERE name = :t"), {"t": table}
            ).scalar()
            highest = max(highest, int(seq or 0))
    elif conn.dialect.name == "postgresql":
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}
        ).scalar()
        if sequence:
            last, called = conn.execute(text(f"SELECT last_value, is_called FROM {sequence}")).one()
            highest = max(highest, int(last) if called else int(last) - 1)
    return highest


def raise_high_water(conn: Connection, table: str, at_least: int) -> None:
    """Make the next id of `table` greater than `at_least` and than every id it holds (never
    lowers the mark; rows inserted with their ids do not move a PostgreSQL sequence)."""
    target = max(at_least, high_water(conn, table))
    if target <= 0:
        return
    if conn.dialect.name == "sqlite":
        updated = conn.execute(
            text("UPDATE sqlite_sequence SET seq = :n WHERE name = :t AND seq < :n"),
            {"n": target, "t": table},
        ).rowcount
        exists = conn.execute(
            text("SELECT 1 FROM sqlite_sequence WHERE name = :t"), {"t": table}
        ).first()
        if not updated and not exists:
            conn.execute(
                text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :n)"),
                {"n": target, "t": table},
            )
    elif conn.dialect.name == "postgresql":
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}
        ).scalar()
        if sequence:
            conn.execute(text("SELECT setval(:s, :n, true)"), {"s": sequence, "n": target})
