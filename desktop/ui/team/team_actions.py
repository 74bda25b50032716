"""Team mode in the window: File ▸ Connect to Team Server…, reopening a server from Open Recent
with the password from the keyring, other reviewers' changes arriving live, the lost-connection
and read-only banners, and copying a case to a server or to a file.

The widgets and the listener live in `team.py`; this module wires them into the window. It
imports them (and so SQLAlchemy) only when first used, so the window paints before the
database layer loads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from db.errors import CaseError
from desktop import preferences

from ..common.banners import Banner
from ..common.placeholders import counted

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from db.case import Case
    from db.first_look import FirstLook
    from db.transfer import CopyReport
    from db.unit_of_work import Changes

    from ..main_window import MainWindow
    from .team import ConnectDialog, LiveChanges

LOST = QT_TRANSLATE_NOOP("TeamActions", "Connection to the team server lost — reconnecting…")
READ_ONLY = QT_TRANSLATE_NOOP("TeamActions", "Read-only: you may read this case but not change it")
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "TeamActions", "No password is kept for this server: give it to connect."
)


def is_server(location: str) -> bool:
    return "://" in location and not location.startswith("sqlite")


class TeamActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ConnectDialog | None = None  # the connect dialog open now (tests use it)
        self.live: LiveChanges | None = None
        self.lost_banner = Banner(window, "connectionBanner", "warning")
        self.read_only_banner = Banner(window, "readOnlyBanner", "info")
        bind = window.action_registry.bind
        self.connect_action = bind("file.connect_server", self.connect_to_server)
        self.copy_to_server_action = bind(
            "file.copy_to_server", lambda: self.copy_case(to_server=True)
        )
        self.copy_to_file_action = bind(
            "file.copy_to_file", lambda: self.copy_case(to_server=False)
        )
        window.events.caseChanged.connect(self._case_changed)
        window.events.changesApplied.connect(self._own_changes)

    # -- the open case --------------------------------------------------------------------

    def _live(self) -> LiveChanges:
        if self.live is None:
            from .team import LiveChanges

            self.live = LiveChanges(self)
            self.live.changed.connect(self.window.apply_changes)
            self.live.connectionLost.connect(self._lost)
            self.live.connectionBack.connect(self._back)
        return self.live

    def _case_changed(self, case: Case | None) -> None:
        self.lost_banner.hide()
        self.set_read_only(False)
        if case is None:
            if self.live is not None:
                self.live.stop()
            return
        self._live().watch(case)

        def done(read_only: bool) -> None:
            if case is self.window.case:
                self.set_read_only(read_only, case.read_only_reason)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, CaseError):
                self.window.show_status(
                    self.tr("Could not ask whether you may change the case: %1").replace(
                        "%1", str(exc)
                    )
                )
            else:
                self.window._work_failed(exc)

        self.window.workers.submit(lambda: case.read_only, done, failed)

    def set_read_only(self, on: bool, why: str | None = None) -> None:
        """`why`: the reason a case file can only be read here (a read-only share, a full
        disk); a team case says the server's grants allow reading only."""
        self.window.read_only = on
        if on:
            self.read_only_banner.say(
                self.tr("Read-only: %1").replace("%1", why) if why else self.tr(READ_ONLY)
            )
        else:
            self.read_only_banner.hide()
        self.window.events.readOnlyChanged.emit(on)  # the actions and views follow

    def _own_changes(self, _changes: Changes) -> None:
        if self.live is not None:
            self.live.absorb_own()

    def _lost(self, why: str) -> None:
        self.lost_banner.say(self.tr(LOST))
        self.lost_banner.setToolTip(why)
        self.window.messages.append(why)

    def _back(self) -> None:
        self.lost_banner.hide()
        self.window.show_status(
            self.tr("Connected to the team server again; the case was read again")
        )

    # -- connecting -----------------------------------------------------------------------

    def connect_to_server(
        self, location: str = "", problem: str = "", password: str = ""
    ) -> ConnectDialog:
        """Ask for the server (pre-filled from `location`) and open its case on a worker."""
        from .team import ConnectDialog

        dialog = ConnectDialog(self.window, location)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if problem:
            dialog.problem.setText(problem)
        if password:
            dialog.password.setText(password)
        if location:
            dialog.password.setFocus()
        self.dialog = dialog

        def accepted() -> None:
            self.dialog = None
            remember = dialog.remember.isEnabled() and dialog.remember.isChecked()
            self._connect(dialog.url(), dialog.password.text(), remember)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(lambda: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _connect(self, url: URL, password: str, remember: bool) -> None:
        from desktop import credentials

        # (URL.set ignores None: _replace is what takes a password out)
        location = url._replace(password=None).render_as_string(hide_password=False)
        reviewer = preferences.audit_reviewer()
        self.window.show_status(self.tr("Connecting to %1…").replace("%1", _describe(location)), 0)

        def work() -> tuple[Case, int, str]:
            case, count = _open_counted(location, password or None, reviewer)
            note = ""
            if remember and password:
                try:
                    credentials.remember_password(url, password)
                except credentials.KeyringUnavailable as exc:
                    note = str(exc)
            return case, count, note

        def done(result: tuple[Case, int, str]) -> None:
            case, count, note = result
            self.window.set_case(case, count)
            preferences.remember_case(location)
            if note:
                self.window.show_status(
                    self.tr("Connected, but the password was not kept: %1").replace("%1", note),
                    20000,
                )

        def failed(exc: BaseException) -> None:
            self.window.statusBar().clearMessage()
            if isinstance(exc, CaseError):
                self.connect_to_server(
                    location, self.tr("Could not connect: %1").replace("%1", str(exc)), password
                )
            else:
                self.window._work_failed(exc)

        self.window.workers.submit(work, done, failed)

    def open_server(self, location: str) -> None:
        """Open a server case from Open Recent (or the command line): with the password kept in
        the keyring, or by asking for it in the connect dialog. The list shows the case's first
        rows as soon as psycopg alone has read them (`db.first_look`), before the full open
        has loaded SQLAlchemy and asked the server who the reviewer is."""
        reviewer = preferences.audit_reviewer()
        window = self.window
        window.show_status(self.tr("Connecting to %1…").replace("%1", _describe(location)), 0)

        def look() -> tuple[bool, str | None, FirstLook | None]:
            from db.first_look import server_first_look

            password = _password_of(location)
            if password is None:
                from db.case import case_url
                from desktop import credentials

                url = case_url(location)
                if credentials.needs_password(url):
                    password = credentials.stored_password(url)
                    if not password:
                        return False, None, None
            return True, password, server_first_look(location, password)

        def looked(result: tuple[bool, str | None, FirstLook | None]) -> None:
            can_open, password, first = result
            if not can_open:
                window.statusBar().clearMessage()
                self.connect_to_server(location, self.tr(NO_PASSWORD))
                return
            if first is not None:
                window.show_first_look(first)
            window.workers.submit(
                lambda: _open_counted(location, password, reviewer), opened, failed
            )

        def opened(result: tuple[Case, int]) -> None:
            window.statusBar().clearMessage()
            window.set_case(*result)
            preferences.remember_case(_without_password(location))

        def failed(exc: BaseException) -> None:
            window.statusBar().clearMessage()
            window.forget_first_look()
            if isinstance(exc, CaseError):
                self.connect_to_server(
                    location, self.tr("Could not connect: %1").replace("%1", str(exc))
                )
            else:
                window._work_failed(exc)

        window.workers.submit(look, looked, failed)

    # -- copying --------------------------------------------------------------------------

    def copy_case(self, *, to_server: bool) -> None:
        case = self.window.case
        if case is None:
            self.window.show_status(self.tr("Open a case first"))
            return
        from . import team

        chosen = team.ask_copy_destination(self.window, to_server)
        if chosen is None:
            return
        location, password = chosen
        if not to_server and not location.endswith(".provdesk"):
            location += ".provdesk"
        reviewer = preferences.audit_reviewer()
        shown = _describe(location)
        self.window.show_status(self.tr("Copying the case to %1…").replace("%1", shown), 0)

        def work() -> CopyReport:
            from db.transfer import copy_case

            target = team.open_with_password(location, password, reviewer, create=True)
            try:
                return copy_case(case, target)
            finally:
                target.close()

        def done(report: CopyReport) -> None:
            self.window.statusBar().clearMessage()
            self.show_copied(shown, report)

        def failed(exc: BaseException) -> None:
            self.window.statusBar().clearMessage()
            if isinstance(exc, CaseError):
                self.window.show_error(
                    self.tr("The case was not copied to %1: %2")
                    .replace("%2", str(exc))
                    .replace("%1", shown)
                )
            else:
                self.window._work_failed(exc)

        self.window.workers.submit(work, done, failed)

    def show_copied(self, where: str, report: CopyReport) -> QMessageBox:
        got = report.counts.get
        counts = self.tr(", ").join(
            (
                self.tr("%n claim(s)", "", got("claims", 0)),
                self.tr("%n hop(s)", "", got("hops", 0)),
                self.tr("%n actor(s)", "", got("actors", 0)),
                self.tr("%n source(s)", "", got("sources", 0)),
                self.tr("%n review(s)", "", got("reviews", 0)),
                self.tr("%n audit event(s)", "", got("audit_events", 0)),
                self.tr("%n evidence file(s)", "", report.evidence_files),
            )
        )
        counts = counted(counts)
        text = (
            self.tr("The case was copied to %1 and checked there.")
            + "\n\n"
            + self.tr("Copied: %2.")
            + "\n\n"
            + self.tr(
                "Verified: the number of rows of every table, the SHA-256 of every evidence "
                "file, and the audit log's hash chain (newest event %3…)."
            )
        )
        text = text.replace("%3", report.audit_head[:16]).replace("%2", counts)
        text = text.replace("%1", where)
        self.window.messages.append(text)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Case copied"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("copyReport")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.report_box = box
        return box


def _open_counted(location: str, password: str | None, reviewer: str) -> tuple[Case, int]:
    """Open a server case and count its claims (worker thread)."""
    from db.queries import count_claims

    from .team import open_with_password

    case = open_with_password(location, password, reviewer, create=False)
    try:
        with case.read() as session:
            return case, count_claims(session)
    except BaseException:
        case.close()
        raise


def _password_of(location: str) -> str | None:
    """The password written into a server's address, if any (without loading SQLAlchemy)."""
    from urllib.parse import unquote, urlsplit

    try:
        password = urlsplit(location).password
    except ValueError:
        return None
    return unquote(password) if password else None


def _without_password(location: str) -> str:
    """The location to remember: a password typed into a URL never reaches the settings."""
    from db.case import case_url

    return case_url(location)._replace(password=None).render_as_string(hide_password=False)


def _describe(location: str) -> str:
    """The address to show, its password masked as SQLAlchemy masks it (`***`); no SQLAlchemy
    is loaded for it (the window says "Connecting…" before the database layer has loaded)."""
    from urllib.parse import urlsplit, urlunsplit

    if not is_server(location):
        return location
    try:
        parts = urlsplit(location)
        if parts.password is None:
            return location
    except ValueError:
        return "<database URL>"
    user_info, _at, host = parts.netloc.rpartition("@")
    user = user_info.split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))
