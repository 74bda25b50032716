"""The window keeps long pure-Python work off its own interpreter: the translation links of a
long source are searched in a process of their own (the GUI thread is never held by them), and
the search's name expansion does not load the Russian morphology into the window (a process of
its own answers it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db import operations as ops
from db.case import open_case
from desktop.sources import sandbox
from desktop.ui.main_window import MainWindow
from desktop.ui.translations import proposals as proposals_module
from tests.text.parallel import load_pair

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

DOC = load_pair("ar-en")[0]


def test_a_long_sources_translation_link_is_proposed_from_a_process_of_its_own(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = open_case(tmp_path / "p.provdesk", reviewer="Test Reviewer", create=True)
    with case.change() as uow:
        ops.add_source(uow, title="الوطن", language="ar", direction="rtl", text=DOC.original_text)
        translation = ops.add_source(
            uow,
            title="Syria digest",
            language="en",
            text=DOC.translation_text + " This article was translated and edited by our desk.",
        )
    monkeypatch.setattr(sandbox, "APART_FROM", 10)  # these sources count as long

    def not_here(_given: object) -> object:
        raise AssertionError("translation links searched in the window's process")

    monkeypatch.setattr(proposals_module, "proposals_among", not_here)
    ran: list[str] = []
    real = sandbox.run_apart
    monkeypatch.setattr(sandbox, "run_apart", lambda f, a: (ran.append(f), real(f, a))[1])
    window.set_case(case)
    parts = window.parts
    assert parts.sources is not None and parts.translations is not None
    bar = parts.translations.proposals.bar
    parts.sources.viewer.show_source(translation)
    qtbot.waitUntil(lambda: bar.proposal is not None, timeout=60_000)
    # (The suggestions of the source shown are analysed apart too: `test_suggestions_apart`.)
    assert [f for f in ran if not f.startswith("desktop.attribution.")] == [
        "db.translation_proposals:proposals_among"
    ]
    assert "Is it a translation of \u2068الوطن\u2069?" in bar.label.text()
    window.workers.wait(10_000)
    window.set_case(None)
    case.close()


#: A window in a process of its own on the case `sys.argv[1]`, and `wait(done)`.
WINDOW_START = """
import sys
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.ui.window_setup import build_window
from db.case import open_case
window, _actions = build_window()
window.show()
case = open_case(sys.argv[1], reviewer="Test Reviewer")
window.set_case(case)

def wait(done):
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
"""

WINDOW_SCRIPT = (
    WINDOW_START
    + """
view = window.parts.appearances.similar

wait(lambda: window.select_claim(int(sys.argv[2])))
wait(lambda: view.current is not None and view.current.claim_id == int(sys.argv[2]))
print([s.claim_id for s in view.current.found])
for query in sys.argv[3:]:
    window.filters.search.setText(query)
    window.filters.search_now()
    wait(lambda: not window.workers.busy and window.model.searching)
    texts = sorted(window.model.index(r, 0).data() for r in range(window.model.rowCount()))
    print(query, "|", " | ".join(texts))
window.workers.wait(10_000)
print([m for m in ("datasketch", "scipy", "pymorphy3") if m in sys.modules])
window.set_case(None)
case.close()
"""
)


def run_window(script: str, *args: object) -> subprocess.CompletedProcess[str]:
    """`script` (after `WINDOW_START`) run with `args` in a process of its own; it ended well."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PROVDESK_LANGUAGE": "en"}
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def test_the_window_loads_no_minhash_library_nor_russian_morphology_to_look_and_search(
    tmp_path: Path,
) -> None:
    """A claim missing from the similarity index (a case made by another tool) has its keys made
    apart; a search for a place named in Latin script reads the stored exonym table; a Cyrillic
    query word finds the claims that spell it in another case, and a Latin one the claims that
    spell in Cyrillic the actor it names, while pymorphy3 (~20 MB) is loaded by the window's
    morphology process only (`desktop.sources.morphology_apart`), never by the window's."""
    from sqlalchemy import delete

    from db.models import ClaimBand

    path = tmp_path / "look.provdesk"
    case = open_case(path, reviewer="Test Reviewer", create=True)
    with case.change() as uow:
        a = ops.add_claim(uow, "Bread prices in Damascus rose by 20 percent in March")
        b = ops.add_claim(uow, "Bread prices in Damascus rose by 20 per cent in March")
        ops.add_claim(uow, "Fuel prices fell by 5 percent in April")
        ops.add_actor(uow, "دمشق", "outlet")
        ops.add_claim(uow, "Лавров заявил о переговорах в Анкаре")
        ops.add_claim(uow, "Журналисты задали вопрос Лаврову о ценах на хлеб")
        ops.add_actor(uow, "Сергей Лавров", "person")
        uow.session.execute(delete(ClaimBand).where(ClaimBand.claim_id == a))
    case.close()
    queries = ["Damascus", "Лавров", "Lavrov"]
    done = run_window(WINDOW_SCRIPT, path, str(a), *queries)
    damascus = (
        "Bread prices in Damascus rose by 20 per cent in March | "
        "Bread prices in Damascus rose by 20 percent in March"
    )
    lavrov = (
        "Журналисты задали вопрос Лаврову о ценах на хлеб | Лавров заявил о переговорах в Анкаре"
    )
    assert done.stdout.splitlines()[-5:] == [
        f"[{b}]",
        f"Damascus | {damascus}",
        f"Лавров | {lavrov}",
        f"Lavrov | {lavrov}",
        "[]",
    ], done.stdout


def test_an_imports_progress_reaches_the_window_paced_and_whole() -> None:
    from desktop.ui.sources.import_questions import Paced

    seen: list[tuple[int, int]] = []
    paced = Paced(lambda done, total: seen.append((done, total)), every=60.0)
    for page in range(1, 501):
        paced(page, 500)
    assert seen == [(1, 500), (500, 500)]  # the first, then nothing until the last


def test_the_collector_leaves_what_the_window_was_built_with_alone(window: MainWindow) -> None:
    import gc

    assert not gc.isenabled()  # collections run on the GUI thread's timer
    assert gc.get_freeze_count() > 10_000  # modules, classes and functions are not gone through


def test_the_morphology_process_answers_as_the_window_would_and_its_failure_costs_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from db.text import name_morphology
    from desktop.sources.morphology_apart import MorphologyHelper

    helper = MorphologyHelper()
    try:
        for token in ("Лаврова", "Пескову", "Владимировичем", "Рябков"):
            here = name_morphology.answer("citation", token)
            assert helper.ask("citation", token) == list(here)
        assert helper.ask("forms", "Лавров") == name_morphology.answer("forms", "Лавров")
        assert "Лаврову" in helper.ask("forms", "Лавров")
    finally:
        helper.stop()
    broken = MorphologyHelper()
    monkeypatch.setattr(sys, "executable", str(Path("/nonexistent/python")))
    name_morphology.answer_elsewhere(broken.ask)
    try:
        assert name_morphology.russian_citation("Лаврова") == ("лавров", False)
        assert "Лаврову" in name_morphology.inflected_forms("Лавров")
        assert broken.failed
    finally:
        name_morphology.answer_elsewhere(None)
