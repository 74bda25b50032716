"""`provdesk-cli trash`, `trash restore KIND ID`, `trash empty [--older-than DAYS]`, and
`claim delete` saying where the claim went."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_delete_list_restore_and_empty(case_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = ("--case", case_path)
    assert run(capsys, *case, "new")[0] == 0
    run(capsys, *case, "claim", "add", "Moscow will host the next round")
    _, out, _ = run(capsys, *case, "claim", "add", "Damascus has agreed to talks")
    claim = out.strip()
    run(capsys, *case, "status", claim, "false", "--why", "Denied the same day")

    code, out, err = run(capsys, *case, "claim", "delete", claim)
    assert code == 0, err
    assert out.strip() == (
        f"claim {claim} moved to the Trash with its hops and reviews "
        f"(undo: provdesk-cli trash restore claim {claim})"
    )
    code, out, _ = run(capsys, *case, "trash")
    assert code == 0
    kind_id, when, who, what = out.strip().split("\t")
    assert when.endswith(" UTC")
    assert (kind_id, who, what) == (
        f"claim {claim}",
        "Test Reviewer",
        "Damascus has agreed to talks",
    )
    code, out, _ = run(capsys, *case, "trash", "--json")
    (item,) = json.loads(out)
    assert (item["kind"], item["id"], item["deleted_by"]) == ("claim", int(claim), "Test Reviewer")

    # The next claim gets a new id: the deleted one keeps its own.
    _, out, _ = run(capsys, *case, "claim", "add", "An unrelated claim")
    assert int(out) == int(claim) + 1

    code, out, err = run(capsys, *case, "trash", "restore", "claim", claim)
    assert (code, out.strip()) == (0, f"claim {claim} restored from the Trash"), err
    _, out, _ = run(capsys, *case, "show", claim, "--json")
    shown = json.loads(out)
    assert shown["verdict"] == "false" and len(shown["reviews"]) == 1
    assert run(capsys, *case, "verify")[0] == 0

    run(capsys, *case, "claim", "delete", claim)
    code, out, _ = run(capsys, *case, "trash", "empty", "--older-than", "1")
    assert (code, out.strip()) == (0, "purged nothing from the Trash")
    code, out, _ = run(capsys, *case, "trash", "empty")
    assert (code, out.strip()) == (0, "purged 1 claim from the Trash")
    assert run(capsys, *case, "trash")[1].strip() == "the Trash is empty"
    code, _out, err = run(capsys, *case, "verify")
    assert code == 0, err
    code, _out, err = run(capsys, *case, "show", claim)
    assert code == 1
    assert err.startswith(f"provdesk-cli: error: claim {claim} was purged from the Trash by")


def test_bad_requests_get_one_clear_line(
    case_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = ("--case", case_path)
    run(capsys, *case, "new")
    _, out, _ = run(capsys, *case, "claim", "add", "A claim")
    claim = out.strip()
    code, out, err = run(capsys, *case, "trash", "restore", "claim", claim)
    assert (code, out) == (1, "")
    assert err == f"provdesk-cli: error: claim {claim} is not in the Trash\n"
    code, _, err = run(capsys, *case, "trash", "restore", "hop", "77")
    assert (code, err) == (1, "provdesk-cli: error: no hop with id 77\n")
    _, out, _ = run(
        capsys, *case, "hop", "add", claim, "--actor", "al-Watan", "--relation", "reported"
    )
    hop = out.strip()
    run(capsys, *case, "hop", "remove", hop)
    run(capsys, *case, "claim", "delete", claim)
    code, _, err = run(capsys, *case, "trash", "restore", "hop", hop)
    assert code == 1
    assert err == (
        f"provdesk-cli: error: hop {hop} belongs to claim {claim}, which is in the Trash; "
        "restore the claim first\n"
    )
    code, _, err = run(capsys, *case, "trash", "restore", "verdict", "1")
    assert code == 1 and "invalid choice: 'verdict'" in err and err.count("\n") == 1
    for days in ("soon", "-1", "1.5", "99999999999999999999999"):
        code, _, err = run(capsys, *case, "trash", "empty", "--older-than", days)
        assert code == 1 and "is not a number of days" in err and err.count("\n") == 1
    assert "claim" in run(capsys, *case, "trash")[1]  # nothing was purged
