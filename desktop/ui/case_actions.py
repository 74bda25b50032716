"""File menu and case handling: new, open, open recent, preferences, quit; opening a case off
the GUI thread; the demo case on first start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMenu

from db.errors import CaseError
from db.text.direction import isolate
from desktop import preferences

from .main_window import MainWindow
from .reviewer_dialog import PreferencesDialog

if TYPE_CHECKING:  # SQLAlchemy loads on the worker that opens the case
    from db.case import Case

CASE_SUFFIX = ".provdesk"  # as db.case.CASE_SUFFIX (a test keeps them equal)
FILE_PATTERN = f"*{CASE_SUFFIX}"


def open_and_count(location: str, *, create: bool, demo: bool, reviewer: str) -> tuple[Case, int]:
    """Open a case and count its claims (worker thread: both may take a while)."""
    from db.queries import count_claims

    case = open_or_create(location, create=create, demo=demo, reviewer=reviewer)
    try:
        with case.read() as session:
            return case, count_claims(session)
    except BaseException:
        case.close()
        raise


def open_or_create(location: str, *, create: bool, demo: bool, reviewer: str) -> Case:
    """Open a case (worker thread); a new default case gets the demo claims."""
    from db.case import open_case
    from db.demo import create_demo

    is_new = create and "://" not in location and not Path(location).exists()
    case = open_case(location, reviewer=reviewer, create=create)
    if is_new and demo:
        try:
            create_demo(case)
        except BaseException:
            case.close()
            raise
    return case


class CaseActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.preferences_dialog: PreferencesDialog | None = None
        self._server_deferred = False
        self.open_server: Callable[[str], object] | None = None
        """Opens a team server's case (the team room's, set by `window_setup`)."""
        bind = window.action_registry.bind
        bind("file.new_case", self.new_case)
        bind("file.open_case", self.choose_case)
        self.recent = QMenu(self.tr("Open &Recent"), window)
        self.recent.setObjectName("menuRecent")
        self.recent.aboutToShow.connect(self._fill_recent)
        window.action_registry.provide("file.recent", self.recent.menuAction())
        bind("file.quit", window.close)
        bind("edit.preferences", self.edit_preferences)

    # -- opening --------------------------------------------------------------------------

    def open_location(self, location: str, *, create: bool = False, demo: bool = False) -> None:
        """Open the case at `location` on a worker thread; the window shows it when ready."""
        window = self.window
        if "://" in location and not location.startswith("sqlite"):
            if self.open_server is not None:
                self.open_server(location)  # the password from the keyring, or asked for
                return
            if not self._server_deferred:
                # At start-up the team room is attached right after this call (start_window):
                # it opens the server case (keyring, first look) once it is there.
                self._server_deferred = True
                QTimer.singleShot(
                    0, self, lambda: self.open_location(location, create=create, demo=demo)
                )
                return
        window.show_status(self.tr("Opening {case}…").format(case=isolate(location)), 0)
        reviewer = preferences.audit_reviewer()
        if window.case is None and not create and "://" not in location:
            self._first_look(location)

        def done(opened: tuple[Case, int]) -> None:
            window.set_case(*opened)
            preferences.remember_case(location)

        def failed(exc: BaseException) -> None:
            window.statusBar().clearMessage()
            window.forget_first_look()
            if isinstance(exc, CaseError):
                window.show_error(
                    self.tr("The case could not be opened: {reason}").format(reason=exc)
                )
            else:
                window._work_failed(exc)

        window.workers.submit(
            lambda: open_and_count(location, create=create, demo=demo, reviewer=reviewer),
            done,
            failed,
        )

    def _first_look(self, location: str) -> None:
        """Show the case file's first rows as soon as the bare driver has read them, while
        the case opens on the other worker (`db.first_look`)."""
        from db.first_look import FirstLook, first_look

        def done(look: FirstLook | None) -> None:
            if look is not None:
                self.window.show_first_look(look)

        self.window.workers.submit(lambda: first_look(location), done, lambda _exc: None)

    def start(self, location: str | None) -> None:
        """First case of the session: the one asked for, the last one, or the demo case."""
        if location:
            self.open_location(location)
            return
        last = preferences.get(preferences.LAST_CASE)
        if last and ("://" in last or Path(last).exists()):
            self.open_location(last)
            return
        self.open_location(str(preferences.default_case_path()), create=True, demo=True)

    def new_case(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New case"),
            str(preferences.data_dir() / "cases"),
            self.file_filter(),
        )
        if path:
            if not path.endswith(CASE_SUFFIX):
                path += CASE_SUFFIX
            if Path(path).exists():
                self.window.show_error(
                    self.tr("{file} exists already: open it, or choose another name").format(
                        file=isolate(str(path))
                    )
                )
                return
            self.open_location(path, create=True)

    def choose_case(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open case"),
            str(preferences.data_dir() / "cases"),
            self.file_filter(),
        )
        if path:
            self.open_location(path)

    def file_filter(self) -> str:
        """The file dialogs' filter: case files, or any file (the patterns stay as they are)."""
        cases = self.tr("Provenance Desk cases")
        return f"{cases} ({FILE_PATTERN});;{self.tr('All files')} (*)"

    def _fill_recent(self) -> None:
        self.recent.clear()
        cases = preferences.recent_cases()
        if not cases:
            self.recent.addAction(self.tr("No recent cases")).setEnabled(False)
            return
        for number, location in enumerate(cases, start=1):
            action = self.recent.addAction(f"&{number % 10} {isolate(location)}")
            action.setToolTip(location)
            action.triggered.connect(lambda _c=False, loc=location: self.open_location(loc))

    # -- preferences ----------------------------------------------------------------------

    def edit_preferences(self, *, first_run: bool = False) -> PreferencesDialog:
        dialog = PreferencesDialog(self.window, first_run=first_run)
        self.preferences_dialog = dialog

        def accepted() -> None:
            name = dialog.reviewer()
            if self.window.case is not None:
                self.window.case.reviewer = name
            self.window.reviewer_label.setText(self.window.reviewer_text(name))
            self.window.show_status(
                self.tr("Changes are now recorded as made by {name}").format(name=isolate(name))
            )

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog
