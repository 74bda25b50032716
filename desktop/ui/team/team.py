"""Team mode in the window: connecting to a team server, live changes from other reviewers,
a read-only banner, a lost-connection banner that reconnects, copying a case to and from a
server."""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from db.case import Case, case_url, open_case
from db.errors import CaseError
from db.team import ChangeListener, SqliteWatcher
from db.unit_of_work import Changes
from desktop import credentials

translate = QCoreApplication.translate

TLS_MODES = ["prefer", "require", "verify-full", "disable"]


def server_url(host: str, port: int, database: str, user: str, tls: str) -> URL:
    """The address of a case on a team server, without its password."""
    query = {"sslmode": tls} if tls and tls != "prefer" else {}
    return URL.create(
        "postgresql+psycopg", username=user, host=host, port=port, database=database, query=query
    )


class ConnectDialog(QDialog):
    """Host, port, database, user, TLS mode and password; the password goes to the keyring
    (when there is one), never to the settings."""

    def __init__(self, parent: QWidget | None = None, location: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to Team Server"))
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.tls = QComboBox()
        self.tls.addItems(TLS_MODES)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Keep the password in the system keyring"))
        for widget, name in (
            (self.host, self.tr("Server host")),
            (self.port, self.tr("Server port")),
            (self.database, self.tr("Database")),
            (self.user, self.tr("Database user")),
            (self.tls, self.tr("TLS mode")),
            (self.password, self.tr("Password")),
            (self.remember, self.tr("Remember password")),
        ):
            widget.setAccessibleName(name)
        if location:
            self._fill(case_url(location))
        self._offer_keyring()
        form = QFormLayout()
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&TLS:"), self.tls)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("connectProblem")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _offer_keyring(self) -> None:
        """Offer to keep the password only where a keyring is there and did not just fail
        (reading the stored password may have just failed): otherwise say why not."""
        keyring_problem = credentials.keyring_problem()
        if keyring_problem is None:
            self.remember.setChecked(True)
            return
        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        self.remember.setText(
            self.tr("%1: the password will be asked each time").replace(
                "%1", f"{keyring_problem[0].upper()}{keyring_problem[1:]}"
            )
        )

    def _fill(self, url: URL) -> None:
        self.host.setText(url.host or "localhost")
        self.port.setValue(url.port or 5432)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        mode = url.query.get("sslmode", "prefer")
        self.tls.setCurrentText(mode if isinstance(mode, str) else "prefer")
        stored = credentials.stored_password(url)
        if stored:
            self.password.setText(stored)

    def url(self) -> URL:
        return server_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.tls.currentText(),
        )

    def _accept(self) -> None:
        if not (
            self.host.text().strip() and self.database.text().strip() and self.user.text().strip()
        ):
            self.problem.setText(
                self.tr("Give the server's host, the database and your database user.")
            )
            return
        self.accept()


class LiveChanges(QObject):
    """Brings other reviewers' changes into the window: LISTEN/NOTIFY on a team server (a
    socket notifier, no polling), PRAGMA data_version once a second for an SQLite file."""

    changed = Signal(object)
    connectionLost = Signal(str)
    connectionBack = Signal()
    _reconnected = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener: ChangeListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._watcher: SqliteWatcher | None = None
        self._url: URL | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._lost = False
        self._reconnecting = False
        self._reconnected.connect(self._attach)

    def watch(self, case: Case | None) -> None:
        self.stop()
        if case is None:
            return
        if case.dialect == "postgresql":
            self._url = case.url
            self._listen()
        else:
            try:
                self._watcher = SqliteWatcher(case)
            except CaseError:
                return
        self._timer.start()

    def _listen(self) -> None:
        """Connect at once, when a case has just been opened (the server answered a moment ago)."""
        assert self._url is not None
        try:
            listener = ChangeListener(self._url)
        except CaseError as exc:
            self._attach(self._url, exc)
            return
        self._attach(self._url, listener)

    def _reconnect(self) -> None:
        """Try again off the GUI thread: a server that is down can take seconds to refuse."""
        if self._reconnecting or self._url is None:
            return
        self._reconnecting = True
        url = self._url

        def attempt() -> None:
            try:
                outcome: object = ChangeListener(url)
            except CaseError as exc:
                outcome = exc
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                self._reconnected.emit(url, outcome)

        threading.Thread(target=attempt, name="provdesk-listen", daemon=True).start()

    def _attach(self, url: URL, outcome: object) -> None:
        self._reconnecting = False
        if url != self._url or self._listener is not None:
            if isinstance(outcome, ChangeListener):
                outcome.close()
            return
        if not isinstance(outcome, ChangeListener):
            if not self._lost:
                self._lost = True
                self.connectionLost.emit(str(outcome))
            return
        self._listener = outcome
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        if self._lost:
            self._lost = False
            self.connectionBack.emit()
            self.changed.emit(Changes(case=True))

    def _read(self, *_args: Any) -> None:
        if self._listener is None:
            return
        try:
            notices = self._listener.drain()
        except Exception as exc:  # the server went away under the listener
            self._drop_listener()
            self._lost = True
            self.connectionLost.emit(
                self.tr("the connection to the team server was lost (%1)").replace("%1", str(exc))
            )
            return
        merged = Changes()
        for notice in notices:
            merged.claims |= notice.changes.claims
            merged.hops |= notice.changes.hops
            merged.actors |= notice.changes.actors
            merged.sources |= notice.changes.sources
            merged.case |= notice.changes.case
        if merged:
            self.changed.emit(merged)

    def _tick(self) -> None:
        if self._watcher is not None:
            if self._watcher.changed():
                self.changed.emit(Changes(case=True))
        elif self._url is not None and self._listener is None:
            self._reconnect()

    def absorb_own(self) -> None:
        """Our own change was applied already: an SQLite case's version moved because of it,
        not because of another process (a server's notice of it is harmless: one refresh)."""
        if self._watcher is not None:
            self._watcher.changed()

    def _drop_listener(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            with contextlib.suppress(Exception):
                self._listener.close()
            self._listener = None

    def stop(self) -> None:
        self._timer.stop()
        self._drop_listener()
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
        self._url = None
        self._lost = False


def ask_copy_destination(parent: QWidget, to_server: bool) -> tuple[str, str | None] | None:
    """Where to copy the case: a new file, or an empty database on a server (with password)."""
    if to_server:
        dialog = ConnectDialog(parent)
        dialog.setWindowTitle(translate("TeamCopy", "Copy Case to Team Server"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.url().render_as_string(hide_password=False), dialog.password.text() or None
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("TeamCopy", "Copy case to file"),
        "",
        translate("TeamCopy", "Cases (*.provdesk)"),
    )
    return (path, None) if path else None


def open_with_password(location: str, password: str | None, reviewer: str, *, create: bool) -> Case:
    url = case_url(location)
    if password:
        url = url.set(password=password)
    elif credentials.needs_password(url):
        stored = credentials.stored_password(url)
        if stored:
            url = url.set(password=stored)
    return open_case(url, reviewer=reviewer, create=create)
