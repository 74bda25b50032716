"""A search's first page without scoring every match: the last word spelled out from the
index's own words finds exactly what the prefix finds; a common word's page per kind is its
newest matches, none from the Trash, ranked within the page as bm25 weighs the texts; a rare
word's page is what ranking every match gives, as before."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from db import operations as ops
from db import search_recent, search_terms
from db.case import Case
from db.search import kind_statement, search, search_claims
from db.search_kinds import newest_statement
from db.search_terms import page_ranks, spelled_expression, spelled_query
from db.text.number_forms import fts5_terms

WORDS = ["min", "mini", "minister", "ministers", "ministerial", "ministry", "moscow", "mint"]


@pytest.fixture
def worded_case(sqlite_case: Case) -> Case:
    """Claims and quotes made of words that share their beginnings."""
    with sqlite_case.change() as uow:
        actor = ops.add_actor(uow, "Office")
        for n in range(16):
            words = [WORDS[(n * 3 + k) % len(WORDS)] for k in range(1 + n % 4)]
            claim = ops.add_claim(uow, " ".join(words) + f" number{n}")
            if n % 3 == 0:
                quote = " ".join(reversed(words))
                ops.add_hop(uow, claim, actor_id=actor, relation="said", quote=quote)
    return sqlite_case


def _rows(case: Case, table: str, expression: str) -> set[int]:
    with case.read() as session:
        sql = f"SELECT rowid FROM {table} WHERE {table} MATCH :q"
        return {int(r) for (r,) in session.execute(text(sql), {"q": expression})}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from([*WORDS, "m", "mi", "minis", "number1", "x"]), min_size=1, max_size=3)
)
def test_the_spelled_out_prefix_finds_what_the_prefix_finds(
    worded_case: Case, words: list[str]
) -> None:
    query = " ".join(words)
    with worded_case.read() as session:
        spelled = spelled_expression(session, query)
    prefix = fts5_terms(query)
    assert spelled is not None and prefix is not None
    for table in ("claim_fts", "quote_fts"):
        assert _rows(worded_case, table, spelled) == _rows(worded_case, table, prefix)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from([*WORDS, "m", "mi", "minis", "number1", "x"]), min_size=1, max_size=3)
)
def test_the_look_up_bounds_every_indexs_matches(worded_case: Case, words: list[str]) -> None:
    """What the look-up of the last word learns of each index holds: at least the rows with the
    words as typed match, and at most its bound (when it has one)."""
    query = " ".join(words)
    with worded_case.read() as session:
        spelled = spelled_query(session, query)
    prefix = fts5_terms(query)
    assert spelled is not None and prefix is not None
    for table in ("claim_fts", "quote_fts", "source_fts"):
        matches = len(_rows(worded_case, table, prefix))
        at_most = spelled.at_most(table)
        assert spelled.at_least(table) <= matches
        assert at_most is None or matches <= at_most


def test_a_rare_words_page_needs_no_count_of_its_matches(
    worded_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The look-up of the last word bounds the matches of a rare word that begins no longer word
    below a common word's: its pages are ranked without counting them first; beyond SURELY_FEW
    they are counted. A word that begins longer ones ("number1": number10 … number15) is counted
    where an index holds those (the vocabulary lists them lazily, uncounted), and only there."""
    queries = ["number15", "moscow", "minister number15", "number1"]
    with worded_case.read() as session:
        found = {q: (search(session, q), search_claims(session, q)) for q in queries}
        ranked = [
            (int(i), float(r))
            for i, _c, r in session.execute(
                text(kind_statement("sqlite", "claim")), {"q": '"number1"*', "n": 50}
            )
        ]
    assert [(h.id, h.rank) for h in found["number1"][0]] == ranked and len(ranked) == 7
    counted: list[str] = []
    real = search_recent.count_matches

    def count(*args: Any) -> int:
        counted.append(args[2])
        return real(*args)

    with monkeypatch.context() as patch:
        patch.setattr(search_recent, "count_matches", count)
        with worded_case.read() as session:
            assert {q: (search(session, q), search_claims(session, q)) for q in queries} == found
    assert counted == ["claim_fts"] * 2  # "number1", by search and by search_claims
    counted.clear()
    monkeypatch.setattr(search_terms, "SURELY_FEW", 0)
    monkeypatch.setattr(search_recent, "count_matches", count)
    with worded_case.read() as session:
        assert search(session, "number15") == found["number15"][0]
    assert counted == ["claim_fts", "quote_fts", "source_fts"]


def test_a_prefix_of_many_words_stays_a_prefix(
    worded_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    with worded_case.read() as session:
        assert spelled_expression(session, "minister") == (
            '("minister" OR "ministerial" OR "ministers")'
        )
        assert spelled_expression(session, "moscow") == '"moscow"'
        monkeypatch.setattr(search_terms, "MAX_SPELLED", 1)
        assert spelled_expression(session, "minister") == '"minister"*'


def test_a_pages_ranks_order_as_bm25_does(worded_case: Case) -> None:
    """One word: bm25's score is the word's rarity times `text_rank`'s weighting, so both
    order the texts alike and their ratio is the same for every text."""
    texts = ["talks", "talks talks in Ankara", "the talks went on and on for hours", "TALKS " * 5]
    with worded_case.change() as uow:
        for wording in texts:
            ops.add_claim(uow, wording)
    with worded_case.read() as session:
        rows = session.execute(
            text(
                "SELECT claims.id, claims.text_key, bm25(claim_fts) FROM claim_fts "
                "JOIN claims ON claims.id = claim_fts.rowid WHERE claim_fts MATCH :q"
            ),
            {"q": '"talks"*'},
        ).all()
        average = search_terms.average_length(session, "claim_fts")
    ours = page_ranks("talks", [(i, k) for i, k, _ in rows], average)
    assert len(ours) == len(rows) == len(texts)
    assert sorted(ours, key=lambda i: (ours[i], i)) == [
        i for i, _, _ in sorted(rows, key=lambda r: (r[2], r[0]))
    ]
    ratios = {round(bm25 / ours[i], 9) for i, _, bm25 in rows}
    assert len(ratios) == 1 and next(iter(ratios)) > 0


def _fill(case: Case) -> Case:
    """Claims, quotes and sources with a common word, some in the Trash."""
    with case.change() as uow:
        actor = ops.add_actor(uow, "Office")
        for n in range(15):
            claim = ops.add_claim(uow, f"meeting number {n} " + "meeting " * (n % 3))
            ops.add_hop(uow, claim, actor_id=actor, relation="said", quote=f"the meeting {n}")
            if n in (12, 13):
                ops.delete_claim(uow, claim)
        for n in range(12):
            source = ops.add_source(uow, title=f"Notes {n}", text="the meeting " * (1 + n % 3))
            if n == 10:
                ops.delete_source(uow, source)
    return case


def test_a_common_words_page_is_its_newest_matches(
    any_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(any_case)
    with any_case.read() as session:
        dialect = session.get_bind().dialect.name
        for kind in ("claim", "quote", "source"):
            everything = search(session, "meeting", kinds=(kind,), limit=1000)
            # few matches: every match ranked, as before
            assert {h.order for h in everything} == {"rank"}
            expression = "'meeting':*" if dialect == "postgresql" else '"meeting"*'
            ranked = session.execute(
                text(kind_statement(dialect, kind)), {"q": expression, "n": 1000}
            ).all()
            assert [(h.id, h.rank) for h in everything] == [
                (int(i), float(r)) for i, _c, r in ranked
            ]
            with monkeypatch.context() as patch:
                patch.setattr(search_recent, "COMMON_MATCHES", 1)
                page = search(session, "meeting", kinds=(kind,), limit=7)
            newest = sorted((h.id for h in everything), reverse=True)[:7]
            assert sorted((h.id for h in page), reverse=True) == newest  # none from the Trash
            assert {h.order for h in page} == {"recent"}
            assert [h.rank for h in page] == sorted(h.rank for h in page)
            assert all(h.rank < 0 for h in page)


@pytest.mark.parametrize(
    ("kind", "fts"), [("claim", "claim_fts"), ("quote", "quote_fts"), ("source", "source_fts")]
)
def test_the_newest_matches_come_from_the_index_in_order(
    sqlite_case: Case, kind: str, fts: str
) -> None:
    with _fill(sqlite_case).read() as session:
        session.execute(text("ANALYZE"))
        plan = [
            str(row[-1])
            for row in session.execute(
                text("EXPLAIN QUERY PLAN " + newest_statement("sqlite", kind)),
                {"q": '"meeting"', "t": 5},
            )
        ]
    assert sum(fts in step for step in plan) == 1, plan
    assert not any("TEMP B-TREE" in step for step in plan), plan  # no sort of every match
    assert all("PRIMARY KEY" in s for s in plan if s.startswith("SEARCH")), plan
