"""Several processes editing the same claims: every saved edit survives (no lost update), and
the ones that raced were told so."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from db import operations as ops
from db.case import Case
from db.queries import claim_detail

EDITOR = Path(__file__).with_name("concurrent_editor.py")
ROOT = Path(__file__).resolve().parents[2]


def test_no_lost_updates_between_processes(any_case: Case) -> None:
    with any_case.change() as uow:
        claims = [ops.add_claim(uow, f"Contested claim {n}") for n in range(2)]
    location = any_case.url.render_as_string(hide_password=False)
    if any_case.dialect == "sqlite":
        location = str(any_case.url.database)
    workers = [
        subprocess.Popen(
            [sys.executable, str(EDITOR), location, f"w{n}", "12", *map(str, claims)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        )
        for n in range(4)
    ]
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=240)
        assert worker.returncode == 0, err
        results.append(json.loads(out))
    conflicts = sum(r["conflicts"] for r in results)
    lost = 0
    with any_case.read() as session:
        for claim in claims:
            notes = claim_detail(session, claim).notes
            saved = [m for r in results for m in r["saved"][str(claim)]]
            lost += sum(1 for m in saved if m not in notes)
            assert len(saved) == 4 * 6
            assert claim_detail(session, claim).version == 1 + len(saved)
    print(f"{any_case.dialect}: lost updates {lost}, conflicts reported {conflicts}")
    assert lost == 0
