"""With no reviewer name set (no --reviewer, no PROVDESK_REVIEWER, no preference) the command
line records "unnamed reviewer", never the login, says so once, and a ClaimReview publishes no
author for it; a name given is recorded and published as given, without a server's login."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest

from db.reviewers import UNNAMED_REVIEWER, public_name
from desktop.cli import main

URL = "https://desk.example.org/r"


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_no_name_records_an_unnamed_reviewer_and_publishes_no_author(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROVDESK_REVIEWER", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no preference saved
    case = tmp_path / "c.provdesk"
    code, _out, err = run(capsys, "--case", case, "new")
    assert code == 0
    code, out, err = run(capsys, "--case", case, "claim", "add", "The bridge was closed")
    assert code == 0 and out == "1\n"
    assert err.count("no reviewer name is set") == 1 and "“unnamed reviewer”" in err
    assert "--reviewer NAME" in err
    run(capsys, "--case", case, "status", "1", "false", "--why", "The bridge is open")
    code, out, err = run(capsys, "--case", case, "audit")
    assert code == 0 and "unnamed reviewer" in out and "no reviewer name" not in err
    login = getpass.getuser()
    assert f" {login} " not in out.replace("unnamed reviewer", "")
    reviews = tmp_path / "reviews.jsonld"
    code, _out, err = run(
        capsys, "--case", case, "export", "-f", "claimreview", "-o", reviews, "--base-url", URL
    )
    assert code == 0, err
    [review] = json.loads(reviews.read_text("utf-8"))["@graph"]
    assert "author" not in review
    assert "by an unnamed reviewer" in review["description"]
    assert login not in reviews.read_text("utf-8").replace("unnamed", "")

    # A name given is recorded and is the review's author.
    code, _out, err = run(
        capsys, "--case", case, "--reviewer", "Selin Aksoy", "status", "1", "accurate",
        "--why", "Checked again",
    )  # fmt: skip
    assert code == 0 and "no reviewer name" not in err
    run(capsys, "--case", case, "export", "-f", "claimreview", "-o", reviews, "--base-url", URL)
    [review] = json.loads(reviews.read_text("utf-8"))["@graph"]
    assert review["author"] == {"@type": "Person", "name": "Selin Aksoy"}


@pytest.mark.parametrize(
    ("recorded", "published"),
    [
        ("Selin Aksoy", "Selin Aksoy"),
        ("Selin Aksoy (saksoy)", "Selin Aksoy"),
        ("Сергей Иванов (sivanov)", "Сергей Иванов"),
        (UNNAMED_REVIEWER, None),
        ("", None),
    ],
)
def test_a_published_name_is_the_reviewers_own(recorded: str, published: str | None) -> None:
    assert public_name(recorded) == published
