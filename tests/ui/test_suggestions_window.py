"""The Suggestions panel of the source viewer, as a reviewer uses it: read a source, pick a
proposed chain, see its who/cue/what highlighted, create the claim (one undoable step), undo it,
and add a suggestion to the open claim."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from db.case import Case
from db.operations import add_source
from db.queries import claim_detail, count_claims
from desktop.ui.editing.suggestion_dialog import SuggestionClaimDialog
from desktop.ui.main_window import MainWindow

from .conftest import type_text

DATA = Path(__file__).resolve().parents[1] / "data" / "attribution"
DIGEST = DATA / "digest-2024-03-07.txt"
ARABIC = (
    "نقلت صحيفة الوطن عن مصدر دبلوماسي قوله إن الاجتماع سيعقد في موسكو الشهر المقبل.\n\n"
    "وأضاف أن التحضيرات جارية."
)


def store(case: Case, text: str, language: str, direction: str = "ltr") -> int:
    with case.change() as uow:
        return add_source(
            uow,
            title="Digest for the suggestions test",
            outlet="The Syrian Observer",
            language=language,
            direction=direction,
            published_on="2024-03-07",
            text=text,
        )


def open_source(qtbot: QtBot, window: MainWindow, source_id: int):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: (window.parts.sources if window.parts else None) is not None)
    support = window.parts.sources
    panel = support.viewer.suggestions
    support.show_source(source_id)
    qtbot.waitUntil(
        lambda: panel.proposals is not None and panel.source_id == source_id, timeout=20_000
    )
    return support.viewer, panel


def number_of(panel, words: str) -> int:  # type: ignore[no-untyped-def]
    for suggestion in panel.proposals.suggestions:
        if words in suggestion.wording:
            return int(suggestion.number)
    raise AssertionError(f"no suggestion with {words!r}")


def claims(case: Case) -> int:
    with case.read() as session:
        return count_claims(session)


def test_from_suggestion_to_claim_with_undo(
    qtbot: QtBot, demo_window: MainWindow, demo_case: Case
) -> None:
    window = demo_window
    source_id = store(demo_case, DIGEST.read_text("utf-8"), "en")
    viewer, panel = open_source(qtbot, window, source_id)
    assert panel.tree.topLevelItemCount() >= 10, panel.status.text()
    assert "proposed claims" in panel.status.text()

    # selecting the "no red lines" suggestion highlights who, cue and what in three styles
    number = number_of(panel, "no red lines")
    item = panel.tree.topLevelItem(number - 1)
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current().number == number
    text = viewer.text_view.text
    shown = viewer.text_view.attribution_formats()
    assert [text[s:e] for s, e in shown["content"]] == [
        "“There are no red lines and no preconditions on the table,”"
    ]
    assert "the official" in [text[s:e] for s, e in shown["source"]]
    assert "explained" in [text[s:e] for s, e in shown["cue"]]
    formats = [QTextCharFormat(sel.format) for sel in viewer.text_view.extraSelections()]
    styles = {
        role: next(f for f in formats if f.property(QTextCharFormat.Property.UserProperty) == role)
        for role in ("source", "cue", "content")
    }
    backgrounds = {styles[r].background().color().name() for r in styles}
    assert len(backgrounds) == 3  # three distinct styles
    assert styles["cue"].fontUnderline() and styles["source"].fontWeight() == 700

    # Create claim from suggestion…: the dialog, prefilled origin first, wording editable
    before = claims(demo_case)
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    dialog = window.parts.editor.dialog
    assert isinstance(dialog, SuggestionClaimDialog)
    hops = [dialog.hops.topLevelItem(i).text(0) for i in range(dialog.hops.topLevelItemCount())]
    assert hops == [
        "BBC Türkçe",
        "Turkish security official (unnamed)",
        "al-Watan",
        "The Syrian Observer",
    ]
    assert "direction doubtful" in dialog.hops.topLevelItem(1).text(2)
    assert dialog.text.toPlainText() == "There are no red lines and no preconditions on the table."
    dialog.text.clear()
    type_text(qtbot, dialog.text, "Turkey sets no red lines for talks with Damascus.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.detail.detail is not None and window.detail.detail.text.startswith("Turkey sets")
        )
    )
    claim_id = window.detail.detail.id
    assert claims(demo_case) == before + 1
    with demo_case.read() as session:
        detail = claim_detail(session, claim_id)
    assert [(h.actor_name, h.relation, h.direction_doubtful) for h in detail.hops] == [
        ("BBC Türkçe", "reported", False),
        ("Turkish security official (unnamed)", "said", True),
        ("al-Watan", "reported", False),
        ("The Syrian Observer", "translated", False),
    ]
    assert detail.hops[-1].source_id == source_id
    assert window.parts.editor.undo_action.text().endswith("Create Claim from Suggestion")

    # one Undo takes claim and hops away; Redo brings them back
    window.parts.editor.undo_action.trigger()
    assert claims(demo_case) == before
    window.parts.editor.redo_action.trigger()
    assert claims(demo_case) == before + 1

    # Add to open claim: the Lavrov press-conference chain joins the open claim as a route
    press = number_of(panel, "sanctions imposed by Western capitals")
    panel.select(press)
    opened = window.detail.detail.id
    with demo_case.read() as session:
        count = len(claim_detail(session, opened).hops)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    with demo_case.read() as session:
        after = claim_detail(session, opened)
    assert len(after.hops) == count + 3
    assert [h.actor_name for h in after.hops[-3:]] == [
        "Sergey Lavrov",
        "al-Watan",
        "The Syrian Observer",
    ]
    window.parts.editor.undo_action.trigger()
    with demo_case.read() as session:
        assert len(claim_detail(session, opened).hops) == count


def test_right_to_left_source_and_a_language_without_lexicon(
    qtbot: QtBot, demo_window: MainWindow, demo_case: Case
) -> None:
    window = demo_window
    source_id = store(demo_case, ARABIC, "ar", "rtl")
    viewer, panel = open_source(qtbot, window, source_id)
    assert viewer.text_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    number = number_of(panel, "الاجتماع")
    panel.select(number)
    text = viewer.text_view.text
    shown = viewer.text_view.attribution_formats()
    assert [text[s:e] for s, e in shown["content"]] == ["إن الاجتماع سيعقد في موسكو الشهر المقبل"]
    assert sorted(text[s:e] for s, e in shown["source"]) == ["صحيفة الوطن", "مصدر دبلوماسي"]
    assert sorted(text[s:e] for s, e in shown["cue"]) == sorted(["نقلت", "عن", "قوله"])

    other = store(demo_case, "Der Minister sagte, die Preise würden sinken.", "de")
    viewer, panel = open_source(qtbot, window, other)
    assert panel.tree.topLevelItemCount() == 0
    assert "no cue lexicon for language 'de'" in panel.status.text()
    assert not panel.create_button.isEnabled()
