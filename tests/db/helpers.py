"""Helpers for case-database tests: a dump of everything a case holds."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, text

from db.case import Case


def dump(case: Case) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every ordinary table, to prove that a refused change left the case as it was."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with case.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            if table.endswith(("_fts", "_data", "_idx", "_docsize", "_config", "_content")):
                continue
            rows = conn.execute(text(f'SELECT * FROM "{table}"')).all()
            out[table] = sorted(tuple(r) for r in rows)
    return out


def recorded(case: Case, name: str) -> str:
    """The reviewer name the audit trail records for `name`: on a team server the database
    user stands beside it."""
    return f"{name} ({case.login})" if case.login else name
