"""The JSON report: the report model as documented, versioned JSON.

The schema is `resources/report-schema/provenance-report-2.schema.json`. A version is kept
stable: a change that a reader could trip over gets a new `format_version` and a new schema
file. Version 2 added who set and who signed off each verdict (four-eyes), the review subject
"signoff", and the fingerprint of the key that signs the report file; version 1's schema stays
beside it for reports written before. Hops name their source by id; the sources (and each evidence file's SHA-256) are listed
once at the top.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from typing import Any

from ..wording import for_data
from .model import Report, ReportClaim, ReportHop, ReportSource

FORMAT = "provenance-desk-report"
FORMAT_VERSION = 2
SCHEMA_ID = f"https://provenancedesk.org/schemas/provenance-report-{FORMAT_VERSION}.schema.json"


def schema(version: int = FORMAT_VERSION) -> dict[str, Any]:
    """The JSON Schema of a format version (the current one by default)."""
    resource = f"report-schema/provenance-report-{version}.schema.json"
    text = resources.files("resources").joinpath(resource).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def iso(value: dt.date | dt.datetime | None) -> str | None:
    """A time as data: ISO 8601 in UTC to the second ("2026-11-30T01:25:12Z"); a date as
    "2026-11-30"; None as None (`desktop.wording.for_data`)."""
    return for_data(value)


def source_json(s: ReportSource) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "outlet": s.outlet,
        "url": s.url,
        "language": s.language,
        "direction": s.direction,
        "published_on": iso(s.published_on),
        "kind": s.kind,
        "translated_from_id": s.translated_from_id,
        "evidence_sha256": s.evidence.sha256 if s.evidence else None,
        "incomplete": s.incomplete,
        "missing_pages": list(s.missing_pages),
    }


def hop_json(h: ReportHop) -> dict[str, Any]:
    return {
        "id": h.id,
        "relays_hop_id": h.relays_hop_id,
        "position": h.position,
        "actor": {"id": h.actor.id, "name": h.actor.name, "kind": h.actor.kind},
        "relation": h.relation,
        "source_id": h.source.id if h.source else None,
        "quote": h.quote,
        "language": h.language,
        "direction": h.direction,
        "spans": [{"start": s.start, "end": s.end, "page": s.page} for s in h.spans],
        "relayed_on": iso(h.relayed_on),
        "status": h.status,
        "status_rationale": h.status_rationale,
        "direction_doubtful": h.direction_doubtful,
        "note": h.note,
        "translation": None
        if h.translation is None
        else {
            "original_source_id": h.translation.original_source_id,
            "original_quote": h.translation.original_quote,
            "original_language": h.translation.original_language,
            "drift": list(h.translation.drift),
            "drift_flags": h.translation.flag_records(),
            "alignment": list(h.translation.beads),
            "summary": h.translation.summary,
            "drift_counts": dict(h.translation.counts),
        },
    }


def claim_json(c: ReportClaim) -> dict[str, Any]:
    return {
        "id": c.id,
        "text": c.text,
        "verdict": c.verdict,
        "rationale": c.rationale,
        "notes": c.notes,
        "tags": list(c.tags),
        "version": c.version,
        "created_at": iso(c.created_at),
        "updated_at": iso(c.updated_at),
        "updated_by": c.updated_by,
        "verdict_set_by": c.verdict_set_by,
        "signoff": c.signoff,
        "signed_off_by": c.signed_off_by,
        "signed_off_at": iso(c.signed_off_at),
        "hops": [hop_json(h) for h in c.hops],
        "chains": [list(chain) for chain in c.chains],
        "reviews": [
            {
                "id": r.id,
                "hop_id": r.hop_id,
                "subject": r.subject,
                "from": r.from_value,
                "to": r.to_value,
                "rationale": r.rationale,
                "evidence": r.evidence,
                "reviewer": r.reviewer,
                "reviewer_id": r.reviewer_id,
                "at": iso(r.at),
            }
            for r in c.reviews
        ],
    }


def report_json(report: Report) -> dict[str, Any]:
    m = report.meta
    return {
        "$schema": SCHEMA_ID,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "report": {
            "case": m.case_name,
            "audit_head": m.audit_head,
            "generated_at": iso(m.generated_at),
            "reviewer": m.reviewer,
            "reviewer_id": m.reviewer_id,
            "scope": m.scope,
            "app": {"name": m.app_name, "version": m.app_version},
            "four_eyes": m.four_eyes,
            "signing_key": m.signing_key or None,
        },
        "evidence_files": [
            {
                "sha256": e.sha256,
                "file_name": e.file_name,
                "size": e.size,
                "media_type": e.media_type,
            }
            for e in report.evidence
        ],
        "sources": [source_json(s) for s in report.sources],
        "claims": [claim_json(c) for c in report.claims],
    }


def render(report: Report) -> bytes:
    # Compact: json.dumps with an indent falls back to its pure-Python encoder (4× slower).
    document = report_json(report)  # no cycles: skip the check, a third faster
    return json.dumps(document, ensure_ascii=False, check_circular=False).encode("utf-8")
