"""Alembic environment: runs on the engine handed over in `config.attributes`."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from db.models import Base

config = context.config
target_metadata = Base.metadata

SEARCH_OBJECTS = {"claim_fts", "quote_fts", "source_fts", "search_vector"}


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Full-text search tables, columns and indexes are made by the migrations per database."""
    if name is None:
        return True
    return not any(name.startswith(prefix) for prefix in SEARCH_OBJECTS) and not name.startswith(
        "ix_search_"
    )


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=include_object,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
