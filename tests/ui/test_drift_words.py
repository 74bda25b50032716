"""Drift flags in the window's language: the aligned reading and a translation hop's status
words each flag (kind, the words of each side) in Arabic, Turkish or Russian; the case and the
command line keep the alignment's English description."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from db.text.drift import DriftFlag, pair_drift
from desktop.ui.claim.meaning_words import drift_flag_text, drift_flags_text
from desktop.ui.common import i18n

FLAGS = {
    "number": DriftFlag("number", "number differs: 750 → 570", "750", "570"),
    "name": DriftFlag("name", "name differs: ВОЗ → UNICEF", "ВОЗ", "UNICEF"),
    "month": DriftFlag("date", "month differs: march → may", "march", "may", "month"),
    "negation": DriftFlag("negation", "negated: “не”", "не", ""),
    "unmatched": DriftFlag("unmatched", "no shared words or anchors"),
}
ENGLISH = re.compile(r"\b(?:differs|negation|added|dropped|shared|March|May)\b")


@pytest.fixture
def language(qtbot: QtBot) -> Iterator[None]:
    yield
    i18n.install("en")


def _plain(text: str) -> str:
    """Without the bidi isolates that keep each side's words in their own direction."""
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069")


def test_flags_in_english_say_what_differs(language: None) -> None:
    assert i18n.install("en") == "en"
    said = {k: _plain(drift_flag_text(f)) for k, f in FLAGS.items()}
    assert said["number"] == "number differs: 750 → 570"
    assert said["name"] == "name differs: ВОЗ → UNICEF"
    assert said["month"] == "date differs: March → May"
    assert said["negation"] == "negation only in the original: “не”"


@pytest.mark.parametrize(("lang", "march"), [("ar", "مارس"), ("tr", "Mart"), ("ru", "март")])
def test_flags_in_the_window_language(language: None, lang: str, march: str) -> None:
    assert i18n.install(lang) == lang
    for kind, flag in FLAGS.items():
        text = _plain(drift_flag_text(flag))
        assert ENGLISH.search(text) is None, (kind, text)
        if kind != "month":
            assert flag.original in text and flag.translation in text
    assert march.lower() in _plain(drift_flag_text(FLAGS["month"])).lower()


def test_a_real_pair_is_worded_in_arabic(language: None) -> None:
    flags = pair_drift(
        "ВОЗ сообщила о 12 новых случаях.", "UNICEF reported 21 new cases.", "ru", "en"
    )
    assert {f.kind for f in flags} == {"number", "name"}
    assert i18n.install("ar") == "ar"
    line = _plain(drift_flags_text(flags))
    assert "12" in line and "21" in line and "ВОЗ" in line and "UNICEF" in line
    assert "differs" not in line and "؛" in line


BODY_SWAP = (
    "وقالت نقابة عمال الموانئ إن الإضراب سيبدأ غدا. وأضافت أن 40 سفينة تنتظر في المرسى.",
    "The Textile Weavers' Union said the strike would begin tomorrow. "
    "It added that 40 ships were waiting at anchor.",
)


@pytest.mark.parametrize(
    ("lang", "why"),
    [
        ("en", "each name names people or things the other side does not"),
        ("ar", "كل اسم يذكر أشخاصًا أو أشياء لا يذكرها الطرف الآخر"),
        ("tr", "her ad, öbür tarafın anmadığı kişileri ya da şeyleri anıyor"),
        ("ru", "каждое название называет людей или вещи, которых нет на другой стороне"),
    ],
)
def test_the_split_view_says_which_names_differ_and_why(
    language: None, qtbot: QtBot, lang: str, why: str
) -> None:
    """The aligned reading writes under the drifted pair both names and why they are two
    bodies, in the window's language."""
    from db.text.aligned_pair import align_texts
    from db.translations import ReadingPair
    from desktop.ui.translations.aligned_reading import AlignedReading

    assert i18n.install(lang) == lang
    alignment = align_texts(*BODY_SWAP, "ar", "en")
    reading = AlignedReading()
    qtbot.addWidget(reading)
    reading.set_pair(ReadingPair(alignment, 1, 2, "الميناء", "Port news", "rtl", "ltr", "ar", "en"))
    qtbot.waitUntil(lambda: reading.complete, timeout=10000)
    first = _plain(reading.bead_text("translation", 0))
    assert "نقابة عمال الموانئ" in first and "Textile Weavers' Union" in first
    assert why in first
    assert why not in _plain(reading.bead_text("translation", 1))  # the faithful pair
