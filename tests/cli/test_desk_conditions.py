"""The case survives the desk's conditions, through the real command line: an upgrade of a case
from an earlier release whose aliases now fold alike."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.db.old_cases import add_old_aliases, old_case


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
