"""How the claim list reads its pages (`ClaimTableModel` takes this in): at once when a page
costs milliseconds, on a worker otherwise, by keyset from the nearest known row.

A mixin rather than an object of its own: it works on the model's state (the case, filter,
order, search results, count, the held pages) and answers with the model's signals; the
attributes it expects are declared below.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from db.claim_order import Order
from db.errors import CaseError

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, SignalInstance

    from db.case import Case
    from db.claim_pages import Anchor
    from db.queries import ClaimFilter
    from db.views import ClaimRow

    from ..common.workers import Workers

#: Pages held at once (the oldest read goes first): 24 × 256 rows, many screens of a tall
#: window either way of where the reviewer is; a page read again costs ~3 ms on a case file.
MAX_PAGES = 24
#: Page reads waiting for a worker beyond this many are dropped, oldest first (a scroll bar
#: dragged across a million rows asks for pages nobody will see).
MAX_PENDING_PAGES = 4


class _PageRequest:
    """A page read waiting for or running on a worker; a dropped one is skipped."""

    __slots__ = ("dropped",)

    def __init__(self) -> None:
        self.dropped = False


class PageLoading:
    """The page reading of `ClaimTableModel`; the state it works on, the model's:"""

    _case: Case | None
    _order: Order
    _ranked: list[int] | None
    _count: int
    _pages: OrderedDict[int, list[ClaimRow]]
    _requests: dict[int, _PageRequest]
    _generation: int
    _failed: bool
    _look: list[ClaimRow] | None
    _workers: Workers | None
    counting: bool
    dataChanged: SignalInstance
    rowsLoaded: SignalInstance

    if TYPE_CHECKING:  # the model's own (stubs here would shadow them)

        @property
        def where(self) -> ClaimFilter: ...

        @property
        def _page_size(self) -> int: ...

        def index(self, row: int, column: int, parent: Any = ...) -> QModelIndex: ...

        def columnCount(self, parent: Any = ...) -> int: ...

        def _fail(self, message: str) -> None: ...

        def beginResetModel(self) -> None: ...

        def endResetModel(self) -> None: ...

        def _failed_on_worker(self, exc: BaseException) -> None: ...

    def _cheap(self, number: int) -> bool:
        """Whether page `number` costs a few milliseconds to read, even in a large case: on a
        local file, the next page of the unfiltered list by keyset from an end or a held page,
        or search results by id. Skipping rows, filtering and a server go to the workers."""
        if self._case is None or self._case.dialect != "sqlite":
            return False
        if self._ranked is not None:
            return True
        if not self.where.is_empty:
            return False
        first = number * self._page_size
        last = min(first + self._page_size, self._count) - 1
        anchor = self._anchor(first, last)
        return (anchor.row + 1 == first) if anchor.forward else (anchor.row - 1 == last)

    def _page_reader(self, number: int) -> Callable[[], list[ClaimRow]] | None:
        """What reads page `number` (a function that may run on a worker), or None."""
        case = self._case
        if case is None or self._failed or self.counting:
            return None
        first = number * self._page_size
        last = min(first + self._page_size, self._count) - 1
        ranked = self._ranked[first : last + 1] if self._ranked is not None else None
        where, order, anchor = self.where, self._order, self._anchor(first, last)

        def read() -> list[ClaimRow]:
            from db.claim_pages import window_ids
            from db.queries import claim_rows

            with case.read() as session:
                ids = ranked
                if ids is None:
                    ids = window_ids(session, where, order, anchor, first, last)
                return claim_rows(session, ids)

        return read

    def show_first_look(self, count: int, rows: list[ClaimRow]) -> None:
        """While no case is open yet: its count and first page, read by `db.first_look`
        (the rest of the list shows "…" until `set_case`)."""
        if self._case is not None:
            return
        self.beginResetModel()
        self._pages.clear()
        self._pages[0] = list(rows)
        self._look = self._pages[0]
        self._count = count
        self.endResetModel()

    def _keep_first_look(self, rows: list[ClaimRow]) -> None:
        """The case is open and counted as its first look said: on a server the look's rows
        stay on screen (no "…" between the look and the case) until a fresh read of the page,
        on a worker, replaces them; a case file reads the page again at once anyway."""
        if self.where.is_empty and self._order == Order() and not self._cheap(0):
            self._keep(0, rows)
            self._request(0)

    def _keep(self, number: int, rows: list[ClaimRow]) -> None:
        self._pages[number] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    def _load(self, number: int) -> list[ClaimRow] | None:
        read = self._page_reader(number)
        if read is None:
            return None
        try:
            rows = read()
        except CaseError as exc:
            self._fail(str(exc))
            return None
        self._keep(number, rows)
        return rows

    def _request(self, number: int) -> None:
        """Read page `number` on a worker; its rows show once it arrives (`rowsLoaded`)."""
        if number in self._requests or self._workers is None:
            return
        read = self._page_reader(number)
        if read is None:
            return
        request = _PageRequest()
        self._requests[number] = request
        while len(self._requests) > MAX_PENDING_PAGES:
            oldest = next(iter(self._requests))
            self._requests.pop(oldest).dropped = True
        generation = self._generation

        def work() -> list[ClaimRow] | None:
            return None if request.dropped else read()

        def done(rows: list[ClaimRow] | None) -> None:
            if self._requests.get(number) is request:
                del self._requests[number]
            if rows is None or generation != self._generation:
                return
            self._keep(number, rows)
            first = number * self._page_size
            last = first + len(rows) - 1
            if rows:
                self.dataChanged.emit(
                    self.index(first, 0), self.index(last, self.columnCount() - 1)
                )
                self.rowsLoaded.emit(first, last)

        def failed(exc: BaseException) -> None:
            self._requests.pop(number, None)
            if generation == self._generation:
                self._failed_on_worker(exc)

        self._workers.submit(work, done, failed)

    def claim_ids_between(self, first: int, last: int) -> list[int]:
        """The claim ids of rows first..last, reading the pages not held yet at once (for
        commands on a selection, which need every id, not what has been painted)."""
        ids: list[int] = []
        size = self._page_size
        for number in range(max(first, 0) // size, min(last, self._count - 1) // size + 1):
            page = self._pages.get(number)
            if page is None:
                page = self._load(number)
            if page is None:
                break
            start = number * size
            ids.extend(r.id for i, r in enumerate(page) if first <= start + i <= last)
        return ids

    def is_loaded(self, row: int) -> bool:
        return (row // self._page_size) in self._pages

    def _anchor(self, first: int, last: int) -> Anchor:
        """The known row nearest to the wanted rows: the start, the end, or a held page."""
        from db.claim_pages import Anchor, row_key

        best = Anchor(-1, None, True)
        cost = first
        if self._count - 1 - last < cost:
            best, cost = Anchor(self._count, None, False), self._count - 1 - last
        for number, page in self._pages.items():
            if not page:
                continue
            start = number * self._page_size
            end = start + len(page) - 1
            if end < first and first - end - 1 < cost:
                best, cost = Anchor(end, row_key(self._order, page[-1]), True), first - end - 1
            if start > last and start - 1 - last < cost:
                best, cost = Anchor(start, row_key(self._order, page[0]), False), start - 1 - last
        return best
