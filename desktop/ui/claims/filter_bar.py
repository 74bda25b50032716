"""The search box and the filters above the claim list."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.vocabulary import Verdict

from ..common.vocabulary_labels import shown

if TYPE_CHECKING:
    from db.queries import ClaimFilter

ANY = "__any__"
DATE_SAMPLE = "2026-11-30"
"""The widest date the date filters must show whole (digits are equally wide)."""


class FilterBar(QWidget):
    """Emits `searchChanged(text)` shortly after typing stops (and when the Exact switch is
    turned) and `filterChanged(filter)`."""

    searchChanged = Signal(str)
    filterChanged = Signal(object)
    invalidInput = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search claims and quotes  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search claims"))
        self.search.setToolTip(
            self.tr("Every word must match; the last one may be the start of a word")
        )
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(180)
        self._debounce.timeout.connect(lambda: self.searchChanged.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.search_now)
        # The switch for search across scripts: off, a name also finds the other spellings and
        # forms the case's actors are known by (ranked after exact matches); on, as typed.
        self.exact = QCheckBox(self.tr("E&xact"))
        self.exact.setAccessibleName(self.tr("Exact search"))
        self.exact.setToolTip(
            self.tr(
                "Search the words as typed. Unchecked, a name also finds its other spellings and "
                "forms (Lavrov: Лавров, Лаврова, لافروف), listed after the exact matches"
            )
        )
        self.exact.toggled.connect(lambda _on: self.search_now())

        self.verdict = self._combo(
            self.tr("Verdict filter"), self.tr("Show claims with this verdict")
        )
        self.verdict.addItem(self.tr("Any verdict"), ANY)
        for verdict in Verdict:
            self.verdict.addItem(shown(verdict), verdict.value)
        self.tag = self._combo(self.tr("Tag filter"), self.tr("Show claims with this tag"))
        self.actor = self._combo(
            self.tr("Actor filter"), self.tr("Show claims with a hop by this actor")
        )
        self.outlet = self._combo(
            self.tr("Outlet filter"), self.tr("Show claims with a hop in a source of this outlet")
        )
        self.language = self._combo(
            self.tr("Language filter"), self.tr("Show claims with a hop in this language")
        )
        self.since = self._date(
            self.tr("From date"),
            self.tr("From date filter"),
            self.tr("Hops relayed on or after this date (YYYY-MM-DD)"),
        )
        self.until = self._date(
            self.tr("To date"),
            self.tr("To date filter"),
            self.tr("Hops relayed on or before this date (YYYY-MM-DD)"),
        )

        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(self.search, 3)
        first.addWidget(self.exact)
        first.addWidget(self.verdict, 1)
        first.addWidget(self.tag, 1)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        for widget in (self.actor, self.outlet, self.language):
            second.addWidget(widget, 2)
        second.addWidget(self.since, 1)
        second.addWidget(self.until, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(second)
        self.set_choices([], [], [], [])
        for combo in (self.verdict, self.tag, self.actor, self.outlet, self.language):
            # "Any verdict" whole in every language (a longer name in the list may elide)
            metrics = combo.fontMetrics()
            whole = metrics.horizontalAdvance(combo.itemText(0)) + 2 * metrics.height() + 4
            combo.setMinimumWidth(max(combo.minimumSizeHint().width(), whole))

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.activated.connect(lambda _i: self._emit_filter())
        return combo

    def _date(self, placeholder: str, name: str, tip: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.setToolTip(tip)
        edit.setClearButtonEnabled(True)
        edit.editingFinished.connect(self._emit_filter)
        # Wide enough for its placeholder and a whole date beside the clear button, at any
        # window size (the actor, outlet and language lists give way: they elide).
        metrics = edit.fontMetrics()
        text = max(metrics.horizontalAdvance(placeholder), metrics.horizontalAdvance(DATE_SAMPLE))
        edit.setMinimumWidth(text + metrics.height() + 20)
        return edit

    def search_now(self) -> None:
        self._debounce.stop()
        self.searchChanged.emit(self.search.text())

    def set_choices(
        self,
        tags: list[str],
        actors: list[tuple[int, str]],
        outlets: list[str],
        languages: list[str],
    ) -> None:
        """Fill the filter lists from the open case, keeping what is chosen where possible."""
        for combo, anything, items in (
            (self.tag, self.tr("Any tag"), [(t, t) for t in tags]),
            (self.actor, self.tr("Any actor"), [(name, ident) for ident, name in actors]),
            (self.outlet, self.tr("Any outlet"), [(o, o) for o in outlets]),
            (self.language, self.tr("Any language"), [(x, x) for x in languages]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, ANY)
            for text, value in items:
                combo.addItem(text, value)
            found = combo.findData(chosen)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def current_filter(self) -> ClaimFilter:
        from db.queries import ClaimFilter

        def value(combo: QComboBox) -> Any:
            data = combo.currentData()
            return None if data in (ANY, None) else data

        verdict = value(self.verdict)
        return ClaimFilter(
            verdicts=(verdict,) if verdict else (),
            actor_id=value(self.actor),
            outlet=value(self.outlet) or "",
            language=value(self.language) or "",
            since=self._parse(self.since),
            until=self._parse(self.until),
            tag=value(self.tag) or "",
        )

    def _parse(self, edit: QLineEdit) -> dt.date | None:
        text = edit.text().strip()
        if not text:
            edit.setStyleSheet("")
            return None
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            edit.setStyleSheet("border: 1px solid #d1453b;")
            self.invalidInput.emit(
                self.tr("“%1” is not a date: type it as YYYY-MM-DD").replace("%1", text)
            )
            return None
        edit.setStyleSheet("")
        return day

    def _emit_filter(self) -> None:
        self.filterChanged.emit(self.current_filter())

    def clear(self) -> None:
        self.search.clear()
        self.exact.blockSignals(True)
        self.exact.setChecked(False)
        self.exact.blockSignals(False)
        for combo in (self.verdict, self.tag, self.actor, self.outlet, self.language):
            combo.setCurrentIndex(0)
        self.since.clear()
        self.until.clear()
        self._debounce.stop()


__all__ = ["ANY", "FilterBar", "Qt"]
