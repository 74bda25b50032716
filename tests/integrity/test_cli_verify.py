"""`provdesk-cli verify` in a real process: exit 0 only when intact, one stderr line per
problem, and the desk's witness book catches a log cut back inside the case."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from db.case import Case

from .conftest import build_history


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_verify_exit_status_and_one_line_per_problem(sqlite_case: Case, case_path: Path) -> None:
    history = build_history(sqlite_case)
    sqlite_case.close()
    intact = cli("--case", case_path, "verify", "-v")
    assert intact.returncode == 0, intact.stderr
    assert intact.stdout.splitlines() == [
        "audit log intact",
        f"case intact: {len(history.events)} audit events, 1 evidence files checked",
    ]
    assert intact.stderr == ""

    conn = sqlite3.connect(case_path)
    with conn:
        conn.execute(
            "UPDATE audit_events SET reviewer = 'Mallory' WHERE id = ?",
            (history.event("add hop"),),
        )
        conn.execute("UPDATE evidence_files SET content = X'00'")
    conn.close()
    broken = cli("--case", case_path, "verify")
    assert broken.returncode == 1
    assert broken.stdout == ""
    lines = broken.stderr.splitlines()
    assert lines[0] == (
        f"provdesk-cli: audit event {history.event('add hop')} was changed: its content "
        "does not match its hash"
    )
    assert lines[1].startswith("provdesk-cli: evidence file 'watan.txt'")
    assert len(lines) == 2

    as_json = cli("--case", case_path, "verify", "--json")
    assert as_json.returncode == 1
    report = json.loads(as_json.stdout)
    assert report["intact"] is False
    assert [p["kind"] for p in report["problems"]] == ["event", "evidence"]


def test_the_witness_book_catches_a_cut_and_restamped_log(
    sqlite_case: Case, case_path: Path
) -> None:
    history = build_history(sqlite_case)
    sqlite_case.close()
    assert cli("--case", case_path, "verify").returncode == 0
    # Cut the newest event and the claim it added, and re-stamp the head inside the case.
    last, before_last = history.events[-1][0], history.events[-2][0]
    conn = sqlite3.connect(case_path)
    with conn:
        head = conn.execute("SELECT hash FROM audit_events WHERE id = ?", (before_last,)).fetchone()
        conn.execute("DELETE FROM audit_events WHERE id = ?", (last,))
        conn.execute("DELETE FROM claims WHERE id = ?", (history.second_claim,))
        conn.execute(
            "UPDATE case_info SET settings = json_set(settings, '$.audit_head', json(?))",
            (json.dumps({"event": before_last, "hash": head[0]}),),
        )
    conn.close()
    cut = cli("--case", case_path, "verify")
    assert cut.returncode == 1
    assert cut.stderr.splitlines() == [
        f"provdesk-cli: audit event {last}, which this desk saw before, is missing "
        f"(the audit log now ends at event {before_last})"
    ]
