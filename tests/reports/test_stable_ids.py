"""Identifiers in exports come from the case's record ids, never from names: three reviewers
whose names share no Latin letter are three PROV agents (sequence 3 of the issue), and two
exports of the same case name everything the same way."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

from db import operations as ops
from db.case import Case, open_case
from db.integrity import verify_case
from desktop.reports import csvreport, jsonreport, provreport
from desktop.reports.model import read_report

REVIEWERS = ("Ольга", "Мария", "أحمد")
NOW = dt.datetime(2026, 11, 30, 4, 0, tzinfo=dt.UTC)


def _case(path: Path) -> tuple[Case, int, list[int]]:
    case = open_case(path, reviewer=REVIEWERS[0], create=True)
    with case.change() as uow:
        claim = ops.add_claim(uow, "Ankara sets no red lines for talks with Damascus")
        actors = [ops.add_actor(uow, name) for name in ("Ольга", "Ольга", "الوطن")]
        hops = [ops.add_hop(uow, claim, actor_id=a, relation="reported") for a in actors]
    for reviewer, hop in zip(REVIEWERS, hops, strict=True):
        with case.change(reviewer=reviewer) as uow:
            ops.set_hop_status(uow, hop, "confirmed", "seen in the source")
    return case, claim, actors


def _report(case: Case, claim: int, reviewer: str) -> bytes:
    with case.read() as session:
        report = read_report(session, [claim], case_name="Case", reviewer=reviewer, now=NOW)
    return provreport.render_json(report)


def test_reviewers_with_non_latin_names_are_distinct_agents(tmp_path: Path) -> None:
    case, claim, actors = _case(tmp_path / "names.provdesk")
    document = json.loads(_report(case, claim, "أحمد"))
    agents = document["agent"]
    reviewers = {k: v for k, v in agents.items() if k.startswith("case:reviewer-")}
    labels = {v["prov:label"] for v in reviewers.values()}
    assert labels == set(REVIEWERS) and len(reviewers) == 3
    by_name = {v["prov:label"]: k for k, v in reviewers.items()}
    # Each review is associated with its own reviewer; the export with أحمد.
    agents_of_reviews = sorted(r["prov:agent"] for r in document["wasAssociatedWith"].values())
    assert agents_of_reviews == sorted(by_name.values())
    attribution = document["wasAttributedTo"]["case:report-attribution"]
    assert attribution["prov:agent"] == by_name["أحمد"]
    # Two actors of the same name are two agents, named by their ids.
    for actor in actors:
        assert f"case:actor-{actor}" in agents
    assert agents[f"case:actor-{actors[0]}"]["prov:label"] == "Ольга"
    assert agents[f"case:actor-{actors[1]}"]["prov:label"] == "Ольга"
    with case.read() as session:
        assert verify_case(session).intact
    case.close()


def test_two_exports_of_the_same_case_name_things_the_same_way(tmp_path: Path) -> None:
    case, claim, _actors = _case(tmp_path / "twice.provdesk")
    first = json.loads(_report(case, claim, "Мария"))
    with case.change(reviewer="Someone Else") as uow:  # a new reviewer in between
        ops.add_claim(uow, "Another claim")
    second = json.loads(_report(case, claim, "Мария"))
    # The same document but for the audit head, which moved on.
    assert second["entity"].pop("case:report") != first["entity"].pop("case:report")
    assert second == first

    with case.read() as session:
        report = read_report(session, [claim], case_name="Case", reviewer="Мария", now=NOW)
    data = json.loads(jsonreport.render(report))
    ids = {r["reviewer"]: r["reviewer_id"] for r in data["claims"][0]["reviews"]}
    assert set(ids) == set(REVIEWERS) and len(set(ids.values())) == 3
    assert data["report"]["reviewer_id"] == ids["Мария"]
    with zipfile.ZipFile(io.BytesIO(csvreport.render(report))) as archive:
        hops = list(csv.DictReader(io.StringIO(archive.read("hops.csv").decode("utf-8-sig"))))
        meta = dict(csv.reader(io.StringIO(archive.read("report.csv").decode("utf-8-sig"))))
    assert len({h["actor_id"] for h in hops}) == 3
    assert meta["exported_by_id"] == ids["Мария"]
    case.close()
