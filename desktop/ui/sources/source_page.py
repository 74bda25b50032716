"""The real page of a PDF source (QtPdf), scrolled to a quote with the quote highlighted."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QTimer, Signal
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget

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
        self.view.setAccessibleName("Source page")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.search = QPdfSearchModel(self)
        self.search.setDocument(self.document)
        self.view.setSearchModel(self.search)
        self.search.countChanged.connect(self._search_updated)
        self._buffer: QBuffer | None = None
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
        """Show a PDF from its evidence bytes; False when QtPdf cannot open it."""
        self.search.setSearchString("")
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # QPdfDocument reads from it for as long as it shows the file
        self.document.load(buffer)
        return self.document.status() in (
            QPdfDocument.Status.Ready,
            QPdfDocument.Status.Loading,
        )

    @property
    def current_page(self) -> int:
        """1-based page the view is on."""
        return self.view.pageNavigator().currentPage() + 1

    def show_quote(self, page: int | None, quote: str) -> None:
        """Go to `page` (1-based) and highlight the quote's first words there."""
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
