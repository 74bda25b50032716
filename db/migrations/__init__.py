"""Alembic migrations of the case schema, run programmatically (no alembic.ini needed)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from ..schema_revision import HEAD_REVISION
from ..sqlite_access import BUSY_SECONDS

if TYPE_CHECKING:
    from alembic.config import Config

HERE = Path(__file__).resolve().parent


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _migration_engine(engine: Engine) -> Engine:
    """SQLite migrations run with foreign keys off: batch mode re-makes tables, and dropping a
    parent table with foreign keys on would first delete every row that refers to it.

    The driver is left in autocommit mode and the engine emits `BEGIN IMMEDIATE` itself
    (SQLAlchemy's recipe for pysqlite): pysqlite would otherwise run DDL outside any
    transaction, and a failed upgrade would stop half-way (a column added, the revision not)."""
    if engine.dialect.name != "sqlite":
        return engine
    plain = create_engine(
        engine.url,
        poolclass=NullPool,
        connect_args={"timeout": BUSY_SECONDS, "isolation_level": None},
    )

    @event.listens_for(plain, "connect")
    def _foreign_keys_off(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(plain, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return plain


def check_references(connection: Any) -> None:
    """Inside the migration's transaction: refuse (and so roll back) an SQLite migration that
    left a row pointing at nothing (foreign keys are off while it runs)."""
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
    if broken is not None:
        raise RuntimeError(f"migration left a dangling reference in table {broken[0]}")


def _run(engine: Engine, action: Any, revision: str) -> None:
    migrating = _migration_engine(engine)
    try:
        action(alembic_config(migrating), revision)
    finally:
        if migrating is not engine:
            migrating.dispose()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    _run(engine, command.downgrade, revision)


SEARCH_OBJECTS = ("claim_fts", "quote_fts", "source_fts", "search_vector", "ix_search_")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Full-text search tables, columns and indexes are made by the migrations per database,
    so autogenerate and the model comparison leave them out."""
    return name is None or not name.startswith(SEARCH_OBJECTS)
