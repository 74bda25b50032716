"""A case for report tests: the demo, plus an imported evidence file, an Arabic quote on two
pages' worth of text, two final verdicts signed off by a second reviewer (four-eyes is on in the
demo), and a hostile claim and quote that must stay inert."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from db import operations as ops
from db.case import Case, open_case
from db.text.spans import locate_quote

ARABIC_TEXT = (
    "قال مسؤول أمني تركي رفيع المستوى إن بلاده مستعدة لمناقشة كل القضايا مع دمشق.\n"
    "وأضاف: لا توجد خطوط حمراء ولا شروط مسبقة على الطاولة اليوم.\n"
)
ARABIC_QUOTE = "لا توجد خطوط حمراء ولا شروط مسبقة على الطاولة اليوم"
HOSTILE_CLAIM = "<script>alert(1)</script>"
HOSTILE_QUOTE = '=HYPERLINK("http://x","y")'
SECOND_REVIEWER = "Second Reviewer"


def sign_off_as_second_reviewer(case: Case, *claim_ids: int, note: str = "") -> None:
    """Sign verdicts off as another reviewer than the one who set them (four-eyes)."""
    second = open_case(case.location, reviewer=SECOND_REVIEWER)
    try:
        with second.change() as uow:
            for claim_id in claim_ids:
                ops.sign_off(uow, claim_id, note)
    finally:
        second.close()


@dataclass(frozen=True)
class ReportCase:
    case: Case
    demo_claim: int
    arabic_claim: int
    hostile_claim: int
    evidence_sha256: str
    evidence_name: str


@pytest.fixture
def report_case(demo_case: Case) -> Iterator[ReportCase]:
    content = ARABIC_TEXT.encode("utf-8")
    page_two = ARABIC_TEXT.index("وأضاف")
    with demo_case.change() as uow:
        ops.set_verdict(
            uow, 2, "accurate", "Lavrov said so at the press conference; see transcript."
        )
        imported = ops.import_evidence(
            uow,
            content=content,
            file_name="al-watan-2023-01-19.txt",
            media_type="text/plain",
            text=ARABIC_TEXT,
            page_starts=[0, page_two],
            title="لا خطوط حمراء",
            outlet="الوطن",
            language="ar",
            direction="rtl",
            published_on="2023-01-19",
            url="https://alwatan.sy/archives/1",
        )
        actor = ops.find_or_add_actor(uow, "al-Watan", "outlet")
        arabic_claim = ops.add_claim(uow, "Turkey puts no preconditions on talks (Arabic report).")
        spans = locate_quote(ARABIC_TEXT, ARABIC_QUOTE, [0, page_two])
        ops.add_hop(
            uow,
            arabic_claim,
            actor_id=actor,
            relation="reported",
            source_id=imported.source_id,
            quote=ARABIC_QUOTE,
            spans=spans,
            language="ar",
            relayed_on="2023-01-19",
        )
        ops.set_verdict(uow, arabic_claim, "false", "No such sentence in the interview.")
        hostile = ops.add_claim(uow, HOSTILE_CLAIM, notes="=1+1", tags=["@risk"])
        rt = ops.find_or_add_actor(uow, "Russia Today", "outlet")
        ops.add_hop(uow, hostile, actor_id=rt, relation="quoted", quote=HOSTILE_QUOTE)
    assert imported.sha256 == hashlib.sha256(content).hexdigest()
    # four-eyes is on in the demo: a second reviewer signs both final verdicts off
    sign_off_as_second_reviewer(demo_case, 2, arabic_claim, note="Checked the transcript.")
    yield ReportCase(
        demo_case, 1, arabic_claim, hostile, imported.sha256, "al-watan-2023-01-19.txt"
    )


@pytest.fixture(autouse=True)
def _one_qapplication(qapp: object) -> object:
    """The widget tests need a QApplication; make it the one application of the session, before
    a PDF renderer would make a bare QGuiApplication (as the command line does)."""
    return qapp


@pytest.fixture(autouse=True)
def english_plurals(request: pytest.FixtureRequest) -> None:
    """A test of the export dialog reads it in English with the English plural forms of `%n`
    texts, as the app installs them before it builds a window (tests without Qt stay without)."""
    if "qtbot" in request.fixturenames:
        request.getfixturevalue("qapp")
        from desktop.ui.common import i18n

        i18n.install("en")
