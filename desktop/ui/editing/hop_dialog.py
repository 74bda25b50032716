"""Add, insert or edit a hop: the actor (completion over names and aliases, an existing actor
offered when a new name meets its name in another script or form, or a new actor made on the
spot), relation, source, date, language, quote, and where the hop goes in the chain."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from db.text.direction import is_rtl, isolate
from db.text.normalise import search_key
from db.views import HopView, SourceView
from db.vocabulary import ActorKind, Relation

from ..common.submit_dialog import SubmitDialog
from ..common.vocabulary_labels import shown
from .actor_offer import NewActorKind

if TYPE_CHECKING:
    from db.actor_names import ActorCandidate

#: The actors a typed name may be (`db.actor_names.actor_candidates` over the open case).
ActorOffer = Callable[[str], Sequence["ActorCandidate"]]

#: Where a new hop goes: (kind, hop id). Kinds: "end", "after" (inserted between), "route"
#: (a second route branching after the hop), "origin" (the new first hop).
END = ("end", None)


def _name_key(name: str) -> str:
    """A name as the case compares names (`db.operations.actors.find_actor`)."""
    return search_key(" ".join(name.split()))


@dataclass(frozen=True)
class HopInput:
    actor_name: str
    actor_id: int | None  # None: a new actor of `actor_kind`
    actor_kind: str
    relation: str
    source_id: int | None
    relayed_on: str
    language: str
    quote: str
    direction_doubtful: bool
    note: str
    place: tuple[str, int | None]

    def hop_fields(self, actor_id: int) -> dict[str, Any]:
        """Keyword arguments of `db.operations.add_hop` / `edit_hop`."""
        return {
            "actor_id": actor_id,
            "relation": self.relation,
            "source_id": self.source_id,
            "quote": self.quote,
            "language": self.language,
            "relayed_on": self.relayed_on or None,
            "direction_doubtful": self.direction_doubtful,
            "note": self.note,
        }


class HopDialog(SubmitDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        actors: dict[str, int],
        sources: list[SourceView],
        hops: tuple[HopView, ...],
        place: tuple[str, int | None] = END,
        hop: HopView | None = None,
        offer: ActorOffer | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Edit hop") if hop else self.tr("Add hop"))
        self.setObjectName("hopDialog")
        self._actors = actors
        # Names match as the case matches them (`db.operations.find_actor`): the one folding.
        self._folded = {_name_key(name): ident for name, ident in actors.items()}
        self.actor = QLineEdit(hop.actor_name if hop else "")
        self.actor.setAccessibleName(self.tr("Actor"))
        self.actor.setPlaceholderText(self.tr("Who relayed the claim? Type a name or an alias"))
        completer = QCompleter(sorted(actors, key=str.casefold), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.actor.setCompleter(completer)
        self.actor_kind = QComboBox()
        self.actor_kind.setAccessibleName(self.tr("Kind of new actor"))
        for kind in ActorKind:
            self.actor_kind.addItem(shown(kind), kind.value)
        self.kind_note = QLabel()
        self._kind_guess = NewActorKind(self.actor_kind, self.kind_note, self)
        self.actor_note = QLabel()
        self.actor_note.setAccessibleName(self.tr("Actor match"))
        self.actor_note.setWordWrap(True)
        self._offer = offer
        self.offered: ActorCandidate | None = None
        self.use_offered = QPushButton()
        self.use_offered.setAccessibleName(self.tr("Use the offered actor"))
        self.use_offered.hide()
        self.use_offered.clicked.connect(self._use_offered)
        self._offer_timer = QTimer(self)  # asks the case once typing pauses
        self._offer_timer.setSingleShot(True)
        self._offer_timer.setInterval(150)
        self._offer_timer.timeout.connect(self._look_up_offer)
        self.actor.textChanged.connect(self._actor_changed)

        self.relation = QComboBox()
        self.relation.setAccessibleName(self.tr("Relation"))
        for relation in Relation:
            self.relation.addItem(shown(relation), relation.value)
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Source"))
        self.source.addItem(self.tr("No source"), None)
        for source in sources:
            day = f" ({source.published_on})" if source.published_on else ""
            outlet = f"{source.outlet} — " if source.outlet else ""
            title = source.title or self.tr("untitled")
            self.source.addItem(f"{outlet}{title}{day}", source.id)
        self._source_langs = {s.id: s.language for s in sources}
        self.source.activated.connect(self._source_chosen)
        self.date = QLineEdit(hop.relayed_on.isoformat() if hop and hop.relayed_on else "")
        self.date.setAccessibleName(self.tr("Date"))
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.language = QLineEdit(hop.language if hop else "")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setPlaceholderText(self.tr("ar, tr, ru, en…"))
        self.quote = QPlainTextEdit(hop.quote if hop else "")
        self.quote.setAccessibleName(self.tr("Quote"))
        self.quote.setPlaceholderText(self.tr("The words as this source carries them"))
        self.quote.setTabChangesFocus(True)
        self.quote.textChanged.connect(self._quote_changed)
        self.doubtful = QCheckBox(self.tr("The &direction of this link as reported is doubtful"))
        self.doubtful.setChecked(bool(hop and hop.direction_doubtful))
        self.note = QLineEdit(hop.note if hop else "")
        self.note.setAccessibleName(self.tr("Note"))
        self.place = QComboBox()
        self.place.setAccessibleName(self.tr("Place in the chain"))
        self.place.addItem(self.tr("At the end of the chain"), END)
        for number, other in enumerate(hops, start=1):
            name = f"{number}. {isolate(other.actor_name)}"
            after = self.tr("After %1 (inserted between)").replace("%1", name)
            self.place.addItem(after, ("after", other.id))
            route = self.tr("As a second route after %1").replace("%1", name)
            self.place.addItem(route, ("route", other.id))
        self.place.addItem(self.tr("As the new origin (first hop)"), ("origin", None))
        if hop is not None:
            self.place.setEnabled(False)
            self.relation.setCurrentIndex(max(self.relation.findData(hop.relation), 0))
            self.source.setCurrentIndex(max(self.source.findData(hop.source_id), 0))
        else:
            self.set_place(place)

        form = QFormLayout()
        form.addRow(self.tr("&Actor:"), self.actor)
        form.addRow("", self.actor_note)
        form.addRow("", self.use_offered)
        form.addRow(self.tr("New actor &kind:"), self.actor_kind)
        form.addRow("", self.kind_note)
        form.addRow(self.tr("&Relation:"), self.relation)
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(self.tr("Da&te:"), self.date)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Quote:"), self.quote)
        form.addRow("", self.doubtful)
        form.addRow(self.tr("N&ote:"), self.note)
        form.addRow(self.tr("&Place:"), self.place)
        self.body.addLayout(form)
        self._actor_changed(self.actor.text())
        self.resize(600, 520)

    def set_place(self, place: tuple[str, int | None]) -> None:
        for row in range(self.place.count()):
            if tuple(self.place.itemData(row)) == tuple(place):
                self.place.setCurrentIndex(row)
                return

    def choose_source(self, source_id: int | None) -> None:
        self.source.setCurrentIndex(max(self.source.findData(source_id), 0))
        self._source_chosen(self.source.currentIndex())

    def _actor_changed(self, text: str) -> None:
        known = self._folded.get(_name_key(text))
        self.actor_kind.setEnabled(known is None and bool(text.strip()))
        self._kind_guess.follow(text if known is None else "")
        self.offered = None
        self.use_offered.hide()
        if not text.strip():
            self.actor_note.setText("")
        elif known is None:
            self.actor_note.setText(self.tr("New actor: it will be added to the case"))
            if self._offer is not None:
                self._offer_timer.start()
        else:
            self.actor_note.setText(self.tr("Known actor #%1").replace("%1", str(known)))

    def _look_up_offer(self) -> None:
        """Offer the existing actor a new name may be ("Лавров — same as Sergey Lavrov?"):
        the reviewer takes it with one click or keeps the new actor by pressing OK."""
        text = " ".join(self.actor.text().split())
        if self._offer is None or not text or self._folded.get(_name_key(text)) is not None:
            return
        found = list(self._offer(text))
        if not found:
            return
        self.offered = found[0]
        or_ = self.tr("; or %1")
        others = "".join(or_.replace("%1", isolate(c.actor_name)) for c in found[1:])
        line = self.tr("%1%2. OK adds a new actor instead.")
        self.actor_note.setText(
            line.replace("%1", self._describe(found[0], text), 1).replace("%2", others)
        )
        self.use_offered.setText(self.tr("&Use %1").replace("%1", found[0].actor_name))
        self.use_offered.show()

    def _describe(self, found: ActorCandidate, name: str) -> str:
        """One line of evidence for the reviewer (`ActorCandidate.describe`), in the window's
        language: "Лавров — same as Sergey Lavrov (actor 3)? same name key, 93% alike"."""
        same = self.tr("%1 — same as %2 (actor %3)?")
        if found.spelling != found.actor_name:
            same = self.tr("%1 — same as %2 (actor %3, spelled %4)?")
        how = self.tr("same name key") if found.same_key else self.tr("part of the name meets")
        alike = self.tr("%1, %2% alike").replace("%1", how)
        alike = alike.replace("%2", str(round(found.similarity * 100)))
        same = same.replace("%1", name).replace("%2", found.actor_name)
        same = same.replace("%3", str(found.actor_id)).replace("%4", found.spelling)
        parts = ", ".join(f"{isolate(x)} = {isolate(y)}" for x, y in found.met)
        return f"{same} {alike} ({parts})" if parts else f"{same} {alike}"

    def _use_offered(self) -> None:
        if self.offered is not None:
            self.actor.setText(self.offered.actor_name)

    def _source_chosen(self, _row: int) -> None:
        language = self._source_langs.get(self.source.currentData(), "")
        if language and not self.language.text().strip():
            self.language.setText(language)

    def _quote_changed(self) -> None:
        """An Arabic (or Hebrew) quote is typed and shown right to left, aligned right."""
        rtl = is_rtl(self.quote.toPlainText())
        document = self.quote.document()
        option = document.defaultTextOption()
        wanted = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        if option.textDirection() != wanted:
            option.setTextDirection(wanted)
            option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            document.setDefaultTextOption(option)
            self.quote.setLayoutDirection(wanted)

    def check(self) -> str | None:
        if not self.actor.text().strip():
            return self.tr("Name the actor of this hop")
        day = self.date.text().strip()
        if day:
            try:
                dt.date.fromisoformat(day)
            except ValueError:
                return self.tr("“%1” is not a date: type it as YYYY-MM-DD").replace("%1", day)
        return None

    def values(self) -> HopInput:
        name = " ".join(self.actor.text().split())
        return HopInput(
            actor_name=name,
            actor_id=self._folded.get(_name_key(name)),
            actor_kind=str(self.actor_kind.currentData()),
            relation=str(self.relation.currentData()),
            source_id=self.source.currentData(),
            relayed_on=self.date.text().strip(),
            language=self.language.text().strip(),
            quote=self.quote.toPlainText(),
            direction_doubtful=self.doubtful.isChecked(),
            note=self.note.text(),
            place=tuple(self.place.currentData()),  # type: ignore[arg-type]
        )
