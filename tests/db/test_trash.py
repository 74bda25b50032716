"""Records keep their identity: deletion moves a record to the Trash (same id, everything
attached kept, hidden everywhere), restore brings it back exactly, a purge is recorded and
verified, and no id is ever given twice."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from db import migrations
from db import operations as ops
from db.case import Case, open_case
from db.errors import InvalidInput, NotFound
from db.integrity import verify_case
from db.models import AuditEvent, Claim, Review
from db.queries import claim_detail, count_claims, list_actors, list_claims, list_sources
from db.search import search, search_claims
from db.trash import list_trash
from desktop.reports.export import export_report
from desktop.reports.scope import ReportScope

from .helpers import dump


def _intact(case: Case) -> None:
    with case.read() as session:
        report = verify_case(session)
    assert report.intact, report.summary()


def _reviewed_claim(case: Case) -> tuple[int, int]:
    """A claim with a hop status review, a final verdict and a four-eyes sign-off by a second
    reviewer: the claim and its hop."""
    with case.change(reviewer="Ayşe") as uow:
        ops.set_four_eyes(uow, True)
        claim = ops.add_claim(uow, "Ankara sets no red lines for talks with Damascus")
        official = ops.add_actor(uow, "Turkish security official", "unnamed-official")
        hop = ops.add_hop(uow, claim, actor_id=official, relation="said", quote="no red lines")
        ops.set_hop_status(uow, hop, "differs", "The digest drops a qualifier")
        ops.set_verdict(uow, claim, "misleading", "The official spoke of conditions")
    with case.change(reviewer="Boris") as uow:
        ops.sign_off(uow, claim, "Checked both sources")
    return claim, hop


def test_deleted_id_is_never_given_again_and_its_url_names_it_alone(
    any_case: Case, tmp_path: Path
) -> None:
    """Sequence 1 of the issue: claim 2 published, deleted, then a new claim: the new claim
    gets a new id, the published URL names nothing else, and verify passes throughout."""
    with any_case.change(reviewer="Ayşe") as uow:
        ops.add_claim(uow, "Moscow will host the next round")
        second = ops.add_claim(uow, "Damascus has agreed to talks")
        ops.set_verdict(uow, second, "false", "Damascus denied it the same day")
    published = tmp_path / "before.jsonld"
    export_report(
        any_case,
        ReportScope(),
        "claimreview",
        published,
        reviewer="Ayşe",
        base_url="https://desk.example/report",
    )
    urls = [item["url"] for item in json.loads(published.read_text("utf-8"))["@graph"]]
    assert urls == [f"https://desk.example/report#claim-{second}"]

    with any_case.change(reviewer="Ayşe") as uow:
        ops.delete_claim(uow, second)
        newcomer = ops.add_claim(uow, "An unrelated claim about grain exports")
    assert newcomer > second
    _intact(any_case)
    with any_case.change(reviewer="Ayşe") as uow:
        purged = ops.empty_trash(uow)
        after_purge = ops.add_claim(uow, "Another claim after the purge")
    assert purged.claims == [second]
    assert after_purge not in (second, newcomer) and after_purge > newcomer
    _intact(any_case)
    with any_case.read() as session:
        events = session.execute(
            select(AuditEvent.action).where(
                AuditEvent.entity == "claim", AuditEvent.entity_id == str(second)
            )
        ).scalars()
        # Every event filed under the published id is about the published claim.
        assert list(events) == ["add claim", "set verdict", "delete claim", "purge claim"]
        with pytest.raises(NotFound, match=rf"claim {second} was purged from the Trash by Ayşe"):
            claim_detail(session, second)


def test_delete_and_restore_bring_back_reviews_and_sign_off(any_case: Case) -> None:
    """Sequence 2 of the issue at the level of the case: Remove Hop then restore, Delete Claim
    then restore, each leaves the case exactly as before (apart from bookkeeping)."""
    claim, hop = _reviewed_claim(any_case)
    with any_case.read() as session:
        before = claim_detail(session, claim)
    start = _canonical(any_case)

    with any_case.change(reviewer="Ayşe") as uow:
        ops.remove_hop(uow, hop)
    with any_case.read() as session:
        assert claim_detail(session, claim).hops == ()
        assert [i.kind for i in list_trash(session)] == ["hop"]
    _intact(any_case)
    with any_case.change(reviewer="Ayşe") as uow:
        ops.restore(uow, "hop", hop)
    assert _canonical(any_case) == start
    _intact(any_case)

    with any_case.change(reviewer="Ayşe") as uow:
        ops.delete_claim(uow, claim)
    with any_case.read() as session:
        assert count_claims(session) == 0
        assert list_claims(session).rows == ()
        assert search_claims(session, "red lines") == []
        assert search(session, "red lines") == []
        assert list_actors(session)[0].hop_count == 0
        (item,) = list_trash(session)
        assert (item.kind, item.id, item.deleted_by) == ("claim", claim, "Ayşe" + _login(any_case))
        with pytest.raises(NotFound, match=rf"claim {claim} is in the Trash \(deleted by Ayşe"):
            claim_detail(session, claim)
    with pytest.raises(NotFound, match="is in the Trash"), any_case.change() as uow:
        ops.set_verdict(uow, claim, "false", "edits a claim in the Trash")
    _intact(any_case)
    with any_case.change(reviewer="Ayşe") as uow:
        ops.restore(uow, "claim", claim)
    with any_case.read() as session:
        after = claim_detail(session, claim)
    assert (after.signoff, after.signed_off_by) == ("signed", before.signed_off_by)
    assert after.reviews == before.reviews and len(after.reviews) == 3
    assert after.hops == tuple(
        h.__class__(**{**h.__dict__, "version": a.version})
        for h, a in zip(before.hops, after.hops, strict=True)
    )
    assert _canonical(any_case) == start
    _intact(any_case)


def _login(case: Case) -> str:
    return f" ({case.login})" if case.login else ""


BOOKKEEPING = {"version", "updated_at", "updated_by"}


def _canonical(case: Case) -> dict[str, list[tuple[object, ...]]]:
    """Every table but the audit log and the reviewers' registry, without the columns that
    record that something happened (version, updated_at, updated_by), and case_info's stamp."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with case.engine.connect() as conn:
        for table, rows in dump(case).items():
            if table in ("audit_events", "reviewers", "alembic_version", "case_info"):
                continue
            columns = list(conn.execute(text(f'SELECT * FROM "{table}" LIMIT 0')).keys())
            keep = [i for i, c in enumerate(columns) if c not in BOOKKEEPING]
            out[table] = sorted(tuple(repr(r[i]) for i in keep) for r in rows)
    return out


def test_restore_refuses_what_is_not_in_the_trash(any_case: Case) -> None:
    claim, hop = _reviewed_claim(any_case)
    with any_case.change() as uow:
        source = ops.add_source(uow, title="Al-Watan, 19 January", language="ar")
        actor = ops.add_actor(uow, "An unused actor")
    for kind, ident in (("claim", claim), ("hop", hop), ("actor", actor), ("source", source)):
        with (
            pytest.raises(InvalidInput, match=rf"{kind} {ident} is not in the Trash"),
            any_case.change() as uow,
        ):
            ops.restore(uow, kind, ident)
    with pytest.raises(NotFound, match="no claim with id 999"), any_case.change() as uow:
        ops.restore(uow, "claim", 999)
    with pytest.raises(InvalidInput, match="not 'verdict'"), any_case.change() as uow:
        ops.restore(uow, "verdict", 1)

    with any_case.change() as uow:
        ops.remove_hop(uow, hop)
        ops.delete_claim(uow, claim)
    before = dump(any_case)
    with (
        pytest.raises(InvalidInput, match=rf"claim {claim}, which is in the Trash; restore the"),
        any_case.change() as uow,
    ):
        ops.restore(uow, "hop", hop)
    assert dump(any_case) == before
    _intact(any_case)


def test_actors_and_sources_go_to_the_trash_only_when_unused(any_case: Case) -> None:
    claim, hop = _reviewed_claim(any_case)
    with any_case.read() as session:
        official = claim_detail(session, claim).hops[0].actor_id
    with any_case.change() as uow:
        source = ops.add_source(uow, title="Al-Watan, 19 January", text="لا خطوط حمراء")
        ops.edit_hop(uow, hop, source_id=source)
    with pytest.raises(InvalidInput, match="relays claims"), any_case.change() as uow:
        ops.delete_actor(uow, official)
    with any_case.change() as uow:  # a second claim citing it: both hops are named
        other = ops.add_claim(uow, "No red lines today")
        other_hop = ops.add_hop(
            uow, other, actor_id=official, relation="reported", source_id=source
        )
    with (
        pytest.raises(
            InvalidInput,
            match=f"source {source} is cited by hop {hop} \\(claim {claim}\\), hop {other_hop} "
            f"\\(claim {other}\\); remove",
        ),
        any_case.change() as uow,
    ):
        ops.delete_source(uow, source)
    with any_case.change() as uow:
        ops.delete_claim(uow, other)
        ops.delete_claim(uow, claim)
        ops.delete_actor(uow, official)
        ops.delete_source(uow, source)
    with any_case.read() as session:
        assert list_actors(session) == [] and list_sources(session) == []
        assert {i.kind for i in list_trash(session)} == {"claim", "actor", "source"}
    _intact(any_case)
    # The claim's hop names the actor in the Trash: the claim waits for it.
    with pytest.raises(InvalidInput, match="restore the actor first"), any_case.change() as uow:
        ops.restore(uow, "claim", claim)
    with any_case.change() as uow:
        ops.restore(uow, "actor", official)
        ops.restore(uow, "source", source)
        ops.restore(uow, "claim", claim)
    _intact(any_case)


def test_empty_trash_keeps_what_a_remaining_record_needs(any_case: Case) -> None:
    claim, hop = _reviewed_claim(any_case)
    with any_case.read() as session:
        official = claim_detail(session, claim).hops[0].actor_id
    with any_case.change() as uow:
        ops.delete_claim(uow, claim)
        ops.delete_actor(uow, official)
    # Only what is older than a day: nothing yet.
    with any_case.change() as uow:
        assert ops.empty_trash(uow, older_than_days=1).count == 0
    with any_case.engine.begin() as conn:
        conn.execute(
            update(Claim).values(deleted_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=3))
        )
    with any_case.change() as uow:
        purged = ops.empty_trash(uow, older_than_days=2)
    # The claim went (with its hop and three reviews); the actor had been deleted today.
    assert (purged.claims, purged.actors) == ([claim], [])
    with any_case.read() as session:
        assert session.scalar(select(Review.id).where(Review.claim_id == claim)) is None
        assert [(i.kind, i.id) for i in list_trash(session)] == [("actor", official)]
        purge = session.scalars(select(AuditEvent).where(AuditEvent.action == "purge claim")).one()
        assert purge.before["hops"] == [hop] and len(purge.before["reviews"]) == 3
    with any_case.change() as uow:
        assert ops.empty_trash(uow).actors == [official]
    _intact(any_case)


def test_purging_a_hop_takes_its_reviews_and_verify_accepts_it(any_case: Case) -> None:
    claim, hop = _reviewed_claim(any_case)
    with any_case.change() as uow:
        ops.remove_hop(uow, hop)
        purged = ops.empty_trash(uow)
    assert purged.hops == [hop]
    with any_case.read() as session:
        detail = claim_detail(session, claim)
        assert [r.subject for r in detail.reviews] == ["verdict", "signoff"]
    _intact(any_case)


def test_a_tombstone_set_behind_the_audit_log_is_caught(any_case: Case) -> None:
    claim, _hop = _reviewed_claim(any_case)
    with any_case.engine.begin() as conn:
        conn.execute(
            update(Claim)
            .where(Claim.id == claim)
            .values(deleted_at=dt.datetime.now(dt.UTC), deleted_by="x")
        )
    with any_case.read() as session:
        report = verify_case(session)
    assert not report.intact
    assert f"claim {claim} is in the Trash, but the audit log never deleted it" in str(
        report.problems[0]
    )


def test_a_case_from_revision_0003_keeps_its_ids_and_never_reuses_deleted_ones(
    case_path: Path,
) -> None:
    """Under revision 0003 deleting the newest claim made SQLite give its id again; upgraded,
    the case keeps every id and the next claim passes every id its audit log ever named."""
    case = open_case(case_path, reviewer="Ayşe", create=True)
    with case.change() as uow:
        first = ops.add_claim(uow, "The first claim")
        second = ops.add_claim(uow, "The second claim")
    migrations.downgrade(case.engine, "0003")
    case.close()
    with sqlite3.connect(case_path) as conn:
        # What revision 0003's delete did: the row is gone, the event says so.
        conn.execute("DELETE FROM claims WHERE id = ?", (second,))
        conn.execute("DELETE FROM sqlite_sequence")  # 0003 kept no high-water marks
        assert conn.execute("SELECT MAX(id) FROM claims").fetchone() == (first,)
    conn.close()

    case = open_case(case_path, reviewer="Ayşe")
    with case.engine.connect() as conn:
        rows = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type='table'"))
        tables = {name: sql for name, sql in rows}
    for table in ("claims", "hops", "actors", "sources", "reviews", "audit_events", "reviewers"):
        assert "AUTOINCREMENT" in tables[table], table
    with case.read() as session:
        assert [r.id for r in list_claims(session).rows] == [first]
    with case.change() as uow:
        third = ops.add_claim(uow, "A new claim after the upgrade")
    assert third == second + 1
    case.close()


@pytest.mark.postgres
def test_a_team_case_from_revision_0003_gets_identity_ids_past_every_id_given(
    pg_url: str,
) -> None:
    case = open_case(pg_url, reviewer="Ayşe", create=True)
    with case.change() as uow:
        ops.add_claim(uow, "The first claim")
        second = ops.add_claim(uow, "The second claim")
    migrations.downgrade(case.engine, "0003")
    with case.engine.begin() as conn:
        conn.execute(text("DELETE FROM claims WHERE id = :i"), {"i": second})
        conn.execute(text("SELECT setval('claims_id_seq', 1)"))  # as if the mark were lost
    case.close()
    case = open_case(pg_url, reviewer="Ayşe")
    with case.engine.connect() as conn:
        identity = conn.execute(
            text(
                "SELECT is_identity FROM information_schema.columns "
                "WHERE table_name = 'claims' AND column_name = 'id'"
            )
        ).scalar()
    assert identity == "YES"
    with case.change() as uow:
        assert ops.add_claim(uow, "A new claim after the upgrade") == second + 1
    case.close()
