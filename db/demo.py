"""The demo case a newcomer sees on first start, built through the ordinary operations."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .case import Case
from .operations import (
    add_actor,
    add_claim,
    add_hop,
    add_source,
    set_four_eyes,
    set_hop_status,
    set_verdict,
    sign_off,
)
from .unit_of_work import UnitOfWork

DEMO_REVIEWER = "Demo reviewer"
"""Who the demo's verdicts, statuses and audit events are recorded under: never the person who
happens to start the app first."""
DEMO_SECOND_REVIEWER = "Demo second reviewer"
"""Who signs off the demo's final verdicts (four-eyes needs a second reviewer)."""


def demo_data() -> dict[str, Any]:
    data = resources.files("resources").joinpath("demo/demo-case.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(data)
    return loaded


def build_demo(uow: UnitOfWork, data: dict[str, Any] | None = None) -> list[int]:
    """Add the demo's actors, sources and claims to a case; returns the claim ids.

    Everything the demo records is in the name of `DEMO_REVIEWER` (a claim's `"signoff"` note in
    the data: signed off by `DEMO_SECOND_REVIEWER`); the unit of work's own reviewer is back in
    place afterwards, also when building fails."""
    person = uow.reviewer
    uow.reviewer = DEMO_REVIEWER
    try:
        return _build(uow, data or demo_data())
    finally:
        uow.reviewer = person


def _build(uow: UnitOfWork, data: dict[str, Any]) -> list[int]:
    set_four_eyes(uow, bool(data.get("four_eyes", True)))
    actors = {
        a["key"]: add_actor(uow, a["name"], a["kind"], aliases=a.get("aliases", ()))
        for a in data["actors"]
    }
    sources: dict[str, int] = {}
    for s in data["sources"]:
        fields = {k: v for k, v in s.items() if k not in ("key", "translated_from")}
        if "translated_from" in s:
            fields["translated_from_id"] = sources[s["translated_from"]]
        sources[s["key"]] = add_source(uow, **fields)
    claim_ids = []
    for c in data["claims"]:
        claim_id = add_claim(uow, c["text"], notes=c.get("notes", ""), tags=c.get("tags", ()))
        for h in c["hops"]:
            hop_id = add_hop(
                uow,
                claim_id,
                actor_id=actors[h["actor"]],
                relation=h["relation"],
                source_id=sources.get(h.get("source", "")),
                quote=h.get("quote", ""),
                language=h.get("language", ""),
                relayed_on=h.get("relayed_on"),
                direction_doubtful=h.get("direction_doubtful", False),
                note=h.get("note", ""),
            )
            if "status" in h:
                set_hop_status(uow, hop_id, *h["status"])
        verdict, why = c.get("verdict", ["unverified", ""])
        if verdict != "unverified":
            set_verdict(uow, claim_id, verdict, why)
        if "signoff" in c:
            uow.reviewer = DEMO_SECOND_REVIEWER
            sign_off(uow, claim_id, c["signoff"])
            uow.reviewer = DEMO_REVIEWER
        claim_ids.append(claim_id)
    return claim_ids


def create_demo(case: Case) -> list[int]:
    with case.change() as uow:
        return build_demo(uow)
