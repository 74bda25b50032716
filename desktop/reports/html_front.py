"""The HTML report's front matter: its header (case, scope, export facts, the evidence files
cited) and its contents."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .html_text import attr, bdi, clip, esc
from .jsonreport import iso
from .model import Report, ReportClaim
from .phrases import verdict_summary as summary
from .words import ENGLISH, N_, ReportWords

Range = tuple[int, int]


def _row(w: ReportWords, name: str, value: str, klass: str = "") -> str:
    dd = f'<dd class="{klass}">' if klass else "<dd>"
    return f"<dt>{esc(w._(name))}</dt>{dd}{value}</dd>"


def meta_html(report: Report, base_url: str = "", w: ReportWords = ENGLISH) -> str:
    """The export's facts (case, scope, who, when, the audit log head, signing)."""
    m = report.meta
    published = (
        _row(w, N_("Published at"), bdi(base_url))
        if base_url
        else _row(
            w,
            N_("ClaimReview markup"),
            w._("not embedded: the case has no publishing URL ({command})").format(
                command="<code>provdesk-cli publish-url URL</code>"
            ),
        )
    )
    when = f'<time datetime="{attr(iso(m.generated_at))}">{esc(w.when(m.generated_at))}</time>'
    signed = ""
    if m.signing_key:
        key = f'<span class="hash" id="signing-key">{esc(m.signing_key)}</span>'
        note = w._("The detached signature is this file's name plus {suffix}.")
        signed = _row(
            w,
            N_("Signed with the desk key (SHA-256 fingerprint)"),
            f"{key}<br><small>{note.format(suffix='<code>.sig</code>')}</small>",
        )
    return (
        '<dl class="meta">'
        + _row(w, N_("Case"), bdi(m.case_name))
        + _row(w, N_("Scope"), bdi(m.scope))
        + _row(w, N_("Claims"), esc(w.number(len(report.claims))))
        + _row(w, N_("Exported by"), bdi(m.reviewer))
        + _row(w, N_("Exported at"), when)
        + _row(w, N_("App"), f"{esc(m.app_name)} {esc(m.app_version)}")
        + _row(w, N_("Audit log head"), esc(m.audit_head), "hash")
        + _row(w, N_("Four-eyes verdicts"), esc(w._("on") if m.four_eyes else w._("off")))
        + published
        + signed
        + "</dl>"
    )


def _evidence(report: Report, w: ReportWords, start: int, end: int) -> str:
    """The evidence files cited `start` … `end` - 1 (name and SHA-256), under their heading
    from the first."""
    if start >= end:
        return ""
    cited = w._("Evidence files cited (SHA-256)")
    heading = f"<h3>{esc(cited)}</h3>" if start == 0 else ""
    items = "".join(
        f'<li>{bdi(e.file_name)}: <span class="hash">{esc(e.sha256)}</span></li>'
        for e in report.evidence[start:end]
    )
    return f"{heading}<ul>{items}</ul>"


def front(
    report: Report, base_url: str, w: ReportWords, pages: Mapping[int, int] | None = None
) -> str:
    """The report's header (case, scope, export facts, the evidence files cited) and its
    contents. `pages`, when given, writes each claim's page number into its contents line
    (`data-page`) for a report printed in parts, where the claims are not in the same document
    as the contents."""
    return front_piece(
        report, base_url, w, pages, (0, len(report.evidence)), (0, len(report.claims))
    )


def front_piece(
    report: Report,
    base_url: str,
    w: ReportWords,
    pages: Mapping[int, int] | None,
    evidence: Range,
    claims: Range,
) -> str:
    """A piece of the front: the header with the first, the evidence files cited and the
    contents lines of its ranges, the contents' list numbered on."""
    header = ""
    if evidence[0] == 0:
        heading = w._("Provenance report — {case}").format(case=bdi(report.meta.case_name))
        header = f"<h1>{heading}</h1>{meta_html(report, base_url, w)}"
    header += _evidence(report, w, *evidence)
    header = f"<header>{header}</header>" if header else ""
    start, end = claims
    if start >= end and (start or report.claims):
        return header
    toc = toc_items(report.claims[start:end], w, pages)
    if start:
        return f'{header}<nav><ol style="counter-reset: list-item {start}">{toc}</ol></nav>'
    contents = w._("Contents ({claims})").format(
        claims=w.ngettext("{n} claim", "{n} claims", len(report.claims))
    )
    return f"{header}<nav><h2>{esc(contents)}</h2><ol>{toc}</ol></nav>"


def toc_items(
    claims: Iterable[ReportClaim], w: ReportWords, pages: Mapping[int, int] | None = None
) -> str:
    """The contents' lines of `claims`, each with its page (`data-page`) when `pages` is given."""

    def number(claim_id: int) -> str:
        return f' data-page="{pages[claim_id]}"' if pages is not None else ""

    return "".join(
        f'<li><a href="#claim-{c.id}"{number(c.id)}>{bdi(clip(c.text, 120))} — '
        f"{esc(summary(w, c))}</a></li>"
        for c in claims
    )
