"""The encoding case end to end on the command line, and new versions of a source from files:
flagged "check the encoding" → importing again points at `source reread` → reread as cp1254 →
the text is right, the Turkish quote is located, the first reading is still in the history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db import operations as ops
from db.case import open_case
from desktop.cli import main as cli

HEADLINE = "Yetkili: Kırmızı çizgi yok"


@pytest.fixture
def case_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "case.provdesk"
    assert cli(["--case", str(path), "new"]) == 0
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], case: Path, *args: str) -> tuple[int, str, str]:
    code = cli(["--case", str(case), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_misread_turkish_file_is_read_again_and_its_quote_located(
    capsys: pytest.CaptureFixture[str], case_file: Path, tmp_path: Path
) -> None:
    file = tmp_path / "official.txt"
    file.write_bytes(HEADLINE.encode("cp1254"))
    code, out, err = run(capsys, case_file, "import", str(file))
    assert code == 0 and out.strip() == "1"
    assert "check the encoding" in err and "source reread 1 --encoding NAME" in err
    code, out, err = run(capsys, case_file, "source", "show", "1", "--text")
    assert "Kırmızı" not in out  # garbled: read as another code page
    # Importing again with the encoding points at reread, in one line.
    code, out, err = run(capsys, case_file, "import", str(file), "--encoding", "cp1254")
    assert code == 1 and err.count("\n") == 1
    assert "already in the case as source 1" in err
    assert "source reread 1 --encoding cp1254" in err
    run(capsys, case_file, "claim", "add", "There are no red lines")
    code, out, err = run(
        capsys, case_file, "hop", "add", "1", "--actor", "Turkish official",
        "--relation", "said", "--source", "1", "--quote", "Kırmızı çizgi yok",
    )  # fmt: skip
    assert "quote not located" in err
    code, out, err = run(
        capsys, case_file, "source", "reread", "1", "--encoding", "cp1254", "--why", "Turkish"
    )
    assert code == 0, err
    assert out.splitlines()[0] == "source 1 is now at version 2: 1 quote: 1 located"
    code, out, err = run(capsys, case_file, "source", "show", "1", "--text")
    assert HEADLINE in out and "language: tr" in out
    history = [line for line in out.splitlines() if "version " in line]
    assert "version 1 ·" in history[0] and "imported as cp1252" in history[0]
    assert "version 2 (current)" in history[1] and "read again as cp1254" in history[1]
    assert history[1].endswith("— Turkish")
    code, out, err = run(capsys, case_file, "show", "1", "--json")
    hop = json.loads(out)["hops"][0]
    assert hop["quote_not_located"] is False and hop["checked_version"] == 2
    assert hop["quote_language"] == "tr"
    code, out, err = run(capsys, case_file, "source", "show", "1", "--json")
    assert [v["encoding"] for v in json.loads(out)["source"]["history"]] == ["cp1252", "cp1254"]
    # The same encoding again changes nothing.
    code, out, err = run(capsys, case_file, "source", "reread", "1", "--encoding", "CP1254")
    assert code == 1 and "already read as cp1254" in err and err.count("\n") == 1
    assert run(capsys, case_file, "verify")[0] == 0


def test_an_updated_file_reports_its_quotes_and_a_different_one_needs_yes(
    capsys: pytest.CaptureFixture[str], case_file: Path, tmp_path: Path
) -> None:
    first = tmp_path / "report.txt"
    first.write_text("The minister said the talks go on. The reservoir holds 45 cubic metres.")
    assert run(capsys, case_file, "import", str(first))[0] == 0
    run(capsys, case_file, "claim", "add", "Talks go on")
    for quote in ("the talks go on", "The reservoir holds 45 cubic metres"):
        run(
            capsys, case_file, "hop", "add", "1", "--actor", "Minister", "--relation",
            "said", "--source", "1", "--quote", quote,
        )  # fmt: skip
    changed = tmp_path / "report-v2.txt"
    changed.write_text(
        "Updated. The minister said the talks go on. The reservoir holds 4,500 cubic metres."
    )
    code, out, err = run(
        capsys, case_file, "source", "update", "1", str(changed), "--why", "figure corrected"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "source 1 is now at version 2: 2 quotes: 1 exact, 1 changed"
    assert lines[1] == "  hop 2 (claim 1): changed — “45” → “4,500”"
    # The same file again, and a different document: one line each, exit 1, nothing changed.
    code, out, err = run(capsys, case_file, "source", "update", "1", str(changed))
    assert code == 1 and "nothing changed" in err and err.count("\n") == 1
    other = tmp_path / "recipe.txt"
    other.write_text("Two eggs, flour and milk; bake for twenty minutes.")
    code, out, err = run(capsys, case_file, "source", "update", "1", str(other))
    assert code == 1 and err.count("\n") == 1
    assert "loses most of its quotes (2 quotes: 1 exact, 1 lost)" not in err
    assert "loses most of its quotes" in err and "--yes" in err
    code, out, err = run(capsys, case_file, "source", "show", "1")
    assert "version 3" not in out
    code, out, err = run(capsys, case_file, "source", "update", "1", str(other), "--yes")
    assert code == 0 and "version 3" in out
    code, out, err = run(capsys, case_file, "hop", "keep-version", "1")
    assert code == 0
    code, out, err = run(capsys, case_file, "hop", "accept-anchor", "1")
    assert code == 1 and "no new anchor to accept" in err


def test_a_source_in_the_trash_is_not_updated(
    capsys: pytest.CaptureFixture[str], case_file: Path, tmp_path: Path
) -> None:
    file = tmp_path / "a.txt"
    file.write_text("Some words of a source.")
    run(capsys, case_file, "import", str(file))
    case = open_case(case_file, reviewer="Ayşe")
    with case.change() as uow:
        ops.delete_source(uow, 1)
    case.close()
    file.write_text("Some other words of a source.")
    code, _out, err = run(capsys, case_file, "source", "update", "1", str(file))
    assert code == 1 and err.count("\n") == 1
    assert "source 1 is in the Trash" in err
