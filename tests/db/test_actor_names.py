"""One actor, every spelling: actors' name keys are kept by the actor operations, offer existing
actors for a new name, list likely duplicates, and are rebuilt by `reindex` — on SQLite and
PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from db import operations as ops
from db.actor_names import actor_candidates, likely_duplicates
from db.case import Case
from db.models import ActorNameKey
from db.text.names import name_key


def _keys(case: Case, actor_id: int) -> set[str]:
    with case.read() as session:
        return set(
            session.scalars(select(ActorNameKey.key).where(ActorNameKey.actor_id == actor_id))
        )


def test_a_new_spelling_is_offered_the_existing_actor(any_case: Case) -> None:
    with any_case.change() as uow:
        lavrov = ops.add_actor(uow, "Sergey Lavrov", aliases=["Russian Foreign Minister"])
        ops.add_actor(uow, "Dmitry Peskov")
    with any_case.read() as session:
        for spelling in ("Лавров", "Лаврова", "لافروف", "Sergei Lavrov"):
            offered = actor_candidates(session, spelling)
            assert [c.actor_id for c in offered] == [lavrov], spelling
        line = actor_candidates(session, "Лавров")[0].describe("Лавров")
        assert line.startswith("Лавров — same as Sergey Lavrov (actor ")
        assert actor_candidates(session, "ولافروف", mention=True)[0].actor_id == lavrov
        assert not actor_candidates(session, "ولافروف")  # a listed name has no clitic
        assert not actor_candidates(session, "Minister")  # a title word is no surname
        assert not actor_candidates(session, "S.")  # initials: nothing to match on


def test_namesakes_are_offered_side_by_side_never_merged(any_case: Case) -> None:
    with any_case.change() as uow:
        morsi = ops.add_actor(uow, "Mohammed Morsi")
        mbs = ops.add_actor(uow, "Mohammed bin Salman")
    with any_case.read() as session:
        assert not actor_candidates(session, "Muhammad Mursi", exclude=[morsi])
        assert [c.actor_id for c in actor_candidates(session, "محمد مرسي")] == [morsi]
        assert not likely_duplicates(session)  # a shared first name is no duplicate
    with any_case.change() as uow:
        ops.add_actor(uow, "Мухаммед бин Сальман")
    with any_case.read() as session:
        (pair,) = likely_duplicates(session)
        assert pair.first.actor_id == mbs and pair.first.same_key
        assert "Мухаммед бин Сальман" in pair.describe()


def test_keys_follow_edits_merges_and_undo(any_case: Case) -> None:
    with any_case.change() as uow:
        watan = ops.add_actor(uow, "al-Watan", "outlet")
        arabic = ops.add_actor(uow, "الوطن", "outlet")
        ops.add_actor(uow, "Erdoğan")
    assert name_key("Al-Watan") in _keys(any_case, watan)
    with any_case.read() as session:
        pairs = likely_duplicates(session)
        assert [(p.first.actor_id, p.second_id) for p in pairs] == [(watan, arabic)]
    with any_case.change() as uow:
        merge = ops.merge_actors(uow, watan, arabic)
    with any_case.read() as session:
        assert not likely_duplicates(session)  # merged away: no longer offered
        assert [c.actor_id for c in actor_candidates(session, "بالوطن")] == [watan]
    with any_case.change() as uow:
        ops.unmerge_actor(uow, merge)
    with any_case.read() as session:
        assert len(likely_duplicates(session)) == 1
    with any_case.change() as uow:
        ops.edit_actor(uow, arabic, name="Tishreen")
    assert name_key("Tishreen") in _keys(any_case, arabic)
    assert name_key("الوطن") not in _keys(any_case, arabic)
    with any_case.change() as uow:
        ops.add_alias(uow, watan, "Аль-Ватан")
        ops.delete_actor(uow, arabic)
    with any_case.read() as session:
        assert actor_candidates(session, "Tishreen") == ()  # in the Trash: not offered


def test_reindex_rebuilds_the_keys(any_case: Case) -> None:
    with any_case.change() as uow:
        lavrov = ops.add_actor(uow, "Sergey Lavrov")
    expected = _keys(any_case, lavrov)
    with any_case.change() as uow:
        uow.session.execute(ActorNameKey.__table__.delete())
    assert _keys(any_case, lavrov) == set()
    with any_case.change() as uow:
        assert ops.rebuild_actor_name_keys(uow) == len(expected)
    assert _keys(any_case, lavrov) == expected
