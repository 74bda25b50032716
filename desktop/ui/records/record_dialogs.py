"""Dialogs of the Actors and Sources views: edit an actor (name, kind, aliases), merge one
actor into another, edit a source's metadata."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from db.text.direction import isolate
from db.views import ActorView, SourceView
from db.vocabulary import ActorKind, SourceKind
from desktop.wording import count

from ..common.submit_dialog import SubmitDialog


class ActorDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None, actor: ActorView) -> None:
        super().__init__(parent, f"Actor: {isolate(actor.name)}")
        self.setObjectName("actorDialog")
        self.actor = actor
        self.name = QLineEdit(actor.name)
        self.name.setAccessibleName("Actor name")
        self.kind = QComboBox()
        self.kind.setAccessibleName("Actor kind")
        for kind in ActorKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(actor.kind), 0))
        self.aliases = QLineEdit("; ".join(actor.aliases))
        self.aliases.setAccessibleName("Aliases")
        self.aliases.setPlaceholderText("Other names, separated by semicolons")
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        form.addRow("&Kind:", self.kind)
        form.addRow("&Aliases:", self.aliases)
        self.body.addLayout(form)
        self.resize(480, 160)

    def alias_list(self) -> list[str]:
        return [a.strip() for a in self.aliases.text().split(";") if a.strip()]


class MergeDialog(SubmitDialog):
    """Fold the chosen actor into another: its hops move over, its name becomes an alias."""

    def __init__(self, parent: QWidget | None, actor: ActorView, others: list[ActorView]) -> None:
        super().__init__(parent, f"Merge {isolate(actor.name)}")
        self.setObjectName("mergeDialog")
        self.actor = actor
        text = QLabel(
            f"“{isolate(actor.name)}” and its {count(actor.hop_count, 'hop', 'hops')} go into the "
            "actor chosen below; its "
            "name and aliases become aliases there. Edit ▸ Undo takes a merge back."
        )
        text.setWordWrap(True)
        self.target = QComboBox()
        self.target.setAccessibleName("Merge into")
        for other in others:
            if other.id != actor.id:
                self.target.addItem(other.name, other.id)
        form = QFormLayout()
        form.addRow(text)
        form.addRow("Merge &into:", self.target)
        self.body.addLayout(form)
        self.ok_button.setText("&Merge")

    def choose(self, actor_id: int) -> None:
        self.target.setCurrentIndex(max(self.target.findData(actor_id), 0))


class SourceDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None, source: SourceView) -> None:
        super().__init__(parent, f"Source: {source.title or source.id}")
        self.setObjectName("sourceDialog")
        self.source = source
        self.title = QLineEdit(source.title)
        self.title.setAccessibleName("Title")
        self.outlet = QLineEdit(source.outlet)
        self.outlet.setAccessibleName("Outlet")
        self.url = QLineEdit(source.url)
        self.url.setAccessibleName("URL")
        self.language = QLineEdit(source.language)
        self.language.setAccessibleName("Language")
        self.direction = QComboBox()
        self.direction.setAccessibleName("Text direction")
        self.direction.addItem("Left to right", "ltr")
        self.direction.addItem("Right to left", "rtl")
        self.direction.setCurrentIndex(max(self.direction.findData(source.direction), 0))
        self.published = QLineEdit(source.published_on.isoformat() if source.published_on else "")
        self.published.setAccessibleName("Published on")
        self.published.setPlaceholderText("YYYY-MM-DD")
        self.kind = QComboBox()
        self.kind.setAccessibleName("Source kind")
        for kind in SourceKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(source.kind), 0))
        form = QFormLayout()
        form.addRow("&Title:", self.title)
        form.addRow("&Outlet:", self.outlet)
        form.addRow("&URL:", self.url)
        form.addRow("&Language:", self.language)
        form.addRow("&Direction:", self.direction)
        form.addRow("&Published on:", self.published)
        form.addRow("&Kind:", self.kind)
        self.body.addLayout(form)
        self.resize(520, 300)

    def fields(self) -> dict[str, object]:
        return {
            "title": self.title.text(),
            "outlet": self.outlet.text(),
            "url": self.url.text(),
            "language": self.language.text(),
            "direction": self.direction.currentData(),
            "published_on": self.published.text().strip() or None,
            "kind": self.kind.currentData(),
        }
