"""The PDF report draws every script a case may hold and gives it back as text: Arabic with its
marks (each glyph carries its own letters), right-to-left titles that DejaVu Sans has no
oblique for, and scripts DejaVu Sans lacks (Devanagari, Thai, Georgian) from Noto fonts."""

from __future__ import annotations

import io
import shutil
import subprocess
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
