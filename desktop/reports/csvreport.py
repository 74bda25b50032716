"""The CSV report: `claims.csv`, `hops.csv` and `report.csv` (who, when, audit head), as a zip
or as files in a folder.

Spreadsheets are the readers here, so:
- UTF-8 with a byte-order mark: Excel reads a CSV without one in the local code page and turns
  Arabic or Russian into mojibake; LibreOffice, Numbers, pandas (`utf-8-sig`) and Python's csv
  module all accept the mark.
- Every field quoted, rows ended with CRLF (RFC 4180).
- A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be taken as a
  formula (`=HYPERLINK(...)`, DDE); it gets a leading apostrophe, as OWASP advises. Numbers we
  write ourselves (ids, offsets) are never negative, so they are left alone.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from db.text.direction import isolate

from .jsonreport import iso
from .model import Report

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

CLAIM_COLUMNS = (
    "claim_id",
    "text",
    "verdict",
    "rationale",
    "notes",
    "tags",
    "hop_count",
    "routes",
    "created_at",
    "updated_at",
    "updated_by",
    "review_count",
    "verdict_set_by",
    "signoff",
    "signed_off_by",
    "signed_off_at",
)
"""New columns go at the end, so a spreadsheet or script that reads columns by position keeps
working. `signoff` is the four-eyes state in words: empty, "Awaiting sign-off", "Signed off" or
"Sent back"."""
HOP_COLUMNS = (
    "claim_id",
    "hop_id",
    "relays_hop_id",
    "position",
    "actor",
    "actor_kind",
    "relation",
    "source_id",
    "source_title",
    "outlet",
    "url",
    "source_language",
    "published_on",
    "quote",
    "quote_language",
    "quote_direction",
    "spans",
    "pages",
    "relayed_on",
    "status",
    "status_rationale",
    "direction_doubtful",
    "note",
    "evidence_file",
    "evidence_sha256",
    "source_incomplete",
    "missing_pages",
    "actor_id",
    # a quote from a translation: the original's aligned words beside it, and the drift flags
    "original_source_id",
    "original_quote",
    "original_language",
    "translation_drift",
)


def neutralise(value: object) -> str | int:
    """The cell as a spreadsheet may safely read it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return value
    text = str(value)
    if text.startswith(FORMULA_START):
        return "'" + text
    return text


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def claims_csv(report: Report) -> bytes:
    return _csv(
        CLAIM_COLUMNS,
        (
            (
                c.id,
                c.text,
                c.verdict,
                c.rationale,
                c.notes,
                "; ".join(c.tags),
                len(c.hops),
                " | ".join(" > ".join(map(str, chain)) for chain in c.chains),
                iso(c.created_at),
                iso(c.updated_at),
                c.updated_by,
                len(c.reviews),
                c.verdict_set_by,
                c.signoff_label,
                c.signed_off_by,
                iso(c.signed_off_at),
            )
            for c in report.claims
        ),
    )


def hops_csv(report: Report) -> bytes:
    def rows() -> Iterable[Sequence[object]]:
        for c in report.claims:
            for h in c.hops:
                s = h.source
                ev = s.evidence if s else None
                t = h.translation
                yield (
                    c.id,
                    h.id,
                    h.relays_hop_id,
                    h.position,
                    h.actor.name,
                    h.actor.kind,
                    h.relation,
                    s.id if s else None,
                    s.title if s else "",
                    s.outlet if s else "",
                    s.url if s else "",
                    s.language if s else "",
                    iso(s.published_on) if s else "",
                    h.quote,
                    h.language,
                    h.direction,
                    " ".join(f"{sp.start}:{sp.end}" for sp in h.spans)
                    or ("not located" if h.quote_not_located else ""),
                    "; ".join(h.cited_pages)
                    if s and s.page_labels
                    else " ".join(map(str, h.pages)),
                    iso(h.relayed_on),
                    h.status,
                    h.status_rationale,
                    h.direction_doubtful,
                    h.note,
                    ev.file_name if ev else "",
                    ev.sha256 if ev else "",
                    s.incomplete if s else "",
                    " ".join(map(str, s.missing_pages)) if s else "",
                    h.actor.id,
                    t.original_source_id if t else None,
                    t.original_quote if t else "",
                    t.original_language if t else "",
                    ("; ".join(t.drift) or "no drift found") if t else "",
                )

    return _csv(HOP_COLUMNS, rows())


def report_csv(report: Report) -> bytes:
    m = report.meta
    rows: list[tuple[str, str]] = [
        ("case", m.case_name),
        ("scope", m.scope),
        ("claims", str(len(report.claims))),
        ("exported_by", m.reviewer),
        ("exported_at", iso(m.generated_at) or ""),
        ("app", f"{m.app_name} {m.app_version}"),
        ("audit_head", m.audit_head),
        ("four_eyes", "yes" if m.four_eyes else "no"),
        ("signing_key_sha256", m.signing_key),
        ("exported_by_id", m.reviewer_id),
    ]
    # a file name shares its cell with our own words: isolated (FSI … PDI), so that a
    # right-to-left name cannot reorder "evidence_sha256:"
    rows += [(f"evidence_sha256:{isolate(e.file_name)}", e.sha256) for e in report.evidence]
    return _csv(("key", "value"), rows)


def files(report: Report) -> dict[str, bytes]:
    return {
        "claims.csv": claims_csv(report),
        "hops.csv": hops_csv(report),
        "report.csv": report_csv(report),
    }


def render(report: Report) -> bytes:
    """A zip of the three CSV files, each dated with the report's time (not the clock's),
    so the same report gives the same bytes whenever and in whatever language it is written."""
    when = report.meta.generated_at
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files(report).items():
            entry = zipfile.ZipInfo(name, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, content)
    return buffer.getvalue()


def write_folder(report: Report, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in files(report).items():
        path = folder / name
        path.write_bytes(content)
        written.append(path)
    return written
