"""The PDF report draws every script a case may hold and gives it back as text: Arabic with its
marks (each glyph carries its own letters), right-to-left titles that DejaVu Sans has no
oblique for, and scripts DejaVu Sans lacks (Devanagari, Thai, Georgian) from Noto fonts."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pypdf
import pytest

from desktop.reports.pdf_canvas import Canvas, Run

LINES = {
    "arabic with marks": "مؤكَّد مضلِّل لم يُتحقق منه يتعذّر",
    "arabic oblique": "بيان صحفي لا تعليق",
    "hindi": "भारत सरकार ने कहा",
    "thai": "รัฐบาลไทย",
    "georgian": "საქართველო",
}


def _draw(rtl: bool) -> bytes:
    canvas = Canvas(rtl=rtl)
    canvas.new_page()
    for name, text in LINES.items():
        canvas.paragraph([Run(text, "I" if name == "arabic oblique" else "")])
    return canvas.pdf_bytes()


@pytest.mark.parametrize("rtl", [False, True])
def test_each_script_reads_back_in_pypdf(rtl: bool) -> None:
    text = pypdf.PdfReader(io.BytesIO(_draw(rtl))).pages[0].extract_text()
    lines = [line.strip() for line in text.splitlines()]
    for name, expected in LINES.items():
        assert expected in lines, f"{name}: {expected!r} not in {lines}"
    assert all(char.isprintable() or char.isspace() for char in text)  # no glyph without text


def test_each_script_reads_back_in_poppler(tmp_path: Path) -> None:
    assert shutil.which("pdftotext"), "poppler-utils is not installed"
    path = tmp_path / "scripts.pdf"
    path.write_bytes(_draw(False))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [" ".join(line.strip("\u202a\u202b\u202c").split()) for line in text.splitlines()]
    for name, expected in LINES.items():
        assert expected in lines, f"{name}: {expected!r} not in {lines}"


def test_a_word_longer_than_many_lines_is_cut_and_kept_whole() -> None:
    """Hostile text: thousands of Arabic letters without a space are cut line by line (each
    cut found with a few measurements, not one per letter) and no letter is lost (pypdf's
    order at the cuts of one word is its own)."""
    word = "لاتوجدشروطمسبقة" * 1000
    canvas = Canvas()
    canvas.new_page()
    canvas.paragraph([Run("Claim 1: "), Run(word)])
    reader = pypdf.PdfReader(io.BytesIO(canvas.pdf_bytes()))
    text = "".join("".join(page.extract_text().split()) for page in reader.pages)
    assert len(reader.pages) >= 3
    assert text.startswith("Claim1:")
    assert Counter(text.removeprefix("Claim1:")) == Counter(word)  # no letter lost
