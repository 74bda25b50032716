"""`provdesk-cli search` and `claims --search`: a name also finds its other spellings and forms
(said on standard error, marked in the snippets, ranked after exact matches); `--exact` turns
that off."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_with_and_without_the_switch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = ("--case", tmp_path / "c.provdesk")
    assert run(capsys, *case, "new")[0] == 0
    run(capsys, *case, "actor", "add", "Sergey Lavrov", "--alias", "Лавров", "--alias", "لافروف")
    english = run(capsys, *case, "claim", "add", "Lavrov said the talks would resume")[1].strip()
    russian = run(capsys, *case, "claim", "add", "Лаврова спросили о переговорах")[1].strip()
    arabic = run(capsys, *case, "claim", "add", "قال لافروف إن المحادثات ستستمر")[1].strip()

    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, case), "search", "Lavrov"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("also searched: lavrov → ")
    assert "лаврова" in result.stderr and "(--exact: as typed only)" in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"claim  {int(english):>6}  #1  ")
    assert "[Lavrov] said" in lines[0] and "another spelling" not in lines[0]
    rest = "\n".join(lines[1:])
    # Each line says its place, best first, and how the word was found — never a score.
    assert [line.split()[2] for line in lines] == ["#1", "#2", "#3"]
    assert (
        f"claim  {int(russian):>6}  #" in rest and "another spelling:  [Лаврова] спросили" in rest
    )
    assert f"claim  {int(arabic):>6}  #" in rest and "another spelling:  قال [لافروف] إن" in rest
    assert "score" not in result.stdout

    code, out, err = run(capsys, *case, "search", "Lavrov", "--exact")
    assert code == 0 and err == ""
    assert [line.split()[:2] for line in out.splitlines()] == [["claim", english]]

    code, out, _ = run(capsys, *case, "claims", "--search", "Lavrov")
    assert sorted(line.split()[0] for line in out.splitlines()) == sorted(
        [english, russian, arabic]
    )
    code, out, _ = run(capsys, *case, "claims", "--search", "Lavrov", "--exact")
    assert [line.split()[0] for line in out.splitlines()] == [english]
