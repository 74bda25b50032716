"""Versions of a source in the window: File ▸ Import New Version… (and "New Version…" in the
source viewer), "Read in Another Encoding…" for a text source (its readings side by side), the
source's history under its facts, and what a new version did to the quotes. The file is read on
a worker; the version is made as an undoable step (Edit ▸ Undo puts the previous one back).
A version that loses most quotes is asked about before it becomes current."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from db.errors import CaseError
from db.text.direction import isolate
from db.views import VersionView

from ..common import i18n
from ..common.placeholders import arg, counted
from ..sources.import_questions import EncodingChooser, file_filter
from ..sources.source_viewer import SourceViewer

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ..editing.editing import ClaimEditor
    from ..main_window import MainWindow

HEALTH_WORDS = {
    "exact": QT_TRANSLATE_NOOP("VersionReport", "exact"),
    "changed": QT_TRANSLATE_NOOP("VersionReport", "changed"),
    "lost": QT_TRANSLATE_NOOP("VersionReport", "lost"),
    "located": QT_TRANSLATE_NOOP("VersionReport", "located"),
    "not located": QT_TRANSLATE_NOOP("VersionReport", "not located"),
}
#: A quote to review after a new version: (without a note, with one).
HOP_LINES = {
    "changed": (
        QT_TRANSLATE_NOOP("VersionReport", "Hop %1 (claim %2) changed"),
        QT_TRANSLATE_NOOP("VersionReport", "Hop %1 (claim %2) changed: %3"),
    ),
    "lost": (
        QT_TRANSLATE_NOOP("VersionReport", "Hop %1 (claim %2) lost"),
        QT_TRANSLATE_NOOP("VersionReport", "Hop %1 (claim %2) lost: %3"),
    ),
}
HOW = {
    "imported": QT_TRANSLATE_NOOP("VersionReport", "imported"),
    "added": QT_TRANSLATE_NOOP("VersionReport", "added"),
    "update": QT_TRANSLATE_NOOP("VersionReport", "new file"),
    "reread": QT_TRANSLATE_NOOP("VersionReport", "read again"),
    "ocr": QT_TRANSLATE_NOOP("VersionReport", "recognised again"),
    "annotation": QT_TRANSLATE_NOOP("VersionReport", "from annotations"),
}


def describe_quotes(summary: Any) -> str:
    """A `QuotesSummary` in the window's language: "12 quotes: 10 exact, 1 changed, 1 lost"."""
    if not summary.total:
        return translate("VersionReport", "no quotes cite it")
    parts = [
        arg(
            translate("VersionReport", "%1 %2"),
            summary.counts[h],
            translate("VersionReport", HEALTH_WORDS[h]),
        )
        for h in HEALTH_WORDS
        if summary.counts.get(h)
    ]
    head = counted(translate("VersionReport", "%n quote(s)", "", summary.total))
    return (
        translate("VersionReport", "%1: %2")
        .replace("%1", head)
        .replace("%2", translate("VersionReport", ", ").join(parts))
    )


def describe_version(version: VersionView) -> str:
    """One line of a source's history in the window's language ("version 2 · 2026-12-06 22:10
    UTC · Ayşe · read again as cp1254 — why"); the reviewer's name and reason stay as kept."""
    how = (
        translate("VersionReport", HOW[version.reason]) if version.reason in HOW else version.reason
    )
    if version.encoding:
        how = (
            translate("VersionReport", "%1 as %2")
            .replace("%1", how)
            .replace("%2", version.encoding)
        )
    number = (
        translate("VersionReport", "version %1 (current)")
        if version.current
        else translate("VersionReport", "version %1")
    ).replace("%1", i18n.with_digits(str(version.number)))
    parts = [number, f"{version.created_at:%Y-%m-%d %H:%M} UTC", version.created_by or "?", how]
    if version.evidence_sha256:
        parts.append(f"sha256 {version.evidence_sha256[:12]}…")
    if version.quotes:
        parts.append(version.quotes)
    if version.same_as:
        parts.append(
            translate("VersionReport", "same text as version %1").replace(
                "%1", i18n.with_digits(str(version.same_as))
            )
        )
    return " · ".join(parts) + (f" — {version.why}" if version.why else "")


def version_report(outcome: Any) -> str:
    """What a new version did, in the reviewer's words (one line, then one per quote to
    review)."""
    summary = describe_quotes(outcome.summary)
    if outcome.same_as:
        first = translate(
            "VersionReport", "Source %1 is now at version %2 (the same text as version %3): %4."
        )
        first = first.replace("%3", i18n.with_digits(str(outcome.same_as)))
    else:
        first = translate("VersionReport", "Source %1 is now at version %2: %4.")
    lines = [
        first.replace("%1", i18n.with_digits(str(outcome.source_id)))
        .replace("%2", i18n.with_digits(str(outcome.number)))
        .replace("%4", summary)
    ]
    for quote in outcome.quotes:
        if quote.health in HOP_LINES:
            plain, noted = HOP_LINES[quote.health]
            line = translate("VersionReport", noted if quote.note else plain)
            lines.append(
                line.replace("%1", i18n.with_digits(str(quote.hop_id)))
                .replace("%2", i18n.with_digits(str(quote.claim_id)))
                .replace("%3", quote.note or "")
            )
    if len(lines) > 1:
        lines.append(
            translate(
                "VersionReport",
                "Select such a hop and choose Claim ▸ Accept New Anchor or Keep Old Version.",
            )
        )
    return "\n".join(lines)


class VersionHistory(QListWidget):
    """The versions of the source shown, oldest first: who, when, how, why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_history(self, history: tuple[VersionView, ...]) -> None:
        self.clear()
        for version in history:
            line = isolate(describe_version(version))
            self.addItem(line)
            self.item(self.count() - 1).setToolTip(line)
        self.setVisible(len(history) > 1)
        # Two lines a version (they wrap), at most three versions in view; the rest scroll.
        lines = 2 * min(self.count(), 3)
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + 2 * self.frameWidth() + 8)


class VersionActions(QObject):
    """Makes new versions of the source shown in `viewer`; `editor` runs them as undoable
    commands (its `run(command, what)`)."""

    versionMade = Signal(object)  # ops.NewVersion

    def __init__(self, window: MainWindow, viewer: SourceViewer, editor: ClaimEditor) -> None:
        super().__init__(window)
        self.window, self.viewer, self.editor = window, viewer, editor
        self.dialog: QWidget | None = None
        self.history_label = QLabel(self.tr("History"))
        self.history_label.setObjectName("sourceHistoryLabel")
        self.history = VersionHistory()
        self.history.setObjectName("sourceHistory")
        self.history.setAccessibleName(self.tr("Versions of the source"))
        layout = viewer.layout()
        if isinstance(layout, QVBoxLayout):
            at = layout.indexOf(viewer.facts) + 1
            layout.insertWidget(at, self.history_label)
            layout.insertWidget(at + 1, self.history)
        self.history.hide()
        self.history_label.hide()
        self.new_version_action = QAction(self.tr("New &Version…"), viewer)
        self.new_version_action.setObjectName("importNewVersion")
        self.new_version_action.setToolTip(
            self.tr(
                "Import a changed file of this source as its new version; its quotes are "
                "re-anchored (exact, changed or lost)"
            )
        )
        self.reread_action = QAction(self.tr("Read in Another &Encoding…"), viewer)
        self.reread_action.setObjectName("readInAnotherEncoding")
        self.reread_action.setToolTip(
            self.tr("Read this text file again in another encoding (the first reading stays)")
        )
        for action in (self.new_version_action, self.reread_action):
            action.setEnabled(False)
            viewer.toolbar.addAction(action)
        self.new_version_action.triggered.connect(self.choose_file)
        self.reread_action.triggered.connect(self.choose_encoding)
        self.file_action = window.action_registry.bind("file.import_new_version", self.choose_file)
        bind = window.action_registry.bind
        self.accept_anchor_action = bind("claim.accept_anchor", lambda: self.answer(accept=True))
        self.keep_version_action = bind("claim.keep_version", lambda: self.answer(accept=False))
        viewer.loaded.connect(self._loaded)

    def answer(self, *, accept: bool) -> str | None:
        """Claim ▸ Accept New Anchor / Keep Old Version for the selected hop (undoable)."""
        from .version_commands import answer

        return answer(self.editor, accept=accept)

    # -- what is shown ----------------------------------------------------------------------

    def _loaded(self, _source_id: int) -> None:
        source = self.viewer.source
        history = source.view.history if source is not None else ()
        self.history.set_history(history)
        self.history_label.setVisible(len(history) > 1)
        writable = not self.viewer.read_only and source is not None
        self.new_version_action.setEnabled(writable)
        self.reread_action.setEnabled(
            writable and source is not None and bool(source.view.encoding)
        )

    def _source_id(self) -> int | None:
        source_id = self.viewer.source_id
        if source_id is None:
            self.window.show_status(self.tr("Show a source in the viewer first (View ▸ Source)"))
        return source_id

    # -- a changed file ---------------------------------------------------------------------

    def choose_file(self) -> QFileDialog | None:
        source_id = self._source_id()
        if source_id is None:
            return None
        dialog = QFileDialog(
            self.window,
            self.tr("Import New Version of Source %1").replace(
                "%1", i18n.with_digits(str(source_id))
            ),
        )
        dialog.setObjectName("importNewVersionDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(file_filter())
        dialog.fileSelected.connect(lambda path: self.update_from(source_id, Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def update_from(self, source_id: int, path: Path) -> None:
        """Read `path` on a worker, then make it the source's new version."""
        from desktop.sources.versions import prepare_update

        case = self.window.case
        if case is None:
            return
        self.window.show_status(self.tr("Reading %1…").replace("%1", isolate(path.name)))
        self.window.workers.submit(
            lambda: prepare_update(case, source_id, path),
            self.make,
            self._failed,
        )

    # -- another encoding -------------------------------------------------------------------

    def choose_encoding(self) -> None:
        from desktop.sources import export_evidence

        source_id, case = self._source_id(), self.window.case
        if source_id is None or case is None:
            return
        self.window.workers.submit(
            lambda: export_evidence(case, source_id),
            lambda path: self._ask_encoding(source_id, path),
            self._failed,
        )

    def _ask_encoding(self, source_id: int, path: Path) -> EncodingChooser:
        from desktop.sources.encoding import DESK_ENCODINGS

        source = self.viewer.source
        now = source.view.encoding if source is not None else ""
        candidates = list(source.view.encoding_candidates) if source is not None else []
        names = [*candidates, *(e for e in DESK_ENCODINGS if e not in candidates)]
        names = [n for n in names if n.replace("_", "-") != now.replace("_", "-")]
        dialog = EncodingChooser(path, names, self.window)
        dialog.setWindowTitle(
            self.tr("Read Source %1 in Another Encoding").replace(
                "%1", i18n.with_digits(str(source_id))
            )
        )
        dialog.finished.connect(
            lambda result: self.reread(source_id, dialog.encoding()) if result else None
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def reread(self, source_id: int, encoding: str) -> None:
        from desktop.sources.versions import prepare_reread

        case = self.window.case
        if case is None:
            return
        self.window.workers.submit(
            lambda: prepare_reread(case, source_id, encoding, why=f"read as {encoding}"),
            self.make,
            self._failed,
        )

    # -- making the version -----------------------------------------------------------------

    def make(self, prepared: Any, accept_losses: bool = False) -> None:
        from db.operations import MostQuotesLost

        from .version_commands import NewSourceVersion

        command = NewSourceVersion(self.editor, prepared, accept_losses=accept_losses)
        try:
            self.editor.run(command, "")
        except MostQuotesLost as exc:
            self._ask_losses(prepared, exc)
            return
        except CaseError as exc:
            self.window.show_error(str(exc))
            return
        outcome = command.outcome
        self.window.show_status(version_report(outcome).split("\n", 1)[0])
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("New version"), "", parent=self.window
        )
        box.setObjectName("versionReport")
        box.setText(version_report(outcome))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.dialog = box
        self.viewer.reload()
        self.versionMade.emit(outcome)

    def _ask_losses(self, prepared: Any, exc: Any) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Another document?"),
            self.tr(
                "The new version of source %1 loses most of its quotes (%2). Is it another "
                "document? Make it the current version anyway? (The quotes keep their anchors "
                "in the version they were checked against.)"
            )
            .replace("%1", i18n.with_digits(str(prepared.source_id)))
            .replace("%2", describe_quotes(exc.summary)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("versionLosesQuotes")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda result: (
                self.make(prepared, accept_losses=True)
                if result == QMessageBox.StandardButton.Yes
                else self.window.show_status(self.tr("Nothing changed"))
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.dialog = box

    def _failed(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, CaseError | OSError | ValueError) else repr(exc)
        self.window.show_error(self.tr("No new version: %1").replace("%1", message))
