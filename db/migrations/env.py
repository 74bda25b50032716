"""Alembic environment: runs on the engine handed over in `config.attributes`.

Every upgrade or downgrade runs in ONE transaction, on SQLite as on PostgreSQL: a failure, or a
process killed half-way, leaves the case exactly at the revision it had. (The SQLite engine of
`db.migrations` begins its transactions itself, so that DDL is transactional there too.)
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from db.migrations import check_references, include_object
from db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as connection, connection.begin():
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=include_object,
            compare_type=True,
            transactional_ddl=True,
        )
        context.run_migrations()
        check_references(connection)


run_migrations_online()
