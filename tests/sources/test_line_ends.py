"""Where a line ends is read as the file means it (newcomer trial, round 8):

- a plain-text headline without a full stop is a sentence of its own, not the start of the next
  line's sentence; a hard-wrapped paragraph still reads as one;
- the full stop (or question mark, comma) that ends a right-to-left line of a PDF drawn by
  fpdf2 as a piece of its own stays at the line's end (`source show --text`), as pdftotext
  reads it, and not at its start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from db.text.sentences import split_sentences
from desktop.cli import main
from desktop.sources.text import lines_apart
from tests.sources import pdfgen

ROOT = Path(__file__).resolve().parents[2]
HEADLINE = "Latakia port reopens on Monday"
BODY = "The transport minister said the port would reopen on Monday after the storm passed."
ARABIC_LINES = [
    "بيان رسمي من وزارة النقل.",
    "هل سيفتح الميناء يوم الاثنين؟",
    "قال الوزير إن الميناء سيفتح، بعد العاصفة",
]


def _sentences(capsys, case: Path, source: str) -> list[str]:
    assert main(["--case", str(case), "source", "show", source, "--json", "--text"]) == 0
    text = json.loads(capsys.readouterr().out)["text"]
    return [s.text for s in split_sentences(text)]


def test_a_headline_line_is_a_sentence_of_its_own(capsys, tmp_path) -> None:
    case = tmp_path / "c.provdesk"
    news = tmp_path / "news.txt"
    news.write_text(
        f"{HEADLINE}\n{BODY}\n\nSüleyman Demir\nLatakia correspondent\n", encoding="utf-8"
    )
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text(
        "The ministry said on Monday that the port of\n"
        "Latakia would reopen to ships after the storm,\n"
        "Officials and pilots agreed, with the harbour\n"
        "master's office open from six in the morning.\n",
        encoding="utf-8",
    )
    assert main(["--case", str(case), "new"]) == 0
    assert main(["--case", str(case), "import", str(news)]) == 0
    assert main(["--case", str(case), "import", str(wrapped)]) == 0
    capsys.readouterr()
    assert _sentences(capsys, case, "1") == [
        HEADLINE,
        BODY,
        "Süleyman Demir",
        "Latakia correspondent",
    ]
    wrapped_sentences = _sentences(capsys, case, "2")
    assert len(wrapped_sentences) == 1  # wrapped at its width: one sentence, as written
    assert (
        wrapped_sentences[0].startswith("The ministry said")
        and "\n\n" not in (wrapped_sentences[0])
    )


@given(
    st.lists(
        st.text(alphabet="abcdefghij klmnop", min_size=1, max_size=60).map(str.strip),
        min_size=1,
        max_size=12,
    )
)
def test_setting_lines_apart_only_adds_blank_lines(lines) -> None:
    text = "\n".join(lines)
    apart = lines_apart(text)
    assert [line for line in apart.split("\n") if line] == [line for line in lines if line]
    assert lines_apart(apart) == apart


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
