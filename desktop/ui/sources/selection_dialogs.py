"""Small dialogs for the source viewer's selection: a new claim whose first hop quotes the
selection, or a hop quoting it added to an existing claim. Both record the selection's spans
with their pages; the save runs on a worker and `saved(changes)` tells the window what changed.

The main window may use its own claim and hop dialogs instead: the viewer's signals carry
everything needed (source id, spans, text).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db import operations as ops
from db.case import Case
from db.errors import CaseError
from db.queries import list_claims
from db.text.direction import isolate
from db.text.spans import Span
from db.unit_of_work import Changes, UnitOfWork
from db.vocabulary import ActorKind, Relation

from ..common.placeholders import arg
from ..common.vocabulary_labels import shown
from ..common.workers import Workers
from ..editing.actor_offer import NewActorKind

translate = QCoreApplication.translate


def _where(spans: Sequence[Span]) -> str:
    pages = sorted({s.page for s in spans if s.page is not None})
    if pages:
        return arg(
            translate("SelectionDialog", "characters %1–%2, page %3"),
            spans[0].start,
            spans[-1].end,
            ", ".join(map(str, pages)),
        )
    return arg(translate("SelectionDialog", "characters %1–%2"), spans[0].start, spans[-1].end)


class SelectionDialog(QDialog):
    """Base: actor, relation and the quote (read-only, as selected)."""

    saved = Signal(object)  # Changes

    def __init__(
        self,
        parent: QWidget | None,
        case: Case,
        source_id: int,
        spans: Sequence[Span],
        text: str,
        title: str,
        workers: Workers | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.case = case
        self.source_id = source_id
        self.spans = list(spans)
        self.quote_text = text
        self.workers = workers or Workers(self)
        self.result_ids: tuple[int, ...] = ()
        self.actor = QLineEdit()
        self.actor.setObjectName("selectionActor")
        self.actor.setAccessibleName(self.tr("Actor"))
        self.actor.setPlaceholderText(self.tr("Who said or relayed these words?"))
        self.actor_kind = QComboBox()
        self.actor_kind.setAccessibleName(self.tr("Kind of new actor"))
        for kind in ActorKind:
            self.actor_kind.addItem(shown(kind), kind.value)
        self.kind_note = QLabel()
        self.actor.textChanged.connect(NewActorKind(self.actor_kind, self.kind_note, self).follow)
        self.relation = QComboBox()
        self.relation.setObjectName("selectionRelation")
        self.relation.setAccessibleName(self.tr("Relation"))
        for relation in Relation:
            self.relation.addItem(shown(relation), relation.value)
        quote = QLabel(text)
        quote.setObjectName("selectionQuote")
        quote.setWordWrap(True)
        quote.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel()
        self.error.setObjectName("selectionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.form = QFormLayout()
        self.form.addRow(self.tr("Quote:"), quote)
        self.form.addRow(self.tr("Where:"), QLabel(_where(self.spans)))
        self.form.addRow(self.tr("&Actor:"), self.actor)
        self.form.addRow(self.tr("New actor &kind:"), self.actor_kind)
        self.form.addRow("", self.kind_note)
        self.form.addRow(self.tr("&Relation:"), self.relation)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _hop_fields(self, uow: UnitOfWork) -> dict[str, Any]:
        actor_id = ops.find_or_add_actor(uow, self.actor.text(), self.actor_kind.currentData())
        return {
            "actor_id": actor_id,
            "relation": self.relation.currentData(),
            "source_id": self.source_id,
            "quote": self.quote_text,
            "spans": self.spans,
        }

    def _work(self, uow: UnitOfWork) -> tuple[int, ...]:
        raise NotImplementedError

    def _submit(self) -> None:
        if not self.actor.text().strip():
            self._show_error(self.tr("Name the actor whose words these are."))
            return
        self.buttons.setEnabled(False)
        case = self.case

        def work() -> tuple[tuple[int, ...], Changes]:
            with case.change() as uow:
                ids = self._work(uow)
            return ids, case.last_changes

        self.workers.submit(work, self._done, self._failed)

    def _done(self, result: tuple[tuple[int, ...], Changes]) -> None:
        self.result_ids, changes = result
        self.saved.emit(changes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._show_error(
            str(exc)
            if isinstance(exc, CaseError)
            else self.tr("not saved: %1").replace("%1", str(exc))
        )

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class NewClaimFromSelection(SelectionDialog):
    """A new claim (wording prefilled with the selection) whose first hop quotes it.
    `result_ids` is (claim id, hop id) once saved."""

    def __init__(
        self,
        parent: QWidget | None,
        case: Case,
        source_id: int,
        spans: Sequence[Span],
        text: str,
        workers: Workers | None = None,
    ) -> None:
        title = translate("SelectionDialog", "New claim from selection")
        super().__init__(parent, case, source_id, spans, text, title, workers)
        self.setObjectName("newClaimFromSelectionDialog")
        self.claim_text = QPlainTextEdit(text)
        self.claim_text.setObjectName("selectionClaimText")
        self.claim_text.setAccessibleName(self.tr("Claim"))
        self.claim_text.setTabChangesFocus(True)
        self.form.insertRow(0, self.tr("&Claim:"), self.claim_text)

    def _work(self, uow: UnitOfWork) -> tuple[int, ...]:
        claim_id = ops.add_claim(uow, self.claim_text.toPlainText())
        hop_id = ops.add_hop(uow, claim_id, **self._hop_fields(uow))
        return claim_id, hop_id


class AddHopFromSelection(SelectionDialog):
    """A hop quoting the selection, added at the end of a chosen claim's chain.
    `result_ids` is (hop id,) once saved. The claims are listed by a worker (`claimsLoaded`)."""

    claimsLoaded = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        case: Case,
        source_id: int,
        spans: Sequence[Span],
        text: str,
        workers: Workers | None = None,
        *,
        claim_id: int | None = None,
    ) -> None:
        title = translate("SelectionDialog", "Add hop from selection")
        super().__init__(parent, case, source_id, spans, text, title, workers)
        self.setObjectName("addHopFromSelectionDialog")
        self.claim = QComboBox()
        self.claim.setObjectName("selectionClaim")
        self.claim.setAccessibleName(self.tr("Claim"))
        self.claim.setEnabled(False)
        self._wanted = claim_id

        def claims() -> list[tuple[int, str]]:
            with case.read() as session:
                return [
                    (r.id, r.text) for r in list_claims(session, limit=500, order="updated").rows
                ]

        self.workers.submit(claims, self._claims_loaded, self._failed)
        self.form.insertRow(0, self.tr("&Claim:"), self.claim)

    def _claims_loaded(self, rows: list[tuple[int, str]]) -> None:
        for ident, text in rows:
            short = text if len(text) <= 80 else text[:79] + "…"
            self.claim.addItem(f"#{ident} {isolate(short)}", ident)
        if self._wanted is not None:
            self.claim.setCurrentIndex(max(0, self.claim.findData(self._wanted)))
        self.claim.setEnabled(True)
        self.claimsLoaded.emit()

    def _work(self, uow: UnitOfWork) -> tuple[int, ...]:
        claim_id = self.claim.currentData()
        if claim_id is None:
            raise CaseError(self.tr("choose the claim this hop belongs to"))
        return (ops.add_hop(uow, claim_id, **self._hop_fields(uow)),)
