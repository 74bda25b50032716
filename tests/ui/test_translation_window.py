"""Source ▸ Link Translation…, the aligned side-by-side reading, Add Hop from the Original and
undo, driven through the window's actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QPushButton
from pytestqt.qtbot import QtBot

from db import operations as ops
from db.case import open_case
from db.models import Hop, Source
from db.translations import ReadingPair
from desktop.ui.editing.status_dialog import StatusDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.translations.aligned_layout import OMITTED_NOTE
from tests.text.parallel import load_pair

DOC = load_pair("ar-en")[0]


def test_link_read_side_by_side_add_hop_from_original_and_undo(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = open_case(tmp_path / "t.provdesk", reviewer="Test Reviewer", create=True)
    with case.change() as uow:
        original = ops.add_source(
            uow,
            title="الوطن",
            outlet="al-Watan",
            language="ar",
            direction="rtl",
            text=DOC.original_text,
        )
        translation = ops.add_source(
            uow,
            title="Syria digest",
            outlet="The Syrian Observer",
            language="en",
            text=DOC.translation_text,
        )
        claim = ops.add_claim(uow, "Turkey asked Moscow for help with Damascus")
        actor = ops.find_or_add_actor(uow, "The Syrian Observer", "outlet")
        hop = ops.add_hop(
            uow,
            claim,
            actor_id=actor,
            relation="reported",
            source_id=translation,
            quote=DOC.translation[0],
        )
    window.set_case(case)
    parts = window.parts
    assert parts.sources is not None and parts.translations is not None
    viewer = parts.sources.viewer
    parts.sources.show_source(translation)
    qtbot.waitUntil(lambda: viewer.source_id == translation, timeout=10000)

    # Source ▸ Link Translation…: the reviewer picks al-Watan as the original
    def pick(
        _parent: object, _title: str, _label: str, items: list[str], *_args: object
    ) -> tuple[str, bool]:
        return next(i for i in items if i.startswith(f"#{original} ")), True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    parts.translations.link_action.trigger()
    reading = parts.translations.reading
    qtbot.waitUntil(
        lambda: viewer.tabs.currentWidget() is reading and reading.alignment is not None,
        timeout=20000,
    )
    qtbot.waitUntil(lambda: reading.complete, timeout=10000)
    with case.read() as session:
        source = session.get(Source, translation)
        assert source is not None and source.translated_from_id == original

    # the viewer itself is split: the original on the left, the translation on the right, one
    # paragraph a bead on each side, the omitted sentence said on the translation's side
    assert reading.isVisible() and reading.split.count() == 2
    beads = len(DOC.gold)
    for side in ("original", "translation"):
        assert reading.sides[side].document().blockCount() == beads
    assert reading.bead_text("translation", beads - 1) == OMITTED_NOTE
    assert reading.bead_text("original", beads - 1) == DOC.original[-1]
    assert reading.bead_text("original", 0) == DOC.original[0]
    assert reading.summary.text() == "Drift: 1 sentence omitted"
    assert reading.sides["original"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    # the sides line up bead by bead, and scroll together
    layouts = {s: reading.sides[s].document().documentLayout() for s in ("original", "translation")}
    tops = {
        s: [
            layouts[s].blockBoundingRect(reading.sides[s].document().findBlockByNumber(k)).top()
            for k in range(beads)
        ]
        for s in layouts
    }
    assert tops["original"] == pytest.approx(tops["translation"], abs=1)
    bar = reading.sides["translation"].verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    assert reading.sides["original"].verticalScrollBar().value() == bar.value()
    # selecting text on the translation's side highlights the aligned original
    first = DOC.translation_text.index(DOC.translation[3])
    assert reading.select_span("translation", first, first + 10) == [3]
    assert reading.highlighted("original") == [DOC.original[3]]
    assert reading.sides["translation"].textCursor().selectedText() == DOC.translation[3][:10]
    # …and on the original's side, the translation (a 1–2 bead: both its sentences)
    start = DOC.original_text.index(DOC.original[3])
    reading.select_span("original", start, start + len(DOC.original[3]))
    assert reading.highlighted("translation") == [" ".join(DOC.translation[3:5])]
    # part of a sentence: the words the evidence links are highlighted on the other side (a
    # name across scripts), the note says what the match rests on
    start = DOC.translation_text.index("Lavrov")
    reading.select_span("translation", start, start + len("Lavrov"))
    assert reading.highlighted_words("original") == ["لافروف"]
    assert reading.evidence.isVisibleTo(reading)
    assert "Lavrov" in reading.evidence.text() and "(name)" in reading.evidence.text()
    # …and words with no evidence of their own: the whole aligned sentence, and it says so
    start = DOC.translation_text.index(DOC.translation[1])
    reading.select_span("translation", start, start + len("He added at a"))
    assert reading.highlighted_words("original") == []
    assert reading.highlighted("original") == [DOC.original[1]]
    assert reading.evidence.text().startswith("No number, name or lexicon word")
    # a selection in the viewer's Text tab drives the side-by-side too
    start = DOC.translation_text.index("Damascus")
    viewer.text_view.select_span(start, start + len("Damascus"))
    assert reading.highlighted_words("original") == ["دمشق"]

    # the original shown, Source ▸ Aligned Translation splits the viewer the same way
    parts.sources.show_source(original)
    qtbot.waitUntil(lambda: viewer.source_id == original, timeout=10000)
    parts.translations.aligned_action.trigger()
    qtbot.waitUntil(lambda: viewer.tabs.currentWidget() is reading, timeout=10000)
    assert reading.bead_text("original", 0) == DOC.original[0]
    assert reading.translation_id == translation

    # Claim ▸ Add Hop from the Original on the hop quoted from the translation
    window.select_claim(claim)
    qtbot.waitUntil(lambda: window.detail.hops.hop(0) is not None, timeout=10000)  # type: ignore[union-attr]
    window.detail.select_hop(hop)
    parts.translations.original_hop_action.trigger()
    with case.read() as session:
        hops = session.query(Hop).filter(Hop.claim_id == claim, Hop.deleted_at.is_(None)).all()
        assert {h.source_id for h in hops} == {original, translation}
        assert next(h for h in hops if h.id == hop).relation == "translated"

    # the translation hop's status dialog shows the original and the pair's drift
    dialog = parts.editor.set_hop_status()
    assert isinstance(dialog, StatusDialog)
    assert DOC.original[0] in dialog.translation.text()
    assert "no drift found" in dialog.translation.text()
    dialog.reject()

    # undo takes back the hop, then the link
    parts.editor.stack.undo()
    with case.read() as session:
        assert (
            session.query(Hop).filter(Hop.claim_id == claim, Hop.deleted_at.is_(None)).count() == 1
        )
        assert session.get(Hop, hop).relation == "reported"  # type: ignore[union-attr]
    parts.editor.stack.undo()
    with case.read() as session:
        source = session.get(Source, translation)
        assert source is not None and source.translated_from_id is None
    # …and the viewer's side-by-side reading goes with the link
    tab = viewer.tabs.indexOf(reading)
    qtbot.waitUntil(lambda: not viewer.tabs.isTabEnabled(tab), timeout=10000)
    assert viewer.tabs.currentWidget() is not reading
    window.set_case(None)
    case.close()


def test_aligning_a_long_pair_can_be_cancelled(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    docs = load_pair("ru-en")
    original_text = " ".join(d.original_text for d in docs * 12)  # about 2,000 sentences
    translation_text = " ".join(d.translation_text for d in docs * 12)
    case = open_case(tmp_path / "long.provdesk", reviewer="Test Reviewer", create=True)
    with case.change() as uow:
        original = ops.add_source(uow, title="Long original", language="ru", text=original_text)
        translation = ops.add_source(
            uow, title="Long translation", language="en", text=translation_text
        )
    window.set_case(case)
    parts = window.parts
    assert parts.translations is not None
    parts.translations.link(translation, original)
    progress = parts.translations.progress
    assert progress is not None and progress.isVisible()
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.workers.busy, timeout=30000)
    with case.read() as session:
        source = session.get(Source, translation)
        assert source is not None and source.translated_from_id is None
    assert parts.translations.reading.alignment is None
    window.set_case(None)
    case.close()


def test_the_window_proposes_a_link_the_reviewer_dismisses_or_accepts(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = open_case(tmp_path / "p.provdesk", reviewer="Test Reviewer", create=True)
    with case.change() as uow:
        original = ops.add_source(
            uow, title="الوطن", language="ar", direction="rtl", text=DOC.original_text
        )
        translation = ops.add_source(
            uow,
            title="Syria digest",
            language="en",
            text=DOC.translation_text + " This article was translated and edited by our desk.",
        )
    window.set_case(case)
    parts = window.parts
    assert parts.sources is not None and parts.translations is not None
    proposals = parts.translations.proposals
    bar = proposals.bar

    # Source ▸ Proposed Translation Links… lists it; choosing it shows the translation
    listed: list[str] = []

    def choose(
        _parent: object, _title: str, _label: str, items: list[str], *_args: object
    ) -> tuple[str, bool]:
        listed.extend(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    proposals.list_action.trigger()
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=10000)
    assert listed and listed[0].startswith(f"source {translation} says “translated and edited by”")
    assert parts.sources.viewer.source_id == translation
    shown = bar.label.text()
    assert "Is it a translation of \u2068الوطن\u2069?" in shown and "\u2068Lavrov\u2069" in shown
    with case.read() as session:
        assert session.get(Source, translation).translated_from_id is None  # type: ignore[union-attr]

    # Dismiss: gone, and not offered again; Undo offers it again
    qtbot.mouseClick(bar.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.workers.busy, timeout=10000)
    assert not bar.isVisible()
    parts.sources.viewer.reload()
    qtbot.waitUntil(lambda: not window.workers.busy, timeout=10000)
    assert not bar.isVisible()
    parts.editor.stack.undo()
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=10000)

    # Link as Its Translation: linked (one undoable step) and read side by side
    qtbot.mouseClick(bar.accept_button, Qt.MouseButton.LeftButton)
    reading = parts.translations.reading
    qtbot.waitUntil(lambda: reading.alignment is not None, timeout=20000)
    with case.read() as session:
        assert session.get(Source, translation).translated_from_id == original  # type: ignore[union-attr]
    assert not bar.isVisible()
    window.set_case(None)
    case.close()


def test_the_reviewer_switches_between_the_translations_of_an_original(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    case = open_case(tmp_path / "two.provdesk", reviewer="Test Reviewer", create=True)
    with case.change() as uow:
        original = ops.add_source(
            uow, title="الوطن", language="ar", direction="rtl", text=DOC.original_text
        )
        first = ops.add_source(uow, title="Digest", language="en", text=DOC.translation_text)
        second = ops.add_source(
            uow, title="Short digest", language="en", text=" ".join(DOC.translation[:-1])
        )
        ops.link_translation(uow, first, original)
        ops.link_translation(uow, second, original)
    window.set_case(case)
    parts = window.parts
    assert parts.sources is not None and parts.translations is not None
    reading = parts.translations.reading
    parts.translations.show_aligned(original)
    qtbot.waitUntil(lambda: reading.translation_id == first, timeout=10000)
    chooser = reading.chooser
    assert chooser.labels() == [
        "\u2068الوطن\u2069 (ar) → \u2068Digest\u2069 (en)",
        "\u2068الوطن\u2069 (ar) → \u2068Short digest\u2069 (en)",
    ]
    assert chooser.combo.isEnabled() and chooser.count.text() == "2 aligned pairs"
    assert reading.headers["translation"].text() == "Translation — \u2068Digest\u2069"
    chooser.choose(1)
    qtbot.waitUntil(lambda: reading.translation_id == second, timeout=10000)
    assert reading.headers["translation"].text() == "Translation — \u2068Short digest\u2069"
    assert chooser.combo.currentIndex() == 1
    # the second is a translation of its own: shown, it has one pair (the chooser says which)
    parts.translations.show_aligned(second)
    qtbot.waitUntil(lambda: parts.sources.viewer.source_id == second, timeout=10000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: chooser.combo.count() == 1, timeout=10000)
    assert not chooser.combo.isEnabled() and chooser.count.text() == "1 aligned pair"
    window.set_case(None)
    case.close()


def test_a_long_pair_is_written_a_slice_at_a_time_and_lines_up(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = load_pair("ar-en") * 2  # about 330 beads: three slices
    case = open_case(tmp_path / "long.provdesk", reviewer="Test Reviewer", create=True)
    with case.change() as uow:
        original = ops.add_source(
            uow,
            title="Long original",
            language="ar",
            direction="rtl",
            text=" ".join(d.original_text for d in docs),
        )
        translation = ops.add_source(
            uow, title="Long digest", language="en", text=" ".join(d.translation_text for d in docs)
        )
        ops.link_translation(uow, translation, original)
    window.set_case(case)
    parts = window.parts
    assert parts.translations is not None
    reading = parts.translations.reading
    written: list[int] = []  # beads written when the reading first shows
    set_pair = reading.set_pair

    def shown(pair: ReadingPair) -> None:
        set_pair(pair)
        written.append(reading.written)

    monkeypatch.setattr(reading, "set_pair", shown)
    parts.translations.show_aligned(translation)
    qtbot.waitUntil(lambda: reading.complete, timeout=20000)
    assert reading.alignment is not None
    beads = len(reading.alignment.beads)
    assert written[0] < beads  # the first screenful came before the rest
    for side in ("original", "translation"):
        assert reading.sides[side].document().blockCount() == beads
    layouts = {s: reading.sides[s].document().documentLayout() for s in ("original", "translation")}
    last = {
        s: layouts[s].blockBoundingRect(reading.sides[s].document().findBlockByNumber(beads - 1))
        for s in layouts
    }
    assert last["original"].top() == pytest.approx(last["translation"].top(), abs=1)
    # a selection near the end maps to its bead's counterpart
    end = reading.alignment.translation[-1]
    reading.select_span("translation", end.start, end.end)
    assert reading.highlighted_beads["original"] == [beads - 1]
    window.set_case(None)
    case.close()
