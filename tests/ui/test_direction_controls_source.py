"""A source whose text holds a right-to-left override, and a hop quoting it: the source viewer
and the quote pane draw the override by name, ⟨RLO⟩, as the claim list does, so that hostile text
cannot turn around the words a reviewer reads; the quote is still highlighted on its own words,
a selection still gives back the stored text, and the case keeps the text as it came.

Driven through `desktop.app.main` (the file given on its command line is imported and shown)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from db import operations as ops
from db.case import open_case
from db.queries import source_detail
from desktop.sources import import_file
from desktop.ui.main_window import MainWindow
from tests.ui.test_entry_points import contained, run_main, the_window

__all__ = ["contained"]  # the entry-point tests' clean-up, for these tests too

# Stored: "The crossing is ‮DENEPO‬ again, 😀 the ministry said." — drawn without a mark it
# reads "The crossing is OPENED again"; the emoji makes Qt's positions differ from Python's too.
HOSTILE = "The crossing is \u202eDENEPO\u202c again, \U0001f600 the ministry said."
QUOTE = "\u202eDENEPO\u202c again"


def _viewer_shows(window: MainWindow, source_id: int) -> bool:
    sources = window.parts.sources if window.parts else None
    if sources is None or sources.viewer.source is None:
        return False
    return sources.viewer.source.view.id == source_id and sources.viewer.text_view.filled


def test_the_source_viewer_and_the_quote_pane_name_an_override(tmp_path: Path) -> None:
    text_file = tmp_path / "crossing.txt"
    text_file.write_text(f"Border news\n\n{HOSTILE}\n", encoding="utf-8")
    case_path = tmp_path / "c.provdesk"
    case = open_case(case_path, reviewer="Test Reviewer", create=True)
    source_id = import_file(case, text_file).source_id
    with case.change() as uow:
        claim = ops.add_claim(uow, "The crossing is open again")
        actor = ops.add_actor(uow, "Border \u202eyrtsinim\u202c office")
        ops.add_hop(uow, claim, actor_id=actor, relation="said", source_id=source_id, quote=QUOTE)
    case.close()

    run_main(["--case", str(case_path), str(text_file)], lambda w: _viewer_shows(w, source_id))
    window = the_window()
    assert window is not None and window.parts is not None and window.parts.sources is not None
    view = window.parts.sources.viewer.text_view
    drawn = view.toPlainText()
    assert "is ⟨RLO⟩DENEPO⟨PDF⟩ again, \U0001f600 the ministry" in drawn
    assert "\u202e" not in drawn and "\u202c" not in drawn

    # The quote's highlight covers its own words as drawn, names included.
    highlighted = [s.cursor.selectedText() for s in view.extraSelections()]
    assert any(h.endswith("DENEPO⟨PDF⟩ again") for h in highlighted)
    names = [s for s in view.extraSelections() if s.cursor.selectedText() in ("⟨RLO⟩", "⟨PDF⟩")]
    assert names and "invisible direction controls (RLO, PDF)" in names[0].format.toolTip()

    # A selection made on the drawn text gives back the stored characters.
    start, end = view.text.index("\u202e"), view.text.index(" ministry")
    view.select_span(start, end)
    assert view.textCursor().selectedText() == "⟨RLO⟩DENEPO⟨PDF⟩ again, \U0001f600 the"
    assert view.selected_text() == "\u202eDENEPO\u202c again, \U0001f600 the"
    later = view.text.index("the ministry")
    view.select_span(later, later + len("the ministry"))
    assert view.textCursor().selectedText() == "the ministry"
    assert view.selected_spans()[0].start == later

    # The quote pane: the quote and the actor's name, each control by name.
    window.table.selectRow(0)
    QApplication.processEvents()
    detail = window.detail
    assert detail.detail is not None and detail.detail.id == claim
    shown = detail.quote.toPlainText()
    assert "⟨RLO⟩DENEPO⟨PDF⟩ again" in shown
    assert "Border ⟨RLO⟩yrtsinim⟨PDF⟩ office" in shown
    assert "\u202e" not in shown
    assert "invisible direction controls (RLO, PDF)" in detail.quote.toolTip()
    box = detail.diagram.box_texts(detail.detail.hops[0], 400)[0]
    assert "⟨RLO⟩yrtsinim⟨PDF⟩" in box and "\u202e" not in box

    with open_case(case_path, reviewer="Test Reviewer").read() as session:
        assert HOSTILE in source_detail(session, source_id)[1]
