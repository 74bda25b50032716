"""`search` lists claims, quotes and sources that hold the words with their place in the list
(#1 best) and how they were found, never a database score (bm25 gave "score 0.000" for a
matching source); `--json` keeps the rank numbers for programs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_claims_quotes_and_sources_show_their_place_not_a_score(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case = ("--case", tmp_path / "c.provdesk")
    run(capsys, *case, "new")
    statement = tmp_path / "statement.txt"
    statement.write_text("The envoy said the Geneva round would start on Tuesday.\n", "utf-8")
    assert run(capsys, *case, "import", statement)[1] == "1\n"
    run(capsys, *case, "claim", "add", "Talks in Geneva start on Tuesday")
    run(
        capsys, *case, "hop", "add", "1", "--actor", "The envoy", "--relation", "said",
        "--source", "1", "--quote", "the Geneva round would start on Tuesday",
    )  # fmt: skip
    code, out, err = run(capsys, *case, "search", "Geneva")
    assert code == 0, err
    lines = out.splitlines()
    assert sorted(line.split()[0] for line in lines) == ["claim", "quote", "source"]
    assert re.findall(r"^\S+ +\d+(?: \(claim \d+\))?  (#\d+)  ", out, re.MULTILINE) == [
        "#1",
        "#2",
        "#3",
    ]
    assert "score" not in out and all("[Geneva]" in line for line in lines)
    code, out, _err = run(capsys, *case, "search", "Geneva", "--json")
    assert all(isinstance(hit["rank"], float) for hit in json.loads(out))
