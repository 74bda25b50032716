"""A long source's text goes into the viewer a piece per event-loop turn (the window keeps
painting while a 500-page source opens), and ends up whole, with every hop highlighted; its
PDF is opened by QtPdf once the Page tab shows it; its attributions are analysed in a process
of their own."""

from __future__ import annotations

import pytest

from db import operations as ops
from db.text.spans import locate_quote
from desktop.attribution.from_case import propose_for_source
from desktop.sources import sandbox
from desktop.ui.sources import source_text, suggestions_panel
from desktop.ui.sources.source_page import SourcePage
from desktop.ui.sources.source_viewer import SourceViewer

from . import pdfgen

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

LINE = "Officials in the governorate said the talks would go on through the winter."
LAST = "The last line of the long statement names the border crossing at Kilis."


@pytest.fixture
def long_source(sqlite_case) -> tuple[int, int, str]:
    """A source of ~6 pieces, and a hop quoting its last line."""
    lines = [f"{n}. {LINE}" for n in range(3 * source_text.PIECE // len(LINE))]
    stored = "\n".join([*lines, LAST]) + "\n"
    spans = locate_quote(stored, LAST, ())
    with sqlite_case.change() as uow:
        source_id = ops.add_source(uow, title="A long statement", text=stored)
        claim = ops.add_claim(uow, "The border crossing at Kilis is named")
        actor = ops.add_actor(uow, "Governorate office", "outlet")
    with sqlite_case.change() as uow:
        hop = ops.add_hop(
            uow,
            claim,
            actor_id=actor,
            relation="said",
            source_id=source_id,
            quote=LAST,
            spans=spans,
        )
    return source_id, hop, stored


def _viewer(qtbot, case) -> SourceViewer:
    viewer = SourceViewer()
    viewer.set_case(case)
    qtbot.addWidget(viewer)
    viewer.resize(900, 700)
    viewer.show()
    return viewer


def test_a_long_source_fills_in_pieces_and_ends_whole(qtbot, sqlite_case, long_source) -> None:
    source_id, _hop, stored = long_source
    viewer = _viewer(qtbot, sqlite_case)
    with qtbot.waitSignal(viewer.loaded, timeout=10_000):
        viewer.show_source(source_id)
    view = viewer.text_view
    assert not view.filled and len(view.toPlainText()) < len(stored)
    assert stored.startswith(view.toPlainText())
    qtbot.waitUntil(lambda: view.filled, timeout=10_000)
    assert view.toPlainText() == stored
    highlighted = [s.cursor.selectedText() for s in view.extraSelections()]
    assert highlighted == [LAST]  # the last page's quote, painted once it arrived
    viewer.workers.wait(5000)


def test_opening_a_long_source_at_a_late_hop_shows_it(qtbot, sqlite_case, long_source) -> None:
    source_id, hop, stored = long_source
    viewer = _viewer(qtbot, sqlite_case)
    with qtbot.waitSignal(viewer.loaded, timeout=10_000):
        viewer.show_source(source_id, hop_id=hop)
    view = viewer.text_view
    assert view.filled  # the hop's place was needed: the rest went in at once
    assert view.textCursor().position() == stored.index(LAST)
    assert [s.cursor.selectedText() for s in view.extraSelections()] == [LAST]
    viewer.workers.wait(5000)


def test_the_page_tab_opens_the_pdf_when_shown(qtbot) -> None:
    page = SourcePage()
    qtbot.addWidget(page)
    assert not page.load_bytes(b"plain text, not a PDF")
    assert page.load_bytes(pdfgen.latin_pdf(["One page.", "Two pages.", "Three."], title="T"))
    assert page.document.pageCount() == 0  # nothing opened while the Text tab is shown
    page.show()
    assert page.document.pageCount() == 3
    with qtbot.waitSignal(page.quoteShown, timeout=10_000) as shown:
        page.show_quote(2, "Two pages.")
    assert shown.args[0] == 2


def test_a_long_sources_suggestions_come_from_a_process_of_their_own(
    qtbot, sqlite_case, monkeypatch
) -> None:
    """Past APART_FROM characters the analysis runs in a fork-server process (the window's
    interpreter stays free); the panel lists what the same analysis here makes."""
    text = (
        "The governor said on Monday that the crossing at Kilis would stay open.\n"
        "“We will not close it,” the minister told reporters in Ankara.\n"
    )
    with sqlite_case.change() as uow:
        source_id = ops.add_source(uow, title="Statement", text=text, language="en")
    monkeypatch.setattr(suggestions_panel, "APART_FROM", 10)
    ran: list[str] = []
    real = sandbox.run_apart
    monkeypatch.setattr(sandbox, "run_apart", lambda f, a: (ran.append(f), real(f, a))[1])
    viewer = _viewer(qtbot, sqlite_case)
    with qtbot.waitSignal(viewer.suggestions.loaded, timeout=60_000):
        viewer.show_source(source_id)
    assert ran == ["desktop.attribution.of_text:proposals_in_parts"]
    shown = viewer.suggestions.proposals
    expected = propose_for_source(sqlite_case, source_id)
    assert shown.suggestions == expected.suggestions and shown.suggestions
    assert shown.analysis == expected.analysis  # every attribution back, in its place
    assert viewer.suggestions.tree.topLevelItemCount() == len(expected.suggestions)
    viewer.workers.wait(5000)


def test_attributions_handed_back_in_parts_are_the_same_whole_again(
    sqlite_case, monkeypatch
) -> None:
    """The analysis of a long source comes back from its process in pickled parts (unpickled
    a part at a time): put together, the proposals are those made here, in the same order."""
    from desktop.attribution import of_text
    from desktop.attribution.from_case import proposal_input

    text = "".join(
        f"The mayor of town {n} said on Monday that the road would stay open.\n" for n in range(7)
    )
    with sqlite_case.change() as uow:
        source_id = ops.add_source(uow, title="Statements", text=text, language="en")
    given = proposal_input(sqlite_case, source_id)
    monkeypatch.setattr(of_text, "PART", 2)
    lean, parts = of_text.proposals_in_parts(given)
    assert lean.analysis.attributions == () and len(parts) >= 3
    whole = of_text.proposals_of(given)
    assert of_text.joined(lean, parts) == whole and len(whole.analysis.attributions) >= 5
