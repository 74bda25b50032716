"""The HTML report: one self-contained, printable file (no scripts, no network).

Every piece of case text goes through `esc` (or `attr`), so a claim that reads
`<script>alert(1)</script>` shows as those characters; where it meets the report's own words it
is isolated in a `<bdi>` (`bdi`), so that right-to-left text or a direction override left open
cannot reorder them. Quotes carry their own `lang` and `dir`. When the report has a publishing
URL, each claim with a published final verdict (not one awaiting a second reviewer's sign-off)
also carries its schema.org ClaimReview as JSON-LD (inert data, `<` escaped), so a published
report is machine readable.

Printed from a browser, its print style sheet (`@media print`, `@page`) puts the contents first
with each claim's page, every claim on a new page with its chain first, keeps each table row on
one page, and numbers the pages "page n of N" under a header that names the case (isolated) and
the export time. The PDF report (`pdf`) draws the same contents the same way with fpdf2.

The report's own words (headings, labels, the vocabularies' labels, dates) are in the language
the reviewer chose (`words.ReportWords`); an Arabic report is laid out right to left
(`<html lang="ar" dir="rtl">`), its chains running from the right with arrows pointing left.
"""

from __future__ import annotations

from collections.abc import Callable

from db.text.direction import isolate
from db.vocabulary import ActorKind, HopStatus, Relation

from ..colours import VERDICT_COLOURS
from .claimreview import claim_review, script_json
from .drift_words import drift_summary, drift_words
from .html_front import front
from .html_style import CSS, STATUS_CSS, css_string, status_class
from .html_text import attr, bdi, clip, esc, margin_sides, safe_href, writing
from .jsonreport import iso
from .model import EvidenceRef, Report, ReportClaim, ReportHop, ReportSource
from .phrases import check_citation, review_change, review_what, verdict_attribution
from .phrases import verdict_summary as summary
from .words import ENGLISH, N_, ReportWords

Step = Callable[[int], None]

__all__ = [
    "CSS",
    "STATUS_CSS",
    "attr",
    "bdi",
    "css_string",
    "esc",
    "margin_sides",
    "render",
    "safe_href",
    "writing",
]


def _direction_class(direction: str, w: ReportWords) -> str:
    """The class that tells a printer (which does not read dir="auto") the quote's direction:
    right-to-left quotes in every report, left-to-right ones in a right-to-left report."""
    if direction == "rtl":
        return ' class="rtl"'
    return ' class="ltr"' if w.direction == "rtl" else ""


def quote_html(hop: ReportHop, element: str = "blockquote", w: ReportWords = ENGLISH) -> str:
    if not hop.quote:
        return ""
    lang = f' lang="{attr(hop.language)}"' if hop.language else ""
    not_located = w._("quote not located in the source")
    located = f'<br><span class="warn">{esc(not_located)}</span>' if hop.quote_not_located else ""
    if hop.checked_against:
        klass = "warn" if hop.check is not None and hop.check.needs_review else "checked"
        checked = w._("checked against {version}").format(version=esc(check_citation(w, hop.check)))
        located += f'<br><span class="{klass}">{checked}</span>'
    # dir="auto" for browsers; the class says the same (the first strong letter's direction,
    # `hop.direction`) to a printer that does not read dir="auto"
    klass = _direction_class(hop.direction, w)
    quote = f'<{element} dir="auto"{klass}{lang}>{esc(hop.quote)}</{element}>{located}'
    return quote + original_html(hop, element, w)


def original_html(hop: ReportHop, element: str = "blockquote", w: ReportWords = ENGLISH) -> str:
    """The original's aligned words beside a quote from a translation, in their own direction,
    and the drift flags of the aligned sentences ("" for other hops)."""
    t = hop.translation
    if t is None:
        return ""
    klass = _direction_class(t.original_direction, w)
    lang = f' lang="{attr(t.original_language)}"' if t.original_language else ""
    flags = "".join(f'<br><span class="warn">{esc(d)}</span>' for d in drift_words(t.flags, w))
    flags = flags or f'<br><span class="checked">{esc(w._("no drift found"))}</span>'
    flags += f'<br><span class="summary">{esc(drift_summary(t.counts, w))}</span>'
    said = w._("original (source #{source}, {language}):").format(
        source=t.original_source_id, language=esc(t.original_language or "?")
    )
    return (
        f'<div class="original">{said}'
        f'<{element} dir="{t.original_direction}"{klass}{lang}>{esc(t.original_quote)}'
        f"</{element}>{flags}</div>"
    )


def source_html(source: ReportSource | None, w: ReportWords = ENGLISH) -> str:
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
        words = (
            w._("incomplete text: pages {pages} missing").format(pages=missing)
            if missing
            else w._("incomplete text")
        )
        parts.append(f'<br><span class="warn">{esc(words)}</span>')
    return "".join(parts)


def chain_html(
    claim: ReportClaim, chain: tuple[int, ...], number: int, w: ReportWords = ENGLISH
) -> str:
    """One route as boxes (actor, relation, outlet, status) joined by arrows, origin first, as
    the window draws it: each box edged and its status written in the colour of its hop's
    attribution status, the arrow into it in that colour too, dashed (⇢) where the direction is
    doubtful; in a right-to-left report the route runs from the right and the arrows point
    left. HTML rather than SVG, so that a printer lays Arabic or Hebrew out as a browser
    does and a long chain wraps onto more lines instead of shrinking."""
    label = w._("Route {number} of claim {claim}").format(number=number, claim=claim.id)
    parts = [f'<ol class="chain" aria-label="{attr(label)}">']
    by_id = {h.id: h for h in claim.hops}
    doubtful = w._("direction doubtful")
    for index, hop_id in enumerate(chain):
        hop = by_id[hop_id]
        status = status_class(hop.status)
        if index:
            arrow = w.dashed_arrow if hop.direction_doubtful else w.arrow
            parts.append(f'<li class="arrow s-{status}" aria-hidden="true">{arrow}</li>')
        outlet = (hop.source.outlet or hop.source.title) if hop.source else ""
        doubt = " doubt" if hop.direction_doubtful else ""
        relation = w.value(Relation, hop.relation)
        relation += f" ({doubtful})" if hop.direction_doubtful else ""
        parts.append(
            f'<li class="hop status-{status}{doubt}" data-hop="{hop.id}">'
            f"<b>{bdi(clip(hop.actor.name, 60))}</b><br>{esc(relation)}"
            + (f"<br>{bdi(clip(outlet, 60))}" if outlet else "")
            + f'<br><span class="status s-{status}">{esc(w.value(HopStatus, hop.status))}'
            "</span></li>"
        )
    parts.append("</ol>")
    statuses = dict.fromkeys(by_id[h].status for h in chain)
    legend = "".join(
        f'<span class="swatch b-{status_class(s)}"></span>{esc(w.value(HopStatus, s))} '
        for s in statuses
    )
    if any(by_id[h].direction_doubtful for h in chain):
        legend += "· " + esc(w._("{arrow} dashed: direction doubtful").format(arrow=w.dashed_arrow))
    return parts[0] + "".join(parts[1:]) + f'<p class="legend">{legend}</p>'


def _evidence_cell(
    refs: tuple[tuple[EvidenceRef, tuple[str, ...]], ...], note: str, w: ReportWords = ENGLISH
) -> str:
    parts = [bdi(note)] if note else []
    for ref, pages in refs:
        where = ", " + w.ngettext(
            "page {pages}", "pages {pages}", len(pages), pages=", ".join(pages)
        )
        parts.append(
            f'{bdi(ref.file_name)}{where if pages else ""}<br><span class="hash" '
            f'title="SHA-256 {attr(ref.sha256)}">{esc(ref.sha256[:16])}…</span>'
        )
    return "<br>".join(parts)


def hop_rows(claim: ReportClaim, w: ReportWords = ENGLISH) -> str:
    rows = []
    for hop in claim.hops:
        cited = hop.cited_pages
        evidence = ""
        if hop.evidence:
            ev = hop.evidence
            pages = w.ngettext("page {pages}", "pages {pages}", len(cited), pages=", ".join(cited))
            on_page = "<br>" + esc(pages) if cited else ""
            evidence = f'{bdi(ev.file_name)}<br><span class="hash">{esc(ev.sha256)}</span>{on_page}'
        label = esc(w.value(HopStatus, hop.status))
        status = f'<span class="status s-{status_class(hop.status)}">{label}</span>'
        if hop.status_rationale:
            status += f"<br><small>{bdi(hop.status_rationale)}</small>"
        relation = esc(w.value(Relation, hop.relation))
        if hop.direction_doubtful:
            doubtful = w._("direction doubtful")
            relation += f'<br><span class="doubtful">{esc(doubtful)}</span>'
        if hop.note:
            relation += f"<br><small>{bdi(hop.note)}</small>"
        rows.append(
            f'<tr id="hop-{hop.id}"><td>{hop.id}</td><td>{bdi(hop.actor.name)}'
            f"<br><small>{esc(_kind(hop.actor.kind, w))}</small></td><td>{relation}</td>"
            f"<td>{source_html(hop.source, w)}</td><td>{esc(iso(hop.relayed_on) or '')}</td>"
            f"<td>{esc(hop.language)}</td><td>{quote_html(hop, w=w)}</td><td>{status}</td>"
            f"<td>{evidence}</td></tr>"
        )
    return "".join(rows)


def _kind(kind: str, w: ReportWords) -> str:
    """An actor's kind as the English report has always shown it (its slug), translated in
    another language."""
    return kind if w.language == "en" else w.value(ActorKind, kind)


def _head(w: ReportWords, *names: str) -> str:
    return "<thead><tr>" + "".join(f"<th>{esc(w._(n))}</th>" for n in names) + "</tr></thead>"


def reviews_html(claim: ReportClaim, w: ReportWords = ENGLISH) -> str:
    if not claim.reviews:
        return "<p>" + esc(w._("No reviews yet.")) + "</p>"
    rows = "".join(
        f"<tr><td>{esc(w.when(r.at))}</td><td>{bdi(r.reviewer)}</td>"
        f"<td>{esc(review_what(w, r))}</td>"
        f"<td>{esc(review_change(w, r))}</td><td>{bdi(r.rationale)}</td>"
        f"<td>{_evidence_cell(claim.review_evidence(r), r.evidence, w)}</td></tr>"
        for r in claim.reviews
    )
    head = _head(w, N_("When"), N_("Reviewer"), N_("What"), N_("Change"), N_("Why"), N_("Evidence"))
    return f'<table class="reviews">{head}<tbody>{rows}</tbody></table>'


def claim_html(
    claim: ReportClaim, report: Report, base_url: str = "", w: ReportWords = ENGLISH
) -> str:
    route = w._("Route {number}")
    chains = "".join(
        f"<h4>{esc(route.format(number=n))}</h4>{chain_html(claim, chain, n, w)}"
        if len(claim.chains) > 1
        else chain_html(claim, chain, n, w)
        for n, chain in enumerate(claim.chains, 1)
    )
    tags = _said(w._("Tags:"), w._(", ").join(bdi(t) for t in claim.tags)) if claim.tags else ""
    notes = _said(w._("Notes:"), bdi(claim.notes)) if claim.notes else ""
    rationale = _said(w._("Rationale:"), bdi(claim.rationale)) if claim.rationale else ""
    who = verdict_attribution(w, claim, bdi)
    signoff = ""
    if who:
        klass = ' class="awaiting"' if claim.awaiting_signoff else ""
        signoff = f'<p{klass} data-signoff="{attr(claim.signoff)}">{who}</p>'
    review = claim_review(claim, report, base_url) if base_url else None
    jsonld = f'<script type="application/ld+json">{script_json(review)}</script>' if review else ""
    head = _head(
        w,
        N_("Hop"),
        N_("Actor"),
        N_("Relation"),
        N_("Source"),
        N_("Date"),
        N_("Lang."),
        N_("Quote"),
        N_("Status"),
        N_("Evidence file (SHA-256)"),
    )
    hops = (
        f'<table class="hops">{head}<tbody>{hop_rows(claim, w)}</tbody></table>'
        if claim.hops
        else "<p>" + esc(w._("No hops recorded.")) + "</p>"
    )
    verdict = claim.verdict if claim.verdict in VERDICT_COLOURS else "unknown"
    heading = w._("Claim {number}: {text}").format(number=claim.id, text=bdi(claim.text))
    no_chain = "<p>" + esc(w._("No chain recorded.")) + "</p>"
    shown = _said(
        w._("Verdict:"), f'<span class="verdict v-{verdict}">{esc(summary(w, claim))}</span>'
    )
    chain_heading, history = esc(w._("Chain")), esc(w._("Review history"))
    return (
        f'<section class="claim" id="claim-{claim.id}"><h2>{heading}</h2>{shown}{signoff}'
        f"{rationale}{tags}{notes}<h3>{chain_heading}</h3>{chains or no_chain}{hops}"
        f"<h3>{history}</h3>{reviews_html(claim, w)}{jsonld}</section>\n"
    )


def _said(label: str, value: str) -> str:
    """A paragraph of a label of the report's ("Verdict:") and its value (already HTML)."""
    return f"<p>{esc(label)} {value}</p>"


def _title(report: Report, w: ReportWords) -> str:
    return w._("Provenance report — {case}").format(case=isolate(report.meta.case_name))


def page_css(report: Report, w: ReportWords = ENGLISH) -> str:
    """The printed page's header and footer for this report: the case name isolated (FSI … PDI)
    from the export time, which has a margin box of its own, so neither can tear the other;
    "page n of N" in the report's words; a right-to-left report puts the title and the footer
    on the right."""
    m = report.meta
    right = f"{w.when(m.generated_at)} · {isolate(m.reviewer)}"
    footer = w._("{app} {version} · audit log head {hash}…").format(
        app=m.app_name, version=m.app_version, hash=m.audit_head[:16]
    )
    start, end = margin_sides(w)
    return (
        f"@page {{ @top-{start} {{ content: {css_string(_title(report, w))}; }} "
        f"@top-{end} {{ content: {css_string(right)}; }} "
        f"@bottom-{start} {{ content: {css_string(footer)}; }} "
        f"@bottom-{end} {{ content: {page_numbers(w)}; }} }}"
    )


def page_numbers(w: ReportWords, total: int | None = None) -> str:
    """The CSS content "page n of N" in the report's words; N is `total` when given (a report
    printed in parts numbers its pages once all are laid out), else the document's own."""
    before, rest = w._("page {page} of {pages}").split("{page}", 1)
    between, after = rest.split("{pages}", 1)
    pages = "counter(pages)" if total is None else css_string(str(total))
    return f"{css_string(before)} counter(page) {css_string(between)} {pages} {css_string(after)}"


def render(
    report: Report, step: Step | None = None, base_url: str = "", words: ReportWords = ENGLISH
) -> bytes:
    """The report as one HTML page (UTF-8) in the language of `words`. ClaimReview JSON-LD is embedded only with a
    publishing URL (`base_url`, else the case's setting), as a search engine needs an absolute
    `url`."""
    with writing(words):
        base_url = base_url or report.meta.publish_url
        parts = [head(report, words), front(report, base_url, words), "<main>\n"]
        for index, claim in enumerate(report.claims):
            if step is not None:
                step(index)
            parts.append(claim_html(claim, report, base_url, words))
        parts.append("</main>" + tail(report, words))
        return "".join(parts).encode("utf-8")


def head(report: Report, w: ReportWords, extra_css: str = "") -> str:
    """The page's start: doctype, `<head>` (title, style sheets, then `extra_css`), `<body>`."""
    direction = ' dir="rtl"' if w.direction == "rtl" else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{w.language}"{direction}><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>{esc(_title(report, w))}</title>"
        f"<style>{CSS}{STATUS_CSS}{page_css(report, w)}{extra_css}</style></head>"
        "<body>"
    )


def tail(report: Report, w: ReportWords) -> str:
    """The page's end: the app and the audit log head (on screen; print hides it)."""
    m = report.meta
    footer = w._("{app} {version} · audit log head {hash}").format(
        app=esc(m.app_name),
        version=esc(m.app_version),
        hash=f'<span class="hash">{esc(m.audit_head)}</span>',
    )
    return f"<footer><p>{footer}</p></footer></body></html>\n"
