"""The window's language is the window's only: the same edit made in the Arabic window and in
the English one writes the same audit events (slugs, not labels), and the same report."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.case import Case, open_case
from db.demo import create_demo
from db.models import AuditEvent
from desktop.reports.export import export_report
from desktop.reports.scope import ReportScope
from desktop.ui.common import i18n
from desktop.ui.editing.status_dialog import StatusDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.window_setup import build_window

TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d| UTC)?")
NOW = dt.datetime(2026, 12, 7, 2, 0, tzinfo=dt.UTC)


def choose(qtbot: QtBot, window: MainWindow, action: str, value: str, why: str) -> None:
    """Claim ▸ Set Verdict… or Set Hop Status…: pick `value`, give the rationale, OK."""
    window.action_registry.action(action).trigger()
    dialog = window.parts.editor.dialog if window.parts else None
    assert isinstance(dialog, StatusDialog)
    for row in range(dialog.choices.count()):
        if dialog.choices.item(row).data(Qt.ItemDataRole.UserRole) == value:
            dialog.choices.setCurrentRow(row)
    dialog.rationale.setPlainText(why)
    qtbot.keyClick(dialog.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def edit_in(language: str, qtbot: QtBot, folder: Path) -> tuple[list[Any], dict[str, Any], Case]:
    """Mark claim 1 misleading and its first hop confirmed, in a window in `language`; the
    audit events written and the JSON report afterwards."""
    folder.mkdir()
    case = open_case(folder / "case.provdesk", reviewer="Test Reviewer", create=True)
    create_demo(case)
    with case.read() as session:
        before = session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
    i18n.install(language)
    window, _actions = build_window()
    qtbot.addWidget(window)
    window.show()
    window.set_case(case)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10000)
    assert window.isRightToLeft() == (language == "ar")
    choose(qtbot, window, "claim.set_verdict", "misleading", "Checked the digest.")
    window.detail.select_hop(window.detail.hops.hop(0).id)  # type: ignore[union-attr]
    choose(qtbot, window, "claim.hop_status", "confirmed", "The interview says it.")
    with case.read() as session:
        events = [
            (e.reviewer, e.action, e.entity, e.entity_id, e.before, e.after)
            for e in session.scalars(select(AuditEvent).where(AuditEvent.id > before))
        ]
    result = export_report(
        case, ReportScope(), "json", folder / "report.json", reviewer="Test Reviewer", now=NOW
    )
    report = json.loads(TIME.sub("TIME", result.path.read_text("utf-8")))
    report["report"].pop("audit_head")  # the hash chain covers each event's time
    window.workers.wait(5000)
    window.set_case(None)
    return json.loads(TIME.sub("TIME", json.dumps(events, default=str))), report, case


def test_an_edit_in_arabic_records_what_the_same_edit_in_english_records(
    qtbot: QtBot, tmp_path: Path
) -> None:
    english, english_report, _ = edit_in("en", qtbot, tmp_path / "en")
    arabic, arabic_report, _ = edit_in("ar", qtbot, tmp_path / "ar")
    assert len(english) >= 2
    assert arabic == english
    words = json.dumps(arabic, ensure_ascii=False)
    assert "misleading" in words and "confirmed" in words  # the slugs
    assert not re.search("[\u0600-\u06ff]", words)  # no Arabic label found its way in
    assert arabic_report == english_report
    assert "misleading" in json.dumps(arabic_report)
