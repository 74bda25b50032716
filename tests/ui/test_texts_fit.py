"""No label, button, list or tab of the window is cut at 1360×820, in any of its languages: the main
window (with the Trash and the source viewer open) and its main dialogs. A text is cut when its
widget is narrower than the text needs (its size hint); labels that wrap are laid out to fit by
design, and so are tabs and items that elide on purpose (list cells, the chain diagram)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from db.case import Case
from desktop.ui.common import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.window_setup import build_window

SIZE = (1360, 820)
DIALOGS = (
    "edit.preferences",
    "file.export",
    "claim.set_verdict",
    "claim.edit",
    "claim.add_hop",
    "file.ocr_language",
    "tools.backup_schedule",
)
"""The dialogs a reviewer meets most, opened from their menu actions."""


def cut_texts(root: QWidget) -> list[str]:
    """The visible labels, buttons, lists (their shown choice) and tabs under `root` narrower
    than their text."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            if widget.width() + 1 < widget.sizeHint().width():
                found.append(f"{widget.text()!r}: {widget.width()} < {widget.sizeHint().width()}")
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            need = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if field.width() + 1 < need:
                found.append(f"list {widget.currentText()!r}: {field.width()} < {need}")
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                if not widget.isTabVisible(tab):
                    continue  # a reading the source has not: not shown
                have, want = widget.tabRect(tab).width(), widget.tabSizeHint(tab).width()
                if have + 1 < want:
                    found.append(f"tab {widget.tabText(tab)!r}: {have} < {want}")
    return found


def test_a_cut_label_is_found(qtbot: QtBot) -> None:
    label = QLabel("A label much longer than the room it was given")
    qtbot.addWidget(label)
    label.setFixedWidth(60)
    label.show()
    assert cut_texts(label) == [f"'{label.text()}': 60 < {label.sizeHint().width()}"]


@pytest.fixture
def windows() -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.workers.wait(5000)
        window.set_case(None)


@pytest.mark.parametrize("language", ["en", "ar", "tr", "ru"])
def test_no_text_is_cut_at_1360_by_820(
    language: str, qtbot: QtBot, demo_case: Case, windows: list[MainWindow]
) -> None:
    i18n.install(language)
    window, _actions = build_window()
    windows.append(window)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    window.set_case(demo_case)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10000)
    qtbot.wait(50)  # the status bar lays out its new texts
    cut = {"window": cut_texts(window)}
    assert window.parts is not None and window.parts.sources is not None
    window.action_registry.action("view.trash").trigger()
    window.parts.sources.dock.show()
    qtbot.wait(50)
    cut["window with Trash and source viewer"] = cut_texts(window)
    for action in DIALOGS:
        before = set(QApplication.topLevelWidgets())
        window.action_registry.action(action).trigger()
        dialogs = [
            d
            for d in QApplication.topLevelWidgets()
            if d not in before and isinstance(d, QDialog) and d.isVisible()
        ]
        assert dialogs, action
        for dialog in dialogs:
            cut[action] = cut_texts(dialog)
            dialog.reject()
    assert {where: texts for where, texts in cut.items() if texts} == {}
    assert window.width() <= SIZE[0] + 1, "the window grew wider than 1360 to fit its parts"
