"""The reviewer's workspace: the claim list on the left, the open claim on the right.

Hooks for the rooms: `window.case`, `run_change(work)` / `apply_changes(changes)` after any
unit of work, `window.events` (what happened: `common/events.py`) and `window.action_registry` (the
registry the menus and toolbar are built from: `common/actions.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from db.errors import CaseError, CaseUnavailable
from db.text.direction import isolate
from desktop import preferences
from desktop.version import APP_NAME

from .claims.claim_list_control import ClaimListControl
from .claims.claims_model import GIVE_WAY, HIDE_FIRST, TEXT, ClaimTableModel
from .claims.filter_bar import FilterBar
from .common import i18n
from .common.action_catalogue import MENU_LAYOUT, MENU_TITLES, Need, shown
from .common.actions import ActionRegistry
from .common.case_text_delegate import TextColumnShare
from .common.events import WindowEvents
from .common.workers import Workers, collect_on_gui_thread

if TYPE_CHECKING:  # the database layer (SQLAlchemy) loads while the window is painted
    from PySide6.QtGui import QCloseEvent

    from db.case import Case
    from db.first_look import FirstLook
    from db.unit_of_work import Changes, UnitOfWork

    from .claim.claim_detail import ClaimDetailPane
    from .window_setup import WindowParts

MENUS = tuple(MENU_LAYOUT)
T = TypeVar("T")


class MainWindow(ClaimListControl, QMainWindow):
    """The window is built in two steps: `__init__` makes what the first paint shows (menus,
    toolbar, filters, the claim list, the status bar) and `complete()` the rest (the claim
    pane, the list's word highlighting), so that the window appears before those modules
    load. `window_setup.build_window` does both; the app completes the window once it has
    painted."""

    #: The open claim's pane (made by `complete()`).
    detail: ClaimDetailPane

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._search_serial = 0
        self._search_text = ""
        self._menus: dict[str, QMenu] = {}
        self.messages: list[str] = []  # what the window told the reviewer (for tests too)
        #: The reviewer may read the case but not change it (set by the team actions).
        self.read_only = False
        self.workers = Workers(self)
        collect_on_gui_thread(self)
        #: Every part of the window once `window_setup` made them (None for the bare frame),
        #: for the app and the tests; rooms get what they need through their constructors.
        self.parts: WindowParts | None = None
        #: What happened (case changed, changes applied, claim opened, read-only).
        self.events = WindowEvents(self)
        #: The one registry of actions: menus, toolbar and enablement come from it.
        self.action_registry = ActionRegistry(self)
        self.action_registry.when(Need.CASE_OPEN, lambda: self._case is not None)
        self.action_registry.when(Need.WRITABLE, lambda: not self.read_only)
        self.action_registry.when(
            Need.NOT_ON_SERVER, lambda: self._case is None or self._case.dialect == "sqlite"
        )
        for signal in (
            self.events.caseChanged,
            self.events.changesApplied,
            self.events.claimOpened,
            self.events.readOnlyChanged,
        ):
            signal.connect(self.action_registry.refresh)
        self.setObjectName("MainWindow")
        self.resize(1360, 820)

        self.model = ClaimTableModel(self, self.workers)
        self.model.loadFailed.connect(self._case_lost)
        self._select_first = False
        self.filters = FilterBar()
        self.filters.searchChanged.connect(self.search)
        self.filters.filterChanged.connect(self._filter_changed)
        self.filters.invalidInput.connect(self.show_status)

        self.table = QTableView()
        self.table.setObjectName("claimTable")
        self.table.setAccessibleName(self.tr("Claims"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(TEXT, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        #: The claim's text takes the width the other columns leave (see GIVE_WAY, HIDE_FIRST).
        self.columns = TextColumnShare(self.table, TEXT, GIVE_WAY, hide_first=HIDE_FIRST)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(i18n.leading_margins(6, 6, 0, 6))  # none by the splitter
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(QWidget())  # the claim pane, once `complete()` has made it
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([540, 820])
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        self.banner_area = QVBoxLayout(central)
        self.banner_area.setContentsMargins(0, 0, 0, 0)
        self.banner_area.setSpacing(0)
        self.banner_area.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of claims"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setToolTip(self.tr("Working…"))
        self.busy.hide()
        self.reviewer_label = QLabel()
        self.reviewer_label.setToolTip(
            self.tr("The name written into the audit log (Edit ▸ Preferences)")
        )
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.reviewer_label)
        self.statusBar().messageChanged.connect(lambda m: m or self.statusBar().setToolTip(""))
        self.workers.busyChanged.connect(self.busy.setVisible)
        self.model.modelReset.connect(self._update_count)
        self.model.refreshed.connect(self._list_refreshed)
        self.model.rowsLoaded.connect(self._rows_loaded)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_count())

        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMinimumHeight(self.fontMetrics().height() + 15)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self._build_menus()
        self._update_title()

    def complete(self) -> None:
        """Make the parts the first paint does not show (see the class docstring)."""
        if hasattr(self, "detail"):
            return
        from .claim.claim_detail import ClaimDetailPane
        from .claims.highlight_delegate import HighlightDelegate
        from .common import fonts

        fonts.install()  # Arabic and Hebrew in every style the claim pane draws (italic notes)

        self._add_view_actions()
        self.detail = ClaimDetailPane()
        placeholder = self.splitter.replaceWidget(1, self.detail)
        if placeholder is not None:
            placeholder.deleteLater()
        self.table.setItemDelegateForColumn(TEXT, HighlightDelegate(lambda: self.model.words, self))
        self._restore_splitter("chainSplitter", self.detail.splitter)

    # -- hooks ----------------------------------------------------------------------------

    @property
    def case(self) -> Case | None:
        return self._case

    def menu(self, name: str) -> QMenu:
        """One of the window's menus, by its plain name: File, Edit, View, Claim, Tools, Help."""
        return self._menus[name]

    def addDockWidget(self, area: Qt.DockWidgetArea, dock: QDockWidget, *args: Any) -> None:
        """A dock on the side the rooms name, mirrored when the window runs right to left (a
        room's right-hand dock stands on the left in Arabic, beside the open claim)."""
        if self.isRightToLeft():
            mirrored = {
                Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea,
                Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
            }
            area = mirrored.get(area, area)
        super().addDockWidget(area, dock, *args)

    def add_banner(self, banner: QWidget) -> None:
        """A strip across the top of the window, above the list and the claim (read-only,
        lost connection); the banner shows and hides itself."""
        self.banner_area.insertWidget(self.banner_area.count() - 1, banner)

    def _build_menus(self) -> None:
        for name in MENUS:
            menu = self.menuBar().addMenu(shown(MENU_TITLES[name]))
            menu.setObjectName(f"menu{name}")
            self._menus[name] = menu
        self.action_registry.build_menus(self._menus)

    def _add_view_actions(self) -> None:
        self.action_registry.bind("view.find", self.focus_search)
        self.action_registry.bind("view.clear_filters", self.clear_filters)
        self.action_registry.bind("view.reload", self.reload)

    # -- the case -------------------------------------------------------------------------

    def set_case(self, case: Case | None, count: int | None = None) -> None:
        """Show this case (closing the one shown before); `count` is its number of claims when
        the caller counted already (on a worker)."""
        old = self._case
        self._case = case
        self.filters.clear()
        self._search_text = ""
        self.model.set_filter(self.filters.current_filter())
        self.model.set_case(case, count)
        self._refresh_choices()
        self._update_title()
        self.reviewer_label.setText(self.reviewer_text(case.reviewer) if case else "")
        self.events.caseChanged.emit(case)
        if old is not None and old is not case:
            old.close()
        if case is not None:
            self._show_first_row()
            self.show_status(self.tr("Opened {case}").format(case=isolate(case.location)))
        else:
            self.detail.set_detail(None)

    def show_first_look(self, look: FirstLook) -> None:
        """The case's name and first rows while it opens (`db.first_look`); nothing when a
        case is open already."""
        if self._case is not None:
            return
        self.model.show_first_look(look.count, look.rows)
        self.setWindowTitle(f"{isolate(look.name)} — {APP_NAME}")
        self.count_label.setText(i18n.with_digits(self.tr("%n claim(s)", "", look.count)))

    def forget_first_look(self) -> None:
        """The case did not open after all: its first rows go."""
        if self._case is None:
            self.model.set_case(None)
            self._update_title()
            self._update_count()

    def reviewer_text(self, name: str) -> str:
        """The status bar's word on who the audit log names for the changes made here."""
        return self.tr("Reviewer: {name}").format(name=isolate(name))

    def _update_title(self) -> None:
        if self._case is None:
            self.setWindowTitle(APP_NAME)
            return
        try:
            name = self._case.name
        except CaseError:
            name = self._case.location
        self.setWindowTitle(f"{isolate(name)} — {APP_NAME}")

    def _refresh_choices(self) -> None:
        """Fill the filter lists on a worker: distinct languages of a million hops take a
        while, and the list is usable meanwhile."""
        case = self._case
        if case is None:
            self.filters.set_choices([], [], [], [])
            return

        def work() -> tuple[list[str], list[tuple[int, str]], list[str], list[str]]:
            from db import case_lists
            from db.claim_pages import filter_actors

            with case.read() as session:
                return (
                    case_lists.tags(session),
                    filter_actors(session),
                    case_lists.outlets(session),
                    case_lists.languages(session),
                )

        def done(choices: tuple[list[str], list[tuple[int, str]], list[str], list[str]]) -> None:
            if case is self._case:
                self.filters.set_choices(*choices)

        self.workers.submit(work, done, self._work_failed)

    def reload(self) -> None:
        from db.unit_of_work import Changes

        self.apply_changes(Changes(case=True))

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what a unit of work touched: the list, the open claim, the filter lists."""
        if self._case is None or not changes:
            return
        current = self.current_claim_id()
        if changes.claims or changes.case:
            self.model.forget_total()
        if self.model.searching and (changes.claims or changes.hops or changes.case):
            self._run_search(self._search_text, keep=current)
        else:
            self.model.apply_changes(changes)
        if changes.actors or changes.sources or changes.case or changes.claims:
            self._refresh_choices()
        if current is not None and self.model.row_of(current) is not None:
            self.select_claim(current)
        shown = self.detail.detail
        if shown is not None and (
            changes.case
            or shown.id in changes.claims
            or changes.hops & {h.id for h in shown.hops}
            or changes.actors
            or changes.sources
        ):
            self.open_claim(shown.id)
        self._update_count()
        self.events.changesApplied.emit(changes)

    # -- messages -------------------------------------------------------------------------

    def show_status(self, message: str, msecs: int = 6000) -> None:
        """The message in the status bar, elided to the room the claim count and the reviewer
        leave it; the whole message is the bar's tooltip while it shows."""
        self.messages.append(message)
        bar, line = self.statusBar(), " ".join(message.split())
        beside = bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        room = bar.width() - 40 - sum(w.width() for w in beside if w.isVisible())
        shown = bar.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, max(room, 160))
        bar.setToolTip(message if shown != line else "")
        bar.showMessage(shown, msecs)

    def show_error(self, message: str, title: str = APP_NAME) -> QMessageBox:
        """A clear message in a window-modal box (opened, not exec'd: the loop keeps running)."""
        self.messages.append(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("errorMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _work_failed(self, exc: BaseException) -> None:
        if isinstance(exc, CaseError):
            self.show_error(str(exc))
        else:
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _case_lost(self, message: str) -> None:
        advice = self.tr(
            "The case may have been moved, deleted or locked. Nothing you saved is lost; reopen "
            "the case from File ▸ Open Recent once it is back."
        )
        self.show_error(f"{message}\n\n{advice}")

    def run_change(
        self, work: Callable[[UnitOfWork], T], what: str = "", *, wait: float = 0.2
    ) -> T:
        """Run one unit of work on the open case and refresh what it changed. The GUI thread
        waits at most `wait` seconds for another program's lock (then `CaseLocked`: the editor
        hands the wait to a worker, `editing/lock_wait.py`). Errors propagate."""
        case = self._case
        if case is None:
            raise CaseUnavailable("no case is open")
        with case.change(wait=wait) as uow:
            result = work(uow)
        self.apply_changes(case.last_changes)
        if what:
            self.show_status(what)
        return result

    # -- window state ---------------------------------------------------------------------

    def restore_layout(self) -> None:
        store = preferences.settings()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        state = store.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))
        for name, splitter in self._splitters().items():
            self._restore_splitter(name, splitter)

    def _restore_splitter(self, name: str, splitter: QSplitter) -> None:
        value = preferences.settings().value(f"window/{name}")
        if isinstance(value, QByteArray | bytes):
            splitter.restoreState(QByteArray(value))

    def save_layout(self) -> None:
        store = preferences.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        for name, splitter in self._splitters().items():
            store.setValue(f"window/{name}", splitter.saveState())
        store.sync()

    def _splitters(self) -> dict[str, QSplitter]:
        found = {"mainSplitter": self.splitter}
        if hasattr(self, "detail"):
            found["chainSplitter"] = self.detail.splitter
        return found

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.workers.wait(3000)
        if self._case is not None:
            self._case.close()
        super().closeEvent(event)

    def schedule(self, msecs: int, slot: Callable[[], Any]) -> None:
        QTimer.singleShot(msecs, self, slot)

    def location_name(self) -> str:
        return Path(self._case.location).name if self._case else ""
