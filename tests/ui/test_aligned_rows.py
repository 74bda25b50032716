"""The Side by Side reading keeps aligned rows level after any resize, splitter move or font
change, right-to-left Arabic beside left-to-right text both ways (newcomer trial, round 9, §6:
after a resize a sentence no longer faced its counterpart). The rows are measured where the
reviewer sees them: each bead's top on screen, on both sides."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from db import operations as ops
from db.case import open_case
from desktop.ui.main_window import MainWindow
from desktop.ui.translations.aligned_reading import SIDES, AlignedReading

DATA = Path(__file__).parents[1] / "data" / "trial10"


def _text(name: str) -> str:
    text = (DATA / name).read_text(encoding="utf-8")
    if name.endswith(".html"):
        body = text[text.index("<article>") :]
        text = re.sub(r"\n\s*\n", "\n\n", re.sub(r"<[^>]+>", "\n", body)).strip()
    return text


def _tops(reading: AlignedReading) -> list[tuple[float, float]]:
    """Each bead's top, in the reading's coordinates, on the left and on the right."""
    beads = reading.sides["original"].document().blockCount()
    tops: list[tuple[float, float]] = []
    for k in range(beads):
        pair = []
        for side in SIDES:
            view = reading.sides[side]
            document = view.document()
            rect = document.documentLayout().blockBoundingRect(document.findBlockByNumber(k))
            origin = view.viewport().mapTo(reading, QPoint(0, 0)).y()
            pair.append(origin + rect.top() - view.verticalScrollBar().value())
        tops.append((pair[0], pair[1]))
    return tops


def _level(reading: AlignedReading) -> bool:
    return reading.complete and all(abs(a - b) <= 1 for a, b in _tops(reading))


@pytest.mark.parametrize(
    ("original", "translation"),
    [
        (("ar", "rtl", "kuzey-haber-ar.txt"), ("en", "ltr", "kuzey-haber-en.txt")),
        (("tr", "ltr", "kuzey-haber-tr.html"), ("ar", "rtl", "kuzey-haber-ar.txt")),
        (("ru", "ltr", "baltika-ru.txt"), ("en", "ltr", "kuzey-haber-en.txt")),
    ],
)
def test_aligned_rows_stay_level_after_resizes_and_font_changes(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    original: tuple[str, str, str],
    translation: tuple[str, str, str],
) -> None:
    case = open_case(tmp_path / "rows.provdesk", reviewer="Test Reviewer", create=True)
    with case.change() as uow:
        ids = [
            ops.add_source(
                uow, title=name, language=language, direction=direction, text=_text(name) * 3
            )
            for language, direction, name in (original, translation)
        ]
        ops.link_translation(uow, ids[1], ids[0])
    window.set_case(case)
    parts = window.parts
    assert parts.translations is not None
    reading = parts.translations.reading
    parts.translations.show_aligned(ids[1])
    qtbot.waitUntil(lambda: _level(reading), timeout=20000)
    assert reading.sides["original"].document().blockCount() >= 20
    # the rows differ in height on the two sides (else there is nothing to level)
    heights = {
        side: [
            reading.sides[side].document().documentLayout().blockBoundingRect(b).height()
            for b in (reading.sides[side].document().findBlockByNumber(k) for k in range(20))
        ]
        for side in SIDES
    }
    assert heights["original"] != heights["translation"]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    steps = [
        lambda: window.resize(900, 700),
        lambda: window.resize(1600, 900),
        lambda: reading.split.setSizes([250, 1000]),
        lambda: reading.split.setSizes([900, 350]),
        lambda: reading.sides["translation"].zoomIn(4),
        lambda: reading.sides["original"].zoomOut(1),
        lambda: window.resize(1360, 820),
        lambda: (
            reading.sides["translation"]
            .verticalScrollBar()
            .setValue(reading.sides["translation"].verticalScrollBar().maximum() // 2)
        ),
        lambda: window.resize(1000, 820),
    ]
    for n, step in enumerate(steps):
        step()
        qtbot.wait(20)  # the resize's events reach the sides
        try:
            qtbot.waitUntil(lambda: _level(reading), timeout=20000)
        except TimeoutError:
            worst = max(abs(a - b) for a, b in _tops(reading))
            pytest.fail(f"after step {n} the rows stand {worst:.1f} px apart")
    app.setFont(font)
    window.set_case(None)
    case.close()
