"""Where a line ends is read as the file means it (newcomer trial, round 8): the full stop (or
question mark, comma) that ends a right-to-left line of a PDF drawn by fpdf2 as a piece of its
own stays at the line's end (`source show --text`), as pdftotext reads it, and not at its start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.cli import main
from tests.sources import pdfgen

ROOT = Path(__file__).resolve().parents[2]
ARABIC_LINES = [
    "بيان رسمي من وزارة النقل.",
    "هل سيفتح الميناء يوم الاثنين؟",
    "قال الوزير إن الميناء سيفتح، بعد العاصفة",
]


def test_a_plain_text_is_stored_with_its_lines_as_the_file_has_them(capsys, tmp_path) -> None:
    """A headline without a full stop and a hard-wrapped paragraph: no line added or joined, so
    every offset of a quote is the file's (a quote located in the stored text is where the file
    has it)."""
    written = (
        "Latakia port reopens on Monday\n"
        "The transport minister said the port would reopen on Monday after the storm passed.\n"
        "\n"
        "قال الوزير إن الميناء سيفتح\n"
        "Süleyman Demir\n"
    )
    news = tmp_path / "news.txt"
    news.write_text(written, encoding="utf-8")
    case = tmp_path / "c.provdesk"
    assert main(["--case", str(case), "new"]) == 0
    assert main(["--case", str(case), "import", str(news)]) == 0
    capsys.readouterr()
    assert main(["--case", str(case), "source", "show", "1", "--json", "--text"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == written.strip("\n")


def test_the_stop_of_an_arabic_pdf_line_stays_at_its_end(tmp_path) -> None:
    pdf = tmp_path / "bayan.pdf"
    pdf.write_bytes(pdfgen.fpdf2_pdf(ARABIC_LINES, rtl=True))
    case = tmp_path / "c.provdesk"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PROVDESK_REVIEWER": "Test Reviewer"}
    script = (
        "import sys; from desktop.cli import main; "
        "c = sys.argv[1]; main(['--case', c, 'new']); main(['--case', c, 'import', sys.argv[2]]); "
        "sys.exit(main(['--case', c, 'source', 'show', '1', '--text']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(case), str(pdf)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for line in ARABIC_LINES:
        assert line in lines
    assert not any(line.startswith((".", "؟", "،")) for line in lines)
