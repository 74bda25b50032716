"""The Markdown report (CommonMark with GFM tables).

Markdown passes raw HTML through to whatever renders it, so case text is escaped twice over:
`< > &` become entities and Markdown's own punctuation gets a backslash. Nothing a claim or a
quote says can turn into a tag, a link or a table cell boundary. Each piece of case text is
then, where it holds right-to-left letters or direction controls, isolated (U+2068 … U+2069,
`db.text.direction.isolate`), so that right-to-left text or
a direction override left open cannot reorder the report's own words on its line.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from db.text.direction import isolate, needs_isolation

from ..wording import count, for_people
from .jsonreport import iso
from .model import EvidenceRef, Report, ReportClaim

Step = Callable[[int], None]

# Case text is only ever put after other text on a line (never where `#`, `-`, `+` or `1.`
# would start a block), so the characters that act inside a line are enough. One translation
# table does both escapes (an entity holds none of the Markdown characters).
_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;"} | {c: "\\" + c for c in "\\`*_{}[]|~"}
)


@functools.lru_cache(maxsize=8192)
def plain(text: str) -> str:
    """Inline text: entities for HTML, backslashes for Markdown, one line (the report's own
    words, and case text before it is isolated)."""
    return " ".join(text.translate(_ESCAPES).split())


def md(text: object) -> str:
    """Case text inline: escaped as `plain` does and, where it holds right-to-left letters or
    a direction control, isolated (FSI … PDI), so that they cannot reorder the report's own
    words around it. Text without them (plain Latin, Cyrillic) gets no invisible marks for
    copy and grep to carry: it reads the same either way."""
    shown = plain(text if isinstance(text, str) else str(text))
    return isolate(shown) if needs_isolation(shown) else shown


def _evidence(refs: tuple[tuple[EvidenceRef, tuple[str, ...]], ...], note: str) -> str:
    parts = [md(note)] if note else []
    for ref, pages in refs:
        where = f" {'p.' if len(pages) == 1 else 'pp.'} {', '.join(pages)}" if pages else ""
        parts.append(f"{md(ref.file_name)}{where} `{ref.sha256[:16]}…`")
    return "; ".join(parts)


def _claim(claim: ReportClaim) -> str:
    lines = [f'<a id="claim-{claim.id}"></a>', f"## Claim {claim.id}: {md(claim.text)}", ""]
    lines.append(f"**Verdict:** {plain(claim.verdict_summary)}  ")
    who = claim.verdict_attribution(for_people, md)
    if who:
        strong = "**" if claim.awaiting_signoff else ""
        lines.append(f"{strong}{who}{strong}  ")
    if claim.rationale:
        lines.append(f"**Rationale:** {md(claim.rationale)}  ")
    if claim.tags:
        lines.append(f"**Tags:** {md(', '.join(claim.tags))}  ")
    if claim.notes:
        lines.append(f"**Notes:** {md(claim.notes)}  ")
    lines.append("")
    by_id = {h.id: h for h in claim.hops}
    for number, chain in enumerate(claim.chains, 1):
        names = " → ".join(
            f"{md(by_id[h].actor.name)} ({plain(by_id[h].relation_label)}"
            f"{', direction doubtful' if by_id[h].direction_doubtful else ''}; "
            f"{plain(by_id[h].status_label.lower())})"
            for h in chain
        )
        lines.append(f"Route {number}: {names}  ")
    if claim.hops:
        lines += [
            "",
            "| Hop | Actor | Relation | Source | Date | Lang. | Quote | Status | Evidence file |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for h in claim.hops:
            relation = plain(h.relation_label) + (
                " — direction doubtful" if h.direction_doubtful else ""
            )
            if h.note:
                relation += f" — {md(h.note)}"
            source = ""
            if h.source:
                source = md(h.source.outlet or h.source.title)
                if h.source.title and h.source.outlet:
                    source += f", _{md(h.source.title)}_"
                if h.source.url:
                    source += f", {md(h.source.url)}"
                if h.source.incomplete:
                    source += " (incomplete text)"
            status = plain(h.status_label) + (
                f": {md(h.status_rationale)}" if h.status_rationale else ""
            )
            evidence = ""
            if h.evidence:
                evidence = f"{md(h.evidence.file_name)} `{h.evidence.sha256}`"
                if h.pages:
                    evidence += f" p. {', '.join(h.cited_pages)}"
            if h.checked_against:
                evidence += f" (checked against {md(h.checked_against)})"
            if h.quote_not_located:
                evidence += " (quote not located in the source)"
            quote = md(h.quote)
            if h.translation is not None:
                t = h.translation
                drift = "; ".join(t.drift) or "no drift found"
                quote += (
                    f" — original (#{t.original_source_id}, {plain(t.original_language)}): "
                    f"{md(t.original_quote)} ({md(drift)})"
                )
            lines.append(
                f"| {h.id} | {md(h.actor.name)} | {relation} | {source} | "
                f"{iso(h.relayed_on) or ''} | {plain(h.language)} | {quote} | {status} | "
                f"{evidence} |"
            )
    lines += ["", "### Review history", ""]
    if not claim.reviews:
        lines.append("No reviews yet.")
    for r in claim.reviews:
        evidence = _evidence(claim.review_evidence(r), r.evidence)
        lines.append(
            f"- {for_people(r.at)} — {md(r.reviewer)} — {r.what}: {plain(r.change)}"
            + (f" — {md(r.rationale)}" if r.rationale else "")
            + (f" (evidence: {evidence})" if evidence else "")
        )
    lines.append("")
    return "\n".join(lines)


def render(report: Report, step: Step | None = None) -> bytes:
    m = report.meta
    out = [
        f"# Provenance report — {md(m.case_name)}",
        "",
        f"- Scope: {md(m.scope)} ({count(len(report.claims), 'claim', 'claims')})",
        f"- Exported by: {md(m.reviewer)}",
        f"- Exported at: {for_people(m.generated_at)} ({iso(m.generated_at)})",
        f"- App: {plain(m.app_name)} {plain(m.app_version)}",
        f"- Audit log head: `{m.audit_head}`",
        f"- Four-eyes verdicts: {'on' if m.four_eyes else 'off'}",
    ]
    if m.signing_key:
        out.append(
            f"- Signed with the desk key (SHA-256 fingerprint): `{m.signing_key}`; the detached "
            "signature is this file's name plus `.sig`"
        )
    out.append("")
    if report.evidence:
        out += ["## Evidence files cited", ""]
        out += [f"- {md(e.file_name)}: `{e.sha256}`" for e in report.evidence]
        out.append("")
    out += ["## Contents", ""]
    out += [f"1. [{md(c.text)}](#claim-{c.id}) — {plain(c.verdict_summary)}" for c in report.claims]
    out.append("")
    for index, claim in enumerate(report.claims):
        if step is not None:
            step(index)
        out.append(_claim(claim))
    return "\n".join(out).encode("utf-8")
