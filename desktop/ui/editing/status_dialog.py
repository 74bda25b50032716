"""Mark a verdict or a hop status with a rationale, from the keyboard: type the number (or the
first letter) of the choice, Tab to the rationale, Ctrl+Enter. Choosing "confirmed" for a hop
whose located passage differs from its quote in anchors of meaning says which, before saving."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from db.errors import CaseError
from db.vocabulary import HopStatus, Verdict

from ..claim.meaning_words import differences_text, drift_flags_text
from ..common.palette import status_colour, verdict_colour
from ..common.submit_dialog import SubmitDialog
from ..common.vocabulary_labels import shown

if TYPE_CHECKING:
    from db.case import Case


class StatusDialog(SubmitDialog):
    def __init__(
        self,
        parent: QWidget | None,
        kind: type[Verdict] | type[HopStatus],
        current: str,
        *,
        subject: str,
        passage_differs: str = "",
        original: tuple[str, str] | None = None,
    ) -> None:
        verdict = kind is Verdict
        super().__init__(parent, self.tr("Set verdict") if verdict else self.tr("Set status"))
        self.setObjectName("statusDialog")
        self.kind = kind
        intro = QLabel(subject)
        intro.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setAccessibleName(
            self.tr("Verdict choices") if verdict else self.tr("Status choices")
        )
        colour = verdict_colour if kind is Verdict else status_colour
        for number, member in enumerate(kind, start=1):
            item = QListWidgetItem(f"{number}  {shown(member)}")
            item.setData(Qt.ItemDataRole.UserRole, member.value)
            item.setData(Qt.ItemDataRole.DecorationRole, _swatch(colour(member.value)))
            self.choices.addItem(item)
            if member.value == current:
                self.choices.setCurrentItem(item)
        self.choices.setMaximumHeight(self.choices.sizeHintForRow(0) * (len(kind) + 1))
        self.rationale = QPlainTextEdit()
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setPlaceholderText(
            self.tr(
                "Why? What did you check, where? (required for a final verdict or a checked hop)"
            )
        )
        self.rationale.setTabChangesFocus(True)
        self.body.addWidget(intro)
        # a hop quoted from a translation: the original's aligned words and the pair's drift
        self.translation = QLabel(
            ""
            if original is None
            else "<b>{}</b> <span dir='auto'>{}</span><br><b>{}</b> {}".format(
                self.tr("The original says:"),
                html.escape(original[0]),
                self.tr("Drift:"),
                html.escape(original[1]),
            )
        )
        self.translation.setObjectName("statusTranslation")
        self.translation.setWordWrap(True)
        self.translation.setVisible(original is not None)
        self.body.addWidget(self.translation)
        noun = self.tr("&Verdict:") if verdict else self.tr("&Status:")
        self.body.addWidget(QLabel(noun, buddy=self.choices))
        self.body.addWidget(self.choices)
        self.body.addWidget(QLabel(self.tr("&Rationale:"), buddy=self.rationale))
        self.body.addWidget(self.rationale)
        # a hop marked confirmed whose located passage says something else: said before saving
        self.passage_differs = passage_differs
        self.meaning = QLabel(
            self.tr(
                "<b>The located passage differs from the quote:</b> %1. Confirm only if the "
                "quote is right all the same."
            ).replace("%1", html.escape(passage_differs))
        )
        self.meaning.setObjectName("statusPassageDiffers")
        self.meaning.setWordWrap(True)
        self.meaning.setStyleSheet("color:#8b0000")
        self.body.addWidget(self.meaning)
        self.choices.currentItemChanged.connect(lambda *_: self._show_meaning())
        self._show_meaning()
        self.choices.setFocus()
        self.resize(460, 420)

    def _show_meaning(self) -> None:
        self.meaning.setVisible(
            bool(self.passage_differs) and self.value() == HopStatus.CONFIRMED.value
        )

    def choose(self, value: str) -> None:
        for row in range(self.choices.count()):
            if self.choices.item(row).data(Qt.ItemDataRole.UserRole) == value:
                self.choices.setCurrentRow(row)

    def value(self) -> str:
        item = self.choices.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def reason(self) -> str:
        return self.rationale.toPlainText()

    def check(self) -> str | None:
        return None if self.value() else self.tr("Choose one")


def _swatch(colour: str) -> object:
    from PySide6.QtGui import QColor, QPixmap

    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return pixmap


# --- what the dialog shows beside a hop -------------------------------------------------------


def passage_differs(case: Case | None, hop_id: int) -> str:
    """How the hop's located passage differs from its quote in anchors of meaning ("" when
    they agree or the case cannot say)."""
    if case is None:
        return ""
    from db.meaning_checks import hop_passage_differences  # SQLAlchemy: not for first paint

    try:
        with case.read() as session:
            found = hop_passage_differences(session, hop_id)
        return differences_text(found.differences)
    except CaseError:
        return ""


def hop_original_text(case: Case | None, hop_id: int) -> tuple[str, str] | None:
    """A hop quoted from a translation: the original's aligned words and the drift flags."""
    if case is None:
        return None
    from db.translations import hop_original

    with case.read() as session:
        passage = hop_original(session, hop_id)
    if passage is None:
        return None
    drift = drift_flags_text(passage.drift) or QCoreApplication.translate(
        "ClaimEditor", "no drift found"
    )
    return passage.text, drift
