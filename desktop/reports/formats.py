"""The formats a report is exported in (what the export dialog and `provdesk-cli export`
offer): a light module, read before the export machinery is needed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportFormat:
    key: str
    label: str
    suffix: str


FORMATS: dict[str, ExportFormat] = {
    f.key: f
    for f in (
        ExportFormat("html", "HTML (one self-contained page)", ".html"),
        ExportFormat("pdf", "PDF", ".pdf"),
        ExportFormat("markdown", "Markdown", ".md"),
        ExportFormat("csv", "CSV (zip of claims.csv and hops.csv)", ".zip"),
        ExportFormat("json", "JSON (Provenance Desk report schema)", ".json"),
        ExportFormat("prov-json", "W3C PROV-JSON", ".provjson"),
        ExportFormat("prov-n", "W3C PROV-N", ".provn"),
        ExportFormat("claimreview", "schema.org ClaimReview (JSON-LD)", ".jsonld"),
        ExportFormat("web-annotation", "W3C Web Annotations of the quotes (JSON-LD)", ".jsonld"),
    )
}
