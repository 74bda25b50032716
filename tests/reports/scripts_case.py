"""The all-scripts case of tests/data/scripts-case.json built through the operations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from db import operations as ops
from db.case import Case, open_case

DATA = Path(__file__).resolve().parents[1] / "data" / "scripts-case.json"


def scripts_data() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DATA.read_text("utf-8"))
    return loaded


def build_scripts_case(folder: Path, reviewer: str = "Reviewer") -> Case:
    """A new case file named after the data's (Arabic) case name, holding its claims, their
    hops with sources, statuses and verdicts."""
    data = scripts_data()
    case = open_case(folder / f"{data['case_name']}.provdesk", reviewer=reviewer, create=True)
    with case.change() as uow:
        for claim in data["claims"]:
            claim_id = ops.add_claim(uow, claim["text"])
            for hop in claim["hops"]:
                source = hop["source"]
                source_id = ops.add_source(uow, **source)
                actor = ops.find_or_add_actor(uow, hop["actor"], hop["kind"])
                hop_id = ops.add_hop(
                    uow,
                    claim_id,
                    actor_id=actor,
                    relation=hop["relation"],
                    source_id=source_id,
                    quote=hop["quote"],
                    language=hop["language"],
                    relayed_on="2026-11-28",
                )
                if "status" in hop:
                    ops.set_hop_status(uow, hop_id, hop["status"], hop["why"])
            ops.set_verdict(uow, claim_id, claim["verdict"], claim["rationale"])
    return case
