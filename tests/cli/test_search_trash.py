"""A claim in the Trash is not found by `search` through the name of its actor, nor a claim
through a hop of that actor which is in the Trash; restored, it is found again (newcomer trial,
round 9: `search Лихачев` listed a deleted claim "— through Алексей Лихачёв")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _claim_lines(capsys, case: Path, *args: str) -> list[str]:
    capsys.readouterr()
    code = main(["--case", str(case), *args])
    out = capsys.readouterr().out
    assert code in (0, 1)
    return [line for line in out.splitlines() if line.startswith("claim")]


def test_claims_in_the_trash_are_not_found_through_their_actors(capsys, tmp_path) -> None:
    case = tmp_path / "c.provdesk"
    run = ["--case", str(case)]
    assert main([*run, "new"]) == 0
    assert main([*run, "claim", "add", "Twelve thousand people work on the site"]) == 0
    assert main([*run, "claim", "add", "The first unit starts in March"]) == 0
    assert main([*run, "claim", "add", "The plant costs 24 billion dollars"]) == 0
    for claim in ("1", "2", "3"):
        assert (
            main([*run, "hop", "add", claim, "--actor", "Алексей Лихачёв", "--relation", "said"])
            == 0
        )
    assert len(_claim_lines(capsys, case, "search", "Лихачёв")) == 3

    assert main([*run, "claim", "delete", "1"]) == 0
    assert main([*run, "hop", "remove", "2"]) == 0  # claim 2's only hop by him
    shown = _claim_lines(capsys, case, "search", "Лихачёв")
    assert [line.split()[1] for line in shown] == ["3"]

    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *run, "search", "Лихачёв"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PROVDESK_REVIEWER": "Test Reviewer"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = [line.split() for line in done.stdout.splitlines() if line.startswith("claim")]
    assert [line[1] for line in lines] == ["3"]

    assert main([*run, "trash", "restore", "claim", "1"]) == 0
    assert sorted(line.split()[1] for line in _claim_lines(capsys, case, "search", "Лихачёв")) == [
        "1",
        "3",
    ]
