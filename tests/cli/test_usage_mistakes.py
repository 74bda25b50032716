"""A wrong command line — a missing argument, an unknown command, action or option, an empty
search — is one line on stderr naming the command and its help, and exit status 1 (newcomer
trial, round 8: the usage and exit status 2 before; `search ""` found nothing and exited 0)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["show"], "provdesk-cli show: a claim id is required (see provdesk-cli show --help)"),
        (["status", "1"], "provdesk-cli status: a verdict is required"),
        (["export", "-f", "pdf"], "provdesk-cli export: --output is required"),
        (["claim"], "provdesk-cli claim: an action is required (see provdesk-cli claim --help)"),
        (["hop", "add"], "provdesk-cli hop add: a claim id, --actor and --relation are required"),
        (["claim", "frob"], "provdesk-cli claim: 'frob' is not an action"),
        (["source", "link", "4"], "provdesk-cli source link: --translation-of is required"),
        (["search", ""], "a search needs one or more words (it was empty)"),
        (["search", "   "], "a search needs one or more words"),
        (["search", "?!"], "'?!' has no word to search for"),
        (["claims", "--search", ""], "a search needs one or more words"),
    ],
)
def test_a_wrong_command_line_is_one_line_and_exit_1(capsys, tmp_path, args, line) -> None:
    case = tmp_path / "case.provdesk"
    try:
        code = main(["--case", str(case), *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert code == 1
    assert len(err.splitlines()) == 1 and line in err and "usage:" not in err
    assert not case.exists()


def test_the_installed_command_says_it_in_one_line(tmp_path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--case", str(tmp_path / "c.provdesk"), "import"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert (
        done.stderr == "provdesk-cli import: a file is required (see provdesk-cli import --help)\n"
    )
    assert done.stdout == ""
