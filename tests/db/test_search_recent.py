"""A common word's claims page newest first, each page ranked within itself, on SQLite and
PostgreSQL: every matching claim once, the Trash left out, the name matches after them."""

from __future__ import annotations

import pytest

from db import operations as ops
from db import search_recent
from db.case import Case
from db.search import SearchHit, next_cursor, search_claims


def _pages(case: Case, words: str, limit: int) -> list[list[SearchHit]]:
    pages: list[list[SearchHit]] = []
    after = None
    with case.read() as session:
        while True:
            page = search_claims(session, words, limit=limit, after=after)
            if page:
                pages.append(page)
            if len(page) < limit:
                return pages
            after = next_cursor(page)


def test_a_common_word_pages_newest_first(any_case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_recent, "COMMON_MATCHES", 5)  # "meeting" is common here
    with any_case.change() as uow:
        by_text = [
            ops.add_claim(uow, f"meeting number {n} " + "meeting " * (n % 4)) for n in range(20)
        ]
        by_quote = ops.add_claim(uow, "Talks in Ankara")
        office = ops.add_actor(uow, "Meeting Office")
        ops.add_hop(uow, by_quote, actor_id=office, relation="said", quote="the meeting went ahead")
        by_name = ops.add_claim(uow, "Statement on the border")
        ops.add_hop(uow, by_name, actor_id=office, relation="said", quote="the border is open")
        trashed = ops.add_claim(uow, "meeting in the Trash")
        ops.delete_claim(uow, trashed)
        by_text += [ops.add_claim(uow, f"later meeting {n}") for n in range(5)]
    text_matches = sorted([*by_text, by_quote], reverse=True)

    pages = _pages(any_case, "meeting", limit=7)
    hits = [h for page in pages for h in page]
    ids = [h.id for h in hits]
    assert len(ids) == len(set(ids))  # never a claim twice
    assert set(ids) == {*text_matches, by_name}  # every one, none from the Trash
    recent = [h for h in hits if h.order == "recent"]
    assert [h.id for h in recent] and len(recent) == len(text_matches)
    for page in pages:  # newest first page by page, each page best first
        newest = sorted((h.id for h in page if h.order == "recent"), reverse=True)
        assert newest == text_matches[: len(newest)]
        text_matches = text_matches[len(newest) :]
        ranks = [h.rank for h in page if h.order == "recent"]
        assert ranks == sorted(ranks)
    assert hits[-1].id == by_name and hits[-1].order == "rank"  # a name alone comes last
    # the same word when it is not common: every match ranked, as before
    monkeypatch.setattr(search_recent, "COMMON_MATCHES", 10_000)
    ranked = [h for page in _pages(any_case, "meeting", limit=7) for h in page]
    assert {h.order for h in ranked} == {"rank"} and {h.id for h in ranked} == set(ids)
