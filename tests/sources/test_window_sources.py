"""Source import and the viewer attached to the real main window (`SourceSupport`)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from db.queries import claim_detail
from db.text.spans import Span
from desktop.ui.sources.selection_dialogs import NewClaimFromSelection
from desktop.ui.window_setup import build_window

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture
def window(qtbot, sqlite_case):
    win, _actions = build_window()
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    assert win.parts is not None and win.parts.sources is not None
    support = win.parts.sources
    win.set_case(sqlite_case)
    yield win, support
    win.workers.wait(10_000)
    support.importer.pool.waitForDone(10_000)
    win.set_case(None)


def test_file_named_on_the_command_line_is_imported_and_shown(qtbot, window, digest_article):
    win, support = window
    with qtbot.waitSignal(support.viewer.loaded, timeout=30_000):
        support.open_file(digest_article)
    assert support.dock.isVisible()
    assert support.viewer.title.text().startswith("Ankara and Damascus")
    assert "Imported as source 1" in win.statusBar().currentMessage()


def test_import_menu_opens_a_file_chooser(qtbot, window):
    win, support = window
    imports = [a for a in win.menu("File").actions() if a.objectName() == "actionImportSource"]
    assert imports == [support.import_action]
    support.import_action.trigger()
    dialog = win.findChild(QFileDialog, "importSourceDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_claim_from_selection_through_the_window(qtbot, window, sqlite_case, digest_article):
    win, support = window
    with qtbot.waitSignal(support.viewer.loaded, timeout=30_000):
        support.open_file(digest_article)
    viewer = support.viewer
    text = viewer.text_view.text
    start = text.index("The sanctions imposed on the ports of the region")
    end = start + len("The sanctions imposed on the ports of the region")
    viewer.text_view.select_span(start, end)
    viewer.new_claim_action.trigger()
    dialog = win.findChild(NewClaimFromSelection)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.actor, "Viktor Orlan")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    claim_id, _hop_id = dialog.result_ids
    with sqlite_case.read() as session:
        (hop,) = claim_detail(session, claim_id).hops
    assert hop.spans == (Span(start, end, None),) and hop.actor_name == "Viktor Orlan"
    qtbot.waitUntil(lambda: len(viewer.text_view.extraSelections()) == 1, timeout=10_000)
    assert win.current_claim_id() == claim_id
