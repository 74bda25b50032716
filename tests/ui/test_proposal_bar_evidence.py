"""The proposal above the source shown says which outlet of the original the translation
names, as it spells it, and what the original does not share (newcomer trial, round 9, §2),
in the window's language."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from db.translation_proposals import ProposedLink
from desktop.ui.common import i18n
from desktop.ui.translations.proposals import ProposalBar

PROPOSAL = ProposedLink(
    translation=4,
    original=2,
    notice="ترجمة",
    shared=9,
    numbers=10,
    names=("سامسون", "أيدنلي"),
    original_title="Samsun'da 12.500 konut",
    original_language="tr",
    original_numbers=10,
    named="كوزي خبر",
    origin="Kuzey Haber",
    unshared_numbers=("18",),
)


def _plain(text: str) -> str:
    return re.sub("[\u2066-\u2069\u200e\u200f]", "", text)


@pytest.mark.parametrize(
    ("language", "named", "missing"),
    [
        ("en", "It names the original's outlet Kuzey Haber (as كوزي خبر)", "Not shared: 18"),
        ("ar", "يذكر وسيلة الإعلام التي نشرت الأصل: Kuzey Haber (بصيغة كوزي خبر)", "غير مشترك"),
        ("tr", "Aslının yayın organını anıyor: Kuzey Haber (كوزي خبر olarak)", "Ortak olmayan"),
        ("ru", "Называет издание оригинала: Kuzey Haber (как كوزي خبر)", "Не совпадает"),
    ],
)
def test_the_bar_names_the_outlet_and_what_is_not_shared(
    qtbot: QtBot, language: str, named: str, missing: str
) -> None:
    i18n.install(language)
    try:
        bar = ProposalBar()
        qtbot.addWidget(bar)
        bar.offer(PROPOSAL)
        shown = _plain(bar.label.text())
        assert named in shown, shown
        assert missing in shown, shown
    finally:
        i18n.install("en")
