"""The window's claim list: the current and selected rows, the count in the status bar, the
search box and the filters. `MainWindow` takes this in (a mixin: it works on the window's
list, filters and claim pane, declared below)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer

from db.errors import CaseError, NotFound
from db.text.direction import isolate
from db.text.normalise import search_words

from ..claim.meaning_words import counted
from ..common import i18n
from .claims_model import RANKED_PAGE_SIZE, SORTABLE, TEXT

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMessageBox, QTableView

    from db.case import Case
    from db.views import ClaimDetail, ClaimRow

    from ..claim.claim_detail import ClaimDetailPane
    from ..common.events import WindowEvents
    from ..common.workers import Workers
    from .claims_model import ClaimTableModel
    from .filter_bar import FilterBar

#: Search results listed at most (ranked; the list pages through them).
SEARCH_LIMIT = 1000
#: The best result opens once typing has paused this long.
OPEN_BEST_MS = 120


class ClaimListControl:
    """The list's part of `MainWindow`; the state it works on, the window's:"""

    _case: Case | None
    _search_serial: int
    _search_text: str
    _select_first: bool
    _open_serial: int = 0
    #: The claim being read for the pane on a worker (a server case), if any.
    _opening: int | None = None
    table: QTableView
    model: ClaimTableModel
    filters: FilterBar
    detail: ClaimDetailPane
    count_label: QLabel
    workers: Workers

    if TYPE_CHECKING:  # the window's own (stubs here would shadow them)

        def show_status(self, message: str, msecs: int = 6000) -> None: ...

        def show_error(self, message: str, title: str = ...) -> QMessageBox: ...

        def _work_failed(self, exc: BaseException) -> None: ...

        events: WindowEvents

    def current_claim_id(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid():
            return self.model.claim_id(index.row())
        return self.detail.detail.id if self.detail.detail else None

    def selected_row_ranges(self) -> list[tuple[int, int]]:
        """(first, last) of each block of selected rows, in list order (a million selected
        rows are one block, not a million indexes)."""
        selection = self.table.selectionModel().selection()
        return sorted({(r.top(), r.bottom()) for r in selection if r.isValid()})

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, TEXT),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, TEXT))
        elif self.model.rowCount() == 0:
            self.open_claim(None)

    def select_claim(self, claim_id: int) -> bool:
        """Select a claim in the list (True), or just open it when the list does not show it."""
        row = self.model.row_of(claim_id)
        if row is None:
            self.open_claim(claim_id)
            return False
        if self.table.currentIndex().row() != row:
            self.select_row(row)
        return True

    def _show_first_row(self) -> None:
        """Select the first row once the list is counted (at once on a small case)."""
        self._update_count()
        if self.model.counting:
            self._select_first = True
        else:
            self.select_row(0)

    def _list_refreshed(self) -> None:
        self._update_count()
        if self._select_first and not self.model.counting:
            self._select_first = False
            self.select_row(0)

    def _rows_loaded(self, first: int, last: int) -> None:
        """A page arrived from a worker: open the current claim if it was among its rows."""
        index = self.table.currentIndex()
        if index.isValid() and first <= index.row() <= last:
            claim_id = self.model.claim_id(index.row())
            shown = self.detail.detail
            if (
                claim_id is not None
                and (shown is None or shown.id != claim_id)
                and claim_id != self._opening
            ):
                self.open_claim(claim_id)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        claim_id = self.model.claim_id(current.row()) if current.isValid() else None
        if (
            claim_id is not None
            and (self.detail.detail is None or self.detail.detail.id != claim_id)
            and claim_id != self._opening
        ):
            self.open_claim(claim_id)

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        """The list sorts on indexed keys only; elsewhere the indicator goes back and says so."""
        if column in SORTABLE:
            return
        header = self.table.horizontalHeader()
        current = {key: col for col, key in SORTABLE.items()}[self.model.order.key]
        wanted = (
            Qt.SortOrder.DescendingOrder
            if self.model.order.descending
            else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(True)
        header.setSortIndicator(current, wanted)
        header.blockSignals(False)
        self.show_status(
            translate(
                "ClaimListControl",
                "The list sorts by claim (the order they were added), verdict or last change",
            )
        )

    def open_claim(self, claim_id: int | None) -> ClaimDetail | None:
        """Show this claim in the claim pane (None: none). On a case file at once (the
        detail is returned); on a server from a worker (a handful of round trips the GUI
        must not wait on): None is returned and the pane follows when the claim has arrived."""
        self._open_serial += 1
        self._opening = None
        case = self._case
        if claim_id is not None and case is not None and case.dialect != "sqlite":
            self._opening = claim_id
            self._open_claim_later(case, claim_id, self._open_serial)
            return None
        detail = None
        if claim_id is not None and self._case is not None:
            from db.queries import claim_detail

            try:
                with self._case.read() as session:
                    detail = claim_detail(session, claim_id)
            except NotFound:
                detail = None
            except CaseError as exc:
                self.show_error(str(exc))
        self.detail.set_detail(detail)
        self.events.claimOpened.emit(detail.id if detail else None)
        return detail

    def _open_claim_later(self, case: Case, claim_id: int, serial: int) -> None:
        def work() -> ClaimDetail | None:
            from db.queries import claim_detail

            try:
                with case.read() as session:
                    return claim_detail(session, claim_id)
            except NotFound:
                return None

        def done(detail: ClaimDetail | None) -> None:
            if serial != self._open_serial or case is not self._case:
                return  # another claim was asked for meanwhile
            self._opening = None
            self.detail.set_detail(detail)
            self.events.claimOpened.emit(detail.id if detail else None)

        def failed(exc: BaseException) -> None:
            if serial != self._open_serial:
                return
            self._opening = None
            if isinstance(exc, CaseError):
                self.show_error(str(exc))
            else:
                self._work_failed(exc)

        self.workers.submit(work, done, failed)

    def _update_count(self) -> None:
        if self._case is None:
            self.count_label.setText(translate("ClaimListControl", "No case open"))
            return
        if self.model.counting:
            self.count_label.setText(translate("ClaimListControl", "Counting claims…"))
            return
        rows = self.model.rowCount()
        selected = sum(last - first + 1 for first, last in self.selected_row_ranges())
        if selected > 1:
            text = translate("ClaimListControl", "%1 of %n claim(s) selected", "", rows)
            text = text.replace("%1", f"{selected:,}")
        elif self.model.searching:
            text = translate("ClaimListControl", "%n claim(s) found", "", rows)
        elif not self.model.where.is_empty:
            text = translate("ClaimListControl", "%n claim(s) match(es) the filter", "", rows)
        else:
            text = translate("ClaimListControl", "%n claim(s)", "", rows)
        self.count_label.setText(i18n.with_digits(_grouped(text, rows)))

    # -- search and filter ----------------------------------------------------------------

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def clear_filters(self) -> None:
        self.filters.clear()
        self._search_text = ""
        self.model.show_all(self.filters.current_filter())
        self._show_first_row()

    def _filter_changed(self, where: Any) -> None:
        if self.model.searching:
            self.model.set_filter(where)
            self._run_search(self._search_text)
        else:
            self.model.set_filter(where)
            self._show_first_row()

    def search(self, text: str) -> None:
        """Show the claims matching `text`, best first (the whole list when it is empty)."""
        self._search_text = text.strip()
        if not search_words(self._search_text):
            self._search_serial += 1
            if self.model.searching:
                self.model.set_ranked(None)
                self._show_first_row()
            return
        self._run_search(self._search_text)

    def _run_search(self, text: str, keep: int | None = None) -> None:
        case = self._case
        if case is None:
            return
        self._search_serial += 1
        serial = self._search_serial
        where = self.model.where
        exact = self.filters.exact.isChecked()

        def work() -> tuple[list[int], list[ClaimRow], list[str]]:
            from db.claim_pages import filter_ids
            from db.queries import claim_rows
            from db.search import expansion_of, search_claims

            with case.read() as session:
                hits = search_claims(session, text, limit=SEARCH_LIMIT, exact=exact)
                ids = filter_ids(session, [h.id for h in hits], where)
                spellings = [] if exact else sorted(expansion_of(session, text).marked_words)
                return ids, claim_rows(session, ids[:RANKED_PAGE_SIZE]), spellings

        def done(found: tuple[list[int], list[ClaimRow], list[str]]) -> None:
            if serial != self._search_serial or case is not self._case:
                return  # a newer search (or another case) took over
            ids, first_page, spellings = found
            self.model.set_ranked(ids, search_words(text) + spellings, first_page)
            self._update_count()

            def open_best() -> None:
                # The list shows the results at once; the best claim opens when typing pauses
                # (a newer search cancels it), so fast typing never waits on claim details.
                if serial != self._search_serial:
                    return
                if keep is not None and keep in ids:
                    self.select_claim(keep)
                else:
                    self.select_row(0)

            QTimer.singleShot(OPEN_BEST_MS, self.table, open_best)
            words = translate("ClaimListControl", ", ").join(isolate(w) for w in spellings[:6])
            also = (
                " " + translate("ClaimListControl", "(or %1…)").replace("%1", words)
                if spellings
                else ""
            )
            if ids:
                line = translate("ClaimListControl", "%n claim(s) match(es) “%1”", "", len(ids))
                line = counted(_grouped(line, len(ids)))
            else:
                line = translate("ClaimListControl", "No claim matches “%1”")
            self.show_status(line.replace("%1", isolate(text)) + also)

        self.workers.submit(work, done, self._work_failed)


translate = QCoreApplication.translate


def _grouped(text: str, n: int) -> str:
    """A `%n` text with its count's thousands grouped, as the locale groups them: Qt's %n
    writes 10000, the list says 10,000 (10.000, 10 000)."""
    if n < 1000:
        return text
    return text.replace(str(n), QLocale().toString(n), 1)
