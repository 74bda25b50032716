"""Ranked search with Unicode folding, and keyset paging, on SQLite and PostgreSQL."""

from __future__ import annotations

from db import operations as ops
from db.case import Case
from db.queries import ClaimCursor, ClaimFilter, claim_rows, count_claims, list_claims
from db.search import SearchCursor, search, search_claims


def _claims(case: Case, texts: list[str]) -> list[int]:
    with case.change() as uow:
        return [ops.add_claim(uow, t) for t in texts]


def _found(case: Case, words: str, *, exact: bool = False) -> set[int]:
    with case.read() as session:
        return {h.id for h in search_claims(session, words, exact=exact)}


def test_arabic_with_lam_alef_ligature_and_diacritics(any_case: Case) -> None:
    # "لا خطوط حمراء" written with the presentation-form ligature U+FEFB and with a fatha.
    ligature, plain = _claims(any_case, ["\ufefb خطوط حمراء", "قال الوزير إنَّ المحادثات مستمرة"])
    assert _found(any_case, "لا خطوط") == {ligature}
    assert _found(any_case, "ان المحادثات") == {plain}


def test_turkish_dotted_and_dotless_i(any_case: Case) -> None:
    istanbul, isik = _claims(any_case, ["İSTANBUL'da toplantı", "Işık yanıyor"])
    assert _found(any_case, "istanbul") == {istanbul}
    assert _found(any_case, "ışık") == {isik}
    assert _found(any_case, "ISIK") == {isik}


def test_russian_case_and_yo(any_case: Case) -> None:
    (lavrov,) = _claims(any_case, ["Лавров: ЕЩЁ нет красных линий"])
    assert _found(any_case, "еще") == {lavrov}
    assert _found(any_case, "красных ЛИНИЙ") == {lavrov}


def test_quotes_find_their_claim_and_words_must_all_match(any_case: Case) -> None:
    (claim,) = _claims(any_case, ["Talks are planned"])
    with any_case.change() as uow:
        actor = ops.add_actor(uow, "Lavrov")
        ops.add_hop(uow, claim, actor_id=actor, relation="said", quote="preparations are underway")
    assert _found(any_case, "preparations") == {claim}
    assert _found(any_case, "preparations elephant") == set()
    with any_case.read() as session:
        kinds = {h.kind for h in search(session, "prepar")}
    assert kinds == {"quote"}


def test_hostile_query_text_is_just_words(any_case: Case) -> None:
    (claim,) = _claims(any_case, ['He said "NEAR" and OR AND'])
    for query in ['"', "NEAR(", "* OR", "'; DROP TABLE claims; --", ")", "^"]:
        _found(any_case, query)
    assert _found(any_case, 'near"') == {claim}


def test_search_pages_by_keyset(any_case: Case) -> None:
    ids = _claims(any_case, [f"meeting number {n} " + "meeting " * (n % 5) for n in range(30)])
    seen: list[int] = []
    after = None
    with any_case.read() as session:
        while True:
            page = search_claims(session, "meeting", limit=7, after=after)
            if not page:
                break
            seen.extend(h.id for h in page)
            after = SearchCursor(page[-1].rank, page[-1].id)
    assert sorted(seen) == sorted(ids)
    assert len(seen) == len(set(seen))


def test_claim_list_pages_by_keyset_in_both_orders(any_case: Case) -> None:
    ids = _claims(any_case, [f"claim {n}" for n in range(40)])
    with any_case.change() as uow:
        ops.set_verdict(uow, ids[3], "false", "no")
    with any_case.read() as session:
        assert count_claims(session) == 40
        for order in ("id", "updated"):
            seen: list[int] = []
            cursor: ClaimCursor | None = None
            while True:
                page = list_claims(session, after=cursor, limit=15, order=order)
                seen.extend(r.id for r in page.rows)
                if page.next is None:
                    break
                cursor = page.next
            assert sorted(seen) == sorted(ids) and len(seen) == 40
            if order == "updated":
                assert seen[0] == ids[3]
        falsehoods = list_claims(session, where=ClaimFilter(verdicts=("false",)))
        assert [r.id for r in falsehoods.rows] == [ids[3]]
        assert [r.text for r in claim_rows(session, [ids[2], ids[1]])] == ["claim 2", "claim 1"]


def test_first_page_is_the_exact_top_of_all_matches(any_case: Case) -> None:
    ids = _claims(any_case, [f"talks {'talks ' * (n % 7)}round {n}" for n in range(60)])
    with any_case.change() as uow:
        actor = ops.add_actor(uow, "Lavrov")
        for claim in ids[::3]:
            ops.add_hop(uow, claim, actor_id=actor, relation="said", quote="talks talks talks")
    with any_case.read() as session:
        first = [h.id for h in search_claims(session, "talks", limit=10)]
        everything = search_claims(
            session, "talks", limit=1000, after=SearchCursor(float("-inf"), 0)
        )
    assert first == [h.id for h in everything[:10]]


def _named_case(case: Case) -> tuple[int, int, int, int]:
    """A claim that says "Lavrov", a claim relayed by Sergey Lavrov (alias Сергей Лавров) in an
    Anadolu Ajansı source, and one relayed by nobody named."""
    said, relayed = _claims(case, ["Lavrov denies the meeting", "Talks are planned"])
    (other,) = _claims(case, ["Nothing to do with him"])
    with case.change() as uow:
        lavrov = ops.add_actor(uow, "Sergey Lavrov", aliases=["Сергей Лавров"])
        agency = ops.add_actor(uow, "A correspondent")
        source = ops.add_source(uow, title="Dispatch", outlet="Anadolu Ajansı")
        ops.add_hop(uow, relayed, actor_id=lavrov, relation="said", quote="soon")
        ops.add_hop(uow, other, actor_id=agency, relation="reported", source_id=source)
    return said, relayed, other, lavrov


def test_actor_names_aliases_and_outlets_find_their_claims(any_case: Case) -> None:
    said, relayed, other, _lavrov = _named_case(any_case)
    with any_case.read() as session:
        ranked = [h.id for h in search_claims(session, "Lavrov")]
    assert ranked == [said, relayed]  # the claim whose words match first, then by the actor
    assert _found(any_case, "лавров", exact=True) == {relayed}  # an alias, folded (ё/case)
    # and, through the actor's name keys, the claim that spells him in Latin script
    assert _found(any_case, "лавров") == {relayed, said}
    assert _found(any_case, "sergey lavr") == {relayed}  # the last word as a prefix
    assert _found(any_case, "anadolu ajansi") == {other}  # an outlet, Turkish ı folded
    assert _found(any_case, "Lavrov elephant") == set()  # every word must be in one name
    assert _found(any_case, "correspondent") == {other}
    with any_case.read() as session:
        kinds = {(h.kind, h.id) for h in search(session, "Lavrov")}
        first = search_claims(session, "Lavrov", limit=1)
        rest = search_claims(
            session, "Lavrov", limit=5, after=SearchCursor(first[-1].rank, first[-1].id)
        )
    assert ("claim", relayed) in kinds and ("claim", said) in kinds
    assert [h.id for h in first + rest] == [said, relayed]  # paging never skips a name match


def test_a_name_matching_many_actors_pages_each_claim_once(any_case: Case) -> None:
    claims = _claims(any_case, ["A claim", "Another claim", "A third claim"])
    with any_case.change() as uow:
        for number in range(300):
            actor = ops.add_actor(uow, f"Spokesman {number}")
            if number % 50 == 0:  # six hops: two on each claim
                ops.add_hop(uow, claims[number // 100], actor_id=actor, relation="said")
    assert _found(any_case, "spokesman") == set(claims)
    with any_case.read() as session:
        first = search_claims(session, "spokesm", limit=2)
        rest = search_claims(
            session, "spokesm", limit=2, after=SearchCursor(first[-1].rank, first[-1].id)
        )
        hits = search(session, "spokesman", kinds=("claim",), limit=2)
    assert [h.id for h in first] == claims[:2]  # each claim once, though two hops match
    assert [h.id for h in rest] == claims[2:]
    assert [h.id for h in hits] == claims[:2]


def test_names_are_read_again_once_an_actor_changes(any_case: Case) -> None:
    (claim,) = _claims(any_case, ["Something was said"])
    with any_case.change() as uow:
        actor = ops.add_actor(uow, "Maria Zakharova")
        ops.add_hop(uow, claim, actor_id=actor, relation="said")
    assert _found(any_case, "zakharova") == {claim}
    with any_case.change() as uow:
        ops.edit_actor(uow, actor, name="M. Zakharova", aliases=["Мария Захарова"])
    assert _found(any_case, "maria") == set()
    assert _found(any_case, "захарова") == {claim}
