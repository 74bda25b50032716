"""An unknown language (`provdesk --language xx`, `provdesk-cli export --language xx`, or one
stored in the preferences) gets one clear line or falls back quietly: never a traceback."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import app as desktop_app
from desktop import cli, preferences
from desktop.ui.common import i18n
from desktop.ui.reviewer_dialog import PreferencesDialog


def test_provdesk_language_xx_says_one_line_and_exits_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stop:
        desktop_app.parse_args(["--language", "xx"])
    assert stop.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("provdesk: error:") and "'xx'" in err and "ar" in err


def test_provdesk_cli_export_language_xx_says_one_line_and_exits_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["export", "-f", "html", "--language", "xx", "-o", "r.html"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("provdesk-cli: error:") and "'xx'" in err and "ru" in err


def test_an_unknown_stored_language_falls_back_to_the_system_and_the_dialog_opens(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, qapp: QApplication
) -> None:
    monkeypatch.delenv(i18n.ENVIRONMENT)
    preferences.put(preferences.LANGUAGE, "xx")
    try:
        assert i18n.chosen_language() == i18n.system_language()
        assert i18n.install("xx") == "en"
        dialog = PreferencesDialog()
        qtbot.addWidget(dialog)
        assert dialog.language.currentData() == ""  # shown as "the system's language"
    finally:
        preferences.put(preferences.LANGUAGE, "")
