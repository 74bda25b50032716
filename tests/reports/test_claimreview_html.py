"""ClaimReview markup read back with extruct; the HTML report is self-contained and escaped."""

from __future__ import annotations

import json
from pathlib import Path

import extruct
import html5lib
import pytest

from desktop.reports import claimreview, html

from .conftest import ARABIC_QUOTE, ReportCase
from .helpers import make_report

NS = "{http://www.w3.org/1999/xhtml}"
URL = "https://desk.example.org/reports/case-1"
DATA = Path(__file__).resolve().parents[1] / "data"


def _check_review(review: dict, text: str, rating: int, name: str) -> None:
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == text
    assert review["url"].endswith("#claim-" + review["url"].rsplit("-", 1)[1])
    assert review["author"]["name"]
    assert review["datePublished"]
    r = review["reviewRating"]
    assert (r["ratingValue"], r["bestRating"], r["worstRating"], r["alternateName"]) == (
        rating,
        5,
        1,
        name,
    )
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["name"]
    assert item["appearance"] and item["firstAppearance"]


def test_claimreview_embedded_in_a_page_is_read_by_extruct(report_case: ReportCase) -> None:
    report = make_report(report_case.case)
    reviews = claimreview.claim_reviews(report, base_url="https://desk.example/report")
    scripts = "".join(
        f'<script type="application/ld+json">{claimreview.script_json(r)}</script>' for r in reviews
    )
    page = f"<!DOCTYPE html><html><head>{scripts}</head><body></body></html>"
    found = extruct.extract(page, syntaxes=["json-ld"])["json-ld"]
    assert len(found) == 2  # the two claims with a final verdict
    by_text = {r["claimReviewed"]: r for r in found}
    lavrov = by_text[report.claims[1].text]
    _check_review(lavrov, report.claims[1].text, 5, "Accurate")
    assert lavrov["url"] == "https://desk.example/report#claim-2"
    assert lavrov["author"]["name"] == "Test Reviewer"  # who set the verdict
    assert lavrov["itemReviewed"]["author"] == {"@type": "Person", "name": "Sergey Lavrov"}
    assert lavrov["itemReviewed"]["firstAppearance"]["name"].startswith("Press conference")
    arabic = next(c for c in report.claims if c.id == report_case.arabic_claim)
    false = by_text[arabic.text]
    _check_review(false, arabic.text, 1, "False")
    assert false["itemReviewed"]["appearance"][0]["url"] == "https://alwatan.sy/archives/1"


def test_each_claimreview_carries_hashes_and_audit_head(report_case: ReportCase) -> None:
    report = make_report(report_case.case)
    document = json.loads(claimreview.render(report, base_url=URL))
    assert set(document) == {"@context", "@graph"}  # nothing beside the reviews
    assert len(document["@graph"]) == 2
    for review in document["@graph"]:
        assert review["@type"] == "ClaimReview"
        assert report.meta.audit_head in review["description"]
    arabic = next(
        r for r in document["@graph"] if r["url"] == f"{URL}#claim-{report_case.arabic_claim}"
    )
    assert arabic["identifier"][0]["value"] == report_case.evidence_sha256


def test_claimreview_has_googles_required_and_recommended_fields(
    report_case: ReportCase,
) -> None:
    fields = json.loads((DATA / "claimreview-fields.json").read_text("utf-8"))
    report = make_report(report_case.case)
    reviews = json.loads(claimreview.render(report, base_url=URL))["@graph"]
    assert reviews
    for review in reviews:
        for group in ("required", "recommended"):
            for path in fields["ClaimReview"][group]:
                value = review
                for key in path.split("."):
                    assert key in value, f"{group} {path} missing in {review['url']}"
                    value = value[key]
                assert value not in ("", [], {}), path
        assert review["url"].startswith(URL + "#")  # absolute, on the publishing page
        assert review["reviewRating"]["alternateName"]


def test_no_claimreview_without_a_publishing_url(report_case: ReportCase) -> None:
    report = make_report(report_case.case)
    with pytest.raises(claimreview.NoPublishingUrl, match="--base-url"):
        claimreview.render(report)
    page = html.render(report).decode("utf-8")  # the HTML report says why it has none
    assert 'type="application/ld+json"' not in page
    assert "not embedded: the case has no publishing URL" in page


def test_html_report_reads_back(report_case: ReportCase) -> None:
    report = make_report(report_case.case)
    page = html.render(report, base_url=URL).decode("utf-8")
    tree = html5lib.parse(page)
    # no network: nothing is fetched, nothing runs
    assert not tree.findall(f".//{NS}link") and not tree.findall(f".//{NS}img")
    scripts = tree.findall(f".//{NS}script")
    assert scripts and all(s.get("type") == "application/ld+json" for s in scripts)
    sections = tree.findall(f".//{NS}section")
    assert [s.get("id") for s in sections] == [f"claim-{c.id}" for c in report.claims]
    toc = [a.get("href") for a in tree.findall(f".//{NS}nav//{NS}a")]
    assert toc == [f"#claim-{c.id}" for c in report.claims]
    chains = [o for o in tree.iter(f"{NS}ol") if o.get("class") == "chain"]
    assert len(chains) == sum(len(c.chains) for c in report.claims)
    quotes = {q.text: q for q in tree.findall(f".//{NS}blockquote")}
    # The quote's direction is its first strong character's (dir="auto"), its language its own.
    assert quotes[ARABIC_QUOTE].get("dir") == "auto" and quotes[ARABIC_QUOTE].get("lang") == "ar"
    text = "".join(tree.itertext())
    assert report_case.evidence_sha256 in text
    assert report_case.evidence_name in text
    assert report.meta.audit_head in text and "Exporting Reviewer" in text
    assert "direction doubtful" in text
    # the ClaimReview inside the HTML report parses too
    found = extruct.extract(page, syntaxes=["json-ld"])["json-ld"]
    assert {r["claimReviewed"] for r in found} == {
        report.claims[1].text,
        next(c.text for c in report.claims if c.id == report_case.arabic_claim),
    }


def test_only_web_links_become_links(report_case: ReportCase) -> None:
    assert html.safe_href("javascript:alert(1)") is None
    assert html.safe_href("https://example.org/a") == "https://example.org/a"
