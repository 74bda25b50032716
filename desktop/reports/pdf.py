"""The PDF report, drawn by Qt's own PDF writer (QtGui only: no widgets, no browser engine).

Each claim is laid out as its own `QTextDocument` (Qt's rich-text subset of HTML, every piece of
case text escaped) and starts on a new page, so that pagination stays linear in the number of
claims. Pages carry a header (case, export time, reviewer) and a footer (audit head, page
number). Qt shapes Arabic with HarfBuzz and lays each paragraph out by its own direction; quotes
carry `dir="rtl"` when their language is written right to left. Text is real text with embedded
fonts, so it can be selected and extracted. The contents, with page numbers, close the report.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from .jsonreport import iso
from .model import Report, ReportClaim

Step = Callable[[int], None]

RESOLUTION = 300
MARGIN_MM = 18.0
FONT_FAMILY = "DejaVu Sans"

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Qt needs a QGuiApplication for fonts; the command line has none, and may have no display."""
    global _app
    from .. import pyside_refs  # noqa: F401  (PySide6 6.12.0 leak; see there)

    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(["provdesk-report"])


def e(text: object) -> str:
    return escape(str(text), quote=True)


STYLE = """
h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 10.5pt; }
td, th { font-size: 8pt; padding: 2px; } th { background-color: #eeeeee; }
.hash { font-family: 'DejaVu Sans Mono'; font-size: 7pt; }
.doubt { color: #aa4400; font-weight: bold; }
"""


def _quote(hop_quote: str, direction: str, language: str) -> str:
    if not hop_quote:
        return ""
    align = "right" if direction == "rtl" else "left"
    return f'<p dir="{direction}" align="{align}" lang="{e(language)}">{e(hop_quote)}</p>'


def claim_html(claim: ReportClaim) -> str:
    out = [f"<h2>Claim {claim.id}: {e(claim.text)}</h2>"]
    out.append(f"<p><b>Verdict:</b> {e(claim.verdict_summary)}</p>")
    who = claim.verdict_attribution(iso)
    if who:
        klass = ' class="doubt"' if claim.awaiting_signoff else ""
        out.append(f"<p{klass}>{e(who)}</p>")
    if claim.rationale:
        out.append(f"<p><b>Rationale:</b> {e(claim.rationale)}</p>")
    if claim.tags:
        out.append(f"<p><b>Tags:</b> {e(', '.join(claim.tags))}</p>")
    if claim.notes:
        out.append(f"<p><b>Notes:</b> {e(claim.notes)}</p>")
    out.append("<h3>Chain</h3>")
    for number, chain in enumerate(claim.chains, 1):
        steps = " → ".join(
            f"<b>{e(claim.hop(h).actor.name)}</b> ({e(claim.hop(h).relation_label)}"
            f"{', direction doubtful' if claim.hop(h).direction_doubtful else ''})"
            for h in chain
        )
        out.append(f"<p>Route {number}: {steps}</p>")
    if claim.hops:
        out.append(
            '<table border="1" cellspacing="0" cellpadding="3" width="100%"><tr><th>Hop</th>'
            "<th>Actor</th><th>Relation</th><th>Source</th><th>Date</th><th>Quote</th>"
            "<th>Status</th><th>Evidence file</th></tr>"
        )
        for h in claim.hops:
            relation = e(h.relation_label)
            if h.direction_doubtful:
                relation += '<br><span class="doubt">direction doubtful</span>'
            if h.note:
                relation += f"<br>{e(h.note)}"
            source = ""
            if h.source:
                source = e(h.source.outlet or h.source.title)
                if h.source.title and h.source.outlet:
                    source += f"<br>{e(h.source.title)}"
                if h.source.url:
                    source += f"<br>{e(h.source.url)}"
                if h.source.language:
                    source += f"<br>({e(h.source.language)})"
                if h.source.incomplete:
                    source += '<br><span class="doubt">incomplete text</span>'
            status = e(h.status_label) + (
                f"<br>{e(h.status_rationale)}" if h.status_rationale else ""
            )
            evidence = ""
            if h.source and h.source.evidence:
                ev = h.source.evidence
                evidence = f'{e(ev.file_name)}<br><span class="hash">{e(ev.sha256)}</span>'
                if h.pages:
                    evidence += f"<br>page {', '.join(h.cited_pages)}"
            if h.quote_not_located:
                evidence += "<br>quote not located in the source"
            out.append(
                f"<tr><td>{h.id}</td><td>{e(h.actor.name)}</td><td>{relation}</td>"
                f"<td>{source}</td><td>{e(iso(h.relayed_on) or '')}</td>"
                f"<td>{_quote(h.quote, h.direction, h.language)}</td><td>{status}</td>"
                f"<td>{evidence}</td></tr>"
            )
        out.append("</table>")
    out.append("<h3>Review history</h3>")
    if not claim.reviews:
        out.append("<p>No reviews yet.</p>")
    for r in claim.reviews:
        out.append(
            f"<p>{e(iso(r.at))} — {e(r.reviewer)} — {e(r.what)}: {e(r.from_value)} → "
            f"{e(r.to_value)}{' — ' + e(r.rationale) if r.rationale else ''}"
            f"{' (evidence: ' + e(r.evidence) + ')' if r.evidence else ''}</p>"
        )
    return "".join(out)


def cover_html(report: Report) -> str:
    m = report.meta
    out = [
        f"<h1>Provenance report — {e(m.case_name)}</h1>",
        f"<p><b>Scope:</b> {e(m.scope)} ({len(report.claims)} claims)<br>",
        f"<b>Exported by:</b> {e(m.reviewer)}<br>",
        f"<b>Exported at (UTC):</b> {e(iso(m.generated_at))}<br>",
        f"<b>App:</b> {e(m.app_name)} {e(m.app_version)}<br>",
        f'<b>Audit log head:</b> <span class="hash">{e(m.audit_head)}</span><br>',
        f"<b>Four-eyes verdicts:</b> {'on' if m.four_eyes else 'off'}</p>",
    ]
    if m.signing_key:
        out.append(
            "<p><b>Signed with the desk key (SHA-256 fingerprint):</b><br>"
            f'<span class="hash">{e(m.signing_key)}</span><br>The detached signature is this '
            "file's name plus .sig.</p>"
        )
    if report.evidence:
        out.append("<h3>Evidence files cited (SHA-256)</h3>")
        out += [
            f'<p>{e(ev.file_name)}<br><span class="hash">{e(ev.sha256)}</span></p>'
            for ev in report.evidence
        ]
    return "".join(out)


class _Pages:
    """Draws documents onto consecutive pages with a header and a footer."""

    def __init__(self, writer: QPdfWriter, report: Report) -> None:
        self.writer = writer
        self.painter = QPainter()
        if not self.painter.begin(writer):
            raise OSError("Qt could not start the PDF writer")
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.band = RESOLUTION * 0.3  # header and footer bands, in device pixels
        self.body = QSizeF(self.width, self.height - 2 * self.band)
        self.page = 0
        m = report.meta
        self.header = f"Provenance report — {m.case_name} · {iso(m.generated_at)} · {m.reviewer}"
        self.footer = f"{m.app_name} {m.app_version} · audit log head {m.audit_head[:16]}…"
        self.small = QFont(FONT_FAMILY)
        self.small.setPointSizeF(7.0)

    def document(self, html: str) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(9.0)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(STYLE)
        doc.setHtml(html)
        doc.setPageSize(self.body)
        return doc

    def draw(self, doc: QTextDocument) -> int:
        """Draw `doc` from a new page on; returns the page number it starts on."""
        first = self.page + 1
        for index in range(doc.pageCount()):
            if self.page:
                self.writer.newPage()
            self.page += 1
            p = self.painter
            p.save()
            p.setFont(self.small)
            p.drawText(
                QRectF(0, 0, self.width, self.band * 0.8), Qt.AlignmentFlag.AlignLeft, self.header
            )
            p.drawText(
                QRectF(0, self.height - self.band * 0.7, self.width, self.band * 0.7),
                Qt.AlignmentFlag.AlignLeft,
                self.footer,
            )
            p.drawText(
                QRectF(0, self.height - self.band * 0.7, self.width, self.band * 0.7),
                Qt.AlignmentFlag.AlignRight,
                f"page {self.page}",
            )
            top = index * self.body.height()
            p.translate(0, self.band - top)
            doc.drawContents(p, QRectF(0, top, self.body.width(), self.body.height()))
            p.restore()
        return first

    def finish(self) -> None:
        self.painter.end()


def render(report: Report, step: Step | None = None) -> bytes:
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"Provenance report — {report.meta.case_name}")
    writer.setCreator(f"{report.meta.app_name} {report.meta.app_version}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    pages = _Pages(writer, report)
    try:
        pages.draw(pages.document(cover_html(report)))
        starts: list[tuple[ReportClaim, int]] = []
        for index, claim in enumerate(report.claims):
            if step is not None:
                step(index)
            starts.append((claim, pages.draw(pages.document(claim_html(claim)))))
        if starts:
            rows = "".join(
                f"<tr><td>{claim.id}</td><td>{e(claim.text)}</td>"
                f"<td>{e(claim.verdict_summary)}</td><td>{page}</td></tr>"
                for claim, page in starts
            )
            pages.draw(
                pages.document(
                    '<h2>Contents</h2><table border="1" cellspacing="0" cellpadding="3" '
                    'width="100%"><tr><th>Claim</th><th>Wording</th><th>Verdict</th>'
                    f"<th>Page</th></tr>{rows}</table>"
                )
            )
    finally:
        pages.finish()
    buffer.close()
    return bytes(data.data())
