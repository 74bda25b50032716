"""schema.org ClaimReview JSON-LD: one review per claim with a published final verdict.

Four-eyes: a final verdict that still awaits a second reviewer's sign-off is not published (no
ClaimReview is written for it, in this format or embedded in the HTML report) — a ClaimReview
goes to search engines and aggregators, and the desk has not yet agreed on that verdict. A
verdict signed off, or set while the case did not ask for sign-off, is published.

The rating comes from `db.vocabulary.claim_review_rating`, the one place that maps verdicts to
ratings. The claim's author is the origin of its first chain; its appearances are the sources of
its hops, and its first appearance is the source of the earliest hop that has one. The review's
author is the reviewer who set the verdict (else the exporting reviewer), its date the day the
verdict was set (signed off, under four-eyes). `url` is the published review:
`base_url#claim-N`, where `base_url` is the absolute address the report is published at (the
case's publishing URL or `--base-url`); without one no ClaimReview is written, as a search
engine reads only absolute URLs. Each review carries its own `description` (which case, audit
head, app, reviewer, time) and `identifier`s (the SHA-256 of each evidence file its claim
cites, the desk key's fingerprint), so that a review copied out of the document still says where
it came from.

Google's fact-check guide asks for `claimReviewed`, `reviewRating` (with `alternateName`) and
`url`, and recommends `author`, `datePublished` and `itemReviewed` (a Claim with `author`,
`datePublished`, `appearance`, `firstAppearance`); tests/data/claimreview-fields.json lists them
and the tests check every review against it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from db.reviewers import public_name
from db.vocabulary import Verdict, claim_review_rating

from .jsonreport import iso
from .model import Report, ReportActor, ReportClaim, ReportHop, ReportSource

CONTEXT = "https://schema.org"


class NoPublishingUrl(ValueError):
    """A ClaimReview needs the absolute address it is published at, and none was given."""


NO_URL_MESSAGE = (
    "ClaimReview needs the address the reviews will be published at: give --base-url "
    "https://… or keep one in the case with `provdesk-cli publish-url https://…`"
)


def _agent(actor: ReportActor) -> dict[str, Any]:
    kind = "Person" if actor.kind in ("person", "unnamed-official") else "Organization"
    return {"@type": kind, "name": actor.name}


def _work(source: ReportSource) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "name": source.title or source.outlet}
    if source.url:
        work["url"] = source.url
    if source.outlet:
        work["publisher"] = {"@type": "Organization", "name": source.outlet}
    if source.published_on:
        work["datePublished"] = iso(source.published_on)
    if source.language:
        work["inLanguage"] = source.language
    return work


def _ordered_hops(claim: ReportClaim) -> list[ReportHop]:
    """The hops of the claim's chains, origin first, each once."""
    seen: dict[int, ReportHop] = {}
    for chain in claim.chains:
        for hop_id in chain:
            seen.setdefault(hop_id, claim.hop(hop_id))
    return list(seen.values())


def _provenance(report: Report) -> str:
    m = report.meta
    return (
        f"Exported from case {m.case_name!r} by {public_name(m.reviewer) or 'an unnamed reviewer'}"
        f" with {m.app_name} "
        f"{m.app_version} at {iso(m.generated_at)}; audit log head {m.audit_head}"
        + ("; verdicts awaiting a second reviewer's sign-off are left out" if m.four_eyes else "")
        + (
            f"; signed with the desk key whose SHA-256 fingerprint is {m.signing_key}"
            if m.signing_key
            else ""
        )
    )


def _identifiers(claim: ReportClaim, report: Report) -> list[dict[str, Any]]:
    out = [
        {"@type": "PropertyValue", "propertyID": "sha256", "value": e.sha256, "name": e.file_name}
        for e in claim.evidence
    ]
    if report.meta.signing_key:
        out.append(
            {
                "@type": "PropertyValue",
                "propertyID": "ed25519-public-key-sha256",
                "value": report.meta.signing_key,
                "name": "the desk key that signs this file (detached signature: <file>.sig)",
            }
        )
    return out


def claim_review(claim: ReportClaim, report: Report, base_url: str = "") -> dict[str, Any] | None:
    """The ClaimReview of one claim, or None while its verdict is not final or awaits
    sign-off. `base_url` (absolute; else the report's publishing URL) + `#claim-N` is its
    `url`. Raises NoPublishingUrl when neither is known."""
    base_url = base_url or report.meta.publish_url
    if not base_url:
        raise NoPublishingUrl(NO_URL_MESSAGE)
    if claim.awaiting_signoff:
        return None
    try:
        rating = claim_review_rating(Verdict(claim.verdict))
    except ValueError:
        rating = None
    if rating is None:
        return None
    verdict_reviews = [r for r in claim.reviews if r.subject == "verdict"]
    last = verdict_reviews[-1] if verdict_reviews else None
    review_rating: dict[str, Any] = {
        "@type": "Rating",
        "bestRating": rating.best_rating,
        "worstRating": rating.worst_rating,
        "alternateName": rating.alternate_name,
    }
    if rating.rating_value is not None:
        review_rating["ratingValue"] = rating.rating_value
    author = last.reviewer if last else report.meta.reviewer
    published = last.at if last else report.meta.generated_at
    if claim.signoff == "signed" and claim.signed_off_at is not None:
        published = claim.signed_off_at  # the day the desk agreed on it
    hops = _ordered_hops(claim)
    item: dict[str, Any] = {"@type": "Claim"}
    if hops:
        origin = hops[0]
        item["author"] = _agent(origin.actor)
        if origin.relayed_on:
            item["datePublished"] = iso(origin.relayed_on)
        sources = list({h.source.id: h.source for h in hops if h.source}.values())
        if sources:
            item["appearance"] = [_work(s) for s in sources]
            dated = [h for h in hops if h.source]
            first = min(dated, key=lambda h: h.relayed_on or dt.date.max)
            assert first.source is not None
            item["firstAppearance"] = _work(first.source)
    # The reviewer's own name only: a team server's login and an unnamed reviewer are never
    # published as the review's author.
    author_name = public_name(claim.verdict_set_by or author)
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": f"{base_url}#claim-{claim.id}",
        "claimReviewed": claim.text,
        "reviewRating": review_rating,
        **({"author": {"@type": "Person", "name": author_name}} if author_name else {}),
        "datePublished": iso(published.date()),
        "itemReviewed": item,
    }
    if claim.rationale:
        review["reviewBody"] = claim.rationale
    review["description"] = _provenance(report)
    identifiers = _identifiers(claim, report)
    if identifiers:
        review["identifier"] = identifiers
    return review


LEFT_OUT_WHY = "no final verdict yet, or one awaiting a second reviewer's sign-off"
"""Why a claim of the scope has no ClaimReview (`claim_review` gives None)."""


def claim_reviews(report: Report, base_url: str = "") -> list[dict[str, Any]]:
    out = []
    for claim in report.claims:
        review = claim_review(claim, report, base_url)
        if review is not None:
            out.append(review)
    return out


def script_json(value: Any) -> str:
    """JSON safe inside an HTML <script> element: no `<`, `>` or `&` that could end it."""
    text = json.dumps(value, ensure_ascii=False)  # no indent: the C encoder, 4× faster
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render(report: Report, base_url: str = "") -> bytes:
    """A JSON-LD document whose `@graph` holds the ClaimReviews, each with its own description
    and identifiers. Raises NoPublishingUrl without a publishing URL (`base_url` or the case's)."""
    document = {
        "@context": CONTEXT,
        "@graph": [
            {k: v for k, v in review.items() if k != "@context"}
            for review in claim_reviews(report, base_url)
        ],
    }
    return json.dumps(document, ensure_ascii=False).encode("utf-8")
