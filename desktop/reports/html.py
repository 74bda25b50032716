"""The HTML report: one self-contained, printable file (no scripts, no network).

Every piece of case text goes through `esc` (or `attr`), so a claim that reads
`<script>alert(1)</script>` shows as those characters; where it meets the report's own words it
is isolated in a `<bdi>` (`bdi`), so that right-to-left text or a direction override left open
cannot reorder them. Quotes carry their own `lang` and `dir`. When the report has a publishing
URL, each claim with a published final verdict (not one awaiting a second reviewer's sign-off)
also carries its schema.org ClaimReview as JSON-LD (inert data, `<` escaped), so a published
report is machine readable.

The same page is the PDF report: its print style sheet (`@media print`, `@page`) puts the
contents first with each claim's page, every claim on a new page with its chain first, keeps
each table row on one page, and numbers the pages "page n of N" under a header that names the
case (isolated) and the export time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from html import escape
from urllib.parse import urlsplit

from db.text.direction import isolate, needs_isolation
from db.vocabulary import HopStatus

from ..colours import STATUS_COLOURS, VERDICT_COLOURS, status_colour, verdict_colour
from ..wording import count, for_people
from .claimreview import claim_review, script_json
from .jsonreport import iso
from .model import EvidenceRef, Report, ReportClaim, ReportHop, ReportSource, _label

Step = Callable[[int], None]

CSS = """
body { font: 11pt/1.45 "DejaVu Sans", "Noto Sans", "Noto Sans Arabic", "Segoe UI", Arial,
       sans-serif; margin: 2em; color: #111; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-top: 1px solid #999;
  padding-top: .6em; } h3 { font-size: 1em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; }
th, td { border: 1px solid #bbb; padding: .25em .4em; vertical-align: top; text-align: start; }
th { background: #eee; } dl.meta { display: grid; grid-template-columns: max-content 1fr;
  gap: .1em 1em; } dl.meta dt { font-weight: bold; } dl.meta dd { margin: 0; }
code, .hash { font-family: "DejaVu Sans Mono", monospace; font-size: .85em;
  overflow-wrap: anywhere; }
blockquote { margin: 0; }
.verdict { font-weight: bold; } .doubtful { color: #a40; font-weight: bold; }
.warn { color: #a40; } .awaiting { color: #a40; font-weight: bold; }
ol.chain { list-style: none; padding: 0; margin: .5em 0 .2em; }
ol.chain li { display: inline-block; vertical-align: middle; margin: .2em 0; }
ol.chain li.hop { border: 1.5px solid #8a8f98; border-left-width: 6px; border-radius: 6px;
  padding: .25em .5em; min-width: 9em; max-width: 16em; font-size: .9em; line-height: 1.35; }
ol.chain li.doubt { border-style: dashed; border-left-style: solid; }
ol.chain li.arrow { font-size: 1.4em; padding: 0 .25em; }
p.legend { font-size: .8em; color: #555; margin: 0 0 .6em; }
.swatch { display: inline-block; width: .8em; height: .8em; margin: 0 .25em 0 .6em;
  vertical-align: -.05em; }
.status { font-weight: bold; }
nav ol { columns: 2; }
@page { size: A4; margin: 16mm 14mm 16mm 14mm;
  @top-left { font: 7.5pt "DejaVu Sans", "Noto Sans Arabic", sans-serif; color: #555; }
  @top-right { font: 7.5pt "DejaVu Sans", sans-serif; color: #555; }
  @bottom-left { font: 7pt "DejaVu Sans", sans-serif; color: #555; }
  @bottom-right { font: 7.5pt "DejaVu Sans", sans-serif; color: #555;
                  content: "page " counter(page) " of " counter(pages); } }
@media print {
  body { margin: 0; font-size: 9pt; } h1 { font-size: 15pt; } h2 { font-size: 12pt; }
  nav { break-after: page; } nav ol { columns: 1; padding-left: 1.6em; }
  nav a::after { content: leader(".") " " target-counter(attr(href), page); }
  section.claim { break-before: page; } section.claim h2 { margin-top: 0; border-top: 0; }
  h2, h3, h4 { break-after: avoid; }
  tr, blockquote, ol.chain li, dl.meta div { break-inside: avoid; }
  thead { display: table-header-group; }
  td, th { font-size: 7.5pt; padding: .2em .3em; overflow-wrap: break-word; }
  td .hash { font-size: 6.5pt; }
  header .hash { white-space: nowrap; overflow-wrap: normal; font-size: 7pt; } table.hops td:first-child { white-space: nowrap; }
  a { color: inherit; text-decoration: none; }
  footer { display: none; } blockquote.rtl { direction: rtl; }
}
"""


@functools.lru_cache(maxsize=8192)
def _esc(text: str) -> str:
    return escape(text, quote=False)


def esc(text: object) -> str:
    """Text for HTML content: `& < >` as entities (names, outlets and labels repeat across a
    report, so their escaped forms are remembered)."""
    return _esc(text if isinstance(text, str) else str(text))


def attr(text: object) -> str:
    return escape(str(text), quote=True)


def bdi(text: object) -> str:
    """Case text in a sentence of the report's own: escaped and isolated (`<bdi>`, whose
    direction comes from its first strong letter), so that right-to-left letters or an override
    left open cannot reorder the words around it. Text that cannot reorder anything (no
    right-to-left letter, no direction control: `needs_isolation`) is only escaped, which keeps
    a large report small."""
    value = text if isinstance(text, str) else str(text)
    if needs_isolation(value):
        return f"<bdi>{_esc(value)}</bdi>"
    return _esc(value)


def _status_class(status: str) -> str:
    """The CSS class suffix of a hop status (`STATUS_CSS`), "unknown" for one not known."""
    return status if status in STATUS_COLOURS else "unknown"


STATUS_CSS = "".join(
    f"ol.chain li.hop.status-{s} {{ border-color: {c}; }} .s-{s} {{ color: {c}; }} "
    f".b-{s} {{ background: {c}; }}\n"
    for s, c in {**STATUS_COLOURS, "unknown": status_colour("")}.items()
) + "".join(
    f".v-{v} {{ color: {c}; }}\n"
    for v, c in {**VERDICT_COLOURS, "unknown": verdict_colour("")}.items()
)
"""Each hop status's colour (as the window's diagram) on its chain box, label, arrow and legend
swatch, and each verdict's colour: one rule each, so a report of 10,000 claims does not repeat
them inline."""


def css_string(text: str) -> str:
    """`text` as a CSS string literal: every character but ASCII letters and digits escaped by
    its code point (`\\2014 `; the space ends the escape and is not part of the string), so that
    nothing in it can end the string or the rule."""
    out = []
    for char in text:
        if char.isascii() and char.isalnum():
            out.append(char)
        else:
            out.append(f"\\{ord(char):x} ")
    return '"' + "".join(out) + '"'


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
    if hop.checked_against:
        klass = "warn" if hop.check is not None and hop.check.needs_review else "checked"
        located += f'<br><span class="{klass}">checked against {esc(hop.checked_against)}</span>'
    # dir="auto" for browsers; the class says the same (the first strong letter's direction,
    # `hop.direction`) to a printer that does not read dir="auto" (WeasyPrint)
    klass = ' class="rtl"' if hop.direction == "rtl" else ""
    quote = f'<{element} dir="auto"{klass}{lang}>{esc(hop.quote)}</{element}>{located}'
    return quote + original_html(hop, element)


def original_html(hop: ReportHop, element: str = "blockquote") -> str:
    """The original's aligned words beside a quote from a translation, in their own direction,
    and the drift flags of the aligned sentences ("" for other hops)."""
    t = hop.translation
    if t is None:
        return ""
    klass = ' class="rtl"' if t.original_direction == "rtl" else ""
    lang = f' lang="{attr(t.original_language)}"' if t.original_language else ""
    flags = "".join(f'<br><span class="warn">{esc(d)}</span>' for d in t.drift)
    return (
        f'<div class="original">original (source #{t.original_source_id}, '
        f"{esc(t.original_language or '?')}):"
        f'<{element} dir="{t.original_direction}"{klass}{lang}>{esc(t.original_quote)}'
        f"</{element}>{flags}</div>"
    )


def source_html(source: ReportSource | None) -> str:
    if source is None:
        return "—"
    parts = [bdi(source.outlet or source.title)]
    if source.title and source.outlet:
        parts.append(f"<br><i>{bdi(source.title)}</i>")
    href = safe_href(source.url)
    if href:
        parts.append(f'<br><a href="{attr(href)}">{bdi(source.url)}</a>')
    elif source.url:
        parts.append(f"<br>{bdi(source.url)}")
    if source.incomplete:
        missing = ", ".join(map(str, source.missing_pages))
        parts.append(
            f'<br><span class="warn">incomplete text{": pages " + missing + " missing" if missing else ""}'
            "</span>"
        )
    return "".join(parts)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def chain_html(claim: ReportClaim, chain: tuple[int, ...], number: int) -> str:
    """One route as boxes (actor, relation, outlet, status) joined by arrows, origin first, as
    the window draws it: each box edged and its status written in the colour of its hop's
    attribution status, the arrow into it in that colour too, dashed (⇢) where the direction is
    doubtful. HTML rather than SVG, so that a printer lays Arabic or Hebrew out as a browser
    does and a long chain wraps onto more lines instead of shrinking."""
    parts = [f'<ol class="chain" aria-label="Route {number} of claim {claim.id}">']
    by_id = {h.id: h for h in claim.hops}
    for index, hop_id in enumerate(chain):
        hop = by_id[hop_id]
        status = _status_class(hop.status)
        if index:
            arrow = "⇢" if hop.direction_doubtful else "→"
            parts.append(f'<li class="arrow s-{status}" aria-hidden="true">{arrow}</li>')
        outlet = (hop.source.outlet or hop.source.title) if hop.source else ""
        doubt = " doubt" if hop.direction_doubtful else ""
        relation = hop.relation_label + (" (direction doubtful)" if hop.direction_doubtful else "")
        parts.append(
            f'<li class="hop status-{status}{doubt}" data-hop="{hop.id}">'
            f"<b>{bdi(_clip(hop.actor.name, 60))}</b><br>{esc(relation)}"
            + (f"<br>{bdi(_clip(outlet, 60))}" if outlet else "")
            + f'<br><span class="status s-{status}">{esc(hop.status_label)}</span></li>'
        )
    parts.append("</ol>")
    statuses = dict.fromkeys(by_id[h].status for h in chain)
    legend = "".join(
        f'<span class="swatch b-{_status_class(s)}"></span>{esc(_label(HopStatus, s))} '
        for s in statuses
    )
    if any(by_id[h].direction_doubtful for h in chain):
        legend += "· ⇢ dashed: direction doubtful"
    return parts[0] + "".join(parts[1:]) + f'<p class="legend">{legend}</p>'


def _evidence_cell(refs: tuple[tuple[EvidenceRef, tuple[str, ...]], ...], note: str) -> str:
    parts = [bdi(note)] if note else []
    for ref, pages in refs:
        where = f", {'page' if len(pages) == 1 else 'pages'} {', '.join(pages)}"
        parts.append(
            f'{bdi(ref.file_name)}{where if pages else ""}<br><span class="hash" '
            f'title="SHA-256 {attr(ref.sha256)}">{esc(ref.sha256[:16])}…</span>'
        )
    return "<br>".join(parts)


def hop_rows(claim: ReportClaim) -> str:
    rows = []
    for hop in claim.hops:
        pages = ", ".join(hop.cited_pages)
        evidence = ""
        if hop.evidence:
            ev = hop.evidence
            evidence = (
                f'{bdi(ev.file_name)}<br><span class="hash">{esc(ev.sha256)}</span>'
                f"{'<br>page ' + pages if pages else ''}"
            )
        status = (
            f'<span class="status s-{_status_class(hop.status)}">{esc(hop.status_label)}</span>'
        )
        if hop.status_rationale:
            status += f"<br><small>{bdi(hop.status_rationale)}</small>"
        relation = esc(hop.relation_label)
        if hop.direction_doubtful:
            relation += '<br><span class="doubtful">direction doubtful</span>'
        if hop.note:
            relation += f"<br><small>{bdi(hop.note)}</small>"
        rows.append(
            f'<tr id="hop-{hop.id}"><td>{hop.id}</td><td>{bdi(hop.actor.name)}'
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
        f"<tr><td>{esc(for_people(r.at))}</td><td>{bdi(r.reviewer)}</td>"
        f"<td>{esc(r.what)}</td>"
        f"<td>{esc(r.change)}</td><td>{bdi(r.rationale)}</td>"
        f"<td>{_evidence_cell(claim.review_evidence(r), r.evidence)}</td></tr>"
        for r in claim.reviews
    )
    return (
        '<table class="reviews"><thead><tr><th>When</th><th>Reviewer</th><th>What</th>'
        f"<th>Change</th><th>Why</th><th>Evidence</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def claim_html(claim: ReportClaim, report: Report, base_url: str = "") -> str:
    chains = "".join(
        f"<h4>Route {n}</h4>{chain_html(claim, chain, n)}"
        if len(claim.chains) > 1
        else chain_html(claim, chain, n)
        for n, chain in enumerate(claim.chains, 1)
    )
    tags = f"<p>Tags: {', '.join(bdi(t) for t in claim.tags)}</p>" if claim.tags else ""
    notes = f"<p>Notes: {bdi(claim.notes)}</p>" if claim.notes else ""
    rationale = f"<p>Rationale: {bdi(claim.rationale)}</p>" if claim.rationale else ""
    who = claim.verdict_attribution(for_people, bdi)
    signoff = ""
    if who:
        klass = ' class="awaiting"' if claim.awaiting_signoff else ""
        signoff = f'<p{klass} data-signoff="{attr(claim.signoff)}">{who}</p>'
    review = claim_review(claim, report, base_url) if base_url else None
    jsonld = f'<script type="application/ld+json">{script_json(review)}</script>' if review else ""
    hops = (
        '<table class="hops"><thead><tr><th>Hop</th><th>Actor</th><th>Relation</th>'
        "<th>Source</th><th>Date</th><th>Lang.</th><th>Quote</th><th>Status</th>"
        f"<th>Evidence file (SHA-256)</th></tr></thead><tbody>{hop_rows(claim)}</tbody></table>"
        if claim.hops
        else "<p>No hops recorded.</p>"
    )
    verdict = claim.verdict if claim.verdict in VERDICT_COLOURS else "unknown"
    return (
        f'<section class="claim" id="claim-{claim.id}"><h2>Claim {claim.id}: {bdi(claim.text)}'
        f'</h2><p>Verdict: <span class="verdict v-{verdict}">'
        f"{esc(claim.verdict_summary)}</span></p>{signoff}{rationale}"
        f"{tags}{notes}<h3>Chain</h3>{chains or '<p>No chain recorded.</p>'}{hops}"
        f"<h3>Review history</h3>{reviews_html(claim)}{jsonld}</section>\n"
    )


def meta_html(report: Report, base_url: str = "") -> str:
    m = report.meta
    evidence = "".join(
        f'<li>{bdi(e.file_name)}: <span class="hash">{esc(e.sha256)}</span></li>'
        for e in report.evidence
    )
    published = (
        f"<dt>Published at</dt><dd>{bdi(base_url)}</dd>"
        if base_url
        else "<dt>ClaimReview markup</dt><dd>not embedded: the case has no publishing URL "
        "(<code>provdesk-cli publish-url URL</code>)</dd>"
    )
    return (
        '<dl class="meta">'
        f"<dt>Case</dt><dd>{bdi(m.case_name)}</dd><dt>Scope</dt><dd>{bdi(m.scope)}</dd>"
        f"<dt>Claims</dt><dd>{len(report.claims):,}</dd>"
        f"<dt>Exported by</dt><dd>{bdi(m.reviewer)}</dd>"
        f'<dt>Exported at</dt><dd><time datetime="{attr(iso(m.generated_at))}">'
        f"{esc(for_people(m.generated_at))}</time></dd>"
        f"<dt>App</dt><dd>{esc(m.app_name)} {esc(m.app_version)}</dd>"
        f'<dt>Audit log head</dt><dd class="hash">{esc(m.audit_head)}</dd>'
        f"<dt>Four-eyes verdicts</dt><dd>{'on' if m.four_eyes else 'off'}</dd>"
        + published
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


def page_css(report: Report) -> str:
    """The printed page's header and footer for this report: the case name isolated (FSI … PDI)
    from the export time, which has a margin box of its own, so neither can tear the other."""
    m = report.meta
    left = f"Provenance report — {isolate(m.case_name)}"
    right = f"{for_people(m.generated_at)} · {isolate(m.reviewer)}"
    footer = f"{m.app_name} {m.app_version} · audit log head {m.audit_head[:16]}…"
    return (
        f"@page {{ @top-left {{ content: {css_string(left)}; }} "
        f"@top-right {{ content: {css_string(right)}; }} "
        f"@bottom-left {{ content: {css_string(footer)}; }} }}"
    )


def render(report: Report, step: Step | None = None, base_url: str = "") -> bytes:
    """The report as one HTML page (UTF-8). The same page, printed (`@media print`, `@page`), is
    the PDF report. ClaimReview JSON-LD is embedded only with a publishing URL (`base_url`,
    else the case's setting), as a search engine needs an absolute `url`."""
    m = report.meta
    base_url = base_url or m.publish_url
    toc = "".join(
        f'<li><a href="#claim-{c.id}">{bdi(_clip(c.text, 120))} — {esc(c.verdict_summary)}</a></li>'
        for c in report.claims
    )
    title = f"Provenance report — {isolate(m.case_name)}"
    parts = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>{esc(title)}</title><style>{CSS}{STATUS_CSS}{page_css(report)}</style></head>"
        "<body>"
        f"<header><h1>Provenance report — {bdi(m.case_name)}</h1>"
        f"{meta_html(report, base_url)}</header>"
        f"<nav><h2>Contents ({esc(count(len(report.claims), 'claim', 'claims'))})</h2>"
        f"<ol>{toc}</ol></nav><main>\n"
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
