"""The Suggestions panel of the source viewer: the claims the attribution assistant proposes
from the open source, each with its chain (origin first).

The source is read on a worker (`desktop.attribution.from_case.propose_for_source`); the window
never waits. Selecting a suggestion or one of its hops emits `highlight(source, cue, content)`
(lists of `(start, end)` offsets into the source's stored text); the buttons emit
`createRequested(source_id, suggestion)` and `addRequested(source_id, suggestion)`, which the
window hands to the claim editor. Nothing enters the case from here.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.case import Case
from db.errors import CaseError
from db.text.direction import isolate
from db.vocabulary import Relation

# What reads a source for the analysis and holds its result (a few small modules, imported
# with the window): the analysis itself (its modules and lexicons) is never loaded into the
# window's process where a fork server is, and the first source shown imports nothing on a
# worker while the window lays it out.
from desktop.attribution.from_case import proposal_input
from desktop.attribution.of_text import joined
from desktop.sources import sandbox

from ..common.placeholders import arg, counted
from ..common.vocabulary_labels import shown_value
from ..common.workers import Workers

SUGGESTION = Qt.ItemDataRole.UserRole
#: The legend of the three highlight styles (colours as in SourceText.ATTRIBUTION_STYLES).
LEGEND = (
    '<span style="background:#cfe3ff; font-weight:600">&nbsp;%1&nbsp;</span> '
    '<span style="background:#ffc9a8; text-decoration:underline">&nbsp;%2&nbsp;</span> '
    '<span style="background:#d9f2d0">&nbsp;%3&nbsp;</span>'
)
translate = QCoreApplication.translate


def legend_text() -> str:
    """The legend in the window's language (PARC's source, cue and content)."""
    return arg(
        LEGEND,
        html.escape(translate("SuggestionsPanel", "who")),
        html.escape(translate("SuggestionsPanel", "cue")),
        html.escape(translate("SuggestionsPanel", "what")),
    )


#: Where processes are spawned (no fork server), sources of at least this many characters
#: (~15 pages) are analysed in another process, shorter ones on a worker thread.
APART_FROM = 50_000


def _hop_line(hop: Any) -> str:
    flags = []
    if hop.actor_id is None:
        flags.append(translate("SuggestionsPanel", "new"))
    if hop.guessed:
        flags.append(translate("SuggestionsPanel", "guessed"))
    if hop.direction_doubtful:
        flags.append(translate("SuggestionsPanel", "direction doubtful"))
    separator = translate("SuggestionsPanel", ", ")
    extra = f"  [{separator.join(flags)}]" if flags else ""
    return f"{shown_value(Relation, hop.relation)} — {isolate(hop.actor)}{extra}"


class SuggestionsPanel(QWidget):
    highlight = Signal(object, object, object)
    createRequested = Signal(int, object)
    addRequested = Signal(int, object)
    loaded = Signal(int)  # the number of suggestions shown

    def __init__(self, parent: QWidget | None = None, *, workers: Workers | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.workers = workers or Workers(self)
        self.source_id: int | None = None
        self.proposals: Any = None
        self._generation = 0
        #: The analysis `load(…, start=False)` left for `start()`: (case, source, generation).
        self._waiting: tuple[Case, int, int] | None = None
        title = QLabel(
            arg(
                self.tr("%1 — proposed from the source's own words"),
                "<b>" + html.escape(self.tr("Suggestions")) + "</b>",
            )
        )
        title.setWordWrap(True)  # a longer language takes two lines, not the window's width
        legend = QLabel(legend_text())
        legend.setObjectName("suggestionsLegend")
        legend.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel()
        self.status.setObjectName("suggestionsStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("suggestionsList")
        self.tree.setAccessibleName(self.tr("Suggestions"))
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.create_button = QPushButton(self.tr("&Create claim from suggestion…"))
        self.create_button.setObjectName("createClaimFromSuggestion")
        self.create_button.clicked.connect(self._create)
        self.add_button = QPushButton(self.tr("Add to &open claim"))
        self.add_button.setObjectName("addSuggestionToClaim")
        self.add_button.setToolTip(
            self.tr("Add the suggestion's hops to the claim open in the window")
        )
        self.add_button.clicked.connect(self._add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(title, 1)  # the title takes the room the legend leaves, then wraps
        head.addWidget(legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._enable()

    # -- loading --------------------------------------------------------------------------

    def clear(self) -> None:
        self._generation += 1
        self.source_id = None
        self.proposals = None
        self._waiting = None
        self.tree.clear()
        self.status.clear()
        self._enable()

    def load(self, case: Case, source_id: int, *, start: bool = True) -> None:
        """Read the source and propose (on a worker); `loaded` when shown. With `start=False`
        the panel says it is reading and the worker starts at `start()` (the viewer starts it
        once the source's text is in, so that the analysis does not share the interpreter
        with the window while it lays out the new text)."""
        self._generation += 1
        self.source_id = source_id
        self.proposals = None
        self.tree.clear()
        self.status.setText(self.tr("Reading the source for attributions…"))
        self._enable()
        self._waiting = (case, source_id, self._generation)
        if start:
            self.start()

    def start(self) -> None:
        """Start the analysis `load(…, start=False)` left waiting (nothing if none waits)."""
        if self._waiting is None:
            return
        case, source_id, generation = self._waiting
        self._waiting = None

        def propose() -> Any:
            given = proposal_input(case, source_id)
            if not sandbox.apart_is_cheap() and len(given.text) < APART_FROM:
                from desktop.attribution.of_text import proposals_of

                return proposals_of(given)
            # The source is analysed in a process of its own (the fork server has the
            # analysis loaded): here its Python, and the loading of its modules as the first
            # source is shown, would share the interpreter the GUI thread needs to lay out and
            # paint the source. A long source's thousands of attributions come back in parts,
            # unpickled a part at a time.
            return joined(
                *sandbox.run_apart("desktop.attribution.of_text:proposals_in_parts", given)
            )

        self.workers.submit(
            propose,
            lambda proposals: self._loaded(generation, proposals),
            lambda exc: self._failed(generation, exc),
        )

    def _loaded(self, generation: int, proposals: Any) -> None:
        if generation != self._generation:
            return
        self.proposals = proposals
        analysis = proposals.analysis
        self.tree.clear()
        self.tree.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if proposals.direction == "rtl"
            else Qt.LayoutDirection.LeftToRight
        )
        for suggestion in proposals.suggestions:
            top = QTreeWidgetItem([isolate(f"{suggestion.number}. {suggestion.wording}")])
            top.setData(0, SUGGESTION, (suggestion, None))
            top.setToolTip(0, suggestion.label)
            for index, hop in enumerate(suggestion.hops):
                child = QTreeWidgetItem([_hop_line(hop)])
                child.setData(0, SUGGESTION, (suggestion, index))
                if hop.note:
                    child.setToolTip(0, hop.note)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        if not analysis.supported:
            self.status.setText(analysis.message)
        elif not proposals.suggestions:
            self.status.setText(self.tr("No attributions found in this source."))
        else:
            count = len(proposals.suggestions)
            self.status.setText(
                arg(
                    self.tr("%1 from %2. Check each before you accept it."),
                    counted(self.tr("%n proposed claim(s)", "", count)),
                    counted(self.tr("%n attribution(s)", "", len(analysis.attributions))),
                )
                + (f" ({analysis.message})" if analysis.message else "")
            )
        self._enable()
        self.loaded.emit(len(proposals.suggestions))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        text = (
            str(exc)
            if isinstance(exc, CaseError)
            else self.tr("cannot read the source: %1").replace("%1", str(exc))
        )
        self.status.setText(text)
        self._enable()
        self.loaded.emit(0)

    # -- selection ------------------------------------------------------------------------

    def current(self) -> Any:
        item = self.tree.currentItem()
        if item is None:
            return None
        suggestion, _hop = item.data(0, SUGGESTION)
        return suggestion

    def select(self, number: int) -> None:
        """Make suggestion `number` (1-based) the current one, as a click would."""
        item = self.tree.topLevelItem(number - 1)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: Any) -> None:
        self._enable()
        if item is None or self.proposals is None:
            self.highlight.emit([], [], [])
            return
        suggestion, _hop = item.data(0, SUGGESTION)
        attributions = self.proposals.analysis.attributions
        chain = [attributions[i] for i in suggestion.attributions]
        inner = chain[0]
        source = [s for a in chain for s in a.source]
        cue = [s for a in chain for s in a.cue]
        self.highlight.emit(source, cue, list(inner.content))

    def _enable(self) -> None:
        has = self.current() is not None and self.source_id is not None
        self.create_button.setEnabled(has)
        self.add_button.setEnabled(has)

    def _create(self) -> None:
        suggestion = self.current()
        if suggestion is not None and self.source_id is not None:
            self.createRequested.emit(self.source_id, suggestion)

    def _add(self) -> None:
        suggestion = self.current()
        if suggestion is not None and self.source_id is not None:
            self.addRequested.emit(self.source_id, suggestion)
