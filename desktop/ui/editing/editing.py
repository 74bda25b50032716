"""The Edit and Claim menus: every change to claims and hops, as undoable commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer
from PySide6.QtGui import QUndoStack

from db.errors import CaseError, CaseLocked, VersionConflict
from db.text.direction import isolate
from db.views import ClaimDetail, HopView
from db.vocabulary import HopStatus, Relation, Verdict

from ..common.submit_dialog import SubmitDialog
from ..common.vocabulary_labels import shown_value
from .actor_offer import actor_offer
from .claim_dialog import ClaimDialog
from .conflict_dialog import KEEP_MINE, ConflictDialog
from .hop_dialog import END, HopDialog
from .lock_wait import QUICK_WAIT, wait_for_lock
from .status_dialog import StatusDialog, hop_original_text, passage_differs

if TYPE_CHECKING:
    from ..main_window import MainWindow

if TYPE_CHECKING:  # commands use db.operations (SQLAlchemy), loaded on first use
    from db.unit_of_work import UnitOfWork

    from .commands import CaseCommand

CONFLICT = QT_TRANSLATE_NOOP(
    "ClaimEditor",
    "Someone else changed this meanwhile: choose what to keep in the window that opened.",
)


def _commands() -> Any:
    from . import commands

    return commands


class ClaimEditor(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.stack = QUndoStack(self)
        self.dialog: SubmitDialog | None = None  # the edit dialog open now (tests use it)
        self.conflict: ConflictDialog | None = None
        window.events.caseChanged.connect(self._case_changed)

        actions = window.action_registry
        self.undo_action = actions.provide(
            "edit.undo", self.stack.createUndoAction(self, self.tr("&Undo"))
        )
        self.redo_action = actions.provide(
            "edit.redo", self.stack.createRedoAction(self, self.tr("&Redo"))
        )
        bind = actions.bind
        self.new_claim_action = bind("claim.new", self.new_claim)
        self.duplicate_action = bind("claim.duplicate", self.duplicate_claim)
        self.edit_claim_action = bind("claim.edit", self.edit_claim)
        self.verdict_action = bind("claim.set_verdict", self.set_verdict)
        self.delete_action = bind("claim.delete", self.delete_claim)
        self.add_hop_action = bind("claim.add_hop", self.add_hop)
        self.insert_hop_action = bind("claim.insert_hop", self.insert_hop)
        self.edit_hop_action = bind("claim.edit_hop", self.edit_hop)
        self.status_action = bind("claim.hop_status", self.set_hop_status)
        self.up_action = bind("claim.hop_up", lambda: self.move_hop(-1))
        self.down_action = bind("claim.hop_down", lambda: self.move_hop(1))
        self.remove_action = bind("claim.remove_hop", self.remove_hop)
        window.detail.hopActivated.connect(lambda _hop: self.set_hop_status())

    def _case_changed(self, _case: Any) -> None:
        self.stack.clear()

    # -- running commands -----------------------------------------------------------------

    def execute(
        self, command: CaseCommand, on_success: Callable[[], None] | None = None
    ) -> str | None:
        """Run a command's first step; push it when the case took it. Returns the problem to
        show, or None."""
        try:
            self.window.run_change(command.first, command.text(), wait=QUICK_WAIT)
        except CaseLocked as locked:  # another program writes: wait on a worker (lock_wait)
            return wait_for_lock(self, command, on_success, locked)
        except VersionConflict as conflict:
            self._resolve(command, conflict, on_success)
            return self.tr(CONFLICT)
        except (CaseError, ValueError) as exc:  # ValueError: a word the case does not know
            return str(exc)
        self.landed(command)
        if on_success is not None:
            on_success()
        return None

    def landed(self, command: CaseCommand) -> None:
        """The case took the command's first step: onto the stack, and shown."""
        self.stack.push(command)
        self._show(command)

    def run(self, command: CaseCommand, what: str) -> None:
        """Run a command's first step and push it; the case's errors go to the caller (views
        with their own way of showing them)."""
        self.window.run_change(command.first, what)
        self.stack.push(command)

    def run_step(self, command: CaseCommand, step: Callable[[UnitOfWork], Any]) -> None:
        """Undo or redo: a change that fails (changed meanwhile, case gone) is reported and the
        command leaves the stack, never half-done."""
        try:
            self.window.run_change(step, wait=QUICK_WAIT)
        except CaseLocked as exc:  # nothing changed: the stack goes back, to try again later
            command.skip_once = True
            back = self.stack.redo if step == command.revert else self.stack.undo
            QTimer.singleShot(0, back)
            self.window.show_error(self._cannot(self.tr("Cannot do “%1” now: %2"), command, exc))
            return
        except (CaseError, ValueError) as exc:
            self.window.show_error(
                self._cannot(self.tr("Cannot do “%1” any more: %2"), command, exc)
            )
            command.setObsolete(True)
            return
        self._show(command)

    @staticmethod
    def _cannot(text: str, command: CaseCommand, exc: BaseException) -> str:
        return text.replace("%1", command.text()).replace("%2", str(exc))

    def _show(self, command: CaseCommand) -> None:
        if command.claim_id is not None:
            self.window.select_claim(command.claim_id)
        if command.hop_id is not None:
            self.window.detail.select_hop(command.hop_id)

    def _resolve(
        self, command: CaseCommand, conflict: VersionConflict, on_success: Callable[[], None] | None
    ) -> None:
        dialog = ConflictDialog(self.window, conflict)
        self.conflict = dialog

        def chosen(result: int) -> None:
            self.conflict = None
            if result == KEEP_MINE:
                command.rebase(conflict.current_version)
                problem = self.execute(command, on_success)
                if problem and problem != self.tr(CONFLICT):
                    self.window.show_error(problem)
            else:
                self.window.reload()
                if self.dialog is not None:
                    self.dialog.reject()

        dialog.finished.connect(chosen)
        dialog.open()

    def _open(self, dialog: SubmitDialog, submit: Callable[[Any], str | None]) -> SubmitDialog:
        dialog.submit = submit
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    # -- what is selected -----------------------------------------------------------------

    def _writable(self) -> bool:
        if self.window.read_only:
            self.window.show_status(self.tr("Read-only: you may read this case but not change it"))
            return False
        return True

    def _detail(self) -> ClaimDetail | None:
        if not self._writable():
            return None
        detail = self.window.detail.detail
        if detail is None:
            self.window.show_status(self.tr("Select a claim first"))
        return detail

    def selected_hop(self) -> tuple[ClaimDetail, HopView] | None:
        """The open claim and its selected hop, when the case may be changed."""
        return self._hop() if self._ready() else None

    def _hop(self) -> tuple[ClaimDetail, HopView] | None:
        detail = self._detail()
        hop = self.window.detail.current_hop()
        if detail is None or hop is None:
            if detail is not None:
                self.window.show_status(self.tr("Select a hop first"))
            return None
        return detail, hop

    def _ready(self) -> bool:
        if not self._writable():
            return False
        if self.window.case is None:
            self.window.show_status(self.tr("Open a case first"))
            return False
        return True

    # -- claims ---------------------------------------------------------------------------

    def new_claim(self) -> SubmitDialog | None:
        if not self._ready():
            return None
        dialog = ClaimDialog(self.window, self.tr("New claim"))

        def submit(d: ClaimDialog) -> str | None:
            return self.execute(_commands().NewClaim(self, *d.values()), d.finish)

        return self._open(dialog, submit)

    def claim_from_suggestion(self, source_id: int, suggestion: Any) -> SubmitDialog | None:
        """Create claim from suggestion…: the dialog prefilled with the suggestion's wording and
        hops (origin first); OK creates claim and hops as one undoable command."""
        if not self._ready():
            return None
        from desktop.attribution.from_case import suggested_hops, suggestion_label

        from .suggestion_dialog import SuggestionClaimDialog

        dialog = SuggestionClaimDialog(self.window, suggestion)

        def submit(d: SuggestionClaimDialog) -> str | None:
            from .suggestion_commands import ClaimFromSuggestion

            command = ClaimFromSuggestion(
                self,
                d.wording(),
                suggested_hops(d.chosen_hops(), source_id),
                suggestion_label(suggestion, source_id),
            )
            return self.execute(command, d.finish)

        return self._open(dialog, submit)

    def add_suggestion_to_claim(self, source_id: int, suggestion: Any) -> str | None:
        """Add to open claim: the suggestion's hops join the open claim as a route of their
        own, one undoable command. Returns the problem shown, or None."""
        detail = self._detail()
        if detail is None:
            return self.tr("Open a claim first")
        from desktop.attribution.from_case import suggested_hops, suggestion_label

        from .suggestion_commands import AddSuggestionHops

        command = AddSuggestionHops(
            self,
            detail.id,
            suggested_hops(suggestion.hops, source_id),
            suggestion_label(suggestion, source_id),
        )
        problem = self.execute(command)
        if problem:
            self.window.show_error(problem)
        return problem

    def duplicate_claim(self) -> None:
        detail = self._detail()
        if detail is not None:
            problem = self.execute(_commands().DuplicateClaim(self, detail.id))
            if problem:
                self.window.show_error(problem)

    def delete_claim(self) -> None:
        detail = self._detail()
        if detail is not None:
            problem = self.execute(_commands().DeleteClaim(self, detail.id))
            if problem:
                self.window.show_error(problem)
            else:
                self.window.show_status(
                    self.tr(
                        "Claim %1 moved to the Trash; Edit ▸ Undo or View ▸ Trash brings it back"
                    ).replace("%1", str(detail.id))
                )

    def edit_claim(self) -> SubmitDialog | None:
        detail = self._detail()
        if detail is None:
            return None
        dialog = ClaimDialog(
            self.window,
            self.tr("Edit claim"),
            text=detail.text,
            tags=detail.tags,
            notes=detail.notes,
        )
        before = (detail.text, detail.tags, detail.notes)

        def submit(d: ClaimDialog) -> str | None:
            command = _commands().EditClaim(self, detail.id, before, d.values(), detail.version)
            return self.execute(command, d.finish)

        return self._open(dialog, submit)

    def set_verdict(self) -> SubmitDialog | None:
        detail = self._detail()
        if detail is None:
            return None
        dialog = StatusDialog(self.window, Verdict, detail.verdict, subject=detail.text)

        def submit(d: StatusDialog) -> str | None:
            command = _commands().SetVerdict(
                self,
                detail.id,
                (detail.verdict, detail.rationale),
                (d.value(), d.reason()),
                detail.version,
            )
            return self.execute(command, d.finish)

        return self._open(dialog, submit)

    # -- hops -----------------------------------------------------------------------------

    def _hop_dialog(self, detail: ClaimDetail, **kwargs: Any) -> HopDialog | None:
        case = self.window.case
        if case is None:
            return None
        from db import case_lists
        from db.queries import list_sources

        try:
            with case.read() as session:
                actors = case_lists.actor_names(session)
                sources = list_sources(session)
        except CaseError as exc:
            self.window.show_error(str(exc))
            return None
        offer = actor_offer(case)
        return HopDialog(
            self.window, actors=actors, sources=sources, hops=detail.hops, offer=offer, **kwargs
        )

    def add_hop(self, place: tuple[str, int | None] = END) -> SubmitDialog | None:
        detail = self._detail()
        if detail is None:
            return None
        dialog = self._hop_dialog(detail, place=place)
        if dialog is None:
            return None

        def submit(d: HopDialog) -> str | None:
            return self.execute(_commands().AddHop(self, detail.id, d.values()), d.finish)

        return self._open(dialog, submit)

    def insert_hop(self) -> SubmitDialog | None:
        selected = self._hop()
        if selected is None:
            return None
        return self.add_hop(("after", selected[1].id))

    def edit_hop(self) -> SubmitDialog | None:
        selected = self._hop()
        if selected is None:
            return None
        detail, hop = selected
        dialog = self._hop_dialog(detail, hop=hop)
        if dialog is None:
            return None
        before = {
            "actor_id": hop.actor_id,
            "relation": hop.relation,
            "source_id": hop.source_id,
            "quote": hop.quote,
            "language": hop.language,
            "relayed_on": hop.relayed_on.isoformat() if hop.relayed_on else "",
            "direction_doubtful": hop.direction_doubtful,
            "note": hop.note,
        }

        def submit(d: HopDialog) -> str | None:
            command = _commands().EditHop(self, detail.id, hop.id, before, d.values(), hop.version)
            return self.execute(command, d.finish)

        return self._open(dialog, submit)

    def set_hop_status(self) -> SubmitDialog | None:
        selected = self._hop()
        if selected is None:
            return None
        detail, hop = selected
        relation = shown_value(Relation, hop.relation)
        subject = f"{isolate(hop.actor_name)} {relation}: {isolate(hop.quote or detail.text)}"
        dialog = StatusDialog(
            self.window,
            HopStatus,
            hop.status,
            subject=subject,
            passage_differs=passage_differs(self.window.case, hop.id),
            original=hop_original_text(self.window.case, hop.id),
        )

        def submit(d: StatusDialog) -> str | None:
            command = _commands().SetHopStatus(
                self,
                detail.id,
                hop.id,
                (hop.status, hop.status_rationale),
                (d.value(), d.reason()),
                hop.version,
            )
            return self.execute(command, d.finish)

        return self._open(dialog, submit)

    def move_hop(self, step: int) -> None:
        selected = self._hop()
        if selected is not None:
            problem = self.execute(_commands().MoveHop(self, selected[0].id, selected[1].id, step))
            if problem:
                self.window.show_status(problem)

    def remove_hop(self) -> None:
        selected = self._hop()
        if selected is not None:
            detail, hop = selected
            problem = self.execute(_commands().RemoveHop(self, detail.id, hop.id, hop.version))
            if problem:
                self.window.show_error(problem)
