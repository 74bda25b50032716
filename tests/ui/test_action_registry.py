"""The window's one registry of actions: every action is reachable from its menu, enabled when
its conditions hold, and disabled on a read-only case; rooms find each other only through the
assembly (no run-time attribute look-ups on the window)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from db.case import Case
from desktop.ui.common.action_catalogue import ACTIONS, MENU_LAYOUT, SEPARATOR, TOOLBAR_LAYOUT, Need
from desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _menu_actions(menu: QMenu) -> list[QAction]:
    return [a for a in menu.actions() if not a.isSeparator()]


def test_every_action_is_in_one_menu_and_bound(window: MainWindow) -> None:
    placed = [entry for entries in MENU_LAYOUT.values() for entry in entries if entry != SEPARATOR]
    assert sorted(placed) == sorted(spec.id for spec in ACTIONS)  # each once, none missing
    assert set(TOOLBAR_LAYOUT) - {SEPARATOR} <= set(placed)
    for name, entries in MENU_LAYOUT.items():
        shown = _menu_actions(window.menu(name))
        wanted = [window.action_registry.action(e) for e in entries if e != SEPARATOR]
        assert shown == wanted, name  # in the catalogue's order, reachable from the menu
    assert [a for a in window.toolbar.actions() if not a.isSeparator()] == [
        window.action_registry.action(e) for e in TOOLBAR_LAYOUT if e != SEPARATOR
    ]


def test_every_action_is_enabled_exactly_when_its_conditions_hold(
    qtbot: QtBot, window: MainWindow, demo_case: Case
) -> None:
    def check() -> None:
        for spec in ACTIONS:
            if spec.needs:
                wanted = window.action_registry.holds(spec.needs)
                assert window.action_registry.action(spec.id).isEnabled() == wanted, spec.id

    check()  # no case open
    assert not window.action_registry.action("tools.four_eyes").isEnabled()
    window.set_case(demo_case)
    qtbot.waitUntil(lambda: window.detail.detail is not None)
    check()
    assert window.action_registry.action("claim.set_verdict").isEnabled()
    assert window.action_registry.action("file.import_folder").isEnabled()


def test_a_read_only_case_disables_every_action_that_changes_it(
    qtbot: QtBot, window: MainWindow, demo_case: Case
) -> None:
    window.set_case(demo_case)
    qtbot.waitUntil(lambda: window.detail.detail is not None)
    assert window.parts is not None
    changing = [spec.id for spec in ACTIONS if Need.WRITABLE in spec.needs]
    assert "claim.set_verdict" in changing and "file.import_source" in changing
    window.parts.team.set_read_only(True)
    for action_id in changing:
        assert not window.action_registry.action(action_id).isEnabled(), action_id
    for spec in ACTIONS:
        if not spec.needs:
            assert window.action_registry.action(spec.id).isEnabled() or spec.id.startswith(
                "edit."
            ), spec.id
    window.parts.team.set_read_only(False)
    for action_id in ("claim.set_verdict", "claim.new", "file.import_source", "file.import_folder"):
        assert window.action_registry.action(action_id).isEnabled(), action_id


def test_rooms_reach_each_other_only_through_the_assembly() -> None:
    """No `getattr(window, …)`, no attributes bolted onto the window, no room reading the
    assembly's `window.parts` (only the app, the screenshot and the set-up do)."""
    offenders = []
    allowed = {"desktop/ui/window_setup.py", "desktop/ui/main_window.py", "desktop/app.py"}
    for path in (ROOT / "desktop").rglob("*.py"):
        name = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            if re.search(r"getattr\(window|attr-defined", line):
                offenders.append(f"{name}:{number}")
            if name not in allowed and re.search(r"\bwindow\.parts\b", line):
                offenders.append(f"{name}:{number}")
    assert offenders == []
