"""The Markdown report (CommonMark with GFM tables).

Markdown passes raw HTML through to whatever renders it, so case text is escaped twice over:
`< > &` become entities and Markdown's own punctuation gets a backslash. Nothing a claim or a
quote says can turn into a tag, a link or a table cell boundary. Each piece of case text is
then, where it holds right-to-left letters or direction controls, isolated (U+2068 … U+2069,
`db.text.direction.isolate`), so that right-to-left text or
a direction override left open cannot reorder the report's own words on its line.

The report's own words (headings, labels, vocabularies, dates) are in the language the reviewer
chose (`words.ReportWords`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextvars import ContextVar

from db.text.direction import isolate, needs_isolation
from db.vocabulary import HopStatus, Relation

from .drift_words import drift_line, drift_summary
from .jsonreport import iso
from .model import EvidenceRef, Report, ReportClaim, ReportHop
from .phrases import (
    check_citation,
    lower_label,
    review_change,
    review_what,
    verdict_attribution,
    verdict_summary,
)
from .words import ENGLISH, N_, ReportWords

Step = Callable[[int], None]

_RIGHT_TO_LEFT: ContextVar[bool] = ContextVar("right_to_left_markdown", default=False)

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
    copy and grep to carry: it reads the same either way. A right-to-left report isolates
    every piece (a left-to-right name would lose its closing bracket to the line's direction)."""
    shown = plain(text if isinstance(text, str) else str(text))
    return isolate(shown) if _RIGHT_TO_LEFT.get() or needs_isolation(shown) else shown


def _evidence(
    refs: tuple[tuple[EvidenceRef, tuple[str, ...]], ...], note: str, w: ReportWords
) -> str:
    parts = [md(note)] if note else []
    for ref, pages in refs:
        where = " " + w.ngettext("p. {pages}", "pp. {pages}", len(pages), pages=", ".join(pages))
        parts.append(f"{md(ref.file_name)}{where if pages else ''} `{ref.sha256[:16]}…`")
    return w._("; ").join(parts)


def _route(claim: ReportClaim, chain: tuple[int, ...], w: ReportWords) -> str:
    """One route in a line, origin first: "Anna (Said; confirmed) → …"."""
    by_id = {h.id: h for h in claim.hops}
    doubtful, then = w._(", direction doubtful"), w._("; ")
    return f" {w.arrow} ".join(
        f"{md(by_id[h].actor.name)} ({plain(w.value(Relation, by_id[h].relation))}"
        f"{doubtful if by_id[h].direction_doubtful else ''}{then}"
        f"{plain(lower_label(w, w.value(HopStatus, by_id[h].status)))})"
        for h in chain
    )


def _hop_row(h: ReportHop, w: ReportWords) -> str:
    relation = plain(w.value(Relation, h.relation))
    if h.direction_doubtful:
        relation += " — " + plain(w._("direction doubtful"))
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
            source += " " + plain(w._("(incomplete text)"))
    status = plain(w.value(HopStatus, h.status)) + (
        f": {md(h.status_rationale)}" if h.status_rationale else ""
    )
    evidence = ""
    if h.evidence:
        evidence = f"{md(h.evidence.file_name)} `{h.evidence.sha256}`"
        if h.pages:
            cited = ", ".join(h.cited_pages)
            evidence += " " + w.ngettext(
                "p. {pages}", "pp. {pages}", len(h.cited_pages), pages=cited
            )
    if h.checked_against:
        checked = w._("checked against {version}").format(version=check_citation(w, h.check))
        evidence += f" ({md(checked)})"
    if h.quote_not_located:
        evidence += " " + plain(w._("(quote not located in the source)"))
    quote = md(h.quote)
    if h.translation is not None:
        t = h.translation
        drift = drift_line(t.flags, w)
        original = w._("original (#{source}, {language}):").format(
            source=t.original_source_id, language=t.original_language
        )
        whole = drift_summary(t.counts, w)
        quote += f" — {plain(original)} {md(t.original_quote)} ({plain(drift)}; {plain(whole)})"
    return (
        f"| {h.id} | {md(h.actor.name)} | {relation} | {source} | "
        f"{iso(h.relayed_on) or ''} | {plain(h.language)} | {quote} | {status} | "
        f"{evidence} |"
    )


HOP_COLUMNS = (
    N_("Hop"),
    N_("Actor"),
    N_("Relation"),
    N_("Source"),
    N_("Date"),
    N_("Lang."),
    N_("Quote"),
    N_("Status"),
    N_("Evidence file"),
)


def _claim(claim: ReportClaim, w: ReportWords) -> str:
    heading = w._("Claim {number}: {text}").format(number=claim.id, text=md(claim.text))
    lines = [f'<a id="claim-{claim.id}"></a>', f"## {heading}", ""]
    lines.append(_said(w._("Verdict:"), plain(verdict_summary(w, claim))))
    who = verdict_attribution(w, claim, md)
    if who:
        strong = "**" if claim.awaiting_signoff else ""
        lines.append(f"{strong}{who}{strong}  ")
    if claim.rationale:
        lines.append(_said(w._("Rationale:"), md(claim.rationale)))
    if claim.tags:
        lines.append(_said(w._("Tags:"), md(w._(", ").join(claim.tags))))
    if claim.notes:
        lines.append(_said(w._("Notes:"), md(claim.notes)))
    lines.append("")
    for number, chain in enumerate(claim.chains, 1):
        route = w._("Route {number}:").format(number=number)
        lines.append(f"{plain(route)} {_route(claim, chain, w)}  ")
    if claim.hops:
        lines += [
            "",
            "| " + " | ".join(plain(w._(c)) for c in HOP_COLUMNS) + " |",
            "| " + " | ".join("---" for _ in HOP_COLUMNS) + " |",
        ]
        lines += [_hop_row(h, w) for h in claim.hops]
    lines += ["", "### " + plain(w._("Review history")), ""]
    if not claim.reviews:
        lines.append(plain(w._("No reviews yet.")))
    for r in claim.reviews:
        evidence = _evidence(claim.review_evidence(r), r.evidence, w)
        lines.append(
            f"- {w.when(r.at)} — {md(r.reviewer)} — {plain(review_what(w, r))}: "
            f"{plain(review_change(w, r))}"
            + (f" — {md(r.rationale)}" if r.rationale else "")
            + (" " + w._("(evidence: {evidence})").format(evidence=evidence) if evidence else "")
        )
    lines.append("")
    return "\n".join(lines)


def _said(label: str, value: str) -> str:
    """A line of the claim: its label bold ("**Verdict:** False"), a hard line break after."""
    return f"**{plain(label)}** {value}  "


def _item(label: str, value: str) -> str:
    return f"- {plain(label)} {value}"


def render(report: Report, step: Step | None = None, words: ReportWords = ENGLISH) -> bytes:
    """The report in Markdown, its own words in the language of `words`."""
    token = _RIGHT_TO_LEFT.set(words.direction == "rtl")
    try:
        return _render(report, step, words)
    finally:
        _RIGHT_TO_LEFT.reset(token)


def _render(report: Report, step: Step | None, w: ReportWords) -> bytes:
    m = report.meta
    claims = w.ngettext("{n} claim", "{n} claims", len(report.claims))
    heading = w._("Provenance report — {case}").format(case=md(m.case_name))
    out = [
        f"# {heading}",
        "",
        _item(w._("Scope:"), f"{md(m.scope)} ({claims})"),
        _item(w._("Exported by:"), md(m.reviewer)),
        _item(w._("Exported at:"), f"{w.when(m.generated_at)} ({iso(m.generated_at)})"),
        _item(w._("App:"), f"{plain(m.app_name)} {plain(m.app_version)}"),
        _item(w._("Audit log head:"), f"`{m.audit_head}`"),
        _item(w._("Four-eyes verdicts:"), w._("on") if m.four_eyes else w._("off")),
    ]
    if m.signing_key:
        out.append(
            "- "
            + w._(
                "Signed with the desk key (SHA-256 fingerprint): {key}; the detached "
                "signature is this file's name plus {suffix}"
            ).format(key=f"`{m.signing_key}`", suffix="`.sig`")
        )
    out.append("")
    if report.evidence:
        out += ["## " + plain(w._("Evidence files cited")), ""]
        out += [f"- {md(e.file_name)}: `{e.sha256}`" for e in report.evidence]
        out.append("")
    out += ["## " + plain(w._("Contents")), ""]
    out += [
        f"1. [{md(c.text)}](#claim-{c.id}) — {plain(verdict_summary(w, c))}" for c in report.claims
    ]
    out.append("")
    for index, claim in enumerate(report.claims):
        if step is not None:
            step(index)
        out.append(_claim(claim, w))
    return "\n".join(out).encode("utf-8")
