"""Rows of an SQLite case into a PostgreSQL case at the server's own bulk speed.

SQLite writes each row as one line of CSV itself: its `quote()` gives every value as an SQL
literal (NULL, digits, or text in single quotes with quotes inside doubled: CSV whose quote
character is '); blobs are spelled as bytea's hex. The lines travel in blocks of a few thousand
through `COPY … FROM STDIN`, and a thread of psycopg's sends each block while the next one is
read, so the file is read on one core while the server parses and indexes on the other. Python
touches a block, never a value: per-row work in Python (row objects, type conversion, psycopg's
dumpers) was two thirds of a million-claim copy.

Values go as SQLite stores them and the server reads them with its own input functions: integers
and booleans (0/1) as digits, text as text, JSON as its stored text, dates and naive UTC times
(`UTCDateTime`) as ISO text read in the copy's time zone, set to UTC for the transaction. A table
with a column of any other type (a float, say: none today) is left to the caller's row-by-row
path.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Table,
    TypeDecorator,
)

BLOCK = 5000
"""Rows per block sent to the server (and per progress call)."""

_AS_TEXT = (Integer, Boolean, String, DateTime, Date, JSON)
"""Column types whose stored SQLite value the server reads back unchanged from its text."""


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _stored_type(column: Column[object]) -> object:
    kind = column.type
    return kind.impl_instance if isinstance(kind, TypeDecorator) else kind


def _csv_field(column: Column[object]) -> str | None:
    """SQLite's expression for one CSV field of `column` (read with `COPY_OPTIONS`): NULL
    unquoted, every text quoted (so an empty text, or the text 'NULL', stays a text); None for
    a type this path does not carry."""
    name = _quoted(column.name)
    kind = _stored_type(column)
    if isinstance(kind, LargeBinary):
        return f"CASE WHEN {name} IS NULL THEN 'NULL' ELSE '''\\x' || hex({name}) || '''' END"
    if isinstance(kind, _AS_TEXT):
        return f"quote({name})"
    return None


COPY_OPTIONS = "FORMAT csv, QUOTE '''', NULL 'NULL'"
"""How the server reads the lines `_csv_field` makes: CSV quoted by ' with quotes inside doubled
(as SQLite's `quote()` writes them), NULL unquoted."""


def can_copy(src: Connection, dst: Connection, table: Table) -> bool:
    """Whether `table` can go by the bulk path: SQLite to PostgreSQL, every column of a type it
    carries."""
    return (
        src.dialect.name == "sqlite"
        and dst.dialect.name == "postgresql"
        and all(_csv_field(c) is not None for c in table.columns)
    )


def prepare(dst: Connection) -> None:
    """Read the stored times as UTC for the rest of the copy's transaction."""
    dst.exec_driver_sql("SET LOCAL TIME ZONE 'UTC'")


def copy_table(
    src: Connection,
    dst: Connection,
    table: Table,
    progress: Callable[[str, int], None] | None = None,
) -> int:
    """Copy every row of `table` from SQLite `src` into PostgreSQL `dst` (in `dst`'s
    transaction; `prepare` first); returns the number of rows. `progress(table, rows so far)`
    after each block; an exception from it ends the copy (the transaction rolls back)."""
    from psycopg.copy import QueuedLibpqWriter

    columns = list(table.columns)
    line = " || ',' || ".join(str(_csv_field(c)) for c in columns)
    names = ", ".join(_quoted(c.name) for c in columns)
    reader = src.connection.driver_connection
    writer = dst.connection.driver_connection
    assert reader is not None and writer is not None
    # Lines arrive as the file's own UTF-8 bytes: nothing decoded here and encoded again.
    text_factory = reader.text_factory
    reader.text_factory = bytes
    rows = reader.cursor()
    copied = 0
    try:
        rows.execute(f"SELECT {line} FROM {_quoted(table.name)}")
        with writer.cursor() as cursor:
            statement = f"COPY {_quoted(table.name)} ({names}) FROM STDIN ({COPY_OPTIONS})"
            with cursor.copy(statement, writer=QueuedLibpqWriter(cursor)) as copy:
                while block := rows.fetchmany(BLOCK):
                    copy.write(b"\n".join([row[0] for row in block]) + b"\n")
                    copied += len(block)
                    if progress:
                        progress(table.name, copied)
    finally:
        rows.close()
        reader.text_factory = text_factory
    return copied
