"""Lists and tables that show the case's own text (claims, names, titles, quotes).

The item delegate isolates each cell's text (FSI…PDI) so that it keeps its own direction inside
a view of the other direction, and an elided text ends with its "…" where it was cut — an
English claim in the Arabic window reads "Turkey has set…", not "…Turkey has set".
Direction controls that reorder letters (an override, U+202E, makes "DESOLC" read "CLOSED") are
drawn by name, "⟨RLO⟩", with a tooltip saying what they are (`shown_case_text`,
`direction_controls_note`: the one display helper for the case's text); the case keeps the text
as it is. `TextColumnShare` makes the column of that text take the width the other columns
leave."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from db.text.direction import bidi_controls, isolate, show_bidi_controls


def shown_case_text(text: str) -> str:
    """The case's `text` as the window draws it: each embedding, override or directed isolate
    shown by name ("⟨RLO⟩"), so that none turns letters around unseen (the window's own
    FSI…PDI isolation, added after this, stays invisible)."""
    return show_bidi_controls(text, every=False)


def case_text(text: str) -> str:
    """The case's `text` as a part of the window's own words: its direction controls shown by
    name (`shown_case_text`), then isolated (FSI…PDI) so that it keeps its own direction and
    nothing in it reorders the words around it."""
    return isolate(shown_case_text(text))


def direction_controls_note(text: str) -> str:
    """A tooltip saying which direction controls `text` holds and what they do ("" if none)."""
    names = bidi_controls(text, every=False)
    if not names:
        return ""
    note = QCoreApplication.translate(
        "CaseText",
        "This text holds invisible direction controls (%1) that change the order its letters "
        "are drawn in: an override can make “DESOLC” read “CLOSED”. They are shown here by "
        "name; the case keeps the text exactly as it is.",
    )
    return note.replace("%1", ", ".join(names))


class CaseTextDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = isolate(shown_case_text(option.text))

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        note = direction_controls_note(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        if note and event.type() == QEvent.Type.ToolTip:
            own = index.data(Qt.ItemDataRole.ToolTipRole)
            shown = f"{shown_case_text(str(own))}\n\n{note}" if own else note
            QToolTip.showText(event.globalPos(), shown, view)
            return True
        return super().helpEvent(event, view, option, index)


def isolate_views(root: QWidget) -> int:
    """Give every item view under `root` that paints with Qt's plain delegate the case-text
    delegate (views with a delegate of their own keep it); the number of views changed."""
    changed = 0
    for view in root.findChildren(QAbstractItemView):
        if type(view.itemDelegate()) is QStyledItemDelegate:
            view.setItemDelegate(CaseTextDelegate(view))
            changed += 1
    return changed


class TextColumnShare(QObject):
    """How a table's columns share its width: the column of the case's text (a claim, a
    quote) takes what the others leave and elides; each other column is as wide as its header
    and the rows in sight ask, up to `widest_em` (a longer value elides; its tooltip shows it
    whole). When that does not fit beside `text_share` of the width for the text, the columns
    of `give_way` (first the least needed) narrow: down to their header's width first, then
    down to `narrowest_em` (the header elides too); a width the reviewer dragged stays. A horizontal scrollbar appears only when the floors of
    all columns do not fit. The columns of `hide_first` (first the least needed; what they say
    is shown elsewhere too) are shown whole or not at all: when the other columns' headers and
    the text's share do not fit beside them, they are hidden one by one (a date cut to "1/1…"
    tells nothing, and its room lets a name be read), and shown again when there is room. One
    the reviewer widened or narrowed by hand is the reviewer's to see: it stays, as a dragged
    width does."""

    def __init__(
        self,
        view: QTableView,
        text_column: int,
        give_way: Sequence[int] = (),
        *,
        text_share: float = 0.4,
        widest_em: float = 14,
        narrowest_em: float = 3.5,
        hide_first: Sequence[int] = (),
    ) -> None:
        super().__init__(view)
        self._view = view
        self.text_column = text_column
        self._give_way = tuple(give_way)
        self._hide_first = tuple(hide_first)
        #: The columns of `hide_first` hidden now for want of room.
        self.folded: set[int] = set()
        self._text_share = text_share
        self._widest_em, self._narrowest_em = widest_em, narrowest_em
        #: Widths the reviewer set by dragging a column's edge.
        self.dragged: dict[int, int] = {}
        self._sharing = False
        #: What the columns' rows in sight ask for (`sizeHintForColumn`) and their headers'
        #: widths, and for which rows in sight and font: a resize that shows the same rows (the
        #: source dock opening beside the list, the window narrowed) shares the width again,
        #: hidden columns included, without measuring them again. A header is measured while
        #: shown (Qt gives a hidden one no width) and remembered while it is hidden.
        self._rows: dict[int, int] = {}
        self._headers: dict[int, int] = {}
        self._asked_for: tuple[object, ...] | None = None
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(text_column, QHeaderView.ResizeMode.Fixed)
        header.sectionResized.connect(self._resized)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.share)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.dataChanged):
            signal.connect(self._later.start)
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.headerDataChanged,
        ):
            signal.connect(self.ask_again)
        model.headerDataChanged.connect(self._headers_again)
        model.modelReset.connect(self._headers_again)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False

    def ask_again(self, *_: object) -> None:
        """Measure the columns' rows and shown headers again at the next share (new rows, data);
        a hidden column's header keeps its width until it is shown."""
        self._asked_for = None

    def _headers_again(self, *_: object) -> None:
        self._headers = {}  # new titles (another language, another model): none known

    def _resized(self, column: int, _old: int, new: int) -> None:
        if not self._sharing and column != self.text_column:
            self.dragged[column] = new
            self._later.start()

    def wanted(self, column: int) -> int:
        """The width a column other than the text's asks for (without giving way)."""
        if column in self.dragged:
            return self.dragged[column]
        asked = max(self._header_width(column), self._rows_width(column))
        return min(asked, round(self._widest_em * self._em()))

    def _rows_width(self, column: int) -> int:
        found = self._rows.get(column)
        if found is None:
            found = self._rows[column] = self._view.sizeHintForColumn(column)
        return found

    def _header_width(self, column: int) -> int:
        header = self._view.horizontalHeader()
        found = self._headers.get(column)
        if found is None:
            if header.isSectionHidden(column):
                return 0  # not known until shown
            found = self._headers[column] = header.sectionSizeHint(column)
        return found

    def _em(self) -> int:
        return self._view.fontMetrics().horizontalAdvance("M")

    def _fold(self, room: int) -> None:
        """Hide the columns of `hide_first` that do not fit whole (see the class)."""
        header = self._view.horizontalHeader()
        floor = round(self._narrowest_em * self._em())
        foldable = [c for c in self._hide_first if c not in self.dragged]
        kept = [
            c
            for c in range(header.count())
            if c != self.text_column
            and c not in foldable
            and (c in self._hide_first or not header.isSectionHidden(c))
        ]
        need = round(room * self._text_share) + sum(
            self.dragged.get(c, max(self._header_width(c), floor)) for c in kept
        )
        whole = {c: self.wanted(c) for c in foldable}
        folded: set[int] = set()
        need += sum(whole.values())
        for column in foldable:
            if need > room:
                folded.add(column)
                need -= whole[column]
        if folded != self.folded or any(header.isSectionHidden(c) for c in kept):
            self._sharing = True
            try:
                for column in self._hide_first:
                    header.setSectionHidden(column, column in folded)
            finally:
                self._sharing = False
            self.folded = folded

    def share(self) -> None:
        """Set the columns' widths for the view's width now (on every resize and new rows)."""
        view = self._view
        header = view.horizontalHeader()
        room = view.viewport().width()
        asked_for = (view.rowAt(0), view.rowAt(view.viewport().height() - 1), self._em())
        if asked_for != self._asked_for:
            if self._asked_for is not None and asked_for[2] != self._asked_for[2]:
                self._headers = {}  # another font
            elif self._asked_for is None:  # asked again: the shown headers too
                hidden = header.isSectionHidden
                self._headers = {c: w for c, w in self._headers.items() if hidden(c)}
            self._rows, self._asked_for = {}, asked_for
        if self._hide_first:
            self._fold(room)
        columns = [
            c
            for c in range(header.count())
            if c != self.text_column and not header.isSectionHidden(c)
        ]
        widths = {c: self.wanted(c) for c in columns}
        text_floor = round(room * self._text_share)
        floor = round(self._narrowest_em * self._em())
        short = sum(widths.values()) + text_floor - room
        # First down to the header's width (the values elide), then down to the floor.
        for least in (lambda c: max(self._header_width(c), floor), lambda _c: floor):
            for column in self._give_way:
                if short > 0 and column in widths and column not in self.dragged:
                    given = min(short, max(0, widths[column] - least(column)))
                    widths[column] -= given
                    short -= given
        self._sharing = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
            text = max(room - sum(widths.values()), floor * 2)
            if header.sectionSize(self.text_column) != text:
                header.resizeSection(self.text_column, text)
        finally:
            self._sharing = False
