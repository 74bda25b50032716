"""The JSON report validates against its schema; PROV reads back with `prov`."""

from __future__ import annotations

import json

import jsonschema
import pytest
from prov.model import PROV, ProvAttribution, ProvDerivation, ProvDocument, ProvSpecialization

from desktop.reports import jsonreport, provreport

from .conftest import ARABIC_QUOTE, ReportCase
from .helpers import make_report


def test_json_report_is_valid_and_complete(report_case: ReportCase) -> None:
    report = make_report(report_case.case)
    data = json.loads(jsonreport.render(report))
    validator = jsonschema.Draft202012Validator(
        jsonreport.schema(), format_checker=jsonschema.FormatChecker()
    )
    validator.validate(data)
    assert data["report"]["audit_head"] == report.meta.audit_head
    assert data["report"]["reviewer"] == "Exporting Reviewer"
    assert data["evidence_files"][0]["sha256"] == report_case.evidence_sha256
    claims = {c["id"]: c for c in data["claims"]}
    (hop,) = claims[report_case.arabic_claim]["hops"]
    assert hop["quote"] == ARABIC_QUOTE and hop["direction"] == "rtl"
    source = next(s for s in data["sources"] if s["id"] == hop["source_id"])
    assert source["evidence_sha256"] == report_case.evidence_sha256
    assert claims[1]["hops"][0]["actor"]["name"] == "BBC Türkçe"


def test_schema_rejects_a_report_missing_its_audit_head(report_case: ReportCase) -> None:
    data = json.loads(jsonreport.render(make_report(report_case.case)))
    del data["report"]["audit_head"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, jsonreport.schema())


def _statements(doc: ProvDocument, cls: type) -> set[tuple[str, ...]]:
    out = set()
    for record in doc.get_records(cls):
        args = tuple(str(v) for _k, v in record.formal_attributes[:2])
        types = tuple(str(v) for v in record.get_attribute("prov:type"))
        out.add(args + types)
    return out


def test_prov_json_reads_back_equal_with_the_demo_chain(report_case: ReportCase) -> None:
    report = make_report(report_case.case)
    text = provreport.render_json(report).decode("utf-8")
    read = ProvDocument.deserialize(content=text, format="json")
    # equal to the written document: prov writes back exactly what it read
    again = ProvDocument.deserialize(content=read.serialize(format="json"), format="json")
    assert again == read
    assert len(read.get_records()) == sum(
        len(v) for k, v in json.loads(text).items() if k != "prefix"
    )
    claim = report.claims[0]
    ids = [f"case:hop-{h}" for h in claim.chains[0]]
    derivations = _statements(read, ProvDerivation)
    # BBC Türkçe (reported) → official (said) → al-Watan (reported) → Syrian Observer (translated)
    assert (ids[1], ids[0], "prov:PrimarySource") in derivations
    assert (ids[2], ids[1], "prov:PrimarySource") in derivations
    assert (ids[3], ids[2], "prov:Revision") in derivations
    attributions = _statements(read, ProvAttribution)
    agents = {str(a.identifier): a for a in read.get_records() if a.get_type() == PROV["Agent"]}
    names = {}
    for hop_id, agent_id in ((a[0], a[1]) for a in attributions):
        names[hop_id] = next(iter(agents[agent_id].get_attribute("prov:label")))
    assert [names[i] for i in ids] == [
        "BBC Türkçe",
        "Turkish security official (unnamed)",
        "al-Watan",
        "The Syrian Observer",
    ]
    specialisations = _statements(read, ProvSpecialization)
    assert any(s[0] == ids[3] and s[1].startswith("case:source-") for s in specialisations)
    # the translation is an activity with its translator
    translation = f"case:translation-{claim.chains[0][3]}"
    associations = {
        (str(r.formal_attributes[0][1]), str(r.formal_attributes[1][1]))
        for r in read.get_records()
        if r.get_type() == PROV["Association"]
    }
    translator = next(a for h, a in attributions if h == ids[3])
    assert (translation, translator) in associations
    # reviews are activities associated with their reviewer
    assert any(a.startswith("case:review-") and "reviewer-" in b for a, b in associations)


def test_prov_n_and_evidence_hashes(report_case: ReportCase) -> None:
    report = make_report(report_case.case)
    provn = provreport.render_provn(report).decode("utf-8")
    assert provn.startswith("document")
    assert report_case.evidence_sha256 in provn
    assert report.meta.audit_head in provn
    assert "wasDerivedFrom(case:hop-2-derivation; case:hop-2, case:hop-1, -, -, -, " in provn


def test_prov_json_is_what_prov_itself_writes(report_case: ReportCase) -> None:
    """`prov` reads our PROV-JSON and writes the same PROV-JSON again."""
    ours = json.loads(provreport.render_json(make_report(report_case.case)))
    document = ProvDocument.deserialize(content=json.dumps(ours), format="json")
    theirs = json.loads(document.serialize(format="json"))
    anonymous = ("specializationOf",)
    assert {k: v for k, v in ours.items() if k not in anonymous} == {
        k: v for k, v in theirs.items() if k not in anonymous
    }
    for kind in anonymous:  # blank-node ids are numbered differently; the records are the same
        assert sorted(map(str, ours[kind].values())) == sorted(map(str, theirs[kind].values()))


def test_type_check_refuses_a_wrong_relation() -> None:
    graph = provreport.Graph({"ex": "https://example.org/"})
    graph.elements["entity"]["ex:a"] = {}
    graph.elements["entity"]["ex:b"] = {}
    graph.relate("wasAttributedTo", None, "ex:a", "ex:b")  # an entity where an agent belongs
    with pytest.raises(provreport.ProvTypeError, match="needs an agent"):
        provreport.check_types(graph)
    graph.elements["agent"]["ex:a"] = {}
    with pytest.raises(provreport.ProvTypeError, match="both"):
        provreport.check_types(graph)
