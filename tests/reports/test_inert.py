"""A claim `<script>alert(1)</script>` and a quote `=HYPERLINK(...)` stay inert text in every
format: escaped in HTML and Markdown, neutralised in CSV, plain data elsewhere."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import html5lib
import pypdf
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from prov.model import ProvDocument

from db import operations as ops
from desktop.reports import claimreview, csvreport, html, jsonreport, markdown, pdf, provreport

from .conftest import HOSTILE_CLAIM, HOSTILE_QUOTE, ReportCase, sign_off_as_second_reviewer
from .helpers import flat, make_report

NS = "{http://www.w3.org/1999/xhtml}"


def _report(report_case: ReportCase):
    with report_case.case.change() as uow:  # a final verdict, so ClaimReview carries it too
        ops.set_verdict(uow, report_case.hostile_claim, "false", '<img src=x onerror="alert(2)">')
    sign_off_as_second_reviewer(report_case.case, report_case.hostile_claim)
    return make_report(report_case.case)


def _no_active_html(tree) -> None:
    for script in tree.iter(f"{NS}script"):
        assert script.get("type") == "application/ld+json"
        assert "<" not in (script.text or "")
    assert not list(tree.iter(f"{NS}img"))
    for element in tree.iter():
        assert not any(name.startswith("on") for name in element.attrib)


def test_html(report_case: ReportCase) -> None:
    report = _report(report_case)
    page = html.render(report, base_url="https://desk.example.org/r").decode()
    tree = html5lib.parse(page)
    _no_active_html(tree)
    headings = ["".join(h.itertext()) for h in tree.iter(f"{NS}h2")]
    assert f"Claim {report_case.hostile_claim}: {HOSTILE_CLAIM}" in headings
    quotes = ["".join(q.itertext()) for q in tree.iter(f"{NS}blockquote")]
    assert HOSTILE_QUOTE in quotes
    # and the ClaimReview inside still says the claim exactly
    ld = [json.loads(s.text) for s in tree.iter(f"{NS}script")]
    assert HOSTILE_CLAIM in {r["claimReviewed"] for r in ld}


def test_markdown_rendered_by_a_markdown_engine(report_case: ReportCase) -> None:
    report = _report(report_case)
    source = markdown.render(report).decode()
    rendered = MarkdownIt("commonmark").enable("table").render(source)  # raw HTML allowed
    tree = html5lib.parse(rendered)
    _no_active_html(tree)
    assert not list(tree.iter(f"{NS}script"))
    text = flat("".join(tree.itertext()))
    assert HOSTILE_CLAIM in text
    assert HOSTILE_QUOTE in text


def test_csv_neutralised_for_spreadsheets(report_case: ReportCase) -> None:
    report = _report(report_case)
    with zipfile.ZipFile(io.BytesIO(csvreport.render(report))) as archive:
        claims = list(csv.DictReader(io.StringIO(archive.read("claims.csv").decode("utf-8-sig"))))
        hops = list(csv.DictReader(io.StringIO(archive.read("hops.csv").decode("utf-8-sig"))))
        assert archive.read("hops.csv").startswith(b"\xef\xbb\xbf")
    hostile = next(c for c in claims if c["claim_id"] == str(report_case.hostile_claim))
    assert hostile["text"] == HOSTILE_CLAIM  # not a formula: kept as it is
    assert hostile["notes"] == "'=1+1"
    assert hostile["tags"] == "'@risk"
    quote = next(h for h in hops if h["claim_id"] == str(report_case.hostile_claim))["quote"]
    assert quote == "'" + HOSTILE_QUOTE
    for row in claims + hops:
        for value in row.values():
            assert not value.startswith(csvreport.FORMULA_START), value


def test_data_formats_keep_the_text_as_data(report_case: ReportCase) -> None:
    report = _report(report_case)
    data = json.loads(jsonreport.render(report))
    claim = next(c for c in data["claims"] if c["id"] == report_case.hostile_claim)
    assert claim["text"] == HOSTILE_CLAIM and claim["hops"][0]["quote"] == HOSTILE_QUOTE
    prov = ProvDocument.deserialize(content=provreport.render_json(report).decode(), format="json")
    values = {str(v) for r in prov.get_records() for v in r.get_attribute("prov:value")}
    assert HOSTILE_CLAIM in values and HOSTILE_QUOTE in values
    provn = provreport.render_provn(report).decode()
    assert 'prov:value="=HYPERLINK(\\"http://x\\",\\"y\\")"' in provn
    reviews = json.loads(claimreview.render(report, base_url="https://desk.example.org/r"))[
        "@graph"
    ]
    assert HOSTILE_CLAIM in {r["claimReviewed"] for r in reviews}


def test_pdf_shows_the_characters(report_case: ReportCase) -> None:
    report = _report(report_case)
    reader = pypdf.PdfReader(io.BytesIO(pdf.render(report)))
    text = flat(" ".join(p.extract_text() for p in reader.pages))
    assert HOSTILE_CLAIM in text
    assert HOSTILE_QUOTE in text


@given(st.text(max_size=60))
def test_a_case_name_in_the_page_header_stays_one_css_string(name: str) -> None:
    """The PDF's page header is a CSS string built from the case name: whatever the name holds
    (quotes, braces, backslashes, newlines), it parses back as that one string."""
    import tinycss2

    tokens = [
        t
        for t in tinycss2.parse_component_value_list(html.css_string(name))
        if t.type != "whitespace"
    ]
    assert len(tokens) == 1 and tokens[0].type == "string"
    assert tokens[0].value == name.replace("\0", "\ufffd")
