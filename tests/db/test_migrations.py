"""The models and the Alembic migrations agree; older cases are backed up and upgraded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from db import migrations
from db.case import Case, open_case
from db.demo import create_demo
from db.errors import NewerSchema
from db.migrations import include_object
from db.models import Base
from db.queries import list_claims
from db.search import search, search_claims


def _differences(case: Case) -> list[object]:
    with case.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        return list(compare_metadata(context, Base.metadata))


def test_models_match_migrations(any_case: Case) -> None:
    assert _differences(any_case) == []


def test_every_revision_upgrades_and_downgrades(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'walk.provdesk'}")
    migrations.upgrade(engine)
    migrations.downgrade(engine, "base")
    with engine.connect() as conn:
        left = (
            conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars().all()
        )
    # sqlite_sequence is SQLite's own (AUTOINCREMENT's high-water marks); it cannot be dropped.
    assert set(left) <= {"alembic_version", "sqlite_sequence"}
    migrations.upgrade(engine)
    engine.dispose()


def test_case_of_a_newer_schema_is_refused(case_path: Path) -> None:
    open_case(case_path, reviewer="r", create=True).close()
    engine = create_engine(f"sqlite:///{case_path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    engine.dispose()
    with pytest.raises(NewerSchema, match="newer Provenance Desk"):
        open_case(case_path, reviewer="r")


def test_older_case_is_backed_up_then_upgraded(case_path: Path) -> None:
    case = open_case(case_path, reviewer="r", create=True)
    create_demo(case)
    migrations.downgrade(case.engine, "0001")
    case.close()

    case = open_case(case_path, reviewer="r")
    with case.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrations.head_revision()
    with case.read() as session:
        assert len(list_claims(session).rows) == 3
        assert search_claims(session, "red lines")
    case.close()
    backups = list((case_path.parent / "backups").glob("*.provdesk"))
    assert len(backups) == 1 and "0001" in backups[0].name
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT count(*) FROM claims").fetchone() == (3,)


def test_head_revision_constant_is_the_real_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations.alembic_config())
    assert migrations.head_revision() == script.get_current_head()


def test_language_and_date_filters_read_hops_by_index(case_path: Path) -> None:
    """A case from before revision 0003 gets the hop indexes, and the claim list's language and
    date filters use them (not a scan of every hop)."""
    import datetime as dt

    from db.queries import ClaimFilter, count_claims

    case = open_case(case_path, reviewer="r", create=True)
    create_demo(case)
    migrations.downgrade(case.engine, "0002")
    case.close()
    case = open_case(case_path, reviewer="r")
    with case.read() as session:
        assert count_claims(session, ClaimFilter(language="ar")) > 0
        for where, index in (
            (ClaimFilter(language="ar"), "ix_hops_language"),
            (ClaimFilter(since=dt.date(2023, 1, 19)), "ix_hops_relayed_on"),
        ):
            from sqlalchemy import func, select

            from db.models import Claim

            query = where.apply(select(func.count()).select_from(Claim))
            compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
            plan = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
            assert any(index in str(row) for row in plan), plan
    case.close()


def test_revision_0006_refolds_search_and_locates_old_quotes(case_path: Path) -> None:
    """A case from before the one folding: its search keys and quotes were folded the old way
    (a soft hyphen and tatweel stood between search and the words, vocalised quotes had no
    span). After the upgrade, search and quote location see through them, and each quote has
    the language of its words."""
    from db import operations as ops
    from db.queries import claim_detail

    case = open_case(case_path, reviewer="r", create=True)
    text_ = "المفاوضـــات مستمرة. Начались перего\u00adворы."
    with case.change() as uow:
        source = ops.add_source(uow, title="digest", text=text_, language="ar")
        claim = ops.add_claim(uow, "Talks go on")
        actor = ops.add_actor(uow, "Minister")
        hop = ops.add_hop(uow, claim, actor_id=actor, relation="said", source_id=source)
    migrations.downgrade(case.engine, "0003")
    with case.engine.begin() as conn:  # as revision 0003's app stored them
        conn.execute(text("UPDATE sources SET text_key = 'المفاوضـــات مستمرة перего\u00adворы'"))
        conn.execute(text("UPDATE hops SET quote = 'المفاوضات مستمرة', quote_key = 'x'"))
        conn.execute(text("DELETE FROM quote_spans"))
    case.close()
    case = open_case(case_path, reviewer="r")
    try:
        with case.read() as session:
            assert {h.kind for h in search(session, "переговоры")} == {"source"}
            assert search_claims(session, "المفاوضات") != []
            view = claim_detail(session, claim).hop(hop)
        assert [(s.start, s.end) for s in view.spans] == [(0, 19)]
        assert view.quote_language == "ar" and not view.quote_not_located
    finally:
        case.close()
