"""The Export dialog's work off the GUI thread: writing the report (progress, cancel), and
asking the keyring for the signing key and the case for its publishing URL."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from db.case import Case
from db.errors import CaseError
from desktop.reports.export import ExportError, export_report
from desktop.reports.model import ExportCancelled
from desktop.reports.scope import ReportScope

translate = QCoreApplication.translate


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _KeySignals(QObject):
    found = Signal(str)  # the key's fingerprint
    missing = Signal(str)  # why there is none, for the tooltip


class KeyProbe(QRunnable):
    """Looks for the desk's signing key in the keyring, off the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.signals = _KeySignals()

    def run(self) -> None:
        from desktop import signing  # cryptography and the keyring only here

        try:
            fingerprint = signing.desk_fingerprint()
        except signing.SigningError as exc:
            self.signals.missing.emit(
                translate("KeyProbe", "Cannot sign: %1.").replace("%1", str(exc))
            )
        except Exception as exc:  # a keyring backend's own failure: a tooltip, not a crash
            failed = translate("KeyProbe", "Cannot sign: the keyring failed (%1).")
            self.signals.missing.emit(failed.replace("%1", str(exc)))
        else:
            if fingerprint is None:
                self.signals.missing.emit(
                    translate(
                        "KeyProbe",
                        "The desk has no signing key yet; create one with "
                        "“provdesk-cli key create”, then open this dialog again.",
                    )
                )
            else:
                self.signals.found.emit(fingerprint)


class _UrlSignals(QObject):
    read = Signal(str)


class PublishUrlProbe(QRunnable):
    """Reads the case's publishing URL off the GUI thread (a server may be slow)."""

    def __init__(self, case: Case) -> None:
        super().__init__()
        self.case = case
        self.signals = _UrlSignals()

    def run(self) -> None:
        from db.operations.case_settings import publish_url

        try:
            with self.case.read() as session:
                url = publish_url(session)
        except Exception:  # the case went away: the field stays as typed
            return
        self.signals.read.emit(url)


class ExportTask(QRunnable):
    """Runs `export_report` in the thread pool; talks back only through queued signals."""

    def __init__(
        self,
        case: Case,
        scope: ReportScope,
        fmt: str,
        path: Path,
        reviewer: str,
        sign: bool = False,
        publish_url: str | None = None,
        base_url: str = "",
        language: str = "en",
    ) -> None:
        """`publish_url`: a new publishing URL to keep in the case first (None: keep it);
        `base_url`: the address the report is published at ("" for none); `language`: that of
        the report's own words."""
        super().__init__()
        self.signals = _Signals()
        self.cancel_requested = threading.Event()
        self._args = (case, scope, fmt, path, reviewer, sign)
        self.publish_url = publish_url
        self.base_url = base_url
        self.language = language

    def run(self) -> None:
        case, scope, fmt, path, reviewer, sign = self._args
        try:
            if self.publish_url is not None:
                from db.operations.case_settings import set_publish_url

                with case.change() as uow:
                    set_publish_url(uow, self.publish_url)
            result = export_report(
                case,
                scope,
                fmt,
                path,
                reviewer=reviewer,
                base_url=self.base_url,
                progress=self.signals.progress.emit,
                cancelled=self.cancel_requested.is_set,
                sign_as=reviewer if sign else None,
                language=self.language,
            )
        except ExportCancelled:
            self.signals.cancelled.emit()
        except (ExportError, CaseError) as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # shown as one line in the dialog, never a traceback
            failed = translate("ExportTask", "the export failed: %1")
            self.signals.failed.emit(failed.replace("%1", f"{type(exc).__name__}: {exc}"))
        else:
            self.signals.finished.emit(result)
