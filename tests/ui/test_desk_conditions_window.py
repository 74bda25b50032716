"""The window on a case it can only read: a read-only share, a full disk. It opens, shows the
claims, says why it is read-only in its banner, and offers no edit."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.desk_media import full_disk, read_only_share


def _opens_read_only(qtbot: QtBot, window: MainWindow, path: Path, says: str) -> None:
    window.parts.case_actions.open_location(str(path))
    qtbot.waitUntil(lambda: window.case is not None and window.read_only, timeout=20000)
    banner = window.parts.team.read_only_banner
    assert banner.isVisible() and banner.text().startswith(f"Read-only: {says}")
    assert window.table.model().rowCount() == 3
    window.select_claim(1)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10000)
    editor = window.parts.editor
    for action in (editor.new_claim_action, editor.verdict_action, editor.add_hop_action):
        assert not action.isEnabled(), action.text()
    assert not window.parts.sources.import_action.isEnabled()


@pytest.mark.parametrize("medium", ["read-only share", "full disk"])
def test_window_opens_a_case_it_can_only_read(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, medium: str
) -> None:
    if medium == "read-only share":
        with read_only_share(tmp_path) as path:
            _opens_read_only(qtbot, window, path, "it is on a read-only medium")
            window.set_case(None)
    else:
        with full_disk(tmp_path) as path:
            _opens_read_only(qtbot, window, path, "no space left on the disk")
            window.set_case(None)
