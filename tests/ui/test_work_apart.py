"""The window keeps long pure-Python work off its own interpreter: the translation links of a
long source are searched in a process of their own (the GUI thread is never held by them), and
the search's name expansion does not load the Russian morphology into the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db import operations as ops
from db.case import open_case
from desktop.sources import sandbox
from desktop.ui.main_window import MainWindow
from desktop.ui.translations import proposals as proposals_module
from tests.text.parallel import load_pair

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

DOC = load_pair("ar-en")[0]


def test_a_long_sources_translation_link_is_proposed_from_a_process_of_its_own(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = open_case(tmp_path / "p.provdesk", reviewer="Test Reviewer", create=True)
    with case.change() as uow:
        ops.add_source(uow, title="الوطن", language="ar", direction="rtl", text=DOC.original_text)
        translation = ops.add_source(
            uow,
            title="Syria digest",
            language="en",
            text=DOC.translation_text + " This article was translated and edited by our desk.",
        )
    monkeypatch.setattr(sandbox, "APART_FROM", 10)  # these sources count as long

    def not_here(_given: object) -> object:
        raise AssertionError("translation links searched in the window's process")

    monkeypatch.setattr(proposals_module, "proposals_among", not_here)
    ran: list[str] = []
    real = sandbox.run_apart
    monkeypatch.setattr(sandbox, "run_apart", lambda f, a: (ran.append(f), real(f, a))[1])
    window.set_case(case)
    parts = window.parts
    assert parts.sources is not None and parts.translations is not None
    bar = parts.translations.proposals.bar
    parts.sources.viewer.show_source(translation)
    qtbot.waitUntil(lambda: bar.proposal is not None, timeout=60_000)
    assert ran == ["db.translation_proposals:proposals_among"]
    assert "Is it a translation of \u2068الوطن\u2069?" in bar.label.text()
    window.workers.wait(10_000)
    window.set_case(None)
    case.close()
