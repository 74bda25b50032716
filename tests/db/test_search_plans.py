"""The searches of claims, quotes and sources start from the full-text index and look each match
up by primary key, with the Trash non-empty: never the plan that walks every live claim and
probes the index once per claim (16 s for a rare word on a million claims)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from db import operations as ops
from db.case import Case
from db.search import claims_statement, kind_statement, search, search_claims
from db.search_kinds import ranked_statement
from db.search_named import named_matches, named_statement
from db.text.number_forms import fts5_terms


@pytest.fixture
def case_with_trash(sqlite_case: Case) -> Case:
    with sqlite_case.change() as uow:
        actor = ops.add_actor(uow, "Sergey Lavrov")
        ids = [ops.add_claim(uow, f"Lavrov spoke about the talks, number {n}") for n in range(30)]
        for claim_id in ids:
            ops.add_hop(uow, claim_id, actor_id=actor, relation="said", quote="the talks went on")
    with sqlite_case.change() as uow:
        ops.delete_claim(uow, ids[0])
        ops.delete_claim(uow, ids[1])
    with sqlite_case.read() as session:
        session.execute(text("ANALYZE"))
    return sqlite_case


def _plan(case: Case, sql: str, params: dict[str, object]) -> list[str]:
    with case.read() as session:
        rows = session.execute(text("EXPLAIN QUERY PLAN " + sql), params).all()
    return [str(row[-1]) for row in rows]


def _check(plan: list[str], fts: str) -> None:
    scans = [step for step in plan if step.startswith("SCAN")]
    assert scans and all(fts in step for step in scans), plan
    assert sum(fts in step for step in plan) == 1, plan
    # Every other table is reached through its primary key, one look-up per match.
    for step in plan:
        if step.startswith("SEARCH"):
            assert "PRIMARY KEY" in step, plan
    assert not any("LIST SUBQUERY" in step for step in plan), plan


@pytest.mark.parametrize(
    ("kind", "fts"), [("claim", "claim_fts"), ("quote", "quote_fts"), ("source", "source_fts")]
)
def test_each_kind_uses_its_index_once(case_with_trash: Case, kind: str, fts: str) -> None:
    params = {"q": fts5_terms("talks"), "n": 50}
    _check(_plan(case_with_trash, kind_statement("sqlite", kind), params), fts)


def test_the_kinds_ranked_in_one_statement_use_each_index_once(case_with_trash: Case) -> None:
    """`search` ranks the kinds with few matches in one statement: each index read once, every
    other table reached by primary key (the pages are co-routines of the statement)."""
    params = {"q": fts5_terms("talks"), "n": 50}
    sql = ranked_statement("sqlite", ("claim", "quote", "source"))
    plan = _plan(case_with_trash, sql, params)
    for fts in ("claim_fts", "quote_fts", "source_fts"):
        assert sum(fts in step for step in plan) == 1, plan
    tables = [s for s in plan if s.startswith("SCAN") and s != "SCAN page"]
    assert len(tables) == 3 and all("_fts VIRTUAL TABLE" in s for s in tables), plan
    assert all("PRIMARY KEY" in s for s in plan if s.startswith("SEARCH")), plan
    assert not any("LIST SUBQUERY" in step for step in plan), plan


def test_claim_search_reads_each_index_once(case_with_trash: Case) -> None:
    found = claims_statement("sqlite", "talks red", limit=50)
    assert found is not None
    sql, params = found
    plan = _plan(case_with_trash, sql, params)
    assert sum("claim_fts" in step for step in plan) == 1, plan
    assert sum("quote_fts" in step for step in plan) == 1, plan
    assert not any(step.startswith("SCAN claims") for step in plan), plan


def test_results_leave_the_trash_out(case_with_trash: Case, tmp_path: Path) -> None:
    with case_with_trash.read() as session:
        claims = {h.id for h in search(session, "talks", kinds=("claim",), limit=100)}
        quotes = {h.claim_id for h in search(session, "talks", kinds=("quote",), limit=100)}
        listed = {h.id for h in search_claims(session, "talks", limit=100)}
    assert len(claims) == len(quotes) == len(listed) == 28
    assert claims == quotes == listed


@pytest.mark.postgres
def test_the_hops_of_a_window_of_claims_come_through_the_claim_index(pg_url: str) -> None:
    """PostgreSQL's MIN/MAX of the window's hop ids reads the hops' claim index, never walks
    the primary key from its ends: the newest claims' hops sit at its end, so the walk from the
    start read every other hop first (3 s on a million claims)."""
    from db.case import open_case
    from db.search_recent import _sql

    case = open_case(pg_url, reviewer="Me", create=True)
    with case.change() as uow:
        actor = ops.add_actor(uow, "Sergey Lavrov")
        for n in range(40):
            claim_id = ops.add_claim(uow, f"The talks, round {n}")
            ops.add_hop(uow, claim_id, actor_id=actor, relation="said", quote="the talks")
    with case.read() as session:
        session.execute(text("ANALYZE hops"))
        session.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            str(row[0])
            for row in session.execute(
                text("EXPLAIN " + _sql("postgresql")["window"]), {"low": 30, "c": 2**62}
            )
        )
    case.close()
    assert "ix_hops_claim_id" in plan and "pk_hops" not in plan, plan


def test_claims_found_by_a_name_come_from_the_hops_index_alone(case_with_trash: Case) -> None:
    """The first page of claims an actor's name finds is read from the index of hops by actor
    and claim, in claim order, without a hop's or a claim's row for each of the actor's hops
    (a number naming an actor of 2,000 hops on a million claims: 130–180 ms before)."""
    with case_with_trash.read() as session:
        named = named_matches(session, "lavrov")
        hits = search_claims(session, "lavrov")
    sql, params = named_statement(named, "sqlite", first=50)
    plan = _plan(case_with_trash, sql, params)
    assert any("COVERING INDEX ix_hops_actor_claim" in step for step in plan), plan
    assert not any(step.startswith("SEARCH alive") for step in plan), plan
    assert not any("ORDER BY" in step for step in plan), plan
    assert len(hits) == 28  # the two claims in the Trash left out
