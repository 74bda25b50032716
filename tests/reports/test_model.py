"""The report model holds what the case holds, read once and in batches."""

from __future__ import annotations

import pytest

from db.audit import head_hash
from db.errors import NotFound
from db.queries import ClaimFilter, claim_detail
from db.text.direction import language_direction
from desktop.reports import model
from desktop.reports.scope import ReportScope, resolve_scope
from desktop.version import __version__

from .conftest import ARABIC_QUOTE, ReportCase
from .helpers import make_report


def test_sources_forgotten_between_batches_are_read_again(
    report_case: ReportCase, monkeypatch
) -> None:
    """A report remembers at most `SOURCES_KEPT` sources between batches of claims (a case with
    a source per claim is not held whole): one that was let go is read again, the same."""
    whole = make_report(report_case.case)
    monkeypatch.setattr(model, "BATCH", 1)
    monkeypatch.setattr(model, "SOURCES_KEPT", 0)
    held: list[int] = []
    load = model._SourceCache.load

    def counted(self: model._SourceCache, ids: set[int]) -> None:
        load(self, ids)
        held.append(len(self.sources) - len(ids))  # beyond the batch's own

    monkeypatch.setattr(model._SourceCache, "load", counted)
    forgetful = make_report(report_case.case)
    assert max(held) <= 1, held  # one more at most: not every source seen so far
    assert any(h.source for c in whole.claims for h in c.hops)
    assert [h.source for c in forgetful.claims for h in c.hops] == [
        h.source for c in whole.claims for h in c.hops
    ]


def test_report_matches_claim_detail_of_every_claim(report_case: ReportCase, monkeypatch) -> None:
    monkeypatch.setattr(model, "BATCH", 2)  # several batches, so batch edges are covered
    report = make_report(report_case.case)
    with report_case.case.read() as session:
        details = [claim_detail(session, c.id) for c in report.claims]
    assert [c.id for c in report.claims] == [1, 2, 3, 4, 5]
    for claim, detail in zip(report.claims, details, strict=True):
        assert claim.text == detail.text
        assert claim.verdict == detail.verdict
        assert claim.rationale == detail.rationale
        assert claim.tags == detail.tags
        assert claim.chains == detail.chains
        assert [h.id for h in claim.hops] == [h.id for h in detail.hops]
        for hop, view in zip(claim.hops, detail.hops, strict=True):
            assert (hop.actor.name, hop.relation, hop.quote, hop.status) == (
                view.actor_name,
                view.relation,
                view.quote,
                view.status,
            )
            assert hop.status_rationale == view.status_rationale
            assert hop.direction_doubtful == view.direction_doubtful
            assert [(s.start, s.end, s.page) for s in hop.spans] == [
                (s.start, s.end, s.page) for s in view.spans
            ]
        assert [(r.subject, r.to_value, r.reviewer) for r in claim.reviews] == [
            (r.subject, r.to_value, r.reviewer) for r in detail.reviews
        ]


def test_report_carries_audit_head_version_reviewer_and_evidence(report_case: ReportCase) -> None:
    report = make_report(report_case.case)
    with report_case.case.read() as session:
        assert report.meta.audit_head == head_hash(session)
    assert report.meta.audit_head != "0" * 64
    assert report.meta.app_version == __version__
    assert report.meta.reviewer == "Exporting Reviewer"
    assert [e.sha256 for e in report.evidence] == [report_case.evidence_sha256]
    arabic = next(c for c in report.claims if c.id == report_case.arabic_claim)
    (hop,) = arabic.hops
    assert hop.quote == ARABIC_QUOTE
    assert (hop.language, hop.direction) == ("ar", "rtl")
    assert hop.pages == (2,)
    assert hop.source is not None and hop.source.evidence is not None
    assert hop.source.evidence.file_name == report_case.evidence_name


def test_demo_chain_and_doubtful_direction(report_case: ReportCase) -> None:
    claim = make_report(report_case.case).claims[0]
    (chain,) = claim.chains
    assert [claim.hop(h).actor.name for h in chain] == [
        "BBC Türkçe",
        "Turkish security official (unnamed)",
        "al-Watan",
        "The Syrian Observer",
    ]
    assert [claim.hop(h).direction_doubtful for h in chain] == [False, True, False, False]
    assert claim.hop(chain[2]).status == "unavailable"


def test_claim_with_two_routes(report_case: ReportCase) -> None:
    from db import operations as ops

    case = report_case.case
    with case.change() as uow:
        rt = ops.find_or_add_actor(uow, "Russia Today", "outlet")
        with case.read() as session:
            first = claim_detail(session, 2).chains[0][0]
        ops.add_hop(uow, 2, actor_id=rt, relation="quoted", after_hop_id=first, new_route=True)
    claim = make_report(case, ReportScope(claim_ids=(2,))).claims[0]
    assert len(claim.chains) == 2
    assert claim.chains[0][0] == claim.chains[1][0]


def test_scopes(report_case: ReportCase) -> None:
    with report_case.case.read() as session:
        assert resolve_scope(session, ReportScope(claim_ids=(3, 1))) == [3, 1]
        assert resolve_scope(session, ReportScope(search="red lines")) == [1]
        assert resolve_scope(
            session, ReportScope(where=ClaimFilter(verdicts=("accurate", "false")))
        ) == [2, report_case.arabic_claim]
        assert resolve_scope(session, ReportScope()) == [1, 2, 3, 4, 5]
        with pytest.raises(NotFound):
            resolve_scope(session, ReportScope(claim_ids=(1, 999)))


def test_text_direction() -> None:
    assert language_direction("ar") == "rtl"
    assert language_direction("fa-IR") == "rtl"
    assert language_direction("en") == "ltr"
    assert language_direction("", "rtl") == "rtl"


def test_report_on_sqlite_and_postgresql(any_case) -> None:
    """The batched reader gives what claim_detail gives on both databases."""
    from db.demo import create_demo

    create_demo(any_case)
    report = make_report(any_case)
    with any_case.read() as session:
        for claim in report.claims:
            detail = claim_detail(session, claim.id)
            assert claim.chains == detail.chains
            assert [h.quote for h in claim.hops] == [h.quote for h in detail.hops]
            assert [r.to_value for r in claim.reviews] == [r.to_value for r in detail.reviews]
    assert report.meta.audit_head != "0" * 64


def test_export_pauses_the_collector_and_turns_it_back_on() -> None:
    import gc

    from desktop.reports.export import paused_gc

    found = gc.isenabled()  # a window of an earlier test may still keep it off
    gc.enable()
    try:
        with paused_gc():
            assert not gc.isenabled()
            with paused_gc():
                assert not gc.isenabled()
            assert not gc.isenabled()  # only the outermost pause turns it back on
        assert gc.isenabled()
        with pytest.raises(RuntimeError), paused_gc():
            raise RuntimeError("cancelled")
        assert gc.isenabled()
    finally:
        if not found:
            gc.disable()
