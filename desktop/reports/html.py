"""The HTML report: one self-contained, printable file (no scripts, no network).

Every piece of case text goes through `esc` (or `attr`), so a claim that reads
`<script>alert(1)</script>` shows as those characters. Quotes carry their own `lang` and `dir`.
Each claim with a published final verdict (not one awaiting a second reviewer's sign-off) also
carries its schema.org ClaimReview as JSON-LD (inert data, `<` escaped), so a published report
is machine readable.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from urllib.parse import urlsplit

from .claimreview import claim_review, script_json
from .jsonreport import iso
from .model import Report, ReportClaim, ReportHop, ReportSource

Step = Callable[[int], None]

CSS = """
body { font: 11pt/1.45 "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; margin: 2em;
       color: #111; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-top: 1px solid #999;
  padding-top: .6em; } h3 { font-size: 1em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; }
th, td { border: 1px solid #bbb; padding: .25em .4em; vertical-align: top; text-align: start; }
th { background: #eee; } dl.meta { display: grid; grid-template-columns: max-content 1fr;
  gap: .1em 1em; } dl.meta dt { font-weight: bold; } dl.meta dd { margin: 0; }
code, .hash { font-family: "DejaVu Sans Mono", monospace; font-size: .85em;
  overflow-wrap: anywhere; }
blockquote { margin: 0; unicode-bidi: plaintext; }
.verdict { font-weight: bold; } .doubtful { color: #a40; font-weight: bold; }
.warn { color: #a40; } .awaiting { color: #a40; font-weight: bold; } svg { max-width: 100%; height: auto; display: block; margin: .5em 0; }
svg text { font: 12px "DejaVu Sans", sans-serif; } svg .box { fill: #f4f6fa; stroke: #456; }
svg .doubt { stroke: #a40; stroke-dasharray: 4 3; } svg .arrow { stroke: #456; fill: none; }
nav ol { columns: 2; }
@media print {
  body { margin: 0; font-size: 10pt; } nav { page-break-after: always; }
  section.claim { page-break-before: always; } tr, blockquote, svg { page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def esc(text: object) -> str:
    return escape(str(text), quote=False)


def attr(text: object) -> str:
    return escape(str(text), quote=True)


def safe_href(url: str) -> str | None:
    """Only http(s) links become links; anything else (javascript:, data:, file:) is text."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def quote_html(hop: ReportHop, element: str = "blockquote") -> str:
    if not hop.quote:
        return ""
    lang = f' lang="{attr(hop.language)}"' if hop.language else ""
    located = (
        '<br><span class="warn">quote not located in the source</span>'
        if hop.quote_not_located
        else ""
    )
    return f'<{element} dir="auto"{lang}>{esc(hop.quote)}</{element}>{located}'


def source_html(source: ReportSource | None) -> str:
    if source is None:
        return "—"
    parts = [esc(source.outlet or source.title)]
    if source.title and source.outlet:
        parts.append(f"<br><i>{esc(source.title)}</i>")
    href = safe_href(source.url)
    if href:
        parts.append(f'<br><a href="{attr(href)}">{esc(source.url)}</a>')
    elif source.url:
        parts.append(f"<br>{esc(source.url)}")
    if source.incomplete:
        missing = ", ".join(map(str, source.missing_pages))
        parts.append(
            f'<br><span class="warn">incomplete text{": pages " + missing + " missing" if missing else ""}'
            "</span>"
        )
    return "".join(parts)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def chain_svg(claim: ReportClaim, chain: tuple[int, ...], number: int) -> str:
    """One route as boxes (actor, relation, outlet) joined by arrows, origin on the left."""
    box_w, box_h, gap = 190, 58, 34
    width = len(chain) * box_w + (len(chain) - 1) * gap + 2
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{box_h + 2}" '
        f'viewBox="0 0 {width} {box_h + 2}" role="img" '
        f'aria-label="Route {number} of claim {claim.id}">'
    ]
    for index, hop_id in enumerate(chain):
        hop = claim.hop(hop_id)
        x = 1 + index * (box_w + gap)
        klass = "box doubt" if hop.direction_doubtful else "box"
        outlet = hop.source.outlet if hop.source else ""
        parts.append(
            f'<g><title>{esc(hop.actor.name)}</title><rect class="{klass}" x="{x}" y="1" '
            f'width="{box_w}" height="{box_h}" rx="6"/>'
            f'<text x="{x + 8}" y="20" font-weight="bold">{esc(_clip(hop.actor.name, 26))}</text>'
            f'<text x="{x + 8}" y="36">{esc(hop.relation_label)}'
            f"{' (direction doubtful)' if hop.direction_doubtful else ''}</text>"
            f'<text x="{x + 8}" y="52">{esc(_clip(outlet, 28))}</text></g>'
        )
        if index:
            x0 = x - gap + 2
            parts.append(
                f'<path class="arrow" d="M{x0} {box_h // 2} H{x - 4} M{x - 10} {box_h // 2 - 5} '
                f'L{x - 3} {box_h // 2} L{x - 10} {box_h // 2 + 5}"/>'
            )
    parts.append("</svg>")
    return "".join(parts)


def hop_rows(claim: ReportClaim) -> str:
    rows = []
    for hop in claim.hops:
        pages = ", ".join(hop.cited_pages)
        evidence = ""
        if hop.source and hop.source.evidence:
            ev = hop.source.evidence
            evidence = (
                f'{esc(ev.file_name)}<br><span class="hash">{esc(ev.sha256)}</span>'
                f"{'<br>page ' + pages if pages else ''}"
            )
        status = f"{esc(hop.status_label)}"
        if hop.status_rationale:
            status += f"<br><small>{esc(hop.status_rationale)}</small>"
        relation = esc(hop.relation_label)
        if hop.direction_doubtful:
            relation += '<br><span class="doubtful">direction doubtful</span>'
        if hop.note:
            relation += f"<br><small>{esc(hop.note)}</small>"
        rows.append(
            f'<tr id="hop-{hop.id}"><td>{hop.id}</td><td>{esc(hop.actor.name)}'
            f"<br><small>{esc(hop.actor.kind)}</small></td><td>{relation}</td>"
            f"<td>{source_html(hop.source)}</td><td>{esc(iso(hop.relayed_on) or '')}</td>"
            f"<td>{esc(hop.language)}</td><td>{quote_html(hop)}</td><td>{status}</td>"
            f"<td>{evidence}</td></tr>"
        )
    return "".join(rows)


def reviews_html(claim: ReportClaim) -> str:
    if not claim.reviews:
        return "<p>No reviews yet.</p>"
    rows = "".join(
        f"<tr><td>{esc(iso(r.at))}</td><td>{esc(r.reviewer)}</td>"
        f"<td>{esc(r.what)}</td>"
        f"<td>{esc(r.from_value)} → {esc(r.to_value)}</td><td>{esc(r.rationale)}</td>"
        f"<td>{esc(r.evidence)}</td></tr>"
        for r in claim.reviews
    )
    return (
        "<table><thead><tr><th>When (UTC)</th><th>Reviewer</th><th>What</th><th>Change</th>"
        f"<th>Why</th><th>Evidence</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def claim_html(claim: ReportClaim, report: Report, base_url: str = "") -> str:
    chains = "".join(
        f"<h4>Route {n}</h4>{chain_svg(claim, chain, n)}"
        if len(claim.chains) > 1
        else chain_svg(claim, chain, n)
        for n, chain in enumerate(claim.chains, 1)
    )
    tags = f"<p>Tags: {esc(', '.join(claim.tags))}</p>" if claim.tags else ""
    notes = f"<p>Notes: {esc(claim.notes)}</p>" if claim.notes else ""
    rationale = f"<p>Rationale: {esc(claim.rationale)}</p>" if claim.rationale else ""
    who = claim.verdict_attribution(iso)
    signoff = ""
    if who:
        klass = ' class="awaiting"' if claim.awaiting_signoff else ""
        signoff = f'<p{klass} data-signoff="{attr(claim.signoff)}">{esc(who)}</p>'
    review = claim_review(claim, report, base_url)
    jsonld = f'<script type="application/ld+json">{script_json(review)}</script>' if review else ""
    hops = (
        "<table><thead><tr><th>Hop</th><th>Actor</th><th>Relation</th><th>Source</th>"
        "<th>Date</th><th>Lang.</th><th>Quote</th><th>Status</th><th>Evidence file (SHA-256)"
        f"</th></tr></thead><tbody>{hop_rows(claim)}</tbody></table>"
        if claim.hops
        else "<p>No hops recorded.</p>"
    )
    return (
        f'<section class="claim" id="claim-{claim.id}"><h2>Claim {claim.id}: {esc(claim.text)}</h2>'
        f'<p>Verdict: <span class="verdict">{esc(claim.verdict_summary)}</span></p>{signoff}'
        f"{rationale}"
        f"{tags}{notes}<h3>Chain</h3>{chains or '<p>No chain recorded.</p>'}{hops}"
        f"<h3>Review history</h3>{reviews_html(claim)}{jsonld}</section>\n"
    )


def meta_html(report: Report) -> str:
    m = report.meta
    evidence = "".join(
        f'<li>{esc(e.file_name)}: <span class="hash">{esc(e.sha256)}</span></li>'
        for e in report.evidence
    )
    return (
        '<dl class="meta">'
        f"<dt>Case</dt><dd>{esc(m.case_name)}</dd><dt>Scope</dt><dd>{esc(m.scope)}</dd>"
        f"<dt>Claims</dt><dd>{len(report.claims)}</dd>"
        f"<dt>Exported by</dt><dd>{esc(m.reviewer)}</dd>"
        f"<dt>Exported at (UTC)</dt><dd>{esc(iso(m.generated_at))}</dd>"
        f"<dt>App</dt><dd>{esc(m.app_name)} {esc(m.app_version)}</dd>"
        f'<dt>Audit log head</dt><dd class="hash">{esc(m.audit_head)}</dd>'
        f"<dt>Four-eyes verdicts</dt><dd>{'on' if m.four_eyes else 'off'}</dd>"
        + (
            '<dt>Signed with the desk key (SHA-256 fingerprint)</dt><dd><span class="hash" '
            f'id="signing-key">{esc(m.signing_key)}</span><br><small>The detached signature is '
            "this file's name plus <code>.sig</code>.</small></dd>"
            if m.signing_key
            else ""
        )
        + "</dl>"
        + (f"<h3>Evidence files cited (SHA-256)</h3><ul>{evidence}</ul>" if evidence else "")
    )


def render(report: Report, step: Step | None = None, base_url: str = "") -> bytes:
    m = report.meta
    toc = "".join(
        f'<li><a href="#claim-{c.id}">{esc(_clip(c.text, 120))}</a> — {esc(c.verdict_summary)}</li>'
        for c in report.claims
    )
    parts = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>Provenance report — {esc(m.case_name)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>Provenance report — {esc(m.case_name)}</h1>{meta_html(report)}</header>"
        f"<nav><h2>Contents</h2><ol>{toc}</ol></nav><main>\n"
    ]
    for index, claim in enumerate(report.claims):
        if step is not None:
            step(index)
        parts.append(claim_html(claim, report, base_url))
    parts.append(
        f"</main><footer><p>{esc(m.app_name)} {esc(m.app_version)} · audit log head "
        f'<span class="hash">{esc(m.audit_head)}</span></p></footer></body></html>\n'
    )
    return "".join(parts).encode("utf-8")
