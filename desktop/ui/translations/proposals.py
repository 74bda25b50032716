"""Translation links the case proposes, offered in the window: a notice above the source shown
when it says it was translated and another source in the case shares its anchors ("Link as
its translation" / "Dismiss"), and Source ▸ Proposed Translation Links… listing every proposal
of the case. Nothing is linked without the reviewer; a dismissal is one undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLabel, QPushButton

from db import operations as ops
from db.case import Case
from db.text.direction import isolate
from db.text.normalise import search_key
from db.translation_proposals import SHOWN, ProposedLink, proposal_sources, proposals_among
from db.unit_of_work import UnitOfWork
from desktop.sources import sandbox

from ..common import i18n
from ..common.placeholders import arg, counted
from ..editing.commands import CaseCommand, Runner

if TYPE_CHECKING:
    from .translation_actions import TranslationActions


translate = QCoreApplication.translate


def proposals_in(case: Case, translation_id: int | None = None) -> list[ProposedLink]:
    """`db.translation_proposals.proposed_links` for the window's workers: the sources are read
    here, the texts searched in a process of its own once they are long (a 500-page source's
    search holds the interpreter, and so the GUI thread, for as long as it takes)."""
    with case.read() as session:
        sources = proposal_sources(session)
    given = (sources, translation_id)
    if sum(len(s.text) for s in sources) < sandbox.APART_FROM:
        return proposals_among(given)
    found: list[ProposedLink] = sandbox.run_apart("db.translation_proposals:proposals_among", given)
    return found


def evidence_text(proposal: ProposedLink) -> str:
    """What the original shares, in the window's language: "5 of its 6 numbers and 2 names
    (Lavrov, Idlib)" (`ProposedLink.evidence`)."""
    parts = []
    if proposal.shared:
        parts.append(
            counted(
                translate("ProposalBar", "%1 of its %n number(s)", "", proposal.numbers),
                proposal.shared,
            )
        )
    if proposal.names:
        names = translate("ProposalBar", ", ").join(map(isolate, proposal.names[:5]))
        names += ", …" if len(proposal.names) > 5 else ""
        parts.append(
            counted(translate("ProposalBar", "%n name(s) (%1)", "", len(proposal.names)), names)
        )
    text = translate("ProposalBar", " and ").join(parts)
    if proposal.named:
        named = (
            translate("ProposalBar", "It names the original's outlet %1")
            if proposal.origin_kind == "outlet"
            else translate("ProposalBar", "It names the original's author %1")
        )
        origin = isolate(proposal.origin)
        if search_key(proposal.named) != search_key(proposal.origin):
            origin = arg(translate("ProposalBar", "%1 (as %2)"), origin, isolate(proposal.named))
        text = arg(translate("ProposalBar", "%1. %2"), text, arg(named, origin))
    missing = [*proposal.unshared_numbers[:SHOWN], *proposal.unshared_names[:SHOWN]]
    if missing:
        listed = translate("ProposalBar", ", ").join(map(isolate, missing))
        text = arg(translate("ProposalBar", "%1. Not shared: %2"), text, listed)
    return text


def describe(proposal: ProposedLink) -> str:
    """One proposal in a list: "source 7 says “translated by”; source 3 (ar) shares …"."""
    return arg(
        translate("ProposalBar", "source %1 says “%2”; source %3 (%4) shares %5")
        if proposal.original_language
        else translate("ProposalBar", "source %1 says “%2”; source %3 shares %5"),
        proposal.translation,
        proposal.notice,
        proposal.original,
        proposal.original_language,
        evidence_text(proposal),
    )


class DismissProposal(CaseCommand):
    def __init__(self, runner: Runner, translation: int, original: int) -> None:
        super().__init__(
            runner, QCoreApplication.translate("DismissProposal", "Dismiss Proposed Link")
        )
        self.translation, self.original = translation, original

    def apply(self, uow: UnitOfWork) -> None:
        ops.dismiss_proposed_link(uow, self.translation, self.original)

    def revert(self, uow: UnitOfWork) -> None:
        ops.restore_proposed_link(uow, self.translation, self.original)


class ProposalBar(QFrame):
    """The notice above the source shown."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("proposedLink")
        self.setStyleSheet("#proposedLink { background: #e3ecfa; border-radius: 3px; }")
        self.proposal: ProposedLink | None = None
        self.label = QLabel()
        self.label.setObjectName("proposedLinkText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.accept_button = QPushButton(self.tr("&Link as Its Translation"))
        self.accept_button.setObjectName("acceptProposedLink")
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.setObjectName("dismissProposedLink")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.accept_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def offer(self, proposal: ProposedLink | None) -> None:
        self.proposal = proposal
        if proposal is None:
            self.hide()
            return
        title = isolate(
            proposal.original_title
            or self.tr("source %1").replace("%1", i18n.with_digits(str(proposal.original)))
        )
        language = isolate(proposal.original_language) or self.tr("language?")
        self.label.setText(
            arg(
                self.tr(
                    "This source says “%1”. Is it a translation of %2? That source (%3) shares %4."
                ),
                isolate(proposal.notice),
                title,
                language,
                evidence_text(proposal),
            )
        )
        self.show()


class Proposals(QObject):
    """Offers the case's proposed links; `actions` links an accepted one."""

    def __init__(self, actions: TranslationActions) -> None:
        super().__init__(actions)
        self.actions = actions
        self.window, self.viewer = actions.window, actions.viewer
        self.bar = ProposalBar()
        self.viewer.add_notice(self.bar)
        self.bar.accept_button.clicked.connect(self.accept)
        self.bar.dismiss_button.clicked.connect(self.dismiss)
        self.viewer.loaded.connect(self.load)
        self.window.events.caseChanged.connect(lambda _case: self.bar.offer(None))
        self.window.events.readOnlyChanged.connect(self._read_only)
        self.list_action = self.window.action_registry.bind("source.proposed_links", self.choose)

    def _read_only(self, read_only: bool) -> None:
        self.bar.accept_button.setEnabled(not read_only)
        self.bar.dismiss_button.setEnabled(not read_only)

    def load(self, source_id: int) -> None:
        """Look for a proposal for the source shown (on a worker)."""
        case = self.window.case
        self.bar.offer(None)
        if case is None:
            return

        def work() -> ProposedLink | None:
            found = proposals_in(case, source_id)
            return found[0] if found else None

        def done(proposal: ProposedLink | None) -> None:
            if self.viewer.source_id == source_id:
                self.bar.offer(proposal)

        self.window.workers.submit(work, done, lambda _exc: None)

    def accept(self) -> None:
        proposal = self.bar.proposal
        if proposal is not None:
            self.bar.offer(None)
            self.actions.link(proposal.translation, proposal.original)

    def dismiss(self) -> None:
        proposal = self.bar.proposal
        if proposal is None:
            return
        self.bar.offer(None)
        editor = self.actions.editor
        problem = editor.execute(DismissProposal(editor, proposal.translation, proposal.original))
        if problem:
            self.window.show_error(problem)

    def choose(self) -> None:
        """Source ▸ Proposed Translation Links…: every proposal of the case; the one chosen is
        shown in the source viewer with its notice."""
        case = self.window.case
        if case is None:
            return

        def work() -> list[ProposedLink]:
            return proposals_in(case)

        self.window.workers.submit(work, self._chosen, self.window.show_error)

    def _chosen(self, proposals: list[ProposedLink]) -> None:
        if not proposals:
            self.window.show_status(
                self.tr("No source of the case says it was translated from another source of it")
            )
            return
        labels = [describe(p) for p in proposals]
        label, ok = QInputDialog.getItem(
            self.window,
            self.tr("Proposed Translation Links"),
            self.tr("Show the translation:"),
            labels,
            0,
            False,
        )
        if ok:
            self.actions.sources.show_source(proposals[labels.index(label)].translation)
