"""The case survives the desk's conditions, through the real command line: an upgrade of a case
from an earlier release whose aliases now fold alike; a read-only share, a file the user may
only read, a full disk, a lock held by another program."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.db.old_cases import add_old_aliases, old_case
from tests.desk_media import demo_case_file, full_disk, read_only_share, without_root, write_lock


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _actor_after_upgrade(location: str | Path) -> dict[str, object]:
    verified = cli("--case", location, "verify")
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.startswith("audit log intact")
    listed = cli("--case", location, "actors", "--json")
    assert listed.returncode == 0, listed.stderr
    [actor] = [a for a in json.loads(listed.stdout) if a["name"] == "Enab Baladi"]
    return dict(actor)


def test_case_from_an_earlier_release_with_aliases_that_fold_alike_opens(tmp_path: Path) -> None:
    path = tmp_path / "from-0003.provdesk"
    ids = old_case(path, "0003")
    add_old_aliases(f"sqlite:///{path}", ids["actor"], ["Enab\u2013Baladi", "Enab-Baladi"])
    actor = _actor_after_upgrade(path)
    assert "Enab\u2013Baladi" in str(actor["aliases"])
    audit = cli("--case", path, "audit", "--json")
    assert "Enab-Baladi" in audit.stdout  # the other spelling, kept in the audit log
    for _again in range(2):
        assert cli("--case", path, "verify").returncode == 0
    listed = cli("--case", path, "backups", "--json")
    reasons = [b["reason"] for b in json.loads(listed.stdout)]
    assert reasons == ["before-upgrade-from-0003"]


@pytest.mark.postgres
def test_team_case_from_an_earlier_release_opens(pg_url: str) -> None:
    ids = old_case(pg_url, "0003")
    add_old_aliases(pg_url, ids["actor"], ["Enab\u2013Baladi", "Enab-Baladi", "ENAB\u2014BALADI"])
    actor = _actor_after_upgrade(pg_url)
    assert "Enab\u2013Baladi" in str(actor["aliases"])


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _reads_work(location: Path, prefix: tuple[str, ...] = ()) -> None:
    for command in (("show", "1"), ("verify",)):
        done = cli_as(prefix, "--case", location, *command)
        assert done.returncode == 0, (command, done.stderr)
        assert done.stdout.strip()


def _edit_refused(location: Path, says: str, prefix: tuple[str, ...] = ()) -> None:
    for command in (("status", "1", "false", "--why", "x"),):
        done = cli_as(prefix, "--case", location, *command)
        assert done.returncode == 1, done.stdout
        assert done.stderr.count("\n") == 1 and says in done.stderr, done.stderr
        assert "not a Provenance Desk case" not in done.stderr


def cli_as(prefix: tuple[str, ...], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_case_on_a_read_only_share_opens_for_reading(tmp_path: Path) -> None:
    with read_only_share(tmp_path) as path:
        before = _sha(path)
        _reads_work(path)
        _edit_refused(path, "the case is read-only: it is on a read-only medium")
        assert _sha(path) == before


@pytest.mark.parametrize("folder_writable", [False, True], ids=["folder-r-x", "folder-rwx"])
def test_case_file_the_user_may_only_read_opens_for_reading(
    tmp_path: Path, folder_writable: bool
) -> None:
    prefix = tuple(without_root())
    path = demo_case_file(tmp_path / "handed-over" / "case.provdesk")
    path.chmod(0o444)
    path.parent.chmod(0o755 if folder_writable else 0o555)
    try:
        _reads_work(path, prefix)
        _edit_refused(path, "the case is read-only: you may not write to the file", prefix)
    finally:
        path.parent.chmod(0o755)
        path.chmod(0o644)
    assert cli("--case", path, "verify").returncode == 0


def test_case_on_a_full_disk_reads_and_says_no_space(tmp_path: Path) -> None:
    with full_disk(tmp_path) as path:
        _reads_work(path)
        _edit_refused(path, "no space left on the disk")
        backup = cli("--case", path, "backup")
        assert backup.returncode == 1 and "no space left" in backup.stderr
    # The disk is gone with its mount; what it held was never torn.


def test_case_locked_by_another_program_says_so_and_works_after(tmp_path: Path) -> None:
    path = demo_case_file(tmp_path / "case.provdesk")
    env = {**os.environ, "PROVDESK_BUSY_TIMEOUT": "1"}
    with write_lock(path):
        assert cli("--case", path, "claims").returncode == 0  # readers are not held up
        done = subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--case", str(path), "claim", "add", "Later"],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert done.returncode == 1
        assert "another program is writing to it and holds its lock" in done.stderr
        assert done.stderr.count("\n") == 1
    added = cli("--case", path, "claim", "add", "Later")
    assert added.returncode == 0, added.stderr
    assert cli("--case", path, "verify").returncode == 0
