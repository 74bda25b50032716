"""`provdesk-cli search 12000` lists the claim, quote and sources that write the number
`12,000`, `12 000`, `12.000` or `١٢٬٠٠٠`; `claims --search ١٣` the claim that says 13 (newcomer
trial, round 9)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_search_finds_a_number_however_it_is_written(capsys, tmp_path) -> None:
    case = tmp_path / "c.provdesk"
    run = ["--case", str(case)]
    source = tmp_path / "ru.txt"
    source.write_text("На стройке АЭС работают 12\u00a0000 человек.\n", encoding="utf-8")
    assert main([*run, "new"]) == 0
    assert main([*run, "claim", "add", "12,000 people work on the construction site."]) == 0
    assert main([*run, "claim", "add", "1,200 people work at the port."]) == 0
    assert main([*run, "claim", "add", "Traffic rose 13 percent."]) == 0
    quote = ["--quote", "يعمل ١٢٬٠٠٠ شخص في الموقع"]
    assert (
        main([*run, "hop", "add", "2", "--actor", "Ahmed Kamal", "--relation", "said", *quote]) == 0
    )
    assert main([*run, "import", str(source), "--language", "ru"]) == 0
    capsys.readouterr()

    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *run, "search", "12000"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PROVDESK_REVIEWER": "Test Reviewer"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # the number is marked however it is written (round 9 marked only the digits as typed)
    assert any(line.startswith("claim") and "[12],[000] people" in line for line in lines), lines
    assert any(line.startswith("quote") and "[١٢]٬[٠٠٠]" in line for line in lines), lines
    assert any(line.startswith("source") for line in lines), lines
    assert not any("1,200" in line for line in lines), lines

    assert main([*run, "claims", "--search", "١٣"]) == 0
    out = capsys.readouterr().out
    assert "Traffic rose 13 percent." in out
    assert "12,000" not in out


def test_a_latin_query_lists_the_claim_of_an_actor_spelled_in_cyrillic(capsys, tmp_path) -> None:
    run = ["--case", str(tmp_path / "yo.provdesk")]
    assert main([*run, "new"]) == 0
    assert main([*run, "claim", "add", "Talks will resume on Sunday."]) == 0
    hop = ["--actor-kind", "person", "--relation", "said"]
    assert main([*run, "hop", "add", "1", "--actor", "Сергей Лавров", *hop]) == 0
    capsys.readouterr()
    assert main([*run, "search", "Lavrov"]) == 0
    out = capsys.readouterr().out
    assert "Talks will resume on Sunday." in out
    assert "through Сергей Лавров" in out
