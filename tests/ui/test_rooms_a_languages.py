"""The claim, claims, editing, records, Trash and export rooms in Arabic and Russian: the window
built after the language is installed (as `provdesk --language` does) shows their texts
translated, plural forms follow each language's rules, and the case keeps storing the same
values whatever the window's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from db.case import Case
from db.vocabulary import Verdict
from desktop.ui.common import i18n
from desktop.ui.common.vocabulary_labels import shown
from desktop.ui.main_window import MainWindow
from desktop.ui.window_setup import build_window


def _window_in(language: str, qtbot: QtBot, case: Case) -> Iterator[MainWindow]:
    i18n.install(language)
    try:
        win, _actions = build_window()
        qtbot.addWidget(win)
        win.resize(1360, 820)
        win.show()
        win.set_case(case)
        yield win
        win.workers.wait(5000)
        win.set_case(None)
    finally:
        i18n.install("en")


@pytest.fixture
def arabic(qtbot: QtBot, demo_case: Case) -> Iterator[MainWindow]:
    yield from _window_in("ar", qtbot, demo_case)


@pytest.fixture
def russian(qtbot: QtBot, demo_case: Case) -> Iterator[MainWindow]:
    yield from _window_in("ru", qtbot, demo_case)


def _plural(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, "", n)


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("ru", ["1 утверждение", "2 утверждения", "5 утверждений", "11 утверждений"]),
        ("ar", ["ادعاء واحد", "ادعاءان", "5 ادعاءات", "11 ادعاءً"]),
        ("en", ["1 claim", "2 claims", "5 claims", "11 claims"]),
    ],
)
def test_plural_forms_follow_the_language(qapp: object, language: str, forms: list[str]) -> None:
    i18n.install(language)
    try:
        got = [_plural("TrashDock", "%n claim(s)", n) for n in (1, 2, 5, 11)]
    finally:
        i18n.install("en")
    assert got == forms


def _headers(model: object) -> list[str]:
    from PySide6.QtCore import QAbstractItemModel, Qt

    assert isinstance(model, QAbstractItemModel)
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


def test_claim_list_detail_records_and_trash_in_arabic(qtbot: QtBot, arabic: MainWindow) -> None:
    window = arabic
    # The claim list: headers, the count in its plural form (three demo claims).
    assert _headers(window.model)[:3] == ["الادعاء", "الحكم", "الأصل"]
    qtbot.waitUntil(lambda: window.count_label.text() == "٣ ادعاءات")
    assert window.filters.verdict.itemText(0) == "أي حكم"
    # The open claim: its tabs, the hop table's headers, the meta line with hops counted.
    window.select_claim(window.model.claim_id(0))
    qtbot.waitUntil(lambda: window.detail.detail is not None)
    detail = window.detail
    assert [detail.tabs.tabText(i) for i in range(3)] == ["ال&حلقات", "&سجل المراجعة", "م&لاحظات"]
    assert _headers(detail.hops)[1:4] == ["الجهة", "العلاقة", "المصدر"]
    assert detail.meta.text().startswith("الادعاء ")
    # View ▸ Actors: the dock's title, headers and buttons.
    actors = window.parts.actors_view
    assert actors.windowTitle() == "الجهات"
    assert _headers(actors.model) == ["الاسم", "النوع", "الأسماء البديلة", "الحلقات"]
    actors.reload()
    actors.table.setCurrentIndex(actors.model.index(0, 0))
    merge = actors.merge()
    assert merge is not None and merge.windowTitle().startswith("دمج ")
    # The hops counted in Arabic-Indic digits, the actor's name put in its place.
    intro = " ".join(label.text() for label in merge.findChildren(QLabel))
    assert actors.model.rows[0].name in intro and "%" not in intro
    merge.reject()
    # View ▸ Trash.
    trash = window.parts.trash_view
    assert trash.windowTitle() == "سلة المهملات"
    headers = [trash.table.horizontalHeaderItem(c).text() for c in range(trash.table.columnCount())]
    assert headers == ["النوع", "المعرّف", "ماذا", "حُذف (UTC)", "بواسطة"]
    assert trash.restore_button.text() == "ا&ستعادة"
    assert trash.empty_button.text() == "إ&فراغ سلة المهملات…"


def test_editing_in_arabic_shows_translated_dialogs_and_undo_texts(
    qtbot: QtBot, arabic: MainWindow, demo_case: Case
) -> None:
    window = arabic
    editor = window.parts.editor
    window.select_claim(window.model.claim_id(0))
    qtbot.waitUntil(lambda: window.detail.detail is not None)
    dialog = editor.set_verdict()
    assert dialog is not None
    assert dialog.windowTitle() == "تعيين الحكم"
    labels = [dialog.choices.item(row).text() for row in range(dialog.choices.count())]
    assert f"6  {shown(Verdict.FALSE)}" in labels  # the vocabulary's translated label
    dialog.choose("false")
    dialog.rationale.setPlainText("The ministry's transcript says otherwise.")
    dialog.accept()
    qtbot.waitUntil(lambda: editor.dialog is None)
    # Edit ▸ Undo names the command in Arabic; the case stores the slug.
    assert editor.stack.undoText() == f"تعيين الحكم: {shown(Verdict.FALSE)}"
    assert window.detail.detail is not None and window.detail.detail.verdict == "false"


def test_editing_in_russian_hop_dialog(qtbot: QtBot, russian: MainWindow) -> None:
    window = russian
    qtbot.waitUntil(lambda: window.count_label.text() == "3 утверждения")
    editor = window.parts.editor
    window.select_claim(window.model.claim_id(0))
    qtbot.waitUntil(lambda: window.detail.detail is not None)
    dialog = editor.add_hop()
    assert dialog is not None
    assert dialog.windowTitle() == "Добавить звено"
    assert dialog.place.itemText(0) == "В конце цепочки"
    assert dialog.source.itemText(0) == "Без источника"
    dialog.reject()
    # File ▸ Export Report…: its title, buttons and the selected claims counted in Russian.
    window.parts.export.export()
    export = window.parts.export.dialog
    assert export is not None
    assert export.windowTitle() == "Экспорт отчёта"
    assert export.export_button.text() == "Экспортировать"
    assert export.scope_radio["selected"].text() == "1 выбранное утверждение"
    assert export.format_box.itemText(0) == "HTML (одна самодостаточная страница)"
    export.close()


def test_the_words_tables_know_every_word_of_the_case() -> None:
    """The window's tables of anchor kinds, similarity labels and quote health name every value
    the Qt-free packages produce (a new one would show untranslated)."""
    from db.text import meaning
    from db.text.anchors import KINDS
    from db.views import QUOTE_HEALTH_ORDER
    from desktop.ui.claim.hops_model import HEALTH
    from desktop.ui.claim.meaning_words import CLOSENESS
    from desktop.ui.claim.meaning_words import KINDS as SHOWN_KINDS

    assert set(KINDS) | {"role"} <= set(SHOWN_KINDS)
    assert set(CLOSENESS) == {meaning.SAME, meaning.DIFFERENT_FACTS, meaning.CLOSE}
    assert set(HEALTH) == set(QUOTE_HEALTH_ORDER)
