"""Hops' quotes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): one JSON-LD
`AnnotationCollection` whose annotations each target a quote with a `TextQuoteSelector` (the
exact words, with prefix and suffix) and a `TextPositionSelector` (start and end, in Unicode
code points of the text the case holds for that version of the source).

The target's `source` is the source's URL, or else its evidence file's SHA-256 as an RFC 6920
`ni:` IRI; with a URL, a `TimeState` names the evidence file as the cached copy the quote was
checked against. Bodies say what the quote carries: the claim's wording (`describing`), the
actor (`tagging`) and the relation (`classifying`)."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import HopAnchor, Source
from db.text.selectors import TextQuote, quote_at

from .contents import Report, ReportHop

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
HOP_IRI = "urn:x-provenance-desk:hop:"


def evidence_iri(sha256: str) -> str:
    """An evidence file's SHA-256 as a named-information IRI (RFC 6920)."""
    digest = base64.urlsafe_b64encode(bytes.fromhex(sha256)).decode("ascii").rstrip("=")
    return f"ni:///sha-256;{digest}"


def sha256_of_iri(iri: str) -> str | None:
    """The SHA-256 (hex) an `ni:///sha-256;…` IRI names, or None for any other IRI."""
    prefix = "ni:///sha-256;"
    if not iri.startswith(prefix):
        return None
    value = iri[len(prefix) :]
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except ValueError:
        return None
    return raw.hex() if len(raw) == 32 else None


def quote_selectors(
    session: Session, hops: Iterable[ReportHop]
) -> dict[int, tuple[TextQuote, ...]]:
    """Each hop's quote as selectors: in the version it was checked against (a stored anchor,
    for a quote changed or lost in a newer version), else by its spans in the current text."""
    wanted = [h for h in hops if h.source is not None and h.quote]
    anchors = {
        a.hop_id: a
        for a in session.scalars(
            select(HopAnchor).where(HopAnchor.hop_id.in_([h.id for h in wanted]))
        )
    }
    source_ids = {h.source.id for h in wanted if h.source is not None and h.spans}
    rows = session.execute(select(Source.id, Source.text).where(Source.id.in_(source_ids)))
    texts: dict[int, str] = {int(row[0]): str(row[1]) for row in rows}
    out: dict[int, tuple[TextQuote, ...]] = {}
    for hop in wanted:
        anchor = anchors.get(hop.id)
        check = hop.check
        if anchor is not None and check is not None and check.version != check.current:
            out[hop.id] = (
                TextQuote(anchor.exact, anchor.prefix, anchor.suffix, anchor.start, anchor.end),
            )
        elif hop.spans and hop.source is not None:
            text = texts.get(hop.source.id, "")
            out[hop.id] = tuple(
                quote_at(text, s.start, s.end) for s in hop.spans if s.end <= len(text)
            )
    return out


def _target(hop: ReportHop, quote: TextQuote) -> dict[str, Any]:
    assert hop.source is not None
    evidence = hop.evidence
    target: dict[str, Any] = {"type": "SpecificResource"}
    if hop.source.url:
        target["source"] = hop.source.url
        if evidence is not None:
            target["state"] = {"type": "TimeState", "cached": evidence_iri(evidence.sha256)}
    elif evidence is not None:
        target["source"] = evidence_iri(evidence.sha256)
    else:
        target["source"] = f"urn:x-provenance-desk:source:{hop.source.id}"
    if hop.relayed_on is not None:
        # When the actor relayed it: the time the source is read at (W3C's TimeState
        # sourceDate, an xsd:dateTime), so that an import gets the hop's date back.
        state = target.setdefault("state", {"type": "TimeState"})
        state["sourceDate"] = f"{hop.relayed_on.isoformat()}T00:00:00Z"
    target["selector"] = quote.as_selectors()
    return target


def annotation(hop: ReportHop, claim_text: str, quotes: Sequence[TextQuote]) -> dict[str, Any]:
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "describing", "value": claim_text},
        {"type": "TextualBody", "purpose": "tagging", "value": hop.actor.name},
        {"type": "TextualBody", "purpose": "classifying", "value": hop.relation},
    ]
    targets = [_target(hop, q) for q in quotes]
    return {
        "id": f"{HOP_IRI}{hop.id}",
        "type": "Annotation",
        "motivation": "identifying",
        "body": body,
        "target": targets[0] if len(targets) == 1 else targets,
    }


def render(report: Report, selectors: dict[int, tuple[TextQuote, ...]]) -> bytes:
    """The report's quotes as one W3C Web Annotation collection (JSON-LD)."""
    items = [
        annotation(hop, claim.text, selectors[hop.id])
        for claim in report.claims
        for hop in claim.hops
        if selectors.get(hop.id)
    ]
    collection = {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": f"Quotes of {report.meta.case_name}",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return (json.dumps(collection, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
