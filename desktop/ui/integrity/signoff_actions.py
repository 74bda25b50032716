"""Four-eyes verdicts in the window: Claim ▸ Sign Off Verdict… and Send Verdict Back…, and
Tools ▸ Require Second Reviewer (a setting of the case).

A final verdict set by one reviewer waits for a second, different reviewer. The actions are on
only when the open claim awaits sign-off and someone else set its verdict; the case refuses the
same reviewer anyway, and its message is what the dialog then shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from db.errors import CaseError
from db.text.direction import isolate
from db.vocabulary import Verdict

from ..common import i18n
from ..common.action_catalogue import Need
from ..common.placeholders import arg
from ..common.submit_dialog import SubmitDialog
from ..common.vocabulary_labels import shown

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from db.case import Case
    from db.unit_of_work import Changes
    from db.views import ClaimDetail

    from ..editing.commands import CaseCommand
    from ..editing.editing import ClaimEditor
    from ..main_window import MainWindow

NOT_AWAITING = QT_TRANSLATE_NOOP(
    "SignoffActions", "The open claim's verdict is not awaiting sign-off"
)
OWN_VERDICT = QT_TRANSLATE_NOOP(
    "SignoffActions", "You set this verdict: a second reviewer must sign it off or send it back"
)


class SignOffDialog(SubmitDialog):
    """A note (optional) to sign off with, or the reason (required) to send back with."""

    def __init__(self, parent: QWidget, detail: ClaimDetail, *, send_back: bool) -> None:
        super().__init__(
            parent,
            translate("SignOffDialog", "Send Verdict Back")
            if send_back
            else translate("SignOffDialog", "Sign Off Verdict"),
        )
        self.setObjectName("sendBackDialog" if send_back else "signOffDialog")
        self.send_back = send_back
        verdict = shown(Verdict(detail.verdict))
        by = isolate(detail.verdict_set_by) if detail.verdict_set_by else self.tr("someone")
        about_verdict = (
            arg(self.tr("Verdict %1, set by %2: “%3”"), verdict, by, isolate(detail.rationale))
            if detail.rationale
            else arg(self.tr("Verdict %1, set by %2"), verdict, by)
        )
        self.about = about = QLabel(
            arg(self.tr("Claim %1: %2"), detail.id, isolate(detail.text)) + "\n\n" + about_verdict
        )
        about.setObjectName("signOffAbout")
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Reason") if send_back else self.tr("Note"))
        self.note.setPlaceholderText(
            self.tr("Why the verdict needs more work (required)")
            if send_back
            else self.tr("Anything the desk should know about your sign-off (optional)")
        )
        self.body.addWidget(about)
        self.body.addSpacing(6)
        self.body.addWidget(
            QLabel(self.tr("&Reason:") if send_back else self.tr("&Note:"), buddy=self.note)
        )
        self.body.addWidget(self.note, 1)
        self.ok_button.setText(self.tr("Send Back") if send_back else self.tr("Sign Off"))
        self.resize(480, 280)

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def check(self) -> str | None:
        if self.send_back and not self.text():
            return self.tr("Give the reason for sending the verdict back.")
        return None


class SignoffActions(QObject):
    def __init__(self, window: MainWindow, editor: ClaimEditor) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: SignOffDialog | None = None
        self.editor = editor
        actions = window.action_registry
        actions.when(Need.VERDICT_AWAITS_OTHER, self._awaits_other)
        self.sign_off_action = actions.bind("claim.sign_off", self.sign_off)
        self.send_back_action = actions.bind("claim.send_back", self.send_back)
        self.four_eyes_action = actions.bind("tools.four_eyes", self.toggle_four_eyes)
        window.events.claimOpened.connect(lambda _claim: self.update_actions())
        window.events.caseChanged.connect(self._case_changed)
        window.events.changesApplied.connect(self._changes_applied)
        window.events.readOnlyChanged.connect(lambda _on: self.update_actions())
        self.update_actions()

    # -- state ----------------------------------------------------------------------------

    def _awaiting(self) -> tuple[bool, bool]:
        """(the open claim's verdict awaits sign-off, the reviewer set it)."""
        case, detail = self.window.case, self.window.detail.detail
        if detail is None or detail.signoff != "awaiting":
            return False, False
        return True, case is not None and detail.verdict_set_by == case.reviewer

    def _awaits_other(self) -> bool:
        awaiting, own = self._awaiting()
        return awaiting and not own

    def update_actions(self) -> None:
        """The tips say why sign-off is disabled (the registry enables and disables)."""
        awaiting, own = self._awaiting()
        enabled = awaiting and not own and not self.window.read_only
        tip = self.tr(OWN_VERDICT) if own else self.tr(NOT_AWAITING) if not awaiting else ""
        for action_id in ("claim.sign_off", "claim.send_back"):
            action = self.window.action_registry.action(action_id)
            usual = self.window.action_registry.spec(action_id).tip
            action.setStatusTip(usual if enabled or not tip else tip)
            action.setToolTip(action.statusTip())

    def _case_changed(self, case: Case | None) -> None:
        self.four_eyes_action.setChecked(False)
        self.update_actions()
        if case is not None:
            self._read_four_eyes(case)

    def _changes_applied(self, changes: Changes) -> None:
        if changes.case and self.window.case is not None:
            self._read_four_eyes(self.window.case)
        self.update_actions()

    def _read_four_eyes(self, case: Case) -> None:
        def work() -> bool:
            from db.queries import four_eyes_required

            with case.read() as session:
                return four_eyes_required(session)

        def done(on: bool) -> None:
            if case is self.window.case:
                self.four_eyes_action.setChecked(on)

        self.window.workers.submit(work, done, self.window._work_failed)

    # -- actions --------------------------------------------------------------------------

    def sign_off(self) -> SignOffDialog | None:
        return self._open(send_back=False)

    def send_back(self) -> SignOffDialog | None:
        return self._open(send_back=True)

    def _open(self, *, send_back: bool) -> SignOffDialog | None:
        window = self.window
        detail = window.detail.detail
        if window.case is None or detail is None:
            window.show_status(self.tr("Select a claim first"))
            return None
        if window.read_only:
            window.show_status(self.tr("Read-only: you may read this case but not change it"))
            return None
        if detail.signoff != "awaiting":
            window.show_status(self.tr(NOT_AWAITING))
            return None
        dialog = SignOffDialog(window, detail, send_back=send_back)
        claim_id = detail.id

        verdict = detail.verdict

        def submit(d: SignOffDialog) -> str | None:
            from ..editing.signoff_commands import (  # db.operations loads on first use
                SendBack,
                SignOff,
            )

            editor = self.editor
            text = d.text()
            command: CaseCommand
            if send_back:
                command = SendBack(editor, claim_id, verdict, text)
                what = self.tr("Verdict of claim %1 sent back for more work")
            else:
                command = SignOff(editor, claim_id, text)
                what = self.tr("Verdict of claim %1 signed off")
            try:
                editor.run(command, what.replace("%1", i18n.with_digits(str(claim_id))))
            except CaseError as exc:
                return str(exc)
            return None

        dialog.submit = submit
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def toggle_four_eyes(self) -> None:
        on = self.four_eyes_action.isChecked()
        from db import operations as ops

        what = (
            self.tr("Final verdicts now wait for a second reviewer's sign-off")
            if on
            else self.tr("Final verdicts no longer need a second reviewer")
        )
        try:
            self.window.run_change(lambda uow: ops.set_four_eyes(uow, on), what)
        except CaseError as exc:
            self.four_eyes_action.setChecked(not on)
            self.window.show_error(
                self.tr("The setting was not changed: %1").replace("%1", str(exc))
            )
