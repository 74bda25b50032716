"""Reports show who set and who signed off each verdict, and a verdict awaiting a second
reviewer's sign-off is visible as such in every human-readable format and is not published as
a ClaimReview. Each format is read back with a real reader."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import extruct
import html5lib
import jsonschema
import pypdf
import pytest
from markdown_it import MarkdownIt
from prov.model import PROV, ProvDocument

from db import operations as ops
from desktop.reports import claimreview, csvreport, html, jsonreport, markdown, pdf, provreport
from desktop.reports.jsonreport import iso
from desktop.reports.model import Report
from desktop.wording import for_people

from .conftest import SECOND_REVIEWER, ReportCase
from .helpers import flat, make_report

NS = "{http://www.w3.org/1999/xhtml}"
SETTER = "Test Reviewer"
AWAITING = 3  # a demo claim given a final verdict in the test, not signed off


@pytest.fixture
def report(report_case: ReportCase) -> Report:
    with report_case.case.change() as uow:
        ops.set_verdict(uow, AWAITING, "misleading", "The ministers' meeting was never planned.")
    return make_report(report_case.case)


URL = "https://desk.example.org/reports/case-1"


def _signed_at(report: Report, claim_id: int) -> str:
    """The sign-off time as data: ISO 8601 to the second."""
    claim = next(c for c in report.claims if c.id == claim_id)
    assert claim.signed_off_at is not None
    return iso(claim.signed_off_at) or ""


def _signed_at_for_people(report: Report, claim_id: int) -> str:
    """The sign-off time as a reader reads it: "2026-11-30 01:25:12 UTC"."""
    claim = next(c for c in report.claims if c.id == claim_id)
    assert claim.signed_off_at is not None
    return for_people(claim.signed_off_at)


def test_the_model_holds_setter_and_second_reviewer(report: Report) -> None:
    claims = {c.id: c for c in report.claims}
    assert report.meta.four_eyes
    assert (claims[2].verdict_set_by, claims[2].signoff, claims[2].signed_off_by) == (
        SETTER,
        "signed",
        SECOND_REVIEWER,
    )
    assert (claims[AWAITING].signoff, claims[AWAITING].signed_off_by) == ("awaiting", "")
    assert claims[AWAITING].verdict_is_final and not claims[AWAITING].verdict_published
    assert claims[1].verdict == "in-progress" and claims[1].signoff == ""  # not final: no sign-off
    assert claims[5].verdict_set_by == "" and claims[5].verdict_attribution(iso) == ""


def test_html(report: Report) -> None:
    page = html.render(report, base_url=URL).decode("utf-8")
    tree = html5lib.parse(page)
    sections = {s.get("id"): flat("".join(s.itertext())) for s in tree.iter(f"{NS}section")}
    assert "Verdict: Misleading (awaiting sign-off)" in sections[f"claim-{AWAITING}"]
    assert (
        f"Verdict set by {SETTER}; awaiting sign-off by a second reviewer"
        in sections[f"claim-{AWAITING}"]
    )
    assert (
        f"Verdict set by {SETTER}; signed off by {SECOND_REVIEWER} on "
        f"{_signed_at_for_people(report, 2)}" in sections["claim-2"]
    )
    assert "sign-off of the verdict" in sections["claim-2"]  # in the review history
    marked = [p for p in tree.iter(f"{NS}p") if p.get("class") == "awaiting"]
    assert [p.get("data-signoff") for p in marked] == ["awaiting"]
    toc = flat("".join(next(tree.iter(f"{NS}nav")).itertext()))
    assert "Misleading (awaiting sign-off)" in toc and "Accurate (signed off)" in toc
    meta = next(tree.iter(f"{NS}dl"))
    terms = ["".join(e.itertext()) for e in meta if e.tag == f"{NS}dt"]
    values = ["".join(e.itertext()) for e in meta if e.tag == f"{NS}dd"]
    assert dict(zip(terms, values, strict=True))["Four-eyes verdicts"] == "on"
    reviewed = {r["claimReviewed"] for r in extruct.extract(page, syntaxes=["json-ld"])["json-ld"]}
    assert report.claims[AWAITING - 1].text not in reviewed
    assert report.claims[1].text in reviewed


def test_pdf(report: Report) -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdf.render(report)))
    text = flat(" ".join(p.extract_text() for p in reader.pages))
    assert not re.search("[\ufb00-\ufb4f]", text)  # no ligature code points (ﬀ, ﬁ)
    assert "Misleading (awaiting sign-off)" in text
    assert f"Verdict set by {SETTER}; awaiting sign-off by a second reviewer" in text
    assert f"signed off by {SECOND_REVIEWER} on {_signed_at_for_people(report, 2)}" in text
    assert "Four-eyes verdicts on" in text


def test_markdown(report: Report) -> None:
    rendered = MarkdownIt("commonmark").enable("table").render(markdown.render(report).decode())
    tree = html5lib.parse(rendered)
    text = flat("".join(tree.itertext()))
    assert "Verdict: Misleading (awaiting sign-off)" in text
    strong = [flat("".join(s.itertext())) for s in tree.iter(f"{NS}strong")]
    assert f"Verdict set by {SETTER}; awaiting sign-off by a second reviewer" in strong
    assert f"signed off by {SECOND_REVIEWER} on {_signed_at_for_people(report, 2)}" in text
    assert "Four-eyes verdicts: on" in text


def test_csv(report: Report) -> None:
    with zipfile.ZipFile(io.BytesIO(csvreport.render(report))) as archive:
        claims = {
            int(r["claim_id"]): r
            for r in csv.DictReader(io.StringIO(archive.read("claims.csv").decode("utf-8-sig")))
        }
        meta = dict(csv.reader(io.StringIO(archive.read("report.csv").decode("utf-8-sig"))))
    assert claims[AWAITING]["signoff"] == "Awaiting sign-off"
    assert claims[AWAITING]["verdict_set_by"] == SETTER
    assert claims[2]["signoff"] == "Signed off"
    assert claims[2]["signed_off_by"] == SECOND_REVIEWER
    assert claims[2]["signed_off_at"] == _signed_at(report, 2)
    assert claims[1]["signoff"] == ""
    assert meta["four_eyes"] == "yes" and meta["signing_key_sha256"] == ""


def test_json_v2_validates_and_v1_schema_is_kept(report: Report) -> None:
    data = json.loads(jsonreport.render(report))
    assert data["format_version"] == 2
    jsonschema.Draft202012Validator(
        jsonreport.schema(), format_checker=jsonschema.FormatChecker()
    ).validate(data)
    claims = {c["id"]: c for c in data["claims"]}
    assert (claims[AWAITING]["signoff"], claims[AWAITING]["verdict_set_by"]) == (
        "awaiting",
        SETTER,
    )
    assert claims[2]["signed_off_by"] == SECOND_REVIEWER
    assert claims[2]["signed_off_at"] == _signed_at(report, 2)
    assert any(r["subject"] == "signoff" for r in claims[2]["reviews"])
    assert data["report"]["four_eyes"] is True and data["report"]["signing_key"] is None
    bad = json.loads(json.dumps(data))
    bad["claims"][0]["signoff"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, jsonreport.schema())
    assert jsonreport.schema(1)["properties"]["format_version"]["const"] == 1


def test_prov_sign_off_is_an_activity_of_the_second_reviewer(report: Report) -> None:
    doc = ProvDocument.deserialize(content=provreport.render_json(report).decode(), format="json")
    records = {str(r.identifier): r for r in doc.get_records() if r.identifier is not None}
    signoffs = [
        ident
        for ident, r in records.items()
        if r.get_type() == PROV["Activity"]
        and "pd:SignOff" in {str(t) for t in r.get_attribute("prov:type")}
    ]
    assert len(signoffs) == 2  # claim 2 and the Arabic claim
    associations = [r for r in doc.get_records() if r.get_type() == PROV["Association"]]
    used = {
        str(r.formal_attributes[0][1]): str(r.formal_attributes[1][1])
        for r in doc.get_records()
        if r.get_type() == PROV["Usage"]
    }
    for activity in signoffs:
        (association,) = [a for a in associations if str(a.formal_attributes[0][1]) == activity]
        agent = records[str(association.formal_attributes[1][1])]
        assert set(agent.get_attribute("prov:label")) == {SECOND_REVIEWER}
        assert {str(v) for v in association.get_attribute("prov:role")} == {"pd:SecondReviewer"}
    assert "case:claim-2" in {used[a] for a in signoffs}
    claim = records["case:claim-2"]
    assert set(claim.get_attribute("pd:verdictSetBy")) == {SETTER}
    assert set(claim.get_attribute("pd:signedOffBy")) == {SECOND_REVIEWER}
    assert set(records[f"case:claim-{AWAITING}"].get_attribute("pd:signoff")) == {"awaiting"}
    provn = provreport.render_provn(report).decode()
    assert "pd:SignOff" in provn and "pd:SecondReviewer" in provn


def test_claimreview_publishes_only_signed_off_verdicts(report: Report) -> None:
    document = json.loads(claimreview.render(report, base_url=URL))
    page = f'<script type="application/ld+json">{json.dumps(document)}</script>'
    (found,) = extruct.extract(page, syntaxes=["json-ld"])["json-ld"]
    urls = sorted(r["url"] for r in found["@graph"])
    arabic = next(c.id for c in report.claims if c.text.endswith("(Arabic report)."))
    assert urls == sorted([f"{URL}#claim-2", f"{URL}#claim-{arabic}"])
    lavrov = next(r for r in found["@graph"] if r["url"] == f"{URL}#claim-2")
    assert lavrov["author"]["name"] == SETTER
    assert lavrov["datePublished"] == _signed_at(report, 2)[:10]
    assert "awaiting a second reviewer's sign-off are left out" in lavrov["description"]


def test_a_sent_back_verdict_says_who_sent_it_back(report_case: ReportCase) -> None:
    from db.case import open_case

    second = open_case(report_case.case.location, reviewer=SECOND_REVIEWER)
    try:
        with report_case.case.change() as uow:
            ops.set_verdict(uow, AWAITING, "false", "No meeting.")
        with second.change() as uow:
            ops.send_back(uow, AWAITING, "Find the ministry's statement first.")
    finally:
        second.close()
    text = flat(markdown.render(make_report(report_case.case)).decode())
    assert f"the last verdict was sent back by {SECOND_REVIEWER} on" in text
    assert "Find the ministry's statement first." in text
