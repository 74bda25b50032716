"""A claim's hops exported as W3C Web Annotations and imported again keep the dates their actors
relayed the words on (the target's TimeState `sourceDate`); an annotation without one gives a
hop without a date (newcomer trial, round 9: the dates were lost on the way)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_hop_dates_survive_a_web_annotation_round_trip(capsys, tmp_path) -> None:
    case = tmp_path / "c.provdesk"
    run = ["--case", str(case)]
    source = tmp_path / "port.txt"
    source.write_text(
        "The port will reopen on Monday, the minister said.\n\nShips are waiting outside.\n",
        encoding="utf-8",
    )
    assert main([*run, "new"]) == 0
    assert main([*run, "import", str(source)]) == 0
    assert main([*run, "claim", "add", "The port will reopen on Monday"]) == 0
    for date, quote in (
        ("2026-12-03", "The port will reopen on Monday"),
        ("", "Ships are waiting"),
    ):
        dated = ["--date", date] if date else []
        hop = ["hop", "add", "1", "--actor", "Port Authority", "--relation", "said"]
        assert main([*run, *hop, "--source", "1", "--quote", quote, *dated]) == 0
    exported = tmp_path / "claim1.jsonld"
    assert main([*run, "export", "-f", "web-annotation", "--claim", "1", "-o", str(exported)]) == 0
    assert main([*run, "claim", "add", "Imported from annotations"]) == 0
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            *run,
            "import-annotations",
            str(exported),
            "--claim",
            "2",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PROVDESK_REVIEWER": "Test Reviewer"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    capsys.readouterr()
    assert main([*run, "show", "2", "--json"]) == 0
    hops = json.loads(capsys.readouterr().out)["hops"]
    assert sorted((h["quote"], h["relayed_on"]) for h in hops) == [
        ("Ships are waiting", None),
        ("The port will reopen on Monday", "2026-12-03"),
    ]
