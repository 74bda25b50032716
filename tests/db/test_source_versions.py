"""Versions of a source: a new version re-anchors every quote citing it (exact, changed,
lost, newly located), says so in a summary, marks the claims to review; undo puts the previous
version back exactly; verify covers versions; bad input changes nothing. SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import inspect, text

from db import operations as ops
from db.case import Case
from db.errors import InTrash, InvalidInput, VersionConflict
from db.integrity import verify_case
from db.queries import claim_detail, claim_rows, source_detail
from tests.db.helpers import dump

FIRST = (
    "Ankara, 7 March. A security official told BBC Türkçe that there were no red lines. "
    "He said the reservoir holds 45 million cubic metres. The minister said talks go on. "
    "Officials agreed on Monday."
)
SECOND = (
    "Ankara, 7 March (updated). A security official told BBC Türkçe that there were no red "
    "lines. He said the reservoir holds 4,500 million cubic metres. Everyone agreed on Monday. "
    "The minister said talks go on."
)
QUOTES = {
    "red lines": "there were no red lines",
    "reservoir": "the reservoir holds 45 million cubic metres",
    "talks": "The minister said talks go on",
    "agreed": "Officials agreed on Monday",
}


def _case_with_quotes(case: Case) -> tuple[int, int, dict[str, int]]:
    with case.change() as uow:
        source = ops.add_source(uow, title="Ankara", language="en", text=FIRST)
        actor = ops.add_actor(uow, "Turkish official", "person")
        claim = ops.add_claim(uow, "There are no red lines")
        hops = {
            key: ops.add_hop(uow, claim, actor_id=actor, relation="said", source_id=source, quote=q)
            for key, q in QUOTES.items()
        }
    return source, claim, hops


def _new_version(case: Case, source: int, body: str, **kw: Any) -> ops.NewVersion:
    with case.change(reviewer="Ayşe") as uow:
        return ops.add_version(uow, source, text=body, reason="update", why="corrected", **kw)


def test_a_new_version_reanchors_every_quote_and_marks_the_claim(any_case: Case) -> None:
    source, claim, hops = _case_with_quotes(any_case)
    outcome = _new_version(any_case, source, SECOND)
    assert outcome.number == 2
    assert outcome.summary.describe() == "4 quotes: 2 exact, 1 changed, 1 lost"
    health = {q.hop_id: q for q in outcome.quotes}
    assert health[hops["red lines"]].health == "exact"
    assert health[hops["talks"]].health == "exact"  # moved to the end
    assert health[hops["reservoir"]].health == "changed"
    assert health[hops["reservoir"]].note == "“45” → “4,500”"
    assert health[hops["agreed"]].health == "lost"
    with any_case.read() as session:
        detail = claim_detail(session, claim)
        row = claim_rows(session, [claim])[0]
        view, body = source_detail(session, source)
    assert body == SECOND and row.quotes_to_review == 2
    talks = detail.hop(hops["talks"])
    assert [body[s.start : s.end] for s in talks.spans] == [QUOTES["talks"]]
    assert talks.checked_version == 2 and not talks.needs_review
    reservoir = detail.hop(hops["reservoir"])
    assert reservoir.needs_review and reservoir.checked_version == 1
    assert reservoir.proposed_quote == "the reservoir holds 4,500 million cubic metres"
    assert "changed" in reservoir.health_mark and "4,500" in reservoir.health_mark
    assert not reservoir.quote_not_located
    assert [(v.number, v.reason, v.created_by) for v in view.history] == [
        (
            1,
            "added",
            "Test Reviewer" if not any_case.login else f"Test Reviewer ({any_case.login})",
        ),
        (2, "update", "Ayşe" if not any_case.login else f"Ayşe ({any_case.login})"),
    ]
    assert view.history[1].quotes == "4 quotes: 2 exact, 1 changed, 1 lost"
    with any_case.read() as session:
        assert verify_case(session).intact


def test_the_reviewer_accepts_the_new_anchor_or_keeps_the_old_version(any_case: Case) -> None:
    source, claim, hops = _case_with_quotes(any_case)
    _new_version(any_case, source, SECOND)
    with any_case.change() as uow:
        ops.accept_anchor(uow, hops["reservoir"])
        ops.keep_version(uow, hops["agreed"])
    with any_case.read() as session:
        detail = claim_detail(session, claim)
        row = claim_rows(session, [claim])[0]
    reservoir = detail.hop(hops["reservoir"])
    assert reservoir.quote == "the reservoir holds 4,500 million cubic metres"
    assert reservoir.checked_version == 2 and not reservoir.needs_review
    agreed = detail.hop(hops["agreed"])
    assert agreed.checked_version == 1 and agreed.health_resolution == "kept"
    assert agreed.health_mark == "checked against version 1 (kept)"
    assert row.quotes_to_review == 0
    with any_case.change() as uow, pytest.raises(InvalidInput, match="nothing to keep"):
        ops.keep_version(uow, hops["red lines"])


def test_undo_of_a_new_version_restores_the_previous_one_exactly(any_case: Case) -> None:
    source, _claim, _hops = _case_with_quotes(any_case)
    before = dump(any_case)
    outcome = _new_version(any_case, source, SECOND)
    with any_case.change() as uow:
        ops.undo_version(uow, outcome.undo)
    after = dump(any_case)
    for table in ("audit_events", "case_info", "reviewers", "sqlite_sequence"):
        before.pop(table, None)
        after.pop(table, None)
    # The source's record version moves on (as every change does); everything else is back.
    with any_case.engine.connect() as conn:
        names = [c["name"] for c in inspect(conn).get_columns("sources")]
    at = names.index("version")
    assert [r[:at] + r[at + 1 :] for r in after.pop("sources")] == [
        r[:at] + r[at + 1 :] for r in before.pop("sources")
    ]
    assert after == before
    with any_case.read() as session:
        assert verify_case(session).intact


def test_a_different_document_is_asked_about_first(any_case: Case) -> None:
    source, _claim, _hops = _case_with_quotes(any_case)
    before = dump(any_case)
    other = "A recipe: two eggs, flour and milk. Stir well and bake for twenty minutes."
    with pytest.raises(ops.MostQuotesLost, match="loses most of its quotes") as caught:
        _new_version(any_case, source, other)
    assert caught.value.summary.describe() == "4 quotes: 4 lost"
    assert dump(any_case) == before
    outcome = _new_version(any_case, source, other, accept_losses=True)
    assert outcome.summary.counts == {"lost": 4}


def test_the_same_text_again_is_refused_and_an_older_text_is_named(any_case: Case) -> None:
    source, _claim, _hops = _case_with_quotes(any_case)
    with pytest.raises(InvalidInput, match="already holds exactly this"):
        _new_version(any_case, source, FIRST)
    _new_version(any_case, source, SECOND)
    back = _new_version(any_case, source, FIRST, accept_losses=True)
    assert back.number == 3 and back.same_as == 1
    # The quotes kept on version 1 are exact again.
    assert back.summary.describe() == "4 quotes: 4 exact"


def test_a_source_in_the_trash_gets_no_new_version(any_case: Case) -> None:
    with any_case.change() as uow:
        source = ops.add_source(uow, title="gone", text="Some text of the source.")
        ops.delete_source(uow, source)
    with pytest.raises(InTrash, match="is in the Trash"):
        _new_version(any_case, source, "Other text of the source.")


def test_two_reviewers_updating_one_source_conflict_and_nothing_is_lost(any_case: Case) -> None:
    source, _claim, _hops = _case_with_quotes(any_case)
    with any_case.read() as session:
        read_version = source_detail(session, source)[0].version
    # Ayşe makes version 2 while Omar still reads version 1.
    _new_version(any_case, source, SECOND, expected_version=read_version)
    with pytest.raises(VersionConflict, match="changed by someone else"):
        _new_version(any_case, source, FIRST + " More.", expected_version=read_version)
    with any_case.read() as session:
        view, body = source_detail(session, source)
    assert body == SECOND and [v.number for v in view.history] == [1, 2]


def test_verify_finds_a_version_changed_behind_the_audit_log(any_case: Case) -> None:
    source, _claim, _hops = _case_with_quotes(any_case)
    _new_version(any_case, source, SECOND)
    with any_case.engine.begin() as conn:
        conn.execute(text("UPDATE source_versions SET text = 'forged' WHERE number = 1"))
    with any_case.read() as session:
        report = verify_case(session)
    assert not report.intact
    assert any(
        "version 1 of source" in p.message and "changed" in p.message for p in report.problems
    )
