"""The window's language: `provdesk --language`, the preference (the system's language when
unset; the tests pin English through $PROVDESK_LANGUAGE, tests/conftest.py), Preferences ▸
Language and digits, the Arabic window mirrored with its chain running right to left."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from db.case import Case
from db.views import ClaimDetail
from desktop import app as desktop_app
from desktop import preferences
from desktop.ui.common import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.reviewer_dialog import PreferencesDialog
from desktop.ui.window_setup import build_window

ROOT = Path(__file__).resolve().parents[2]


def window_in(language: str, qtbot: QtBot, case: Case | None = None) -> MainWindow:
    """The window built after `language` was installed, as `provdesk --language` builds it."""
    i18n.install(language)
    window, _actions = build_window()
    qtbot.addWidget(window)
    window.resize(1360, 820)
    window.show()
    if case is not None:
        window.set_case(case)
        qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10000)
    return window


def open_a_long_chain(window: MainWindow) -> ClaimDetail:
    """Open the first claim whose chain has more than one hop."""
    for row in range(window.model.rowCount()):
        detail = window.open_claim(window.model.claim_id(row))
        if detail is not None and any(len(chain) > 1 for chain in detail.chains):
            return detail
    raise AssertionError("the demo case has no chain of two hops")


@pytest.fixture
def closing() -> Iterator[list[MainWindow]]:
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.workers.wait(5000)
        window.set_case(None)


def test_the_language_comes_from_the_command_line_then_the_environment_then_the_preference(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    assert i18n.chosen_language() == "en"  # the tests' pin
    preferences.put(preferences.LANGUAGE, "tr")
    assert i18n.chosen_language() == "en"
    monkeypatch.delenv(i18n.ENVIRONMENT)
    assert i18n.chosen_language() == "tr"
    assert i18n.chosen_language("ru") == "ru"
    preferences.put(preferences.LANGUAGE, "")
    assert i18n.chosen_language() == i18n.system_language()
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("ar_LB"))
    assert i18n.chosen_language() == "ar"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("de_DE"))
    assert i18n.chosen_language() == "en"


def test_provdesk_language_ar_mirrors_the_window_and_writes_the_screenshot(
    qtbot: QtBot, demo_case: Case, case_path: Path, tmp_path: Path
) -> None:
    demo_case.close()
    shot = tmp_path / "ar.png"
    code = desktop_app.main(
        ["--language", "ar", "--case", str(case_path), "--screenshot", str(shot)]
    )
    assert code == 0
    assert QImage(str(shot)).width() >= 1000
    assert i18n.current_language() == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic


def test_the_arabic_window_runs_right_to_left_and_so_does_its_chain(
    qtbot: QtBot, demo_case: Case, closing: list[MainWindow]
) -> None:
    window = window_in("ar", qtbot, demo_case)
    closing.append(window)
    assert window.isRightToLeft()
    assert window.menuBar().isRightToLeft() and window.toolbar.isRightToLeft()
    # The claim list sits on the right of the open claim, the docks on its left.
    left_pane = window.splitter.widget(0)
    assert left_pane.mapTo(window, left_pane.rect().topLeft()).x() > window.width() // 3
    assert window.parts is not None
    assert window.dockWidgetArea(window.parts.trash_view) == Qt.DockWidgetArea.LeftDockWidgetArea
    # The case's English text keeps its direction in the list: isolated, so "…" ends it.
    delegate = window.table.itemDelegateForIndex(window.model.index(0, 0))
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, window.model.index(0, 0))
    assert option.text.startswith("\u2068") and option.text.endswith("\u2069")
    detail = open_a_long_chain(window)
    boxes = window.detail.diagram.boxes()
    chain = next(c for c in detail.chains if len(c) > 1)
    xs = [boxes[hop_id].center().x() for hop_id in chain]
    assert xs == sorted(xs, reverse=True), "the origin is the rightmost box, each hop left of it"
    described = window.detail.diagram.accessibleDescription()
    assert "←" in described and "→" not in described  # the arrows point the way it reads


def test_the_english_chain_runs_left_to_right(
    qtbot: QtBot, demo_case: Case, closing: list[MainWindow]
) -> None:
    window = window_in("en", qtbot, demo_case)
    closing.append(window)
    assert not window.isRightToLeft()
    detail = open_a_long_chain(window)
    boxes = window.detail.diagram.boxes()
    chain = next(c for c in detail.chains if len(c) > 1)
    xs = [boxes[hop_id].center().x() for hop_id in chain]
    assert xs == sorted(xs)


def test_digits_are_latin_or_arabic_indic_as_chosen(qapp: QApplication) -> None:
    i18n.install("ar")
    assert i18n.current_digits() == i18n.ARABIC_INDIC  # Arabic's own by default
    assert i18n.number(12345) == "١٢٬٣٤٥"
    i18n.install("ar", i18n.LATIN)
    assert i18n.number(12345) == "12,345"
    assert QLocale().toString(7) == "7"  # what Qt formats itself (a table's numbers) too
    assert QLocale().language() == QLocale.Language.Arabic
    assert i18n.with_digits("٣ claims, ٢ selected") == "3 claims, 2 selected"
    i18n.install("ru")
    assert i18n.number(12345) == "12\u00a0345"
    i18n.install("tr", i18n.ARABIC_INDIC)
    assert i18n.number(1234.5) == "١٬٢٣٤٫٥"
    i18n.install("en")
    assert i18n.date_text(QDate(2024, 3, 7).toPython()) == QLocale("en").toString(
        QDate(2024, 3, 7), QLocale.FormatType.ShortFormat
    )


def test_preferences_choose_the_language_and_digits_for_the_next_start(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.findChild(QLabel, "restartNote")
    assert note is not None and "restart" in note.text()
    assert dialog.language.currentData() == ""  # the system's, until chosen
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.digits.setCurrentIndex(dialog.digits.findData(i18n.LATIN))
    dialog.accept()
    assert preferences.get(preferences.LANGUAGE) == "ru"
    assert preferences.get(preferences.DIGITS) == i18n.LATIN
    assert i18n.current_language() == "en"  # applied after a restart, not now
    os.environ.pop(i18n.ENVIRONMENT)
    try:
        assert i18n.chosen_language() == "ru"
    finally:
        os.environ[i18n.ENVIRONMENT] = "en"


def test_provdesk_language_ru_screenshot_in_a_fresh_process(tmp_path: Path) -> None:
    shot = tmp_path / "ru.png"
    done = subprocess.run(
        [sys.executable, "-m", "desktop.app", "--language", "ru", "--screenshot", str(shot)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 600
