"""provdesk-cli as a script would use it: a real process, real case files, exit codes, stderr."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def cli(*args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
    )


def ok(*args: str | Path) -> str:
    result = cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_build_the_card_chain_from_the_command_line(case_path: Path) -> None:
    ok("--case", case_path, "new")
    claim = ok("--case", case_path, "claim", "add", "No red lines for talks with Damascus").strip()
    hops = []
    for actor, relation in [
        ("BBC Türkçe", "reported"),
        ("Turkish security official", "said"),
        ("al-Watan", "reported"),
        ("The Syrian Observer", "translated"),
    ]:
        hops.append(
            ok(
                "--case", case_path, "hop", "add", claim, "--actor", actor, "--relation", relation
            ).strip()
        )
    ok(
        "--case",
        case_path,
        "hop",
        "status",
        hops[3],
        "confirmed",
        "--why",
        "Quote found in the digest",
    )
    ok(
        "--case",
        case_path,
        "status",
        claim,
        "misleading",
        "--why",
        "Preconditions were stated later",
    )

    shown = json.loads(ok("--case", case_path, "show", claim, "--json"))
    names = [
        [next(h["actor_name"] for h in shown["hops"] if h["id"] == i) for i in chain]
        for chain in shown["chains"]
    ]
    assert names == [["BBC Türkçe", "Turkish security official", "al-Watan", "The Syrian Observer"]]
    assert shown["verdict"] == "misleading"
    assert [r["to_value"] for r in shown["reviews"]] == ["confirmed", "misleading"]
    assert all(r["reviewer"] == "Test Reviewer" for r in shown["reviews"])

    text = ok("--case", case_path, "show", claim)
    assert (
        "BBC Türkçe —said→ Turkish security official —reported→ al-Watan —translated→ The Syrian Observer"
        in text
    )

    listed = json.loads(ok("--case", case_path, "claims", "--search", "red LINES", "--json"))
    assert [row["id"] for row in listed] == [int(claim)]
    assert ok("--case", case_path, "verify").strip() == "audit log intact"


def test_insert_after_a_hop(case_path: Path) -> None:
    ok("--case", case_path, "demo")
    shown = json.loads(ok("--case", case_path, "show", "2", "--json"))
    first = shown["chains"][0][0]
    ok(
        "--case",
        case_path,
        "hop",
        "add",
        "2",
        "--actor",
        "TASS",
        "--actor-kind",
        "outlet",
        "--relation",
        "quoted",
        "--after",
        str(first),
    )
    again = json.loads(ok("--case", case_path, "show", "2", "--json"))
    names = [
        next(h["actor_name"] for h in again["hops"] if h["id"] == i) for i in again["chains"][0]
    ]
    assert names == ["Sergey Lavrov", "TASS", "al-Watan", "The Syrian Observer"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "99"), "no claim with id 99"),
        (("status", "1", "accurate"), "rationale is required"),
        (("claim", "add", ""), "claim text is empty"),
        (("hop", "status", "1", "confirmed"), "rationale is required"),
    ],
)
def test_mistakes_are_one_line_on_stderr(
    case_path: Path, args: tuple[str, ...], message: str
) -> None:
    ok("--case", case_path, "demo")
    result = cli("--case", case_path, *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert result.stdout == ""
    shown = json.loads(ok("--case", case_path, "show", "1", "--json"))
    assert shown["verdict"] == "in-progress"


def test_invalid_verdict_name_is_one_line_and_exit_1(case_path: Path) -> None:
    ok("--case", case_path, "demo")
    result = cli("--case", case_path, "status", "1", "true-ish", "--why", "x")
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1
    assert "unknown verdict 'true-ish'" in result.stderr
    assert "partly-accurate" in result.stderr


@pytest.mark.parametrize("kind", ["other-sqlite", "not-a-database", "missing", "folder"])
def test_unreadable_case_files(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "case.provdesk"
    if kind == "other-sqlite":
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE music (title TEXT)")
    elif kind == "not-a-database":
        path.write_text("date 2023-01-19 plain text, not a case")
    elif kind == "folder":
        path.mkdir()
    result = cli("--case", path, "claims")
    assert result.returncode == 1, result.stdout
    assert result.stderr.startswith("provdesk-cli: error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    if kind == "other-sqlite":
        with sqlite3.connect(path) as conn:
            assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["music"]


def test_hostile_claim_text_is_stored_as_is(case_path: Path) -> None:
    ok("--case", case_path, "new")
    hostile = '<script>alert(1)</script> =HYPERLINK("http://x","y") \'; DROP TABLE claims; --'
    claim = ok("--case", case_path, "claim", "add", hostile).strip()
    assert json.loads(ok("--case", case_path, "show", claim, "--json"))["text"] == hostile
    assert len(json.loads(ok("--case", case_path, "claims", "--json"))) == 1


def test_version(case_path: Path) -> None:
    assert ok("--version").startswith("provdesk-cli ")


def test_four_eyes_from_the_command_line(case_path: Path) -> None:
    ok("--case", case_path, "new")
    ok("--case", case_path, "four-eyes", "on")
    claim = ok("--case", case_path, "claim", "add", "Talks are under way in secret").strip()
    ok("--case", case_path, "--reviewer", "Ayşe", "status", claim, "false", "--why", "Denied")
    refused = cli("--case", case_path, "--reviewer", "Ayşe", "signoff", claim)
    assert refused.returncode == 1 and "cannot sign off" in refused.stderr
    ok("--case", case_path, "--reviewer", "Boris", "send-back", claim, "--why", "Which denial?")
    other = cli("--case", case_path, "--reviewer", "Ayşe", "withdraw-signoff", claim)
    assert other.returncode == 1 and "only Boris can withdraw" in other.stderr
    out = ok("--case", case_path, "--reviewer", "Boris", "withdraw-signoff", claim)
    assert out.strip() == f"claim {claim}: awaiting sign-off again"
    shown = json.loads(ok("--case", case_path, "show", claim, "--json"))
    assert (shown["verdict"], shown["signoff"]) == ("false", "awaiting")


def test_search_finds_claims_by_their_actors_names(case_path: Path) -> None:
    ok("--case", case_path, "demo")
    # The demo's "Preparations…" claim does not say "Lavrov"; Sergey Lavrov relays it.
    assert "Preparations are under way" in ok("--case", case_path, "claims", "--search", "Lavrov")
    hits = json.loads(ok("--case", case_path, "search", "Сергей", "--json"))
    claims = {h["id"] for h in hits if h["kind"] == "claim"}
    listed = ok("--case", case_path, "claims", "--search", "Сергей")
    assert claims and all(f"{cid:>6}  " in listed for cid in claims)
