"""A claim in the PDF report, as the HTML report prints it: from a new page, its heading, verdict
and who set it, rationale, tags, notes, its chain diagram(s) first, the hop table, the review
history. The words are the report's (`ReportWords`); case text is a run of its own, in its own
direction (`pdf_canvas`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from db.vocabulary import ActorKind, HopStatus, Relation

from ..colours import status_colour, verdict_colour
from .drift_words import drift_summary, drift_words
from .jsonreport import iso
from .model import ReportClaim, ReportHop, ReportSource
from .pdf_canvas import BLACK, GREY, WARN, Canvas, Run, rgb
from .pdf_table import Cell, chain, table
from .phrases import check_citation, review_change, review_what, verdict_attribution
from .phrases import verdict_summary as summary
from .words import ReportWords

_FIELD = re.compile(r"\{(\w+)\}")
Mark = Callable[[str, int], None]
"""Records a heading for the outline: (title, level)."""

SIZE = 7.5
HOP_WIDTHS = (0.06, 0.09, 0.08, 0.10, 0.10, 0.055, 0.275, 0.10, 0.14)
REVIEW_WIDTHS = (0.20, 0.10, 0.10, 0.13, 0.30, 0.17)


def fill(template: str, run: Run, **case: object) -> list[Run]:
    """A sentence of the report's (`template`, already translated) with the case's values
    (`case`) as runs of their own, so that they keep their own direction."""
    runs: list[Run] = []
    last = 0
    for match in _FIELD.finditer(template):
        if match.start() > last:
            runs.append(Run(template[last : match.start()], run.style, run.size, run.colour))
        value = case.get(match.group(1), match.group(0))
        runs.append(Run(str(value), run.style, run.size, run.colour))
        last = match.end()
    if last < len(template):
        runs.append(Run(template[last:], run.style, run.size, run.colour))
    return runs


def _kind(kind: str, w: ReportWords) -> str:
    return kind if w.language == "en" else w.value(ActorKind, kind)


def _source(source: ReportSource | None, w: ReportWords) -> Cell:
    if source is None:
        return [[Run("—", size=SIZE)]]
    cell: list[list[Run]] = [[Run(source.outlet or source.title, size=SIZE)]]
    if source.title and source.outlet:
        cell.append([Run(source.title, "I", SIZE)])
    if source.url:
        cell.append([Run(source.url, size=SIZE)])
    if source.incomplete:
        missing = ", ".join(map(str, source.missing_pages))
        words = (
            w._("incomplete text: pages {pages} missing").format(pages=missing)
            if missing
            else w._("incomplete text")
        )
        cell.append([Run(words, size=SIZE, colour=WARN)])
    return cell


def _quote(hop: ReportHop, w: ReportWords) -> tuple[Cell, list[bool | None]]:
    if not hop.quote:
        return [], []
    cell: list[list[Run]] = [[Run(hop.quote, size=SIZE)]]
    directions: list[bool | None] = [hop.direction == "rtl"]
    if hop.quote_not_located:
        cell.append([Run(w._("quote not located in the source"), size=SIZE, colour=WARN)])
        directions.append(None)
    if hop.checked_against:
        warn = hop.check is not None and hop.check.needs_review
        checked = w._("checked against {version}").format(version=check_citation(w, hop.check))
        cell.append([Run(checked, size=SIZE, colour=WARN if warn else (46, 125, 50))])
        directions.append(None)
    t = hop.translation
    if t is not None:
        said = w._("original (source #{source}, {language}):").format(
            source=t.original_source_id, language=t.original_language or "?"
        )
        cell.append([Run(said, size=SIZE)])
        cell.append([Run(t.original_quote, size=SIZE)])
        directions += [None, t.original_direction == "rtl"]
        for drift in drift_words(t.flags, w):
            cell.append([Run(drift, size=SIZE, colour=WARN)])
            directions.append(None)
        if not t.flags:
            cell.append([Run(w._("no drift found"), size=SIZE, colour=GREY)])
            directions.append(None)
        cell.append([Run(drift_summary(t.counts, w), size=SIZE, colour=GREY)])
        directions.append(None)
    return cell, directions


def _hop_row(hop: ReportHop, w: ReportWords) -> tuple[list[Cell], list[bool | None]]:
    evidence: list[list[Run]] = []
    if hop.evidence:
        evidence = [[Run(hop.evidence.file_name, size=SIZE)], [Run(hop.evidence.sha256, "M", 6.5)]]
        if hop.cited_pages:
            cited = hop.cited_pages
            pages = w.ngettext("page {pages}", "pages {pages}", len(cited), pages=", ".join(cited))
            evidence.append([Run(pages, size=SIZE)])
    colour = rgb(status_colour(hop.status))
    status: list[list[Run]] = [[Run(w.value(HopStatus, hop.status), "B", SIZE, colour)]]
    if hop.status_rationale:
        status.append([Run(hop.status_rationale, size=6.5)])
    relation: list[list[Run]] = [[Run(w.value(Relation, hop.relation), size=SIZE)]]
    if hop.direction_doubtful:
        relation.append([Run(w._("direction doubtful"), "B", SIZE, WARN)])
    if hop.note:
        relation.append([Run(hop.note, size=6.5)])
    quote, directions = _quote(hop, w)
    return [
        [[Run(str(hop.id), size=SIZE)]],
        [[Run(hop.actor.name, size=SIZE)], [Run(_kind(hop.actor.kind, w), size=6.5)]],
        relation,
        _source(hop.source, w),
        [[Run(iso(hop.relayed_on) or "", size=SIZE)]],
        [[Run(hop.language, size=SIZE)]],
        quote,
        status,
        evidence,
    ], directions


def _chain(canvas: Canvas, claim: ReportClaim, route: tuple[int, ...], w: ReportWords) -> None:
    by_id = {h.id: h for h in claim.hops}
    boxes = []
    arrows = []
    doubtful_words = w._("direction doubtful")
    for index, hop_id in enumerate(route):
        hop = by_id[hop_id]
        colour = rgb(status_colour(hop.status))
        if index:
            arrows.append((w.dashed_arrow if hop.direction_doubtful else w.arrow, colour))
        outlet = (hop.source.outlet or hop.source.title) if hop.source else ""
        relation = w.value(Relation, hop.relation)
        if hop.direction_doubtful:
            relation += f" ({doubtful_words})"
        size = 8.1
        paragraphs = [[Run(_clip(hop.actor.name, 60), "B", size)], [Run(relation, size=size)]]
        if outlet:
            paragraphs.append([Run(_clip(outlet, 60), size=size)])
        paragraphs.append([Run(w.value(HopStatus, hop.status), "B", size, colour)])
        boxes.append((paragraphs, colour, hop.direction_doubtful))
    chain(canvas, boxes, arrows)
    legend: list[Run] = []
    for status in dict.fromkeys(by_id[h].status for h in route):
        legend.append(Run("■ ", size=7.2, colour=rgb(status_colour(status))))
        legend.append(Run(w.value(HopStatus, status) + "  ", size=7.2, colour=GREY))
    if any(by_id[h].direction_doubtful for h in route):
        legend.append(
            Run(
                "· " + w._("{arrow} dashed: direction doubtful").format(arrow=w.dashed_arrow),
                size=7.2,
                colour=GREY,
            )
        )
    canvas.paragraph(legend)
    canvas.gap(4)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def heading(canvas: Canvas, runs: list[Run], mark: Mark, title: str, level: int) -> None:
    size = max(r.size for r in runs)
    canvas.ensure(size * 1.4 * 3)
    mark(title, level)
    canvas.paragraph(runs)
    canvas.gap(size * 0.3)


def claim_pdf(canvas: Canvas, claim: ReportClaim, w: ReportWords, mark: Mark) -> None:
    """The claim from a new page; `mark(title, level)` is called at its headings (its first
    call is at the top of the claim's first page)."""
    canvas.new_page()
    text = w._("Claim {number}: {text}")
    title = text.format(number=claim.id, text=claim.text)
    mark(title, 1)
    canvas.paragraph(
        fill(text.replace("{number}", str(claim.id)), Run("", "B", 12), text=claim.text)
    )
    canvas.gap(4)
    verdict = claim.verdict if claim.verdict else "unknown"
    canvas.paragraph(
        [
            Run(w._("Verdict:") + " "),
            Run(summary(w, claim), "B", colour=rgb(verdict_colour(verdict))),
        ]
    )
    who = verdict_attribution(w, claim)
    if who:
        canvas.paragraph(
            [
                Run(
                    who,
                    "B" if claim.awaiting_signoff else "",
                    colour=WARN if claim.awaiting_signoff else BLACK,
                )
            ]
        )
    if claim.rationale:
        canvas.paragraph([Run(w._("Rationale:") + " "), Run(claim.rationale)])
    if claim.tags:
        tags: list[Run] = [Run(w._("Tags:") + " ")]
        for index, tag in enumerate(claim.tags):
            if index:
                tags.append(Run(w._(", ")))
            tags.append(Run(tag))
        canvas.paragraph(tags)
    if claim.notes:
        canvas.paragraph([Run(w._("Notes:") + " "), Run(claim.notes)])
    canvas.gap(4)
    chain_heading = w._("Chain")
    heading(canvas, [Run(chain_heading, "B", 9)], mark, chain_heading, 2)
    if not claim.chains:
        canvas.paragraph([Run(w._("No chain recorded."))])
    for number, route in enumerate(claim.chains, 1):
        if len(claim.chains) > 1:
            name = w._("Route {number}").format(number=number)
            heading(canvas, [Run(name, "B", 9)], mark, name, 3)
        _chain(canvas, claim, route, w)
    if claim.hops:
        rows, directions = [], {}
        for number, hop in enumerate(claim.hops):
            row, quote_directions = _hop_row(hop, w)
            rows.append(row)
            directions[(number, 6)] = quote_directions
        head = [
            w._(n)
            for n in (
                "Hop",
                "Actor",
                "Relation",
                "Source",
                "Date",
                "Lang.",
                "Quote",
                "Status",
                "Evidence file (SHA-256)",
            )
        ]
        table(canvas, HOP_WIDTHS, head, rows, SIZE, directions)
    else:
        canvas.paragraph([Run(w._("No hops recorded."))])
    history = w._("Review history")
    canvas.gap(4)
    heading(canvas, [Run(history, "B", 9)], mark, history, 2)
    if not claim.reviews:
        canvas.paragraph([Run(w._("No reviews yet."))])
        return
    rows = []
    for r in claim.reviews:
        evidence: list[list[Run]] = [[Run(r.evidence, size=SIZE)]] if r.evidence else []
        for ref, pages in claim.review_evidence(r):
            where = ", " + w.ngettext(
                "page {pages}", "pages {pages}", len(pages), pages=", ".join(pages)
            )
            evidence.append([Run(ref.file_name + (where if pages else ""), size=SIZE)])
            evidence.append([Run(ref.sha256[:16] + "…", "M", 6.5)])
        rows.append(
            [
                [[Run(w.when(r.at), size=SIZE)]],
                [[Run(r.reviewer, size=SIZE)]],
                [[Run(review_what(w, r), size=SIZE)]],
                [[Run(review_change(w, r), size=SIZE)]],
                [[Run(r.rationale, size=SIZE)]],
                evidence,
            ]
        )
    head = [w._(n) for n in ("When", "Reviewer", "What", "Change", "Why", "Evidence")]
    table(canvas, REVIEW_WIDTHS, head, rows, SIZE)
