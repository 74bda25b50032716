"""Claims, hops and chains through the operations, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from db import operations as ops
from db.case import Case
from db.errors import InvalidInput, NotFound, VersionConflict
from db.queries import claim_detail

from .helpers import recorded


def _names(case: Case, claim_id: int) -> list[list[str]]:
    with case.read() as session:
        detail = claim_detail(session, claim_id)
    return [[detail.hop(h).actor_name for h in chain] for chain in detail.chains]


def _card_chain(case: Case) -> tuple[int, list[int]]:
    with case.change() as uow:
        claim = ops.add_claim(uow, "There are no red lines for talks with Damascus")
        hops = []
        for name, kind, relation in [
            ("BBC Türkçe", "outlet", "reported"),
            ("Turkish security official", "unnamed-official", "said"),
            ("al-Watan", "outlet", "reported"),
            ("The Syrian Observer", "outlet", "translated"),
        ]:
            actor = ops.add_actor(uow, name, kind)
            hops.append(ops.add_hop(uow, claim, actor_id=actor, relation=relation))
    return claim, hops


def test_hops_appended_form_the_chain_in_order(any_case: Case) -> None:
    claim, hops = _card_chain(any_case)
    assert _names(any_case, claim) == [
        ["BBC Türkçe", "Turkish security official", "al-Watan", "The Syrian Observer"]
    ]
    with any_case.read() as session:
        detail = claim_detail(session, claim)
    relays = [detail.hop(h).relays_hop_id for h in hops]
    assert relays == [None, hops[0], hops[1], hops[2]]


def test_insert_between_two_hops_and_second_route(any_case: Case) -> None:
    claim, hops = _card_chain(any_case)
    with any_case.change() as uow:
        rt = ops.add_actor(uow, "Russia Today", "outlet")
        ops.add_hop(uow, claim, actor_id=rt, relation="quoted", after_hop_id=hops[1])
        anadolu = ops.add_actor(uow, "Anadolu", "outlet")
        ops.add_hop(
            uow, claim, actor_id=anadolu, relation="reported", after_hop_id=hops[0], new_route=True
        )
    assert _names(any_case, claim) == [
        [
            "BBC Türkçe",
            "Turkish security official",
            "Russia Today",
            "al-Watan",
            "The Syrian Observer",
        ],
        ["BBC Türkçe", "Anadolu"],
    ]


def test_move_remove_and_restore_hop(any_case: Case) -> None:
    claim, hops = _card_chain(any_case)
    with any_case.change() as uow:
        ops.move_hop(uow, hops[2], -1)
    assert _names(any_case, claim)[0] == [
        "BBC Türkçe",
        "al-Watan",
        "Turkish security official",
        "The Syrian Observer",
    ]
    with any_case.change() as uow:
        ops.move_hop(uow, hops[2], 1)
        state = ops.remove_hop(uow, hops[1])
    assert _names(any_case, claim)[0] == ["BBC Türkçe", "al-Watan", "The Syrian Observer"]
    with any_case.change() as uow:
        ops.restore_hop(uow, state)
    assert _names(any_case, claim)[0] == [
        "BBC Türkçe",
        "Turkish security official",
        "al-Watan",
        "The Syrian Observer",
    ]
    with pytest.raises(InvalidInput, match="origin"), any_case.change() as uow:
        ops.move_hop(uow, hops[0], -1)


def test_new_origin_before_the_old_one(any_case: Case) -> None:
    claim, _hops = _card_chain(any_case)
    with any_case.change() as uow:
        agency = ops.add_actor(uow, "Turkish presidency", "organisation")
        ops.add_hop(uow, claim, actor_id=agency, relation="said", origin=True)
    assert _names(any_case, claim)[0][:2] == ["Turkish presidency", "BBC Türkçe"]


def test_verdict_and_hop_status_are_reviews(any_case: Case) -> None:
    claim, hops = _card_chain(any_case)
    with pytest.raises(InvalidInput, match="rationale is required"), any_case.change() as uow:
        ops.set_verdict(uow, claim, "false")
    with any_case.change(reviewer="Ayşe") as uow:
        ops.set_verdict(uow, claim, "in-progress")
        ops.set_hop_status(uow, hops[3], "confirmed", "Found word for word in the digest")
        ops.set_verdict(uow, claim, "partly-accurate", "Said, but not about preconditions")
    with any_case.read() as session:
        detail = claim_detail(session, claim)
    assert detail.verdict == "partly-accurate"
    assert detail.rationale == "Said, but not about preconditions"
    assert detail.hop(hops[3]).status == "confirmed"
    history = [(r.subject, r.from_value, r.to_value, r.reviewer) for r in detail.reviews]
    assert history == [
        ("verdict", "unverified", "in-progress", recorded(any_case, "Ayşe")),
        ("hop", "unchecked", "confirmed", recorded(any_case, "Ayşe")),
        ("verdict", "in-progress", "partly-accurate", recorded(any_case, "Ayşe")),
    ]


def test_saving_over_a_newer_version_is_a_conflict(any_case: Case) -> None:
    with any_case.change() as uow:
        claim = ops.add_claim(uow, "Original wording")
    with any_case.read() as session:
        seen = claim_detail(session, claim).version
    with any_case.change(reviewer="Other") as uow:
        ops.edit_claim(uow, claim, expected_version=seen, text="Their wording")
    with pytest.raises(VersionConflict) as conflict, any_case.change() as uow:
        ops.edit_claim(uow, claim, expected_version=seen, text="My wording")
    assert conflict.value.theirs["text"] == "Their wording"
    assert conflict.value.mine["text"] == "My wording"
    with any_case.read() as session:
        assert claim_detail(session, claim).text == "Their wording"


def test_merge_actors_moves_hops_and_keeps_the_name_as_alias(any_case: Case) -> None:
    claim, _hops = _card_chain(any_case)
    with any_case.change() as uow:
        dup = ops.add_actor(uow, "Al Watan newspaper", "outlet")
        ops.add_hop(uow, claim, actor_id=dup, relation="republished")
        keep = ops.find_actor(uow, "al-watan")
        assert keep is not None
        ops.merge_actors(uow, keep, dup)
    with any_case.change() as uow:
        assert ops.find_actor(uow, "AL WATAN NEWSPAPER") == keep
    assert _names(any_case, claim)[0][-1] == "al-Watan"


def test_a_merge_is_taken_back_whole(any_case: Case) -> None:
    from sqlalchemy import select

    from db.integrity import verify_case
    from db.models import AuditEvent

    claim, _hops = _card_chain(any_case)
    with any_case.change() as uow:
        dup = ops.add_actor(uow, "Al Watan newspaper", "outlet", aliases=["Al-Watan daily"])
        ops.add_hop(uow, claim, actor_id=dup, relation="republished")
        keep = ops.find_actor(uow, "al-watan")
        assert keep is not None
        ops.edit_actor(uow, keep, aliases=["Al Watan Online"])
    with any_case.change() as uow:
        merge = ops.merge_actors(uow, keep, dup)
    assert merge.added_aliases == ("Al Watan newspaper", "Al-Watan daily")
    assert len(merge.moved_hops) == 1
    with any_case.change() as uow:
        ops.unmerge_actor(uow, merge)
    assert _names(any_case, claim)[-1][-1] == "Al Watan newspaper"
    with any_case.change() as uow:
        assert ops.find_actor(uow, "al watan newspaper") == dup
        assert ops.find_actor(uow, "al watan online") == keep  # its own alias stays
    with pytest.raises(InvalidInput, match="not merged into"), any_case.change() as uow:
        ops.unmerge_actor(uow, merge)
    with any_case.read() as session:
        actions = list(
            session.scalars(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(2))
        )
        assert actions == ["unmerge actor", "unmerge actor"]
        assert verify_case(session).intact


def test_unknown_ids_are_not_found(any_case: Case) -> None:
    with pytest.raises(NotFound, match="no claim with id 999"), any_case.change() as uow:
        ops.set_verdict(uow, 999, "in-progress")
    with pytest.raises(NotFound, match="no hop with id 5"), any_case.change() as uow:
        ops.set_hop_status(uow, 5, "confirmed", "seen")


def test_duplicate_claim_copies_the_chain(any_case: Case) -> None:
    claim, _ = _card_chain(any_case)
    with any_case.change() as uow:
        copy = ops.duplicate_claim(uow, claim)
    assert _names(any_case, copy) == _names(any_case, claim)


def test_actor_list_counts_hops_and_hides_merged(any_case: Case) -> None:
    from db.queries import list_actors

    _card_chain(any_case)
    with any_case.change() as uow:
        dup = ops.add_actor(uow, "BBC Turkish", "outlet")
        keep = ops.find_actor(uow, "BBC Türkçe")
        assert keep is not None
        ops.merge_actors(uow, keep, dup)
    with any_case.read() as session:
        actors = {a.name: a for a in list_actors(session)}
        everyone = list_actors(session, include_merged=True)
    assert "BBC Turkish" not in actors and len(everyone) == len(actors) + 1
    assert actors["BBC Türkçe"].hop_count == 1
    assert "BBC Turkish" in actors["BBC Türkçe"].aliases
