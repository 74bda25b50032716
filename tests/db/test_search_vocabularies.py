"""The full-text indexes' vocabularies live in the case (revision 0016; read lazily since 0017):
a case created new and a case upgraded both have them, a search creates nothing, a kind whose
index lacks the words is not asked, and a word no index holds a longer form of is ranked as its
prefix would be."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from db import migrations
from db import operations as ops
from db.case import Case, open_case
from db.migrations.search_index import VOCABULARIES
from db.schema_revision import HEAD_REVISION
from db.search import claims_statement, kind_statement, search, search_claims
from db.sqlite_access import BUSY_SECONDS
from db.text.number_forms import fts5_terms


def _vocabularies(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE name LIKE '%_terms'")
        found = {name: sql for name, sql in rows}
    conn.close()
    return found


def _fill(case: Case) -> None:
    with case.change() as uow:
        actor = ops.add_actor(uow, "Hakan Fidan")
        for n in range(6):
            claim = ops.add_claim(uow, f"The ceasefire talks resumed in round{n} near the border")
            ops.add_hop(uow, claim, actor_id=actor, relation="said", quote=f"talks talks round{n}")
        ops.add_claim(uow, "Talkative envoys arrived")


def _statements(case: Case, action: Callable[[Session], object]) -> list[str]:
    """Every statement SQLite ran for `action(session)`."""
    seen: list[str] = []
    with case.read() as session:
        driver = session.connection().connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        driver.set_trace_callback(seen.append)
        try:
            action(session)
        finally:
            driver.set_trace_callback(None)
    return seen


def test_a_new_case_and_an_upgraded_one_have_the_vocabularies(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.provdesk"
    open_case(fresh, reviewer="Me", create=True).close()
    assert sorted(_vocabularies(fresh)) == sorted(VOCABULARIES)
    assert all("fts5vocab" in sql for sql in _vocabularies(fresh).values())

    older = tmp_path / "older.provdesk"
    case = open_case(older, reviewer="Me", create=True)
    _fill(case)
    migrations.downgrade(case.engine, "0010")
    case.close()
    assert _vocabularies(older) == {}
    case = open_case(older, reviewer="Me")  # upgraded on opening
    assert _vocabularies(older) == _vocabularies(fresh)
    with case.read() as session:
        assert len(search(session, "round3", kinds=("claim",))) == 1
    case.close()


def test_the_vocabularies_read_lazily_since_0017(tmp_path: Path) -> None:
    """0017 makes each vocabulary an 'instance' table (the next word without counting the rows
    that hold it); down to 0016 they are 'row' tables again, and a search finds the same
    through either."""
    path = tmp_path / "case.provdesk"
    case = open_case(path, reviewer="Me", create=True)
    _fill(case)
    queries = ["round", "talk", "ceasefire", "round3 tal"]

    def found() -> list[list[tuple[str, int, float]]]:
        with case.read() as session:
            return [[(h.kind, h.id, h.rank) for h in search(session, q)] for q in queries]

    lazy = found()
    assert all("fts5vocab" in sql and "instance" in sql for sql in _vocabularies(path).values())
    seen = _statements(case, lambda session: search(session, "roun"))
    assert any("claim_fts_terms WHERE term >=" in sql for sql in seen), seen
    migrations.downgrade(case.engine, "0016")
    assert all(sql.endswith("row)") for sql in _vocabularies(path).values())
    assert found() == lazy
    case.close()
    case = open_case(path, reviewer="Me")  # upgraded again on opening
    assert all(sql.endswith("instance)") for sql in _vocabularies(path).values())
    assert found() == lazy and all(lazy)
    case.close()


def test_a_search_creates_nothing_and_skips_an_index_without_the_words(
    sqlite_case: Case,
) -> None:
    _fill(sqlite_case)
    with sqlite_case.change() as uow:
        ops.add_source(uow, title="Wire copy", text="Nothing about it here")
    seen = _statements(sqlite_case, lambda session: search(session, "ceasefire"))
    assert not any("CREATE" in sql.upper() for sql in seen), seen
    # the look-up found "ceasefire" in no quote and no source: only the claims are ranked
    assert not any("bm25(quote_fts)" in sql or "bm25(source_fts)" in sql for sql in seen), seen
    with sqlite_case.read() as session:
        hits = search(session, "ceasefire")
    assert {h.kind for h in hits} == {"claim"} and len(hits) == 6


def test_a_word_without_longer_forms_ranks_as_its_prefix(sqlite_case: Case) -> None:
    _fill(sqlite_case)
    with sqlite_case.read() as session:
        hits = search(session, "round2 talks", kinds=("claim", "quote"))
        listed = search_claims(session, "ceasefire")
        prefix = fts5_terms("round2 talks")
        expected = {
            (kind, int(i), float(rank))
            for kind in ("claim", "quote")
            for i, _c, rank in session.execute(
                text(kind_statement("sqlite", kind)), {"q": prefix, "n": 50}
            )
        }
        found = claims_statement("sqlite", "ceasefire")
        assert found is not None
        ranked = [(int(i), float(r)) for i, r in session.execute(text(found[0]), found[1])]
        # "talks" has a longer word in the claims ("talkative"): that query keeps its prefix
        seen = _statements(sqlite_case, lambda s: search(s, "talk", kinds=("claim",)))
    assert {(h.kind, h.id, h.rank) for h in hits} == expected and len(expected) == 2
    assert [(h.id, h.rank) for h in listed] == ranked and len(ranked) == 6
    assert any('"talk"*' in sql and "bm25(claim_fts)" in sql for sql in seen), seen


def test_a_transaction_waits_as_asked_and_the_next_as_by_default(sqlite_case: Case) -> None:
    def timeout(session: Session) -> int:
        return int(session.execute(text("PRAGMA busy_timeout")).scalar_one())

    with sqlite_case.change(wait=0.25) as uow:
        assert timeout(uow.session) == 250
    with sqlite_case.read() as session:
        assert timeout(session) == int(BUSY_SECONDS * 1000)


@pytest.mark.postgres
def test_0017_leaves_a_postgresql_case_as_it_was(pg_url: str) -> None:
    """PostgreSQL keeps no vocabulary (its prefix search reads the GIN index): 0017 changes
    nothing there, up or down, and the search finds the same."""
    case = open_case(pg_url, reviewer="Me", create=True)
    _fill(case)

    def state() -> tuple[list[str], list[tuple[str, int]]]:
        with case.read() as session:
            tables = session.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
            )
            hits = [(h.kind, h.id) for h in search(session, "roun")]
        return [str(t) for (t,) in tables], hits

    before = state()
    migrations.downgrade(case.engine, "0016")
    assert state() == before and before[1]
    migrations.upgrade(case.engine)
    assert state() == before
    with case.read() as session:
        assert (
            session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == HEAD_REVISION
        )
    case.close()
