"""The real page of a PDF source (QtPdf), scrolled to a quote with the quote highlighted; and
the image of a screenshot or scanned page with what OCR found on it (`SourceScan`): the words
of a located quote lit where they stand on the image, words recognised with low confidence
outlined in red, so the reviewer sees the evidence the recognised text rests on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageReader,
    QPainter,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from db.scans import ScanPage, ScanWord, page_of_span

from ..common.placeholders import counted

#: QtPdf finds a phrase within one line best: search for the quote's first words.
SEARCH_WORDS = 6


def search_phrase(quote: str) -> str:
    line = next((part for part in quote.split("\n") if part.strip()), "")
    line = line.split("…")[0]
    return " ".join(line.split()[:SEARCH_WORDS])


class SourcePage(QWidget):
    """`quoteShown(page, found)` when the view has moved to a quote's page (found: highlighted)."""

    quoteShown = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePage")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Source page"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.search = QPdfSearchModel(self)
        self.search.setDocument(self.document)
        self.view.setSearchModel(self.search)
        self.search.countChanged.connect(self._search_updated)
        self._buffer: QBuffer | None = None
        self._pending: bytes | None = None
        self._target: int | None = None
        #: When QtPdf finds nothing (a quote split by the PDF's layout), the page alone is shown.
        self._give_up = QTimer(self)
        self._give_up.setSingleShot(True)
        self._give_up.setInterval(1500)
        self._give_up.timeout.connect(self._not_found)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def load_bytes(self, data: bytes) -> bool:
        """Show a PDF from its evidence bytes; False when they are not a PDF. QtPdf opens
        them once the page is shown or a quote on it is asked for (`document_ready`): a
        500-page file holds the window 30–100 ms, which the Text tab alone never needs."""
        self.search.setSearchString("")
        self.document.close()
        self._buffer = None
        self._pending = data if b"%PDF-" in data[:1024] else None
        if self._pending is not None and self.isVisible():
            return self.document_ready()
        return self._pending is not None

    def document_ready(self) -> bool:
        """Open the PDF taken by `load_bytes` now if it is not open yet; whether QtPdf can."""
        data, self._pending = self._pending, None
        if data is not None:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._buffer = buffer  # QPdfDocument reads from it for as long as it shows the file
            self.document.load(buffer)
        return self.document.status() in (
            QPdfDocument.Status.Ready,
            QPdfDocument.Status.Loading,
        )

    def showEvent(self, event: QShowEvent) -> None:
        self.document_ready()
        super().showEvent(event)

    @property
    def current_page(self) -> int:
        """1-based page the view is on."""
        return self.view.pageNavigator().currentPage() + 1

    def show_quote(self, page: int | None, quote: str) -> None:
        """Go to `page` (1-based) and highlight the quote's first words there."""
        self.document_ready()
        index = max(0, (page or 1) - 1)
        self._target = index
        self.view.pageNavigator().jump(index, QPointF(), 0)
        phrase = search_phrase(quote)
        self._give_up.start()
        if self.search.searchString() == phrase:
            self._search_updated()
        else:
            self.search.setSearchString(phrase)
        if not phrase:
            self._not_found()

    def _not_found(self) -> None:
        self._give_up.stop()
        if self._target is not None:
            self.quoteShown.emit(self._target + 1, False)
            self._target = None

    def _search_updated(self) -> None:
        if self._target is None or not self.search.searchString():
            return
        for row in range(self.search.count()):
            result = self.search.resultAtIndex(row)
            if result.page() == self._target:
                self.view.setCurrentSearchResultIndex(row)
                self.view.pageNavigator().jump(result.page(), result.location(), 0)
                self._give_up.stop()
                self._target = None
                self.quoteShown.emit(result.page() + 1, True)
                return


#: Draws the image of a recognised page at the size its boxes are measured in.
PageImage = Callable[[ScanPage], QImage | None]

HIGHLIGHT = QColor(255, 200, 0, 110)
DOUBTFUL = QColor(200, 30, 30)


class ScanCanvas(QWidget):
    """Paints one page's image scaled to the widget's width, with its boxes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanCanvas")
        self.image: QImage | None = None
        self.page: ScanPage | None = None
        self.highlighted: tuple[ScanWord, ...] = ()

    def set_page(self, page: ScanPage | None, image: QImage | None) -> None:
        self.page, self.image, self.highlighted = page, image, ()
        self.updateGeometry()
        self.update()

    @property
    def scale(self) -> float:
        if self.page is None or not self.page.width:
            return 1.0
        return max(0.05, self.width() / self.page.width)

    def sizeHint(self) -> QSize:
        if self.page is None:
            return QSize(400, 300)
        return QSize(self.page.width // 2, self.page.height // 2)

    def hasHeightForWidth(self) -> bool:
        return self.page is not None

    def heightForWidth(self, width: int) -> int:
        if self.page is None or not self.page.width:
            return 300
        return int(width * self.page.height / self.page.width)

    def box(self, word: ScanWord) -> QRectF:
        """Where a word stands on the widget."""
        s = self.scale
        return QRectF(word.x * s, word.y * s, word.width * s, word.height * s)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.page is None:
            return
        if self.image is not None:
            target = QRectF(0, 0, self.width(), self.heightForWidth(self.width()))
            painter.drawImage(target, self.image)
        pen = QPen(DOUBTFUL, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        for word in self.page.words:
            if word.doubtful:
                painter.drawRect(self.box(word))
        painter.setPen(Qt.PenStyle.NoPen)
        for word in self.highlighted:
            painter.fillRect(self.box(word).adjusted(-2, -2, 2, 2), HIGHLIGHT)
        painter.end()


class SourceScan(QWidget):
    """`quoteShown(page, words)`: the page (1-based) shown and how many words lit on it."""

    quoteShown = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceScan")
        self.pages: tuple[ScanPage, ...] = ()
        self.page_image: PageImage = lambda _page: None
        self.canvas = ScanCanvas()
        self.canvas.setAccessibleName(self.tr("Recognised image"))
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.canvas)
        self.legend = QLabel()
        self.legend.setObjectName("scanLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.scroll, 1)

    def set_pages(self, pages: tuple[ScanPage, ...], page_image: PageImage) -> None:
        self.pages, self.page_image = pages, page_image
        self._show(pages[0] if pages else None)

    def _show(self, page: ScanPage | None) -> None:
        if page is self.canvas.page and page is not None:
            return
        self.canvas.set_page(page, self.page_image(page) if page is not None else None)
        doubtful = sum(1 for w in page.words if w.doubtful) if page is not None else 0
        self.legend.setText(
            ""
            if page is None
            else counted(
                self.tr(
                    "Page %1: %n word(s) recognised; %2 with low confidence (outlined in red). "
                    "A quote is lit in yellow.",
                    "",
                    len(page.words),
                ),
                page.page + 1,
                doubtful,
            )
        )

    def show_span(self, start: int, end: int) -> int:
        """Show the page holding the text span [start, end) with its words lit; returns how
        many words were lit (0: the span is not on a recognised page)."""
        page = page_of_span(self.pages, start, end)
        if page is None:
            return 0
        self._show(page)
        self.canvas.highlighted = page.words_in(start, end)
        self.canvas.update()
        first = min(self.canvas.highlighted, key=lambda w: w.y)
        self.scroll.ensureVisible(0, int(self.canvas.box(first).top()), 0, 80)
        self.quoteShown.emit(page.page + 1, len(self.canvas.highlighted))
        return len(self.canvas.highlighted)


def page_images(image: bytes | None, document: QPdfDocument | None) -> PageImage:
    """How to draw a recognised page: a frame of the image file (a TIFF may hold several), or a
    scanned page of the PDF drawn at the size OCR read it."""

    def draw(page: ScanPage) -> QImage | None:
        if image is not None:
            buffer = QBuffer()
            buffer.setData(QByteArray(image))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            reader = QImageReader(buffer)
            reader.setAllocationLimit(512)  # MB: the reader process already refused bombs
            if page.page:
                reader.jumpToImage(page.page)
            frame = reader.read()
            return None if frame.isNull() else frame
        if document is not None:
            drawn = document.render(page.page, QSize(page.width, page.height))
            return None if drawn.isNull() else drawn
        return None

    return draw
