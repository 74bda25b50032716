"""The chain of a claim drawn as boxes and arrows, origin on the left (on the right when the
window runs right to left, as in Arabic).

Each hop is a box (actor, outlet, date, language); the arrow into it carries the relation and
the colour of the hop's attribution status, dashed when the direction is doubtful. Routes that
share their first hops share those boxes and fork where they part.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from db.text.direction import isolate
from db.views import ClaimDetail, HopView
from db.vocabulary import HopStatus, Relation

from ..common import i18n
from ..common.case_text_delegate import shown_case_text
from ..common.palette import STATUS_COLOURS, status_colour
from .hops_model import label
from .meaning_words import fill

translate = QCoreApplication.translate

BOX_W, BOX_H = 178.0, 76.0
GAP_X, GAP_Y = 88.0, 18.0
MARGIN = 14.0
LEGEND_H = 26.0
MIN_SCALE = 0.85
"""The diagram never shrinks below this (its text stays at 85 % of the window's font, still
readable); a larger chain scrolls instead (the pane puts the diagram in a scroll area)."""


@dataclass(frozen=True)
class Placed:
    hop: HopView
    rect: QRectF


def place(detail: ClaimDetail, right_to_left: bool = False) -> list[Placed]:
    """Boxes for every hop: column = depth in its chain (counted from the right when
    `right_to_left`), row = the first chain it is on."""
    by_id = {h.id: h for h in detail.hops}
    placed: dict[int, Placed] = {}
    lane = 0
    deepest = max((len(chain) - 1 for chain in detail.chains), default=0)
    for chain in detail.chains:
        new_lane = False
        for depth, hop_id in enumerate(chain):
            if hop_id in placed or hop_id not in by_id:
                continue
            new_lane = True
            column = deepest - depth if right_to_left else depth
            x = MARGIN + column * (BOX_W + GAP_X)
            y = MARGIN + lane * (BOX_H + GAP_Y)
            placed[hop_id] = Placed(by_id[hop_id], QRectF(x, y, BOX_W, BOX_H))
        if new_lane:
            lane += 1
    return list(placed.values())


def describe(detail: ClaimDetail) -> str:
    """The diagram in words, for screen readers: each route, origin first."""
    by_id = {h.id: h for h in detail.hops}
    routes = []
    for chain in detail.chains:
        steps = []
        for hop_id in chain:
            hop = by_id.get(hop_id)
            if hop is not None:
                relation = label(Relation, hop.relation).lower()
                status = label(HopStatus, hop.status).lower()
                step = (
                    translate("ChainDiagram", "%1 (%2, %3, direction doubtful)")
                    if hop.direction_doubtful
                    else translate("ChainDiagram", "%1 (%2, %3)")
                )
                steps.append(fill(step, hop.actor_name, relation, status))
        routes.append(f" {i18n.arrow()} ".join(steps))
    if not routes:
        return translate("ChainDiagram", "No hops yet")
    if len(routes) == 1:
        return translate("ChainDiagram", "Chain: %1").replace("%1", routes[0])
    route = translate("ChainDiagram", "Route %1: %2.")
    return " ".join(fill(route, n, text) for n, text in enumerate(routes, start=1))


class ChainDiagram(QWidget):
    """Click a box to select its hop; double-click (or Enter) to mark its status."""

    hopSelected = Signal(int)
    hopActivated = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._detail: ClaimDetail | None = None
        self._placed: list[Placed] = []
        self._selected: int | None = None
        self.setAccessibleName(self.tr("Chain diagram"))
        self.setToolTip(
            self.tr("The chain, origin on the right; arrows are coloured by the hop's status")
            if self.isRightToLeft()
            else self.tr("The chain, origin on the left; arrows are coloured by the hop's status")
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def set_detail(self, detail: ClaimDetail | None) -> None:
        self._detail = detail
        self._placed = place(detail, self.isRightToLeft()) if detail else []
        self.setAccessibleDescription(describe(detail) if detail else self.tr("No claim selected"))
        self.setMinimumSize(self.minimum_size())
        if self._selected not in {p.hop.id for p in self._placed}:
            self._selected = None
        self.updateGeometry()
        self.update()

    def select(self, hop_id: int | None) -> None:
        if hop_id != self._selected:
            self._selected = hop_id
            self.update()

    def boxes(self) -> dict[int, QRectF]:
        """Where each hop's box is (for tests and the accessibility description)."""
        return {p.hop.id: QRectF(p.rect) for p in self._placed}

    def natural_size(self) -> QSize:
        """The size at scale 1; the diagram shrinks (down to MIN_SCALE) to fit a narrow pane and
        scrolls beyond that."""
        if not self._placed:
            return QSize(320, 60)
        right = max(p.rect.right() for p in self._placed) + MARGIN
        bottom = max(p.rect.bottom() for p in self._placed) + MARGIN + LEGEND_H
        return QSize(int(right), int(bottom))

    def scale(self) -> float:
        """Shrink to fit the widget, never grow, and never below MIN_SCALE."""
        natural = self.natural_size()
        fit = min(
            1.0, self.width() / max(natural.width(), 1), self.height() / max(natural.height(), 1)
        )
        return max(MIN_SCALE, fit)

    def text_pixel_size(self) -> float:
        """The height in pixels of the smallest text the diagram draws, as it is drawn now."""
        return QFontMetrics(self.font()).height() * self.scale()

    def sizeHint(self) -> QSize:
        return self.natural_size()

    def minimum_size(self) -> QSize:
        """The smallest size the diagram takes (at MIN_SCALE); its scroll area scrolls below."""
        natural = self.natural_size()
        if not self._placed:
            return QSize(200, 60)
        return QSize(int(natural.width() * MIN_SCALE) + 1, int(natural.height() * MIN_SCALE) + 1)

    def minimumSizeHint(self) -> QSize:
        return self.minimum_size()

    def height_for(self, width: int) -> int:
        """The height that shows the diagram whole at this width (scrolling sideways below
        MIN_SCALE)."""
        natural = self.natural_size()
        scale = max(MIN_SCALE, min(1.0, width / max(natural.width(), 1)))
        return int(natural.height() * scale) + 2

    def shift(self) -> float:
        """How far right the drawing moves so that a right-to-left chain starts at the pane's
        right edge (0 left to right)."""
        if not self.isRightToLeft():
            return 0.0
        return max(0.0, self.width() / self.scale() - self.natural_size().width())

    def _hit(self, point: QPointF) -> int | None:
        scale = self.scale()
        point = QPointF(point.x() / scale - self.shift(), point.y() / scale)
        return next((p.hop.id for p in self._placed if p.rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hop_id = self._hit(event.position())
        if hop_id is not None:
            self.select(hop_id)
            self.hopSelected.emit(hop_id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hop_id = self._hit(event.position())
        if hop_id is not None:
            self.hopActivated.emit(hop_id)

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if not self._placed:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text = self.tr("No hops yet: add the origin with Claim ▸ Add Hop (Ctrl+H)")
            if self._detail is None:
                text = self.tr("Select a claim to see its chain")
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
            return
        painter.scale(self.scale(), self.scale())
        painter.translate(self.shift(), 0)
        rects = {p.hop.id: p.rect for p in self._placed}
        for p in self._placed:
            parent = p.hop.relays_hop_id
            if parent in rects:
                self._arrow(painter, rects[parent], p.rect, p.hop)  # type: ignore[index]
        for p in self._placed:
            self._box(painter, p)
        self._legend(painter)

    def _box(self, painter: QPainter, placed: Placed) -> None:
        palette = self.palette()
        hop, rect = placed.hop, placed.rect
        colour = QColor(status_colour(hop.status))
        selected = hop.id == self._selected
        painter.setPen(
            QPen(palette.color(QPalette.ColorRole.Highlight), 3)
            if selected
            else QPen(colour.darker(110), 1.5)
        )
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 7, 7)
        stripe = QPainterPath()
        leading = rect.right() - 7 if self.isRightToLeft() else rect.left()
        stripe.addRoundedRect(QRectF(leading, rect.top(), 7, rect.height()), 3, 3)
        painter.fillPath(stripe, colour)
        inner = (
            rect.adjusted(8, 6, -14, -6) if self.isRightToLeft() else rect.adjusted(14, 6, -8, -6)
        )
        name, where, when, status = self.box_texts(hop, int(inner.width()))
        bold = self.bold_font()
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        metrics = QFontMetrics(bold)
        leading_top = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        painter.drawText(inner, leading_top, name)
        painter.setFont(self.font())
        plain = QFontMetrics(self.font())
        y = inner.top() + metrics.height() + 2
        for line in (where, when):
            painter.drawText(
                QRectF(inner.left(), y, inner.width(), plain.height()), leading_top, line
            )
            y += plain.height()
        painter.setPen(colour.darker(120))
        painter.drawText(
            QRectF(inner.left(), y, inner.width(), plain.height()), leading_top, status
        )

    def bold_font(self) -> QFont:
        """The font of the actors' names in the boxes (the rest is in `font()`)."""
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def box_texts(self, hop: HopView, width: int) -> tuple[str, str, str, str]:
        """The lines of a hop's box, as drawn: actor (bold), outlet or title, date · language,
        status. Names are elided to `width` pixels, then isolated (FSI…PDI), so that a
        right-to-left name or a stray override never reorders the app's words beside it."""
        bold = QFontMetrics(self.bold_font())
        plain = QFontMetrics(self.font())
        name = isolate(
            bold.elidedText(shown_case_text(hop.actor_name), Qt.TextElideMode.ElideRight, width)
        )
        where = hop.source_outlet or hop.source_title or self.tr("no source")
        if where == hop.actor_name and hop.source_title:
            where = hop.source_title
        where = isolate(
            plain.elidedText(shown_case_text(where), Qt.TextElideMode.ElideRight, width)
        )
        day = i18n.date_text(hop.relayed_on) if hop.relayed_on else self.tr("no date")
        lang = hop.language or hop.source_language or "?"
        return name, where, f"{day} · {isolate(lang)}", label(HopStatus, hop.status)

    def _arrow(self, painter: QPainter, start: QRectF, end: QRectF, hop: HopView) -> None:
        colour = QColor(status_colour(hop.status))
        pen = QPen(colour, 2.2)
        if hop.direction_doubtful:
            pen.setStyle(Qt.PenStyle.DashLine)
        forward = 1 if end.center().x() >= start.center().x() else -1  # -1: right to left
        a = QPointF(start.right() if forward > 0 else start.left(), start.center().y())
        b = QPointF(end.left() if forward > 0 else end.right(), end.center().y())
        path = QPainterPath(a)
        mid_x = (a.x() + b.x()) / 2
        path.cubicTo(QPointF(mid_x, a.y()), QPointF(mid_x, b.y()), b)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        back = b.x() - 10 * forward
        head = QPolygonF([b, QPointF(back, b.y() - 5), QPointF(back, b.y() + 5)])
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        painter.drawPolygon(head)
        text = label(Relation, hop.relation).lower()
        if hop.direction_doubtful:
            text += " ⇄?"
        box = QRectF(mid_x - GAP_X / 2, b.y() - 22, GAP_X, 18)
        painter.setPen(colour.darker(125))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _legend(self, painter: QPainter) -> None:
        palette = self.palette()
        y = max(p.rect.bottom() for p in self._placed) + MARGIN + 4
        metrics = QFontMetrics(self.font())
        # Laid out from the leading edge: the left, or the right when right to left.
        mirrored = self.isRightToLeft()
        edge = self.natural_size().width() - MARGIN

        def at(x: float, width: float) -> float:
            return edge - (x - MARGIN) - width if mirrored else x

        x = MARGIN
        for status, colour in STATUS_COLOURS.items():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(QRectF(at(x, 12), y + 3, 12, 12), 2, 2)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text = label(HopStatus, status)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(at(x + 17, width), y + 13), text)
            x += 17 + width + 16
        text = self.tr("dashed: direction doubtful")
        painter.drawText(QPointF(at(x + 4, metrics.horizontalAdvance(text)), y + 13), text)
