"""The HTML chain is coloured as the window's diagram (each hop by its attribution status, dashed
where the direction is doubtful); the review history names its evidence; Markdown's route line
says "direction doubtful" and who set the verdict without "Reviewed by: Verdict set by"."""

from __future__ import annotations

import re

import html5lib

from desktop.colours import status_colour
from desktop.reports import html, markdown

from .conftest import ReportCase
from .helpers import flat, make_report

NS = "{http://www.w3.org/1999/xhtml}"


def test_chain_boxes_take_their_hops_status_colours(report_case: ReportCase) -> None:
    report = make_report(report_case.case)
    page = html.render(report).decode("utf-8")
    tree = html5lib.parse(page)
    style = "".join(s.text or "" for s in tree.iter(f"{NS}style"))
    boxes = [li for li in tree.iter(f"{NS}li") if "hop" in (li.get("class") or "").split()]
    hops = {h.id: h for c in report.claims for h in c.hops}
    assert {int(b.get("data-hop")) for b in boxes} == set(hops)
    statuses = set()
    for box in boxes:
        hop = hops[int(box.get("data-hop"))]
        colour = status_colour(hop.status)
        classes = box.get("class").split()
        assert f"status-{hop.status}" in classes
        assert f"ol.chain li.hop.status-{hop.status} {{ border-color: {colour}; }}" in style
        label = next(s for s in box.iter(f"{NS}span") if "status" in s.get("class").split())
        assert label.text == hop.status_label and f"s-{hop.status}" in label.get("class")
        assert f".s-{hop.status} {{ color: {colour}; }}" in style
        assert ("doubt" in classes) == hop.direction_doubtful
        statuses.add(hop.status)
    assert len(statuses) >= 3  # the demo's unchecked, unavailable and confirmed hops differ
    assert len({status_colour(s) for s in statuses}) == len(statuses)


def test_review_history_names_its_evidence(report_case: ReportCase) -> None:
    report = make_report(report_case.case)
    tree = html5lib.parse(html.render(report).decode("utf-8"))
    section = next(
        s for s in tree.iter(f"{NS}section") if s.get("id") == f"claim-{report_case.arabic_claim}"
    )
    table = next(t for t in section.iter(f"{NS}table") if t.get("class") == "reviews")
    header = [flat("".join(th.itertext())) for th in table.iter(f"{NS}th")]
    rows = [
        [flat("".join(td.itertext())) for td in tr.iter(f"{NS}td")] for tr in table.iter(f"{NS}tr")
    ]
    rows = [r for r in rows if r]
    evidence = [r[header.index("Evidence")] for r in rows]
    verdicts = [r for r in rows if r[header.index("What")] == "verdict"]
    assert verdicts and all(
        report_case.evidence_name in r[header.index("Evidence")] for r in verdicts
    )
    assert all(report_case.evidence_sha256[:16] in e for e in evidence if e)
    assert re.search(r"\bpages? \d", evidence[0])  # and the page its quote is on


def test_markdown_route_and_verdict_lines(report_case: ReportCase) -> None:
    source = flat(markdown.render(make_report(report_case.case)).decode("utf-8"))
    assert "Reviewed by" not in source
    assert "Verdict set by Test Reviewer; signed off by Second Reviewer on" in source
    route = next(
        line
        for line in markdown.render(make_report(report_case.case)).decode().splitlines()
        if line.startswith("Route 1:") and "Turkish security official" in line
    )
    assert "Said, direction doubtful" in flat(route)
