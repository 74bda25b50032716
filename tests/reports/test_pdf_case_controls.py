"""The direction controls a case's own text holds are reported, not lost: in the PDF report a
control that turns letters or words round (an override, an embedding, a directed isolate) is
drawn by name, "⟨RLI⟩", as the window shows it, one left-to-right run in a right-to-left line;
the marks (RLM) and FSI … PDI are left out, the words around them unchanged. Only the report's
own marks around numbers are dropped as glyphs and from the ActualText. Read back by pypdf
(the glyphs) and poppler's pdftotext (the ActualText)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from db import operations as ops
from db.text.direction import isolate_ltr_runs
from desktop.reports import pdf
from desktop.reports.pdf_text import case_controls, visual_order
from desktop.reports.words import report_words

from .helpers import make_report

QUOTES = {
    "isolate": "قال الوزير \u2067لا\u2069 تغيير في 12 000 وظيفة",
    "mark": "قال الوزير\u200f: لا خطوط حمراء، 45%",
    "english": "The minister said \u2066CLOSED\u2069 for 12 000 days",
}
CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.fixture(scope="module", params=["ar", "en"])
def report(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from db.case import open_case

    folder = tmp_path_factory.mktemp("controls")
    case = open_case(folder / "controls.provdesk", reviewer="Test Reviewer", create=True)
    try:
        with case.change() as uow:
            claim = ops.add_claim(uow, "قال المدير إن 12 000 عامل يعملون في الموقع")
            for name, quote in QUOTES.items():
                actor = ops.find_or_add_actor(uow, f"الوطن {name}", "outlet")
                ops.add_hop(uow, claim, actor_id=actor, relation="quoted", quote=quote)
        data = pdf.render(make_report(case), words=report_words(request.param))
    finally:
        case.close()
    path = folder / f"controls-{request.param}.pdf"
    path.write_bytes(data)
    return path


def _readers(path: Path) -> dict[str, str]:
    assert shutil.which("pdftotext"), "poppler-utils is not installed"
    poppler = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    # pdftotext wraps right-to-left lines in embeddings of its own (display hints, not text)
    poppler = poppler.translate(dict.fromkeys(map(ord, "\u202a\u202b\u202c")))
    pypdf_text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return {"pypdf": pypdf_text, "pdftotext": poppler}


def test_a_quotes_own_isolate_is_named_and_its_words_kept(report: Path) -> None:
    for reader, text in _readers(report).items():
        assert not set(CONTROLS) & set(text), f"{reader}: a raw control in the text"
        assert "RLI" in text, f"{reader}: the quote's right-to-left isolate is not named"
        assert "لا تغيير في" in text, reader  # lam-alef read as the case holds it
        assert "12 000" in text, reader
    assert "⟨RLI⟩" in _readers(report)["pypdf"]


def test_a_quotes_own_mark_is_left_out_and_its_words_kept(report: Path) -> None:
    poppler = _readers(report)["pdftotext"]
    assert "قال الوزير" in poppler and "لا خطوط حمراء" in poppler and "45%" in poppler
    assert "RLM" not in poppler  # a mark settles neutrals only: not named, as in the window


def test_an_english_quotes_own_isolate_is_named_in_place(report: Path) -> None:
    for reader, text in _readers(report).items():
        assert "The minister said ⟨LRI⟩CLOSED for" in " ".join(text.split()), reader


@pytest.mark.parametrize(
    ("stored", "drawn"),
    [
        ("قال الوزير \u2067لا\u2069 تغيير", "رييغت ال⟨RLI⟩ ريزولا لاق"),
        ("قال \u202eeurt\u202c المدير 1.200", "1.200 ريدملا ⟨PDF⟩eurt⟨RLO⟩ لاق"),
        ("قال الوزير\u200f: لا", "ال :ريزولا لاق"),
        ("\u2068يعمل 12 000 شخص\u2069", "صخش 12 000 لمعي"),
    ],
)
def test_a_controls_name_is_one_left_to_right_run(stored: str, drawn: str) -> None:
    """What a right-to-left piece draws (and gives as ActualText): the case's steering
    controls by name, each name one left-to-right run; the number marks never in it."""
    assert visual_order(isolate_ltr_runs(case_controls(stored))) == drawn


def test_text_without_controls_is_drawn_as_before() -> None:
    for text in ("قال المدير إن 12 000 عامل", "Plain English 45%", ""):
        assert case_controls(text) == text
