"""The `provdesk` GUI entry point.

    provdesk [--case CASE] [--screenshot FILE.png] [FILE]

With no case given it opens the last case, or the demo case on first start. `--screenshot`
renders the window offscreen (first claim open) to a PNG and exits, for the README and checks.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="provdesk", description="Provenance Desk")
    parser.add_argument("--case", help="case file or database URL to open")
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="render the window to FILE.png and exit"
    )
    parser.add_argument("file", nargs="?", help="a local source file to import")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from desktop.version import APP_ID, APP_NAME

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("provdesk")
    app.setOrganizationName("ProvenanceDesk")
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    if args.screenshot:
        from desktop.ui.screenshot import screenshot

        return screenshot(args.case, args.screenshot)

    from desktop.ui import error_report

    error_report.install()
    window = start_window(args.case)
    if args.file:
        _import_when_open(window, args.file)
    return int(app.exec())


def start_window(case: str | None) -> MainWindow:
    """Show the window's frame at once (`MainWindow.__init__`); once it has painted, start
    opening the case on the workers and complete the window (claim pane, actions) meanwhile;
    attach the source import once the claim list has its rows. The reviewer sees the window
    while the database layer and the rest of the interface load."""
    from PySide6.QtCore import QTimer

    from desktop.ui.first_paint import after_first_paint
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.restore_layout()

    def complete_and_open() -> None:
        from desktop import preferences
        from desktop.ui.case_actions import CaseActions
        from desktop.ui.window_setup import attach_sources, complete_window

        actions = CaseActions(window)
        if not os.environ.get("PROVDESK_REVIEWER") and not preferences.reviewer_name():
            complete_window(window, sources=False, actions=actions)
            dialog = actions.edit_preferences(first_run=True)
            dialog.finished.connect(lambda _r: actions.start(case))
        else:
            actions.start(case)  # the workers begin; the rest of the window is made meanwhile
            complete_window(window, sources=False, actions=actions)

        def attach() -> None:
            if getattr(window, "sources_ui", None) is None:
                attach_sources(window)

        # After the claim list has painted its first rows (the import code is large).
        window.caseChanged.connect(lambda _case: QTimer.singleShot(100, window, attach))

    after_first_paint(window, complete_and_open)
    window.show()
    return window


def _import_when_open(window: object, path: str) -> None:
    """Once the first case is open, hand FILE to the source import (`window.sources_ui`), or
    say in the status bar that importing is not available."""
    from desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)

    def opened(case: object) -> None:
        if case is None:
            return
        window.caseChanged.disconnect(opened)
        sources_ui = getattr(window, "sources_ui", None)
        if sources_ui is not None:
            sources_ui.open_file(path)
        else:
            window.show_status(f"Importing {path} is not available in this version yet", 0)

    window.caseChanged.connect(opened)


if __name__ == "__main__":
    sys.exit(main())
