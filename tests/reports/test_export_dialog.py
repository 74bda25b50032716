"""The Export dialog driven as a person would: choose scope and format, export, cancel."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from db.queries import ClaimFilter
from desktop.reports import model
from desktop.ui.export.export_dialog import ExportContext, ExportDialog

from .conftest import ReportCase

# Notices of the offscreen test platform when a dialog sizes itself, not of the app.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _dialog(qtbot: QtBot, report_case: ReportCase, tmp_path: Path, **context) -> ExportDialog:
    dialog = ExportDialog(
        report_case.case, "Dialog Reviewer", ExportContext(**context), folder=tmp_path
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _click(qtbot: QtBot, radio: QRadioButton) -> None:
    """Click the round indicator, where a person clicks (the widget is wider than its label)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def _export(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)


def test_export_selected_claims_as_json(qtbot: QtBot, report_case: ReportCase, tmp_path: Path):
    dialog = _dialog(qtbot, report_case, tmp_path, current_claim_id=3, selected_ids=(3, 1))
    assert dialog.scope_radio["selected"].isChecked()  # more than one selected: that is the default
    assert not dialog.scope_radio["filter"].isEnabled()  # no search, no filter
    dialog.set_format("json")
    assert dialog.destination.text().endswith("-report.json")
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    path = Path(dialog.destination.text())
    data = json.loads(path.read_text("utf-8"))
    assert [c["id"] for c in data["claims"]] == [3, 1]
    assert data["report"]["reviewer"] == "Dialog Reviewer"
    assert data["report"]["scope"] == "2 selected claims"
    assert "Wrote 2 claims" in dialog.status.text()
    assert dialog.cancel_button.text() == "Close" and dialog.export_button.isEnabled()


def test_export_current_filter_as_html(qtbot: QtBot, report_case: ReportCase, tmp_path: Path):
    dialog = _dialog(
        qtbot,
        report_case,
        tmp_path,
        current_claim_id=1,
        where=ClaimFilter(verdicts=("accurate", "false")),
    )
    _click(qtbot, dialog.scope_radio["filter"])
    dialog.set_format("html")
    target = tmp_path / "filtered.html"
    dialog.destination.setText(str(target))
    _export(qtbot, dialog)
    page = target.read_text("utf-8")
    assert 'id="claim-2"' in page and f'id="claim-{report_case.arabic_claim}"' in page
    assert 'id="claim-1"' not in page


def test_whole_case_as_pdf_and_one_claim_as_csv(
    qtbot: QtBot, report_case: ReportCase, tmp_path: Path
):
    dialog = _dialog(qtbot, report_case, tmp_path, current_claim_id=2)
    assert dialog.scope_radio["claim"].isChecked()
    dialog.set_format("csv")
    _export(qtbot, dialog)
    assert Path(dialog.destination.text()).suffix == ".zip"
    assert dialog.last_result is not None and dialog.last_result.claims == 1
    _click(qtbot, dialog.scope_radio["case"])
    assert dialog.scope_radio["case"].isChecked()
    dialog.set_format("pdf")
    _export(qtbot, dialog)
    assert dialog.last_result is not None and dialog.last_result.claims == 5
    assert Path(dialog.destination.text()).read_bytes().startswith(b"%PDF-")


def test_bad_destination_shows_one_line(qtbot: QtBot, report_case: ReportCase, tmp_path: Path):
    dialog = _dialog(qtbot, report_case, tmp_path)
    dialog.destination.setText(str(tmp_path / "no such folder" / "r.html"))
    _export(qtbot, dialog)
    assert dialog.status.text().startswith("Cannot write the report")
    assert "\n" not in dialog.status.text()
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_cancel_leaves_no_file(qtbot: QtBot, report_case: ReportCase, tmp_path: Path, monkeypatch):
    real = model._read_batch

    def slow(*args):
        time.sleep(0.2)
        return real(*args)

    monkeypatch.setattr(model, "BATCH", 1)
    monkeypatch.setattr(model, "_read_batch", slow)
    dialog = _dialog(qtbot, report_case, tmp_path)
    target = tmp_path / "cancelled.html"
    dialog.destination.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.running and dialog.cancel_button.text() == "Cancel"
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10000)
    assert dialog.status.text().startswith("Reading claims…")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=10000)
    assert "cancelled" in dialog.status.text()
    assert not target.exists()
    assert not list(tmp_path.glob("*.part"))


def test_open_when_done(qtbot: QtBot, report_case: ReportCase, tmp_path: Path, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "desktop.ui.export.export_dialog.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    dialog = _dialog(qtbot, report_case, tmp_path, current_claim_id=1)
    dialog.set_format("markdown")
    box = dialog.open_when_done
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.open_when_done.isChecked()
    _export(qtbot, dialog)
    assert [u.toLocalFile() for u in opened] == [dialog.destination.text()]


def test_deleting_the_dialog_cancels_the_export(
    qtbot: QtBot, report_case: ReportCase, tmp_path: Path, monkeypatch
):
    real = model._read_batch

    def slow(*args):
        time.sleep(0.2)
        return real(*args)

    monkeypatch.setattr(model, "BATCH", 1)
    monkeypatch.setattr(model, "_read_batch", slow)
    dialog = ExportDialog(report_case.case, "R", ExportContext(), folder=tmp_path)
    target = tmp_path / "gone.html"
    dialog.destination.setText(str(target))
    dialog.start()
    task = dialog.task
    assert task is not None
    started = time.monotonic()
    dialog.deleteLater()  # as when the window closes
    qtbot.waitUntil(lambda: task.cancel_requested.is_set(), timeout=5000)
    assert time.monotonic() - started < 2  # the window did not wait for the export
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(10000)
    assert not target.exists()


def _key(monkeypatch, outcome) -> None:
    """The desk's key as the keyring would give it: a key, None, or a refusal."""
    from desktop import signing

    def load_key():
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    monkeypatch.setattr(signing, "load_key", load_key)


def test_sign_with_the_desks_key(
    qtbot: QtBot, report_case: ReportCase, tmp_path: Path, monkeypatch
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop import signing

    key = signing.DeskKey(Ed25519PrivateKey.generate(), "Desk", "2026-01-01T00:00:00+00:00")
    _key(monkeypatch, key)
    dialog = _dialog(qtbot, report_case, tmp_path, current_claim_id=2)
    box = dialog.sign_box
    qtbot.waitUntil(box.isEnabled, timeout=10000)
    assert key.fingerprint[:16] in box.toolTip()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    dialog.set_format("html")
    _export(qtbot, dialog)
    path = Path(dialog.destination.text())
    assert dialog.status.text().endswith(f"; signed (\u2068{path.name}.sig\u2069)")
    assert key.fingerprint in path.read_text("utf-8")
    checked = signing.verify_report(path, expected_key=key.fingerprint)
    assert checked.ok and checked.signer == "Dialog Reviewer"


@pytest.mark.parametrize(
    ("outcome", "says"),
    [
        (None, "The desk has no signing key yet; create one with"),
        ("no keyring", "Cannot sign: cannot read the signing key: no operating-system keyring"),
    ],
)
def test_sign_box_off_with_a_reason(
    qtbot: QtBot, report_case: ReportCase, tmp_path: Path, monkeypatch, outcome, says
) -> None:
    from desktop import signing

    if outcome == "no keyring":
        outcome = signing.SigningError(
            "cannot read the signing key: no operating-system keyring is available"
        )
    _key(monkeypatch, outcome)
    dialog = _dialog(qtbot, report_case, tmp_path, current_claim_id=2)
    box = dialog.sign_box
    qtbot.waitUntil(lambda: box.toolTip().startswith(says[:20]), timeout=10000)
    assert box.toolTip().startswith(says)
    assert not box.isEnabled()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not box.isChecked()
    _export(qtbot, dialog)
    path = Path(dialog.destination.text())
    assert path.exists() and not path.with_name(path.name + ".sig").exists()
    assert dialog.sign_box.isEnabled() is False  # still off after the export
