"""Dialogs of the Actors and Sources views: edit an actor (name, kind, aliases), merge one
actor into another, edit a source's metadata."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from db.text.direction import isolate
from db.views import ActorView, SourceView
from db.vocabulary import ActorKind, SourceKind

from ..claim.meaning_words import counted
from ..common.submit_dialog import SubmitDialog
from ..common.vocabulary_labels import shown


class ActorDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None, actor: ActorView) -> None:
        super().__init__(parent, self.tr("Actor: %1").replace("%1", isolate(actor.name)))
        self.setObjectName("actorDialog")
        self.actor = actor
        self.name = QLineEdit(actor.name)
        self.name.setAccessibleName(self.tr("Actor name"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Actor kind"))
        for kind in ActorKind:
            self.kind.addItem(shown(kind), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(actor.kind), 0))
        self.aliases = QLineEdit("; ".join(actor.aliases))
        self.aliases.setAccessibleName(self.tr("Aliases"))
        self.aliases.setPlaceholderText(self.tr("Other names, separated by semicolons"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Aliases:"), self.aliases)
        self.body.addLayout(form)
        self.resize(480, 160)

    def alias_list(self) -> list[str]:
        return [a.strip() for a in self.aliases.text().split(";") if a.strip()]


class MergeDialog(SubmitDialog):
    """Fold the chosen actor into another: its hops move over, its name becomes an alias."""

    def __init__(self, parent: QWidget | None, actor: ActorView, others: list[ActorView]) -> None:
        super().__init__(parent, self.tr("Merge %1").replace("%1", isolate(actor.name)))
        self.setObjectName("mergeDialog")
        self.actor = actor
        text = QLabel(
            counted(
                self.tr(
                    "“%1” and its %n hop(s) go into the actor chosen below; its name and aliases "
                    "become aliases there. Edit ▸ Undo takes a merge back.",
                    "",
                    actor.hop_count,
                )
            ).replace("%1", isolate(actor.name))
        )
        text.setWordWrap(True)
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Merge into"))
        for other in others:
            if other.id != actor.id:
                self.target.addItem(other.name, other.id)
        form = QFormLayout()
        form.addRow(text)
        form.addRow(self.tr("Merge &into:"), self.target)
        self.body.addLayout(form)
        self.ok_button.setText(self.tr("&Merge"))

    def choose(self, actor_id: int) -> None:
        self.target.setCurrentIndex(max(self.target.findData(actor_id), 0))


class SourceDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None, source: SourceView) -> None:
        super().__init__(
            parent, self.tr("Source: %1").replace("%1", source.title or str(source.id))
        )
        self.setObjectName("sourceDialog")
        self.source = source
        self.title = QLineEdit(source.title)
        self.title.setAccessibleName(self.tr("Title"))
        self.outlet = QLineEdit(source.outlet)
        self.outlet.setAccessibleName(self.tr("Outlet"))
        self.url = QLineEdit(source.url)
        self.url.setAccessibleName(self.tr("URL"))
        self.language = QLineEdit(source.language)
        self.language.setAccessibleName(self.tr("Language"))
        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("Text direction"))
        self.direction.addItem(self.tr("Left to right"), "ltr")
        self.direction.addItem(self.tr("Right to left"), "rtl")
        self.direction.setCurrentIndex(max(self.direction.findData(source.direction), 0))
        self.published = QLineEdit(source.published_on.isoformat() if source.published_on else "")
        self.published.setAccessibleName(self.tr("Published on"))
        self.published.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Source kind"))
        for kind in SourceKind:
            self.kind.addItem(shown(kind), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(source.kind), 0))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Outlet:"), self.outlet)
        form.addRow(self.tr("&URL:"), self.url)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow(self.tr("&Published on:"), self.published)
        form.addRow(self.tr("&Kind:"), self.kind)
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
