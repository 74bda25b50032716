"""The HTML report's style sheet, for the screen and for print (the PDF report): its layout,
the colours of hop statuses and verdicts, and CSS strings for the page's header and footer."""

from __future__ import annotations

from ..colours import STATUS_COLOURS, VERDICT_COLOURS, status_colour, verdict_colour

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
.warn { color: #a40; } .awaiting { color: #a40; font-weight: bold; } .summary { color: #555; }
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
  @bottom-right { font: 7.5pt "DejaVu Sans", "Noto Sans Arabic", sans-serif; color: #555; } }
@media print {
  body { margin: 0; font-size: 9pt; } h1 { font-size: 15pt; } h2 { font-size: 12pt; }
  nav { break-after: page; } nav ol { columns: auto; padding-left: 1.6em; }
  nav a::after { content: leader(".") " " target-counter(attr(href), page); }
  section.claim { break-before: page; } section.claim h2 { margin-top: 0; border-top: 0; }
  h2, h3, h4 { break-after: avoid; }
  tr, blockquote, ol.chain li, dl.meta div { break-inside: avoid; }
  thead { display: table-header-group; }
  td, th { font-size: 7.5pt; padding: .2em .3em; overflow-wrap: break-word; }
  td .hash { font-size: 6.5pt; }
  header .hash { white-space: nowrap; overflow-wrap: normal; font-size: 7pt; } table.hops td:first-child { white-space: nowrap; }
  a { color: inherit; text-decoration: none; }
  footer { display: none; } blockquote.rtl { direction: rtl; } blockquote.ltr { direction: ltr; }
  html[dir=rtl] nav ol { padding-left: 0; padding-right: 1.6em; }
  table.hops, table.reviews { table-layout: fixed; }
  table.hops th:nth-child(1) { width: 6%; } table.hops th:nth-child(2) { width: 9%; }
  table.hops th:nth-child(3) { width: 8%; } table.hops th:nth-child(4) { width: 10%; }
  table.hops th:nth-child(5) { width: 9%; } table.hops th:nth-child(6) { width: 5%; }
  table.hops th:nth-child(8) { width: 9%; } table.hops th:nth-child(9) { width: 14%; }
  table.reviews th:nth-child(1) { width: 20%; } table.reviews th:nth-child(2) { width: 10%; }
  table.reviews th:nth-child(3) { width: 10%; } table.reviews th:nth-child(4) { width: 13%; }
  table.reviews th:nth-child(6) { width: 17%; }
  ol.chain li.hop { width: 11em; min-width: 0; max-width: none; }
}
html[dir=rtl] body { direction: rtl; }
html[dir=rtl] ol.chain li.hop { border-left-width: 1.5px; border-right-width: 6px; }
html[dir=rtl] ol.chain li.doubt { border-left-style: dashed; border-right-style: solid; }
html[dir=rtl] .swatch { margin: 0 .6em 0 .25em; }
html[dir=rtl] dl.meta { grid-template-columns: 1fr max-content; grid-auto-flow: row dense; }
html[dir=rtl] dl.meta dt { grid-column: 2; } html[dir=rtl] dl.meta dd { grid-column: 1; }
"""
"""Printed (from a browser), the tables have fixed column widths (the quote's column takes what is
left), the chain's boxes one width and the contents one column, as the PDF report (`pdf_table`)
lays them out. The Arabic report (`<html dir="rtl">`) mirrors what has a side: the status edge
of a chain's box, the legend's swatches, the contents' indent, the columns of the report's
details."""


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


def status_class(status: str) -> str:
    """The CSS class suffix of a hop status (`STATUS_CSS`), "unknown" for one not known."""
    return status if status in STATUS_COLOURS else "unknown"


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
