"""A source's stored text, read-only, with every hop's quote spans highlighted.

Spans are offsets into the Python string the case stores; Qt counts UTF-16 units, so characters
outside the Basic Multilingual Plane (emoji, some CJK) shift the two apart, and so does a
direction control that turns letters around (an override, an embedding), which the view draws by
name, "⟨RLO⟩", as every list of the case's text does (`shown_case_text`): hostile text cannot
reorder what the reviewer reads. `Offsets` maps between them, and is the identity for the usual
text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from db.text.direction import BIDI_CONTROLS, isolate
from db.text.spans import Span, page_of
from db.views import HopView
from db.vocabulary import Relation

from ..common.case_text_delegate import direction_controls_note, shown_case_text
from ..common.placeholders import arg
from ..common.vocabulary_labels import shown_value
from ..common.workers import next_pass

HIGHLIGHT = QColor(255, 226, 122)
#: A suggestion's attribution: who (blue, bold), the cue (orange, underlined), what (green).
ATTRIBUTION_STYLES = {
    "source": (QColor("#cfe3ff"), True, False),
    "cue": (QColor("#ffc9a8"), False, True),
    "content": (QColor("#d9f2d0"), False, False),
}
_WIDE = re.compile("[\U00010000-\U0010ffff]")
#: The direction controls the view draws by name (the steering ones, as in the claim list).
_NAMED = re.compile("[" + "".join(c for c in BIDI_CONTROLS if shown_case_text(c) != c) + "]")
#: The colour of a direction control's name in the text (it is not the source's own words).
CONTROL_NAME = QColor(200, 0, 90)
ACTIVE = QColor(255, 170, 60)
#: Characters put into the view per event-loop turn (~2 ms each): a long source's text goes in
#: a piece at a time, so the window keeps painting while a 500-page source opens (the whole
#: text at once held the window for 100–300 ms).
PIECE = 32_768


def _cut(text: str, start: int) -> int:
    """Where the piece from `start` ends: after a line break near PIECE characters on."""
    end = start + PIECE
    if end >= len(text):
        return len(text)
    line_end = text.find("\n", end)
    return len(text) if line_end < 0 else line_end + 1


class Offsets:
    """Python string offsets <-> Qt text positions (UTF-16 units, direction controls drawn by
    name)."""

    def __init__(self, text: str) -> None:
        # Encoding tells at C speed whether there is any (a 500-page text: ~1 ms, not 10–30).
        wide = len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)
        longer = {m.start(): 1 for m in _WIDE.finditer(text)} if wide else {}
        #: Where each direction control drawn by name is: (offset, length of its name).
        self.named = [(m.start(), len(shown_case_text(m.group()))) for m in _NAMED.finditer(text)]
        longer.update((at, size - 1) for at, size in self.named)
        self._at = sorted(longer)
        self._before = [0]
        for at in self._at:
            self._before.append(self._before[-1] + longer[at])

    def to_qt(self, offset: int) -> int:
        return offset + self._before[bisect.bisect_left(self._at, offset)]

    def from_qt(self, position: int) -> int:
        # Each wide character before `offset` adds one unit (a control's name a few): search
        # the smallest offset whose Qt position is >= position.
        if not self._at:
            return position
        low, high = 0, position
        while low < high:
            mid = (low + high) // 2
            if self.to_qt(mid) < position:
                low = mid + 1
            else:
                high = mid
        return low


class SourceText(QPlainTextEdit):
    """`hopActivated(hop_id)` when the reviewer clicks a highlighted quote.

    A QPlainTextEdit: it lays out only what is shown, so a 500-page source opens in about
    0.1 s and scrolls at once."""

    hopActivated = Signal(int)
    #: The view holds the whole text now (at once for a short one, or its last piece is in).
    whole = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceText")
        self.setAccessibleName(self.tr("Source text"))
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        self.text = ""
        self.page_starts: tuple[int, ...] = ()
        self.hops: list[HopView] = []
        self._offsets = Offsets("")
        self._controls_note = ""
        #: How much of `text` the view holds so far (the rest goes in a piece per turn).
        self._filled = 0
        self._filling = 0
        self._active: int | None = None
        self._press_pos = None
        #: The attribution shown for a suggestion: role → [(start, end), …].
        self.attribution: dict[str, list[tuple[int, int]]] = {}
        self.viewport().installEventFilter(self)

    def set_source(
        self, text: str, page_starts: Sequence[int], direction: str, hops: Sequence[HopView]
    ) -> None:
        self.text = text
        self.page_starts = tuple(page_starts)
        self._offsets = Offsets(text)
        self._controls_note = direction_controls_note(text) if self._offsets.named else ""
        rtl = direction == "rtl"
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        option = QTextOption()
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self._filling += 1
        self._filled = _cut(text, 0)
        self.setPlainText(shown_case_text(text[: self._filled]))
        self.attribution = {}
        self.set_hops(hops)
        if self._filled < len(text):
            next_pass(self, lambda n=self._filling: self._fill_more(n))
        else:
            self.whole.emit()

    @property
    def filled(self) -> bool:
        """Whether the view holds the whole text (a long one goes in a piece per turn)."""
        return self._filled >= len(self.text)

    def _fill_more(self, filling: int) -> None:
        if filling != self._filling or self.filled:
            return
        self._append(_cut(self.text, self._filled))
        if self.filled:
            self._paint()  # the highlights of the later pages
            self.whole.emit()
        else:
            next_pass(self, lambda: self._fill_more(filling))

    def _append(self, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(shown_case_text(self.text[self._filled : end]))
        self._filled = end

    def fill(self) -> None:
        """Put the rest of the text in now (something needs a place further on)."""
        if not self.filled:
            self._append(len(self.text))
            self._paint()
            self.whole.emit()

    def set_hops(self, hops: Sequence[HopView]) -> None:
        self.hops = list(hops)
        self._paint()

    def _cursor(self, span: Span) -> QTextCursor:
        if span.end > self._filled:
            self.fill()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(span.start))
        cursor.setPosition(self._offsets.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _paint(self) -> None:
        selections = []
        for hop in self.hops:
            for span in hop.spans:
                if span.end > self._filled:  # not in the view yet: painted once it is
                    continue
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self._cursor(span)
                fmt = QTextCharFormat()
                fmt.setBackground(ACTIVE if hop.id == self._active else HIGHLIGHT)
                fmt.setToolTip(
                    arg(
                        self.tr("Hop %1: %2 (%3)"),
                        hop.id,
                        isolate(hop.actor_name),
                        shown_value(Relation, hop.relation),
                    )
                )
                selection.format = fmt
                selections.append(selection)
        roles = {"source": self.tr("Who"), "cue": self.tr("Cue"), "content": self.tr("What")}
        for role in ("content", "source", "cue"):  # the cue is drawn last, over the rest
            colour, bold, underline = ATTRIBUTION_STYLES[role]
            for start, end in self.attribution.get(role, ()):
                if not 0 <= start < end <= self._filled:
                    continue
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self._cursor(Span(start, end))
                fmt = QTextCharFormat()
                fmt.setBackground(colour)
                fmt.setForeground(QColor("#111111"))
                if bold:
                    fmt.setFontWeight(700)
                if underline:
                    fmt.setFontUnderline(True)
                fmt.setToolTip(roles[role])
                fmt.setProperty(QTextCharFormat.Property.UserProperty, role)
                selection.format = fmt
                selections.append(selection)
        selections.extend(self._control_names())
        self.setExtraSelections(selections)

    def _control_names(self) -> list[QTextEdit.ExtraSelection]:
        """Each direction control's name drawn in its own colour, with a tooltip saying what it
        is (the first thousand in the view: hostile text can hold any number)."""
        named = [(at, size) for at, size in self._offsets.named if at < self._filled][:1000]
        if not named:
            return []
        fmt = QTextCharFormat()
        fmt.setForeground(CONTROL_NAME)
        fmt.setFontWeight(700)
        fmt.setToolTip(self._controls_note)
        selections = []
        for at, size in named:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.to_qt(at))
            cursor.setPosition(self._offsets.to_qt(at) + size, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        return selections

    def show_attribution(
        self,
        source: Sequence[tuple[int, int]],
        cue: Sequence[tuple[int, int]],
        content: Sequence[tuple[int, int]],
    ) -> None:
        """Highlight an attribution's source, cue and content in their three styles and scroll
        to it (empty lists clear it). Offsets are into the stored text."""
        self.attribution = {
            "source": [tuple(s) for s in source],  # type: ignore[misc]
            "cue": [tuple(s) for s in cue],  # type: ignore[misc]
            "content": [tuple(s) for s in content],  # type: ignore[misc]
        }
        self._paint()
        spans = [s for role in self.attribution.values() for s in role]
        if spans:
            start = min(a for a, _ in spans)
            end = max(b for _, b in spans)
            cursor = self._cursor(Span(start, min(end, len(self.text))))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            cursor.setPosition(self._offsets.to_qt(start))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def attribution_formats(self) -> dict[str, list[tuple[int, int]]]:
        """What is highlighted now for a suggestion, per role, as offsets of the stored text
        read back from the painted selections (tests read what the reviewer sees)."""
        out: dict[str, list[tuple[int, int]]] = {}
        for selection in self.extraSelections():
            role = selection.format.property(QTextCharFormat.Property.UserProperty)
            if role in ATTRIBUTION_STYLES:
                cursor = selection.cursor
                out.setdefault(str(role), []).append(
                    (
                        self._offsets.from_qt(cursor.selectionStart()),
                        self._offsets.from_qt(cursor.selectionEnd()),
                    )
                )
        return out

    def hop_at(self, offset: int) -> int | None:
        for hop in self.hops:
            if any(span.start <= offset < span.end for span in hop.spans):
                return hop.id
        return None

    def show_hop(self, hop_id: int) -> Span | None:
        """Scroll to a hop's first span and mark it; returns the span (None if not here)."""
        hop = next((h for h in self.hops if h.id == hop_id), None)
        if hop is None or not hop.spans:
            return None
        self._active = hop_id
        self._paint()
        span = min(hop.spans)
        cursor = self._cursor(span)
        self.setTextCursor(cursor)  # scrolls the whole quote into view…
        self.ensureCursorVisible()
        cursor.setPosition(self._offsets.to_qt(span.start))
        self.setTextCursor(cursor)  # …and leaves the cursor at its start, nothing selected
        self.ensureCursorVisible()
        return span

    def select_span(self, start: int, end: int) -> None:
        """Select characters [start, end) of the stored text (as a person's drag would)."""
        self.setTextCursor(self._cursor(Span(start, end)))

    def selected_spans(self) -> list[Span]:
        """The selection as spans of the stored text, split where it crosses a page boundary,
        each with its page (None for sources without pages). Leading and trailing white space
        is left out."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return []
        start = self._offsets.from_qt(cursor.selectionStart())
        end = self._offsets.from_qt(cursor.selectionEnd())
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if start >= end:
            return []
        spans = []
        cuts = [p for p in self.page_starts if start < p < end]
        for left, right in zip([start, *cuts], [*cuts, end], strict=True):
            while right > left and self.text[right - 1].isspace():
                right -= 1
            while left < right and self.text[left].isspace():
                left += 1
            if left < right:
                spans.append(Span(left, right, page_of(self.page_starts, left)))
        return spans

    def selected_text(self) -> str:
        return " … ".join(self.text[s.start : s.end] for s in self.selected_spans())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport():
            if event.type() == QEvent.Type.MouseButtonPress:
                self._press_pos = cast(QMouseEvent, event).position().toPoint()
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._clicked(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _clicked(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        position = event.position().toPoint()
        if self._press_pos is not None and (position - self._press_pos).manhattanLength() > 4:
            return
        offset = self._offsets.from_qt(self.cursorForPosition(position).position())
        hop_id = self.hop_at(offset)
        if hop_id is None and offset > 0:
            hop_id = self.hop_at(offset - 1)
        if hop_id is not None:
            self._active = hop_id
            self._paint()
            self.hopActivated.emit(hop_id)
