"""The sources, versions, translations, team and integrity rooms in Arabic and Russian: the
window started in a language shows that language's texts (not the English ones), and texts
that count (`%n`) take the language's plural forms for 1, 2, 5 and 11."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from db.case import Case
from db.integrity import IntegrityReport
from db.operations import add_source
from db.transfer import CopyReport
from db.views import QuotesSummary
from desktop.sources.errors import ReadCancelled, SourceReadError
from desktop.ui.common import i18n
from desktop.ui.common.placeholders import arg, counted
from desktop.ui.integrity.integrity_dialogs import IntegrityDialog, ScheduleDialog, summary_text
from desktop.ui.main_window import MainWindow
from desktop.ui.sources.import_questions import framed
from desktop.ui.sources.where_else import WhereElseDialog
from desktop.ui.team.team import ConnectDialog
from desktop.ui.translations.drift_words import drift_summary
from desktop.ui.versions.version_actions import describe_quotes
from desktop.ui.window_setup import build_window

COUNTS = (1, 2, 5, 11)
ARABIC = (
    "نقلت صحيفة الوطن عن مصدر دبلوماسي قوله إن الاجتماع سيعقد في موسكو الشهر المقبل.\n\n"
    "وأضاف أن التحضيرات جارية."
)
LATIN = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def latin(text: str) -> str:
    """The text with Latin digits (the window may show Arabic-Indic ones in Arabic)."""
    return text.translate(LATIN)


@pytest.fixture
def window_in(qtbot: QtBot) -> Iterator[Callable[[str], MainWindow]]:
    """Start the window in a language (as the app does: translators first, then the window);
    English again afterwards."""
    made: list[MainWindow] = []

    def start(language: str) -> MainWindow:
        assert i18n.install(language) == language
        window, _actions = build_window()
        qtbot.addWidget(window)
        window.resize(1360, 820)
        window.show()
        made.append(window)
        return window

    yield start
    for window in made:
        window.workers.wait(5000)
        window.set_case(None)
    i18n.install("en")


def test_versions_room_in_russian(window_in: Callable[[str], MainWindow]) -> None:
    window = window_in("ru")
    versions = window.parts.versions
    assert versions.history_label.text() == "История"
    assert versions.new_version_action.text() == "Новая &версия…"
    assert "кодировке" in versions.reread_action.toolTip()
    said = [describe_quotes(QuotesSummary({"exact": n})) for n in COUNTS]
    assert said == [
        "1 цитата: точные (1)",
        "2 цитаты: точные (2)",
        "5 цитат: точные (5)",
        "11 цитат: точные (11)",
    ]


def test_integrity_room_in_arabic(qtbot: QtBot, window_in: Callable[[str], MainWindow]) -> None:
    window = window_in("ar")
    intact = IntegrityReport(events=2, evidence_files=11, head=None)
    dialog = IntegrityDialog(window, "/tmp/case.provdesk", intact)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "سلامة القضية"
    assert latin(dialog.summary.text()) == "القضية سليمة: فُحص حدثا تدقيق و11 ملفَّ دليل"
    assert "١١" in dialog.summary.text()  # the counts in the window's digits (Arabic-Indic)
    assert dialog.problems.headerItem().text(2) == "المشكلة"
    schedule = ScheduleDialog(window, 24, 7)
    qtbot.addWidget(schedule)
    assert schedule.windowTitle() == "جدول النسخ الاحتياطي"
    assert latin(schedule.keep.text()) == "7 نسخ"
    assert schedule.buttons.button(QDialogButtonBox.StandardButton.Save).text() != "Save"
    schedule.every.setValue(0)
    assert schedule.every.text() == "أبدًا"
    events = [summary_text(IntegrityReport(events=n, evidence_files=0, head=None)) for n in COUNTS]
    wanted = ("حدث تدقيق واحد", "حدثا تدقيق", "5 أحداث تدقيق", "11 حدثَ تدقيق")
    for said, phrase in zip(events, wanted, strict=True):
        assert latin(said).startswith(f"القضية سليمة: فُحص {phrase} و"), said


def test_team_room_in_arabic_and_russian(
    qtbot: QtBot, window_in: Callable[[str], MainWindow]
) -> None:
    window = window_in("ar")
    dialog = ConnectDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "الاتصال بخادم الفريق"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "اتصال"
    dialog._accept()
    assert dialog.problem.text().startswith("أدخل مضيف الخادم")
    i18n.install("ru")
    for n, claims in zip(
        COUNTS, ("утверждение", "утверждения", "утверждений", "утверждений"), strict=True
    ):
        report = CopyReport(counts={"claims": n}, evidence_files=n, audit_head="ab" * 32)
        box = window.parts.team.show_copied("x.provdesk", report)
        assert box.windowTitle() == "Дело скопировано"
        assert f"Скопировано: {n} {claims}, 0 звеньев" in box.text()
        box.close()


def test_translations_room_in_arabic(window_in: Callable[[str], MainWindow]) -> None:
    window = window_in("ar")
    tabs = window.parts.sources.viewer.tabs
    reading = window.parts.translations.reading
    assert tabs.tabText(tabs.indexOf(reading)) == "&جنبًا إلى جنب"
    omitted = [SimpleNamespace(kind="omitted")]
    said = [drift_summary(SimpleNamespace(flags=lambda n=n: omitted * n)) for n in COUNTS]
    assert [latin(s) for s in said] == [
        "جملة واحدة محذوفة",
        "جملتان محذوفتان",
        "5 جمل محذوفة",
        "11 جملةً محذوفة",
    ]
    i18n.install("ru")
    flags = [SimpleNamespace(kind="number")] * 2 + omitted
    assert drift_summary(SimpleNamespace(flags=lambda: flags)) == (
        "2 числа расходятся, 1 предложение пропущено"
    )


def test_sources_room_in_arabic(
    qtbot: QtBot, window_in: Callable[[str], MainWindow], sqlite_case: Case
) -> None:
    with sqlite_case.change() as uow:
        source_id = add_source(
            uow,
            title="موجز الصحف",
            outlet="الوطن",
            language="ar",
            direction="rtl",
            published_on="2024-03-07",
            text=ARABIC,
        )
    window = window_in("ar")
    window.set_case(sqlite_case)
    qtbot.waitUntil(lambda: window.parts.sources is not None)
    viewer = window.parts.sources.viewer
    panel = viewer.suggestions
    window.parts.sources.show_source(source_id)
    qtbot.waitUntil(lambda: panel.proposals is not None, timeout=20_000)
    assert [viewer.tabs.tabText(i) for i in range(2)] == ["ال&نص", "ال&صفحة"]
    assert viewer.new_claim_action.text() == "ا&دعاء جديد من التحديد"
    assert panel.create_button.text() == "إ&نشاء ادعاء من الاقتراح…"
    assert "من اليمين إلى اليسار" in viewer.facts.text()
    assert panel.proposals.suggestions, panel.status.text()
    assert latin(panel.status.text()).startswith(
        ("ادعاء مقترح واحد من إسناد واحد.", "ادعاءان مقترحان من")
    ), panel.status.text()
    assert "Check each" not in panel.status.text()
    said = [panel.tr("%n proposed claim(s)", "", n) for n in COUNTS]
    assert [latin(s) for s in said] == [
        "ادعاء مقترح واحد",
        "ادعاءان مقترحان",
        "5 ادعاءات مقترحة",
        "11 ادعاءً مقترحًا",
    ]
    dialog = WhereElseDialog(window, sqlite_case, window.workers, "الاجتماع سيعقد في موسكو")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "أين أيضًا؟"
    assert dialog.table.headerItem().text(2) == "المصدر"
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=10_000)
    assert latin(dialog.status.text()).startswith("مصدر واحد يحمله"), dialog.status.text()
    dialog.close()


def test_placeholders_fill_once_and_write_counts_in_the_windows_digits() -> None:
    assert arg("%2 then %1", "a %2", 7) == "7 then a %2"  # a value's own "%2" stays
    i18n.install("ar")
    try:
        assert arg("source %1", 12) == "source ١٢"
        assert counted("5 words on page %1", "file 3.pdf") == "٥ words on page file 3.pdf"
    finally:
        i18n.install("en")
    assert counted("5 words on page %1", 3) == "5 words on page 3"


def test_an_import_error_is_framed_in_the_windows_language() -> None:
    """The readers' reason stays their own (English) words; the window's framing is translated,
    and a cancelled read says so wholly in the language."""
    i18n.install("ru")
    try:
        assert framed(ReadCancelled("long.pdf")) == "не удаётся импортировать long.pdf: отменено"
        refused = SourceReadError("fake.pdf", "it is not a PDF")
        assert framed(refused) == "не удаётся импортировать fake.pdf: it is not a PDF"
    finally:
        i18n.install("en")
    assert framed(ReadCancelled("long.pdf")) == "cannot import long.pdf: cancelled"
