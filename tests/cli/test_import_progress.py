"""`import FILE` on a terminal says what it is doing on one line of stderr, rewritten in place —
reading, indexing for search (how far, in per cent and MB), storing — and clears it before the
source's id is printed; with stderr not a terminal it prints none of that (newcomer trial,
round 8: a 36 MB text was imported for two minutes without a word).

The band keys a long text is indexed with are made a piece at a time, the same keys as in one
go (`band_keys_of_key`), so that no list of all its words is held."""

from __future__ import annotations

import os
import pty
import random
import select
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from db.case import open_case
from db.text import similarity as sim
from db.text.source_keys import band_keys_of_key
from desktop.cli.progress_line import ImportProgress

ROOT = Path(__file__).resolve().parents[2]
WORDS = [
    "harbour",
    "ministry",
    "crossing",
    "convoy",
    "tanker",
    "reopen",
    "inspection",
    "customs",
    "warehouse",
    "berth",
    "pilot",
    "governor",
    "statement",
    "cargo",
    "grain",
    "delay",
    "queue",
    "weather",
    "storm",
    "permit",
    "fuel",
    "officials",
    "tuesday",
]


def _long_text(paragraphs: int) -> str:
    pick = random.Random(7)
    lines = []
    for number in range(paragraphs):
        words = [pick.choice(WORDS) for _ in range(pick.randint(9, 24))]
        lines.append(f"{number}. " + " ".join(words).capitalize() + ".")
    return "\n\n".join(lines) + "\n"


def test_import_on_a_terminal_shows_one_line_of_progress_then_the_source(tmp_path) -> None:
    text = tmp_path / "harbour-log.txt"
    text.write_text(_long_text(2_000), encoding="utf-8")  # ≈ 0.25 MB
    case = tmp_path / "c.provdesk"
    open_case(case, reviewer="Test Reviewer", create=True).close()
    terminal, stderr = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "--case", str(case), "import", str(text)],
        stdout=subprocess.PIPE,
        stderr=stderr,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PROVDESK_REVIEWER": "Test Reviewer"},
    )
    os.close(stderr)
    seen = b""
    while True:
        ready, _, _ = select.select([terminal], [], [], 120)
        if not ready:
            break
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # the process ended and closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(terminal)
    out = process.communicate(timeout=60)[0].decode()
    assert process.returncode == 0
    assert out == "1\n"
    shown = seen.decode()
    updates = shown.split("\r")
    assert any(u.startswith("provdesk-cli: harbour-log.txt: reading…") for u in updates)
    indexing = [u for u in updates if "indexing for search" in u]
    assert indexing and indexing[-1].startswith(
        "provdesk-cli: harbour-log.txt: indexing for search 100 % ("
    )
    assert any(u.startswith("provdesk-cli: harbour-log.txt: storing…") for u in updates)
    assert shown.endswith("\r\x1b[K")  # the line is cleared: nothing left over the prompt
    assert "\n" not in shown  # one line, rewritten


def test_without_a_terminal_there_is_no_progress_line(tmp_path) -> None:
    stream = tmp_path / "stderr.txt"
    with stream.open("w") as file:
        shown = ImportProgress("report.pdf", file)
        shown.pages(3, 20)
        shown.step("indexing", 5, 10)
        shown.clear()
    assert stream.read_text() == ""


@settings(max_examples=40, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=0, max_size=400),
    chunk=st.sampled_from([16, 32, 48, 64]),
)
def test_band_keys_made_a_piece_at_a_time_are_the_keys_of_the_whole(words, chunk) -> None:
    key = " ".join(words)
    assert band_keys_of_key(key, chunk_words=chunk) == sim.passage_band_keys(words)
