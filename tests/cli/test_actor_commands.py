"""`provdesk-cli actor add` offers the existing actor whose name meets the new one across scripts
and inflections; `--same-as` and `--new` answer; `actor duplicates` lists what to merge and
`actor merge` merges it; `hop add --actor` offers too. The answers a person reads run in a
subprocess; the set-up runs in-process (faster)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--reviewer", "Ayşe", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_actor_add_offers_the_existing_actor_then_follows_the_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = ("--case", tmp_path / "c.provdesk")
    assert run(capsys, *case, "new")[0] == 0
    lavrov = run(capsys, *case, "actor", "add", "Sergey Lavrov")[1].strip()

    offered = cli(*case, "actor", "add", "Лавров")
    assert offered.returncode == 1 and offered.stdout == ""
    assert offered.stderr.startswith(
        f"provdesk-cli: error: Лавров — same as Sergey Lavrov (actor {lavrov})?"
    )
    assert f"--same-as {lavrov}" in offered.stderr and "--new" in offered.stderr
    assert len(offered.stderr.splitlines()) == 1
    listed = json.loads(run(capsys, *case, "actors", "--json")[1])
    assert [a["name"] for a in listed] == ["Sergey Lavrov"]  # nothing added

    assert run(capsys, *case, "actor", "add", "Лавров", "--same-as", lavrov)[1].strip() == lavrov
    listed = json.loads(run(capsys, *case, "actors", "--json")[1])
    assert listed[0]["aliases"] == ["Лавров"]

    code, out, _ = run(capsys, *case, "actor", "add", "Lavrentyev")  # no key in common
    assert code == 0 and out.strip().isdigit()
    new = run(capsys, *case, "actor", "add", "لافروف", "--new")[1].strip()
    duplicates = cli(*case, "actor", "duplicates")
    assert duplicates.returncode == 0
    (line,) = duplicates.stdout.splitlines()
    assert f"لافروف (actor {new})" in line
    assert line.endswith(f"(merge: provdesk-cli actor merge {lavrov} {new})")

    assert run(capsys, *case, "actor", "merge", lavrov, new)[0] == 0
    code, out, err = run(capsys, *case, "actor", "duplicates")
    assert (code, out, err) == (0, "", "no likely duplicates\n")
    assert "merge actor" in run(capsys, *case, "audit")[1]


def test_hop_add_offers_the_actor_an_inflected_name_may_be(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = ("--case", tmp_path / "c.provdesk")
    assert run(capsys, *case, "demo")[0] == 0
    claim = run(capsys, *case, "claim", "add", "Talks will resume")[1].strip()
    hop = ("hop", "add", claim, "--relation", "said")
    offered = cli(*case, *hop, "--actor", "Лаврова")
    assert offered.returncode == 1
    assert "Лаврова — same as Sergey Lavrov" in offered.stderr
    assert '--actor "Sergey Lavrov"' in offered.stderr and "--new-actor" in offered.stderr
    assert run(capsys, *case, *hop, "--actor", "Sergey Lavrov")[0] == 0
    assert run(capsys, *case, *hop, "--actor", "Лаврова", "--new-actor")[0] == 0

    code, out, _ = run(capsys, *case, "reindex")
    assert code == 0 and "name keys of actors" in out
    code, _, err = run(capsys, *case, "actor", "add", "Лавров")
    # both offered, the one whose whole key is equal first; both stay separate actors
    assert code == 1 and "Лавров — same as Лаврова (actor " in err
    assert "; or Sergey Lavrov (actor " in err


def test_hop_add_same_as_keeps_the_typed_spelling_as_an_alias(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = ("--case", tmp_path / "c.provdesk")
    assert run(capsys, *case, "demo")[0] == 0
    claim = run(capsys, *case, "claim", "add", "Talks will resume")[1].strip()
    actors = json.loads(run(capsys, *case, "actors", "--json")[1])
    lavrov = next(a for a in actors if a["name"] == "Sergey Lavrov")
    hop = ("hop", "add", claim, "--relation", "said", "--actor", "سيرغي لافروف")
    offered = cli(*case, *hop)
    assert offered.returncode == 1
    assert f"--same-as {lavrov['id']} (keeps “سيرغي لافروف” as its alias)" in offered.stderr
    for _ in range(2):  # the second time the spelling is held already
        assert run(capsys, *case, *hop, "--same-as", lavrov["id"])[0] == 0
    actors = json.loads(run(capsys, *case, "actors", "--json")[1])
    kept = next(a for a in actors if a["id"] == lavrov["id"])
    assert (
        kept["aliases"].count("سيرغي لافروف") == 1 and kept["hop_count"] == lavrov["hop_count"] + 2
    )
    audit = run(capsys, *case, "audit", "--json")[1]
    assert audit.count('"spelling_kept": "سيرغي لافروف"') == 1
