"""Four-eyes verdicts in the main window: what awaits sign-off, signing off, sending back,
and the per-case setting."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from db import operations as ops
from db.case import Case, open_case
from db.queries import claim_detail
from desktop.ui.claims.claims_model import VERDICT
from desktop.ui.integrity.signoff_actions import OWN_VERDICT
from desktop.ui.main_window import MainWindow

from .conftest import type_text


def verdict_by(case_path: Path, reviewer: str, claim_id: int, verdict: str) -> None:
    """Another reviewer (another window, another desk) sets a final verdict."""
    other = open_case(case_path, reviewer=reviewer)
    with other.change() as uow:
        ops.set_verdict(uow, claim_id, verdict, "Contradicted by the original interview")
    other.close()


def first_claim(window: MainWindow) -> int:
    claim_id = window.model.claim_id(0)
    assert claim_id is not None
    return claim_id


def verdict_cell(window: MainWindow, claim_id: int) -> str:
    row = window.model.row_of(claim_id)
    assert row is not None
    return str(window.model.index(row, VERDICT).data())


def test_second_reviewer_signs_off(
    qtbot: QtBot, demo_window: MainWindow, demo_case: Case, case_path: Path
) -> None:
    window = demo_window
    claim_id = first_claim(window)
    verdict_by(case_path, "Ayşe Demir", claim_id, "false")
    window.reload()
    window.select_claim(claim_id)
    assert "Awaiting sign-off (set by \u2068Ayşe Demir\u2069)" in window.detail.verdict.text()
    assert verdict_cell(window, claim_id) == "False — awaiting sign-off"
    action = window.parts.signoff.sign_off_action
    assert action.isEnabled() and window.parts.signoff.send_back_action.isEnabled()

    action.trigger()
    dialog = window.parts.signoff.dialog
    assert dialog is not None and "set by \u2068Ayşe Demir\u2069" in dialog.about.text()
    type_text(qtbot, dialog.note, "Checked the BBC transcript myself")
    dialog.ok_button.click()
    assert window.parts.signoff.dialog is None
    assert "Signed off by \u2068Test Reviewer\u2069" in window.detail.verdict.text()
    assert verdict_cell(window, claim_id) == "False — signed off"
    assert not action.isEnabled()
    with demo_case.read() as session:
        detail = claim_detail(session, claim_id)
    assert (detail.signoff, detail.signed_off_by) == ("signed", "Test Reviewer")
    history = window.detail.history
    assert history.topLevelItem(0).text(3) == "Signed off"

    undo = window.parts.editor.undo_action
    assert undo.text() == "&Undo Sign Off Verdict"
    undo.trigger()
    assert "Awaiting sign-off (set by \u2068Ayşe Demir\u2069)" in window.detail.verdict.text()
    assert verdict_cell(window, claim_id) == "False — awaiting sign-off"
    assert action.isEnabled()
    window.parts.editor.redo_action.trigger()
    assert verdict_cell(window, claim_id) == "False — signed off"


def test_own_verdict_cannot_be_signed_off(
    qtbot: QtBot, demo_window: MainWindow, demo_case: Case
) -> None:
    window = demo_window
    claim_id = first_claim(window)
    window.select_claim(claim_id)
    window.run_change(lambda uow: ops.set_verdict(uow, claim_id, "misleading", "Cut short"))
    assert "Awaiting sign-off (set by \u2068Test Reviewer\u2069)" in window.detail.verdict.text()
    action = window.parts.signoff.sign_off_action
    assert not action.isEnabled() and action.statusTip() == OWN_VERDICT
    dialog = (
        window.parts.signoff.sign_off()
    )  # should a stale window let it through: the case refuses
    assert dialog is not None
    dialog.ok_button.click()
    assert dialog.isVisible() and "cannot sign off" in dialog.error.text()
    with demo_case.read() as session:
        assert claim_detail(session, claim_id).signoff == "awaiting"


def test_send_back_needs_a_reason(
    qtbot: QtBot, demo_window: MainWindow, demo_case: Case, case_path: Path
) -> None:
    window = demo_window
    claim_id = first_claim(window)
    verdict_by(case_path, "Ayşe Demir", claim_id, "accurate")
    window.reload()
    window.select_claim(claim_id)
    window.parts.signoff.send_back_action.trigger()
    dialog = window.parts.signoff.dialog
    assert dialog is not None
    dialog.ok_button.click()
    assert dialog.isVisible() and "reason" in dialog.error.text()
    type_text(qtbot, dialog.note, "The quote is from a different interview")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert "Sent back by \u2068Test Reviewer\u2069" in window.detail.verdict.text()
    assert verdict_cell(window, claim_id) == "In progress — sent back"
    assert (
        window.detail.history.topLevelItem(0).text(4) == "The quote is from a different interview"
    )
    with demo_case.read() as session:
        assert claim_detail(session, claim_id).verdict == "in-progress"
    window.parts.editor.undo_action.trigger()
    assert verdict_cell(window, claim_id) == "Accurate — awaiting sign-off"
    with demo_case.read() as session:
        assert claim_detail(session, claim_id).signoff == "awaiting"


def test_require_second_reviewer_is_a_case_setting(
    qtbot: QtBot, window: MainWindow, sqlite_case: Case
) -> None:
    with sqlite_case.change() as uow:
        claim_id = ops.add_claim(uow, "A claim to judge")
    window.set_case(sqlite_case)
    action = window.parts.signoff.four_eyes_action
    window.workers.wait(3000)
    assert action.isCheckable() and not action.isChecked()
    window.select_claim(claim_id)
    window.run_change(lambda uow: ops.set_verdict(uow, claim_id, "false", "Made up"))
    assert "sign-off" not in window.detail.verdict.text()

    action.trigger()
    assert action.isChecked()
    window.run_change(lambda uow: ops.set_verdict(uow, claim_id, "accurate", "Found it"))
    assert "Awaiting sign-off" in window.detail.verdict.text()
    window.set_case(None)
    reopened = open_case(sqlite_case.url, reviewer="Test Reviewer")
    window.set_case(reopened)
    qtbot.waitUntil(action.isChecked, timeout=3000)
    action.trigger()
    assert not action.isChecked()
    with reopened.change() as uow:
        assert not ops.four_eyes(uow)
