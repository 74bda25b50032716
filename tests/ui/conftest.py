"""Windows over real case files, driven with pytest-qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from db.case import Case, open_case
from db.operations import add_claim
from desktop import preferences
from desktop.ui.common import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.window_setup import build_window

#: The offscreen platform plugin says "This plugin does not support propagateSizeHints() /
#: raise() / grabbing the keyboard" when a window changes its size limits or a popup (the
#: actor completer) opens: notices of the test platform, not of the app. Every other Qt
#: warning still fails a test.
OFFSCREEN_NOTICE = r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTICE))


@pytest.fixture(autouse=True, scope="session")
def english_window(qapp: QApplication) -> None:
    """The window speaks English in tests (with the English plural forms of `%n` texts); a
    test that starts it in another language puts English back when it ends."""
    from desktop.ui.common import i18n

    i18n.install("en")


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Qt reads XDG_CONFIG_HOME once per process, so the settings file of the first test would
    carry over (the last case, the window layout): point QSettings at a new folder per test."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    preferences.settings().clear()
    yield


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    i18n.install("en")  # as the app does before it builds the window: English plural forms
    win, _actions = build_window()
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    yield win
    win.workers.wait(5000)
    win.set_case(None)


@pytest.fixture
def demo_window(window: MainWindow, demo_case: Case) -> MainWindow:
    window.set_case(demo_case)
    return window


def fill_case(path: Path, count: int) -> Case:
    """A case with `count` numbered claims."""
    case = open_case(path, reviewer="Test Reviewer", create=True)
    with case.change() as uow:
        for number in range(count):
            add_claim(
                uow, f"Claim number {number:05d}", tags=["even" if number % 2 == 0 else "odd"]
            )
    return case


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a person: key presses for ASCII, key events carrying the character for the
    rest (QTest.keyClicks aborts on characters outside ASCII under PySide6)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
