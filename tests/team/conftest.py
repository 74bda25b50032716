"""Team-mode fixtures: a fresh case database on the test server and throwaway login roles."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db.case import Case, open_case

pytestmark = pytest.mark.postgres


@pytest.fixture
def team_case(pg_url: str) -> Iterator[Case]:
    case = open_case(pg_url, reviewer="Lead Reviewer", create=True)
    yield case
    case.close()


@pytest.fixture
def make_login(pg_url: str) -> Iterator[Callable[[], tuple[str, str]]]:
    """Create login roles (name, URL with its password) that are dropped after the test."""
    admin = create_engine(make_url(pg_url), isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def make() -> tuple[str, str]:
        name = f"pd_user_{uuid.uuid4().hex[:8]}"
        with admin.connect() as conn:
            conn.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD 'pw-{name}'"))
        made.append(name)
        url = make_url(pg_url).set(username=name, password=f"pw-{name}")
        return name, url.render_as_string(hide_password=False)

    yield make
    with admin.connect() as conn:
        for name in made:
            conn.execute(text(f"REASSIGN OWNED BY {name} TO CURRENT_USER"))
            conn.execute(text(f"DROP OWNED BY {name}"))
            conn.execute(text(f"DROP ROLE IF EXISTS {name}"))
    admin.dispose()
