"""The claim list: a lazy table model over the case, holding a few pages of rows at a time.

Only the row count is asked once per refresh; rows are read in pages of 256 when the view
paints them, by keyset from the nearest page already held (or from either end of the list), so
that a case of a million claims opens and scrolls at once. A search shows its ranked ids
instead of the whole list; the filter applies to both.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from db.claim_order import Order
from db.errors import CaseError
from desktop.pyside_refs import no_data

from ..common.palette import verdict_colour
from .claim_page_loading import PageLoading
from .claim_words import COLUMNS, changed_text, changed_tip, claim_tip, header, verdict_text

if TYPE_CHECKING:  # SQLAlchemy loads on first use, not before the window is painted
    from db.case import Case
    from db.queries import ClaimFilter
    from db.unit_of_work import Changes
    from db.views import ClaimRow

    from ..common.workers import Workers

Index = QModelIndex | QPersistentModelIndex
#: Rows per page, as `db.queries.PAGE_SIZE` (a test keeps them equal).
PAGE_SIZE = 256
#: Search results come in smaller pages: the first screenful shows sooner.
RANKED_PAGE_SIZE = 64

TEXT, VERDICT, ORIGIN, OUTLET, HOPS, CHANGED, REVIEWER = range(len(COLUMNS))
#: In a narrow list these give way to the claim (least needed first), and these are hidden
#: rather than cut (the open claim's pane shows them too) until there is room again.
GIVE_WAY, HIDE_FIRST = (REVIEWER, HOPS, CHANGED, OUTLET, ORIGIN), (REVIEWER, CHANGED, OUTLET)
#: Columns the list can sort by, and the indexed key each one sorts on.
SORTABLE = {TEXT: "id", VERDICT: "verdict", CHANGED: "updated"}
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES_SHOWN = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.DecorationRole),
        int(Qt.ItemDataRole.TextAlignmentRole),
        int(CLAIM_ID_ROLE),
    }
)
#: From this many claims on, the list counts and reads its pages on the workers (rows show
#: "…" for the moment it takes, with the busy indicator); below, every query takes a few
#: milliseconds and runs at once, which keeps the list exact at every moment.
ASYNC_FROM = 20_000


class ClaimTableModel(PageLoading, QAbstractTableModel):
    """Rows of `db.views.ClaimRow`, read page by page from the open case."""

    #: A page could not be read (the case went away); the window shows the message.
    loadFailed = Signal(str)
    #: The list was counted again: its rows are new (after `refresh`, at once or later).
    refreshed = Signal()
    #: Rows first..last arrived from a worker.
    rowsLoaded = Signal(int, int)

    def __init__(self, parent: Any = None, workers: Workers | None = None) -> None:
        super().__init__(parent)
        self._workers = workers
        self._generation = 0
        self._requests = {}
        self._total = 0  # claims in the case, unfiltered (decides ASYNC_FROM)
        self._total_known = False  # `_total` counted since the last change
        self.counting = False
        self._case: Case | None = None
        self._where: ClaimFilter | None = None  # None: no filter (nothing loaded yet)
        self._order = Order()
        self._ranked: list[int] | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[ClaimRow]] = OrderedDict()
        self._failed = False
        self.words: list[str] = []
        #: The first page of a first look (`show_first_look`), kept for `set_case`.
        self._look: list[ClaimRow] | None = None

    # -- what the list shows ------------------------------------------------------------

    @property
    def case(self) -> Case | None:
        return self._case

    @property
    def where(self) -> ClaimFilter:
        if self._where is None:
            from db.queries import ClaimFilter

            self._where = ClaimFilter()
        return self._where

    @property
    def order(self) -> Order:
        return self._order

    @property
    def searching(self) -> bool:
        return self._ranked is not None

    def set_case(self, case: Case | None, count: int | None = None) -> None:
        """Show this case's claims; `count` (all claims, unfiltered) saves the first COUNT."""
        looked, self._look = (self._look if case is not None else None), None
        self._case = case
        self._ranked = None
        self.words = []
        self._total_known = False
        self.refresh(count if self._where is None or self._where.is_empty else None)
        if looked and count == self._count:
            self._keep_first_look(looked)

    def set_filter(self, where: ClaimFilter) -> None:
        self._where = where
        self.refresh()

    def set_ranked(
        self,
        ids: list[int] | None,
        words: list[str] | None = None,
        first_page: list[ClaimRow] | None = None,
    ) -> None:
        """Show these claim ids in this order (search results, already filtered), or the whole
        list again with None; `first_page`: the rows of the first RANKED_PAGE_SIZE ids when
        the search read them already (on its worker)."""
        if ids is None:
            self.show_all(self.where)
            return
        self._ranked = list(ids)
        self.words = list(words or [])
        self.refresh()
        if (
            self._ranked
            and first_page is not None
            and [r.id for r in first_page] == self._ranked[: len(first_page)]
        ):
            self._keep(0, list(first_page))

    def show_all(self, where: ClaimFilter) -> None:
        """The whole list under `where` again, no search (one refresh, not one per change)."""
        self._where = where
        self._ranked = None
        self.words = []
        self.refresh(self._total if where.is_empty and self._total_known else None)

    @property
    def _page_size(self) -> int:
        return RANKED_PAGE_SIZE if self._ranked is not None else PAGE_SIZE

    @property
    def background(self) -> bool:
        """Counting and page reads run on the workers: a large case (see ASYNC_FROM), and any
        case on a server (each read is a round trip on a network the GUI must not wait on)."""
        return self._workers is not None and (
            self._total >= ASYNC_FROM or (self._case is not None and self._case.dialect != "sqlite")
        )

    def refresh(self, count: int | None = None) -> None:
        """Count again and forget every page (one COUNT per refresh, never per paint). On a
        large case the count runs on a worker; the rows shown so far stay until it is done."""
        self._generation += 1
        for request in self._requests.values():
            request.dropped = True
        self._requests.clear()
        case = self._case
        if case is None:
            self._reset(0)
            return
        if self._ranked is not None:
            self._reset(len(self._ranked))
            return
        if count is not None:
            if self.where.is_empty:
                self._total, self._total_known = count, True
            self._reset(count)
            return
        from db.queries import count_claims

        where = self.where
        if not self.background:
            try:
                with case.read() as session:
                    found = count_claims(session, where)
            except CaseError as exc:
                self._reset(0)
                self._fail(str(exc))
                return
            if where.is_empty:
                self._total, self._total_known = found, True
            self._reset(found)
            return
        generation = self._generation
        self.counting = True

        def work() -> int:
            with case.read() as session:
                return count_claims(session, where)

        def done(found: int) -> None:
            if generation == self._generation:
                self.counting = False
                if where.is_empty:
                    self._total, self._total_known = found, True
                self._reset(found)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.counting = False
                self._reset(0)
                self._failed_on_worker(exc)

        assert self._workers is not None
        self._workers.submit(work, done, failed)

    def _reset(self, count: int) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._failed = False
        self._count = count
        self.endResetModel()
        self.refreshed.emit()

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        value = self._header(section, orientation, role)
        return no_data() if value is None else value

    def _header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return header(section, tooltip=True)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self._data(index, role)
        return no_data() if value is None else value

    def _data(self, index: Index, role: int) -> Any:
        if role not in _ROLES_SHOWN or not index.isValid() or index.row() >= self._count:
            return None  # most calls while painting ask for roles the list leaves to the style
        row = self.row_at(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TEXT:
                return claim_tip(row)
            if column == CHANGED:
                return changed_tip(row)
            return _display(row, column)
        if role == CLAIM_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and column == VERDICT:
            return QColor(verdict_colour(row.verdict))
        if role == Qt.ItemDataRole.DecorationRole and column == TEXT and row.quotes_to_review:
            return QColor(QUOTE_TO_REVIEW_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == HOPS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORTABLE.get(column)
        if key is None or self._ranked is not None:
            return
        wanted = Order(key, order == Qt.SortOrder.DescendingOrder)
        if wanted != self._order:
            self._order = wanted
            self.refresh()

    # -- rows ---------------------------------------------------------------------------

    def claim_id(self, row: int) -> int | None:
        found = self.row_at(row) if 0 <= row < self._count else None
        return found.id if found else None

    def row_at(self, row: int) -> ClaimRow | None:
        number = row // self._page_size
        page = self._pages.get(number)
        if page is None:
            if self.background and not self._cheap(number):
                self._request(number)
                return None
            page = self._load(number)
            if page is None:
                return None
        elif number != next(reversed(self._pages)):
            self._pages.move_to_end(number)
        offset = row - number * self._page_size
        return page[offset] if offset < len(page) else None

    def row_of(self, claim_id: int) -> int | None:
        """The row of a claim in the list, or None when the list does not show it."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.id == claim_id:
                    return number * self._page_size + offset
        if self._case is None:
            return None
        if self._ranked is not None:
            return self._ranked.index(claim_id) if claim_id in self._ranked else None
        from db.claim_pages import row_key, rows_before
        from db.queries import claim_rows

        try:
            with self._case.read() as session:
                rows = claim_rows(session, [claim_id])
                if not rows or not _passes(session, self.where, claim_id):
                    return None
                found = rows_before(session, self.where, self._order, row_key(self._order, rows[0]))
        except CaseError:
            return None
        return found if found < self._count else None

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def forget_total(self) -> None:
        """A claim may have come or gone: count the whole list again when it is shown."""
        self._total_known = False

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what a unit of work touched: rows in place when the list's order and
        length cannot have changed, else count again."""
        if not changes.claims and not changes.case and not changes.actors and not changes.sources:
            return
        if self._case is None:
            return
        self.forget_total()
        held = {r.id: (n, i) for n, page in self._pages.items() for i, r in enumerate(page)}
        if (
            changes.case
            or self._order.key != "id"
            or not self.where.is_empty
            or any(c not in held for c in changes.claims)
        ):
            self.refresh()
            return
        wanted = sorted(set(changes.claims))
        if changes.actors or changes.sources:
            wanted = sorted(held)
        if not wanted:
            return  # no row loaded to read again (a source imported into an empty list)
        from db.queries import claim_rows

        try:
            with self._case.read() as session:
                fresh = {r.id: r for r in claim_rows(session, wanted)}
        except CaseError as exc:
            self._fail(str(exc))
            return
        if any(c not in fresh for c in wanted):
            self.refresh()  # a claim was deleted: the list is shorter now
            return
        for claim_id in wanted:
            number, offset = held[claim_id]
            self._pages[number][offset] = fresh[claim_id]
            row = number * self._page_size + offset
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _failed_on_worker(self, exc: BaseException) -> None:
        if isinstance(exc, CaseError):
            self._fail(str(exc))
        else:
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _fail(self, message: str) -> None:
        if not self._failed:
            self._failed = True
            self.loadFailed.emit(message)


def _passes(session: Any, where: ClaimFilter, claim_id: int) -> bool:
    from db.claim_pages import filter_ids

    return bool(filter_ids(session, [claim_id], where))


QUOTE_TO_REVIEW_COLOUR = "#e8a200"
"""The mark of a claim with a quote changed or lost in a new version of its source."""


def _display(row: ClaimRow, column: int) -> Any:
    if column == TEXT:
        return " ".join(row.text.split())
    if column == VERDICT:
        return verdict_text(row)
    if column == ORIGIN:
        return row.origin_actor
    if column == OUTLET:
        return row.last_outlet
    if column == HOPS:
        return row.hop_count
    if column == CHANGED:
        return changed_text(row)
    if column == REVIEWER:
        return row.updated_by
    return None
