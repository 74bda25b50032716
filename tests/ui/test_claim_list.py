"""The claim list: a lazy page-cache model, sorting, filtering and search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from db.case import Case
from db.queries import ClaimFilter
from desktop.ui.claims.claims_model import CHANGED, ORIGIN, TEXT, VERDICT, ClaimTableModel
from desktop.ui.claims.highlight_delegate import match_ranges
from desktop.ui.main_window import MainWindow

from .conftest import fill_case


def test_model_passes_the_model_tester_on_the_demo_case(
    qtmodeltester: ModelTester, demo_case: Case
) -> None:
    model = ClaimTableModel()
    model.set_case(demo_case)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.data(model.index(0, ORIGIN)) == "BBC Türkçe"
    assert model.data(model.index(0, VERDICT)) == "In progress"


def test_pages_load_on_demand_from_either_end(qtmodeltester: ModelTester, tmp_path: Path) -> None:
    case = fill_case(tmp_path / "many.provdesk", 1000)
    model = ClaimTableModel()
    model.set_case(case)
    assert model.rowCount() == 1000
    assert model.cached_rows() == 0  # nothing read before a row is painted
    assert model.data(model.index(999, TEXT)) == "Claim number 00999"
    assert model.cached_rows() == 1000 - 3 * 256  # only the last page
    assert model.data(model.index(300, TEXT)) == "Claim number 00300"
    assert model.data(model.index(0, TEXT)) == "Claim number 00000"
    model.sort(TEXT, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, TEXT)) == "Claim number 00999"
    assert model.data(model.index(700, TEXT)) == "Claim number 00299"
    model.sort(CHANGED, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 1000
    model.set_filter(ClaimFilter(tag="odd"))
    assert model.rowCount() == 500
    assert model.data(model.index(499, TEXT)) == "Claim number 00999" or model.data(
        model.index(0, TEXT)
    ).endswith(("1", "3", "5", "7", "9"))
    qtmodeltester.check(model)
    case.close()


def test_window_shows_the_first_claim_with_its_chain(demo_window: MainWindow) -> None:
    detail = demo_window.detail
    assert (
        detail.heading.text()
        == "Turkey has set no red lines or preconditions for talks with Damascus."
    )
    assert "In progress" in detail.verdict.text()
    names = [detail.hops.hop(r).actor_name for r in range(detail.hops.rowCount())]
    assert names == [
        "BBC Türkçe",
        "Turkish security official (unnamed)",
        "al-Watan",
        "The Syrian Observer",
    ]
    assert len(detail.diagram.boxes()) == 4
    assert detail.diagram.accessibleDescription().startswith(
        "Chain: BBC Türkçe (reported, unchecked) → Turkish security official (unnamed) (said, "
        "unchecked, direction doubtful) → al-Watan"
    )
    assert "3 claims" in demo_window.count_label.text()
    assert demo_window.windowTitle().startswith("\u2068test\u2069 — ")  # the name isolated


def test_search_box_ranks_and_highlights(qtbot: QtBot, demo_window: MainWindow) -> None:
    qtbot.keyClicks(demo_window.filters.search, "closed doors")
    qtbot.waitUntil(lambda: demo_window.model.searching and demo_window.model.rowCount() == 1)
    assert demo_window.model.data(demo_window.model.index(0, TEXT)).startswith("Washington")
    assert demo_window.model.words == ["closed", "doors"]
    qtbot.waitUntil(lambda: demo_window.detail.heading.text().startswith("Washington"))
    demo_window.filters.search.clear()
    qtbot.waitUntil(lambda: not demo_window.model.searching)
    assert demo_window.model.rowCount() == 3


def test_search_matches_folded_words_and_filters_apply(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    demo_window.filters.search.setText("DAMASCUS")
    demo_window.filters.search_now()
    qtbot.waitUntil(lambda: demo_window.model.searching and demo_window.model.rowCount() == 2)
    verdict = demo_window.filters.verdict
    verdict.setCurrentIndex(verdict.findData("unverified"))
    verdict.activated.emit(verdict.currentIndex())
    qtbot.waitUntil(lambda: demo_window.model.rowCount() == 1)
    qtbot.waitUntil(lambda: demo_window.detail.heading.text().startswith("Washington"))
    demo_window.clear_filters()
    assert not demo_window.model.searching and demo_window.model.rowCount() == 3
    assert demo_window.filters.search.text() == "" and demo_window.count_label.text() == "3 claims"
    tag = demo_window.filters.tag
    qtbot.waitUntil(lambda: tag.findData("rapprochement") >= 0)  # filled by a worker
    tag.setCurrentIndex(tag.findData("rapprochement"))
    tag.activated.emit(tag.currentIndex())
    assert demo_window.model.rowCount() == 1
    assert demo_window.count_label.text() == "1 claim matches the filter"


def test_highlight_finds_words_under_diacritics() -> None:
    assert match_ranges("BBC Türkçe said", ["turkce"]) == [(4, 6)]
    assert match_ranges("no red lines", ["red", "lin"]) == [(3, 3), (7, 3)]
    assert match_ranges("credit", ["red"]) == []


def test_constants_match_the_core() -> None:
    from db.case_files import CASE_SUFFIX
    from db.queries import PAGE_SIZE
    from desktop.ui import case_actions
    from desktop.ui.claims import claims_model

    assert claims_model.PAGE_SIZE == PAGE_SIZE
    assert case_actions.CASE_SUFFIX == CASE_SUFFIX


def test_the_window_paints_before_the_database_layer_loads() -> None:
    import subprocess
    import sys

    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import desktop.app\n"
        "from desktop.ui.window_setup import build_window\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "False", result.stderr


def test_a_claim_with_two_routes_shows_both(demo_window: MainWindow) -> None:
    from db.operations import add_hop, find_actor

    claim = demo_window.detail.detail
    watan = next(h for h in claim.hops if h.actor_name == "al-Watan")
    with demo_window.case.change() as uow:  # type: ignore[union-attr]
        rt = find_actor(uow, "RT")
        add_hop(
            uow,
            claim.id,
            actor_id=rt,
            relation="republished",
            after_hop_id=watan.id,
            new_route=True,
            quote="لا خطوط حمراء",
        )
    demo_window.apply_changes(demo_window.case.last_changes)  # type: ignore[union-attr]
    detail = demo_window.detail.detail
    assert len(detail.chains) == 2
    boxes = demo_window.detail.diagram.boxes()
    assert len(boxes) == 5
    assert len({round(r.top()) for r in boxes.values()}) == 2  # two lanes
    assert "in 2 routes" in demo_window.detail.meta.text()
    rt_row = next(
        r
        for r in range(demo_window.detail.hops.rowCount())
        if demo_window.detail.hops.hop(r).actor_name == "Russia Today"
    )
    alignment = demo_window.detail.hops.data(
        demo_window.detail.hops.index(rt_row, 7), Qt.ItemDataRole.TextAlignmentRole
    )
    assert alignment & Qt.AlignmentFlag.AlignRight  # the Arabic quote reads right to left


def test_a_date_that_is_not_a_date_is_said_so(qtbot: QtBot, demo_window: MainWindow) -> None:
    qtbot.keyClicks(demo_window.filters.since, "19/01/2023")
    qtbot.keyClick(demo_window.filters.since, Qt.Key.Key_Return)
    assert any("not a date" in m for m in demo_window.messages)
    demo_window.filters.since.clear()
    qtbot.keyClicks(demo_window.filters.since, "2023-01-19")
    qtbot.keyClick(demo_window.filters.since, Qt.Key.Key_Return)
    assert demo_window.model.rowCount() == 3  # every demo claim has a hop on the 19th
    demo_window.filters.until.setText("2023-01-18")
    qtbot.keyClick(demo_window.filters.until, Qt.Key.Key_Return)
    assert demo_window.model.rowCount() == 0
    assert demo_window.detail.detail is None


def test_sorting_by_clicking_headers(qtbot: QtBot, demo_window: MainWindow) -> None:
    header = demo_window.table.horizontalHeader()
    for _ in range(2):  # the second click sorts descending
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, VERDICT)
        )
    assert demo_window.model.order.key == "verdict" and demo_window.model.order.descending
    assert demo_window.model.data(demo_window.model.index(0, VERDICT)) == "Unverified"
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, ORIGIN)
    )
    assert header.sortIndicatorSection() == VERDICT  # origin is not a sort key: it says so
    assert any("sorts by" in m for m in demo_window.messages)


def _section_centre(header, column):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)


def test_large_case_counts_and_reads_pages_on_the_workers(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    """Above ASYNC_FROM claims the window never waits on the database: counts and pages
    arrive from the workers, "…" stands in meanwhile, and the first claim opens once read."""
    import desktop.ui.claims.claims_model as claims_model

    monkeypatch.setattr(claims_model, "ASYNC_FROM", 500)
    case = fill_case(tmp_path / "large.provdesk", 1000)
    window.set_case(case, 1000)
    model = window.model
    assert model.background
    assert model.data(model.index(600, TEXT)) == "…"  # rows to skip: read on a worker
    qtbot.waitUntil(lambda: model.data(model.index(600, TEXT)) == "Claim number 00600")
    # The last page, by keyset from the end, costs milliseconds: read at once.
    assert model.data(model.index(999, TEXT)) == "Claim number 00999"
    qtbot.waitUntil(lambda: window.detail.detail is not None)
    assert window.detail.heading.text() == "Claim number 00000"

    qtbot.waitUntil(lambda: window.filters.tag.findText("odd") >= 0)
    odd = window.filters.tag.findText("odd")
    window.filters.tag.setCurrentIndex(odd)
    window.filters.tag.activated.emit(odd)
    assert model.counting and window.count_label.text() == "Counting claims…"
    qtbot.waitUntil(lambda: not model.counting)
    assert model.rowCount() == 500
    assert window.count_label.text() == "500 claims match the filter"
    qtbot.waitUntil(lambda: window.detail.detail is not None and window.detail.detail.id == 2)
    assert window.table.currentIndex().row() == 0
    assert model.data(model.index(0, TEXT)) == "Claim number 00001"
    qtmodeltester.check(model)
    window.workers.wait(5000)


def test_pages_nobody_waits_for_any_more_are_dropped(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    import desktop.ui.claims.claims_model as claims_model

    monkeypatch.setattr(claims_model, "ASYNC_FROM", 500)
    case = fill_case(tmp_path / "large.provdesk", 3000)
    window.set_case(case, 3000)
    model = window.model
    for row in range(700, 2300, 100):  # a scroll bar dragged through the middle
        model.data(model.index(row, TEXT))
    from desktop.ui.claims.claim_page_loading import MAX_PENDING_PAGES

    assert len(model._requests) <= MAX_PENDING_PAGES
    qtbot.waitUntil(lambda: model.data(model.index(2200, TEXT)) == "Claim number 02200")
    window.workers.wait(5000)
    # Reads already running finish; those still waiting when dropped never run.
    assert not all(model.is_loaded(row) for row in range(700, 2300, 100))


def test_selected_rows_not_yet_read_still_give_their_claims(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    import desktop.ui.claims.claims_model as claims_model

    monkeypatch.setattr(claims_model, "ASYNC_FROM", 500)
    case = fill_case(tmp_path / "large.provdesk", 1000)
    window.set_case(case, 1000)
    model = window.model
    assert not model.is_loaded(900)
    ids = model.claim_ids_between(250, 900)  # pages never painted are read for the command
    assert len(ids) == 651
    assert model.data(model.index(900, TEXT)) == "Claim number 00900"
    window.table.selectAll()
    assert window.selected_row_ranges() == [(0, 999)]
    window.workers.wait(5000)
