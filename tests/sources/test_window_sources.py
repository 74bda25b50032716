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


def _window_at(qtbot, width: int, height: int, case=None):
    """A window as the app starts one: its saved layout restored (QSettings), then shown."""
    win, _actions = build_window()
    qtbot.addWidget(win)
    win.resize(width, height)
    win.restore_layout()
    win.show()
    if case is not None:
        win.set_case(case)
    return win


def test_an_import_leaves_the_claim_pane_the_width_the_reviewer_gave_it(
    qtbot, sqlite_case, digest_article
):
    """The source dock an import opens takes its room from the claim list first; the split the
    reviewer saved comes back when the dock closes, and is what the window saves."""
    from desktop.ui.sources.source_setup import CLAIM_PANE_FLOOR

    earlier = _window_at(qtbot, 1600, 900)
    earlier.splitter.setSizes([700, 900])
    reviewers = earlier.splitter.sizes()
    earlier.close()  # saves the layout, as the app does

    win = _window_at(qtbot, 1600, 900, sqlite_case)
    assert win.splitter.sizes() == reviewers
    support = win.parts.sources
    with qtbot.waitSignal(support.viewer.loaded, timeout=30_000):
        support.open_file(digest_article)
    qtbot.waitUntil(lambda: support.dock.isVisible() and support.dock.width() > 0)
    listed, pane = win.splitter.sizes()
    least = win.splitter.widget(0).minimumSizeHint().width()
    # The list gave way first; the pane kept its width or gave only what the dock still needed.
    assert pane == reviewers[1] or (listed == least and pane >= CLAIM_PANE_FLOOR)
    assert support.dock.width() >= support.dock.minimumSizeHint().width()
    assert support.viewer.title.text().startswith("Ankara and Damascus")

    win.close()  # with the dock open: the reviewer's split is saved, not the squeezed one
    again = _window_at(qtbot, 1600, 900)
    assert again.splitter.sizes() == reviewers
    win.workers.wait(10_000)
    support.importer.pool.waitForDone(10_000)


def test_closing_the_source_dock_gives_the_reviewers_split_back(qtbot, window, digest_article):
    win, support = window
    win.splitter.setSizes([560, 730])
    reviewers = win.splitter.sizes()
    with qtbot.waitSignal(support.viewer.loaded, timeout=30_000):
        support.open_file(digest_article)
    qtbot.waitUntil(lambda: support.dock.isVisible())
    assert win.splitter.sizes()[1] > win.splitter.widget(1).minimumSizeHint().width()
    support.dock.close()
    qtbot.waitUntil(lambda: win.splitter.sizes() == reviewers)


def test_the_dock_warmed_up_as_the_window_starts_changes_nothing_the_reviewer_sees(
    qtbot, window, digest_article
):
    """The hidden dock is shown and hidden once as the window starts (its first opening at an
    import's end is then cheaper): it stays hidden, the reviewer's split (at once, not a pass
    later) and the dock's saved width are untouched, and an import still opens it with the
    room made for it."""
    from desktop import preferences
    from desktop.ui.sources.source_setup import DOCK_SHARE_SAVED

    win, support = window
    win.splitter.setSizes([560, 730])
    qtbot.wait(50)
    reviewers, saved = win.splitter.sizes(), preferences.get(DOCK_SHARE_SAVED)
    toggled: list[bool] = []
    support.dock.toggleViewAction().toggled.connect(toggled.append)
    support.room.warm_up()
    assert win.splitter.sizes() == reviewers
    qtbot.wait(50)
    assert support.dock.isHidden()
    assert win.splitter.sizes() == reviewers
    assert preferences.get(DOCK_SHARE_SAVED) == saved
    assert support.viewer.updatesEnabled()
    assert not support.dock.toggleViewAction().isChecked()
    with qtbot.waitSignal(support.viewer.loaded, timeout=30_000):
        support.open_file(digest_article)
    qtbot.waitUntil(lambda: support.dock.isVisible() and support.dock.width() > 0)
    assert support.dock.width() >= support.dock.minimumSizeHint().width()
    assert support.viewer.title.text().startswith("Ankara and Damascus")
    support.dock.close()
    qtbot.waitUntil(lambda: win.splitter.sizes() == reviewers)
