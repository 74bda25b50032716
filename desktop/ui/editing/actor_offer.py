"""The actors a typed name may be, read from the open case for the hop dialog's offer, and the
kind a new actor's name suggests (`NewActorKind`, shared by every dialog that adds actors)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel

from db.errors import CaseError
from db.text.actor_kinds import KindGuess, guess_actor_kind

if TYPE_CHECKING:
    from db.actor_names import ActorCandidate
    from db.case import Case


def actor_offer(case: Case) -> Callable[[str], Sequence[ActorCandidate]]:
    """A look-up of `db.actor_names.actor_candidates` over `case` (nothing when the case cannot
    be read: the dialog then only knows exact names, as before)."""

    def offer(name: str) -> Sequence[ActorCandidate]:
        from db.actor_names import actor_candidates

        try:
            with case.read() as session:
                return actor_candidates(session, name, limit=3)
        except CaseError:
            return ()

    return offer


class NewActorKind(QObject):
    """Preselects the kind a new actor's name suggests in `combo` and says why in `note`
    ("Kuzey TV": outlet, from the word “TV”), until the reviewer picks a kind themselves."""

    def __init__(self, combo: QComboBox, note: QLabel, parent: QObject) -> None:
        super().__init__(parent)
        self._combo = combo
        self._note = note
        self._chosen = False
        note.setAccessibleName(self.tr("Why this kind"))
        note.setWordWrap(True)
        combo.activated.connect(self._picked)

    def follow(self, name: str) -> None:
        """The name typed for a new actor ("" when it names a known one or nothing)."""
        if self._chosen or not name.strip():
            self._note.setText("")
            return
        guess = guess_actor_kind(name)
        self._combo.setCurrentIndex(max(self._combo.findData(guess.kind), 0))
        self._note.setText(self._evidence(guess))

    def _picked(self, _row: int) -> None:
        self._chosen = True
        self._note.setText("")

    def _evidence(self, guess: KindGuess) -> str:
        if guess.reason == "domain":
            why = self.tr("Guessed from the web domain “%1”; choose another kind if it is wrong")
        elif guess.reason == "known":
            why = self.tr("Guessed: “%1” is a known news outlet; choose another kind if wrong")
        elif guess.reason == "word":
            why = self.tr("Guessed from the word “%1”; choose another kind if it is wrong")
        else:
            return self.tr("No word in the name marks an outlet, body or unnamed official")
        return why.replace("%1", guess.word)
