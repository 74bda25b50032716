"""Four-eyes verdicts: a final verdict waits for a second, different reviewer."""

from __future__ import annotations

import pytest

from db import operations as ops
from db.case import Case
from db.errors import InvalidInput
from db.queries import claim_detail

from .helpers import recorded


def _claim_with_final_verdict(case: Case) -> int:
    with case.change(reviewer="Ayşe") as uow:
        ops.set_four_eyes(uow, True)
        claim = ops.add_claim(uow, "Washington talks to Damascus in secret")
        ops.set_verdict(uow, claim, "unverifiable", "No second source")
    return claim


def test_final_verdict_awaits_a_second_reviewer(any_case: Case) -> None:
    claim = _claim_with_final_verdict(any_case)
    with any_case.read() as session:
        detail = claim_detail(session, claim)
    assert (detail.signoff, detail.verdict_set_by) == ("awaiting", recorded(any_case, "Ayşe"))
    with (
        pytest.raises(InvalidInput, match=r"Ayşe.* set this verdict and cannot sign off"),
        any_case.change(reviewer="Ayşe") as uow,
    ):
        ops.sign_off(uow, claim)
    with any_case.change(reviewer="Boris") as uow:
        ops.sign_off(uow, claim, "Checked the sources")
    with any_case.read() as session:
        detail = claim_detail(session, claim)
    assert (detail.signoff, detail.signed_off_by, detail.verdict) == (
        "signed",
        recorded(any_case, "Boris"),
        "unverifiable",
    )
    assert detail.reviews[-1].subject == "signoff" and detail.reviews[-1].reviewer == recorded(
        any_case, "Boris"
    )


def test_sent_back_with_a_reason(any_case: Case) -> None:
    claim = _claim_with_final_verdict(any_case)
    with (
        pytest.raises(InvalidInput, match="reason is empty"),
        any_case.change(reviewer="Boris") as uow,
    ):
        ops.send_back(uow, claim, " ")
    with any_case.change(reviewer="Boris") as uow:
        ops.send_back(uow, claim, "RT's page is archived; check it")
    with any_case.read() as session:
        detail = claim_detail(session, claim)
    assert (detail.verdict, detail.signoff) == ("in-progress", "returned")
    assert detail.reviews[-1].rationale == "RT's page is archived; check it"


def test_own_sign_off_or_send_back_can_be_withdrawn(any_case: Case) -> None:
    claim = _claim_with_final_verdict(any_case)
    with any_case.change(reviewer="Boris") as uow:
        ops.sign_off(uow, claim, "Checked")
    with (
        pytest.raises(InvalidInput, match=r"only .*Boris.* can withdraw their sign-off"),
        any_case.change(reviewer="Ayşe") as uow,
    ):
        ops.withdraw_signoff(uow, claim)
    with any_case.change(reviewer="Boris") as uow:
        ops.withdraw_signoff(uow, claim)
    with any_case.read() as session:
        detail = claim_detail(session, claim)
    assert (detail.signoff, detail.signed_off_by, detail.verdict) == (
        "awaiting",
        "",
        "unverifiable",
    )
    with any_case.change(reviewer="Boris") as uow:
        ops.send_back(uow, claim, "Find the original")
    with any_case.change(reviewer="Boris") as uow:
        ops.withdraw_signoff(uow, claim, verdict="unverifiable")
    with any_case.read() as session:
        detail = claim_detail(session, claim)
    assert (detail.signoff, detail.verdict) == ("awaiting", "unverifiable")
    assert [r.to_value for r in detail.reviews[-4:]] == [
        "signed",
        "awaiting",
        "in-progress",
        "awaiting",
    ]
    with (
        pytest.raises(InvalidInput, match="no sign-off or send-back to withdraw"),
        any_case.change() as uow,
    ):
        ops.withdraw_signoff(uow, claim)


def test_without_four_eyes_a_verdict_is_final_at_once(sqlite_case: Case) -> None:
    with sqlite_case.change() as uow:
        claim = ops.add_claim(uow, "A claim")
        ops.set_verdict(uow, claim, "accurate", "Matches the transcript")
    with sqlite_case.read() as session:
        assert claim_detail(session, claim).signoff == ""
