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
from desktop.ui.editing.status_dialog import StatusDialog
from desktop.ui.main_window import MainWindow
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
    viewer.show_source(translation)
    qtbot.waitUntil(lambda: viewer.source_id == translation, timeout=10000)

    # Source ▸ Link Translation…: the reviewer picks al-Watan as the original
    def pick(
        _parent: object, _title: str, _label: str, items: list[str], *_args: object
    ) -> tuple[str, bool]:
        return next(i for i in items if i.startswith(f"#{original} ")), True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    parts.translations.link_action.trigger()
    qtbot.waitUntil(
        lambda: parts.translations is not None and parts.translations.view is not None,
        timeout=20000,
    )
    with case.read() as session:
        source = session.get(Source, translation)
        assert source is not None and source.translated_from_id == original

    # side by side: a row a bead, the omitted sentence marked
    view = parts.translations.view
    assert view is not None
    assert view.table.rowCount() == len(DOC.gold)
    assert view.table.item(view.table.rowCount() - 1, 1).text() == "— omitted in the translation —"
    assert view.summary.text() == "Drift: 1 sentence omitted"
    # selecting text on the translation's side highlights the aligned original
    first = DOC.translation_text.index(DOC.translation[3])
    assert view.select_span("translation", first, first + 10) == [3]
    assert view.highlighted(0) == [DOC.original[3]]

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
    assert parts.translations.view is None
    window.set_case(None)
    case.close()
