"""The PDF report's front (its header: case, scope, export facts, the evidence files cited; and
its contents, each claim's page number at the end of its line) and each page's running header
and footer ("page n of N"), in the report's words and direction."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from db.text.direction import isolate

from .model import EvidenceRef, ReportMeta
from .pdf_canvas import BODY, GREY, HEIGHT, MARGIN_X, Canvas, Run
from .pdf_claim import Mark, fill
from .pdf_spill import Records, Texts
from .words import N_, ReportWords


@dataclass(frozen=True, slots=True)
class ContentsLine:
    """A claim as the contents name it: its id, its text and its verdict in words."""

    id: int
    text: str
    summary: str


class ContentsLines:
    """The contents' lines in temporary files (`pdf_spill`): a long report's claims held out
    of memory, but for the few verdicts in words."""

    def __init__(self) -> None:
        self.rows = Records("qi")  # each claim's id and verdict in words (an index)
        self.texts = Texts()
        self.summaries: dict[str, int] = {}

    def append(self, line: ContentsLine) -> None:
        said = self.summaries.setdefault(line.summary, len(self.summaries))
        self.rows.append(line.id, said)
        self.texts.append(line.text)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[ContentsLine]:
        summaries = list(self.summaries)
        for index, (claim_id, said) in enumerate(self.rows.rows()):
            yield ContentsLine(claim_id, self.texts[index], summaries[said])


@dataclass(frozen=True)
class Front:
    """What the front and each page's header and footer say: the report's facts, the
    evidence files cited and the contents (read before the claims are laid out, so that the
    claims themselves need not be held)."""

    meta: ReportMeta
    claims: ContentsLines
    evidence: Sequence[EvidenceRef]


def title(report: Front, w: ReportWords) -> str:
    """The report's title, the case name isolated (the document's title too)."""
    return w._("Provenance report — {case}").format(case=isolate(report.meta.case_name))


def running_header(report: Front, w: ReportWords) -> object:
    """The page header drawn on each new page: the title at the start side, the export time
    and who exported at the other."""
    template = w._("Provenance report — {case}")
    grey = Run("", size=7.5, colour=GREY)
    right = fill(
        "{time} · {reviewer}",
        grey,
        time=w.when(report.meta.generated_at),
        reviewer=report.meta.reviewer,
    )

    def draw(canvas: Canvas) -> None:
        time_line = canvas.lines(right, BODY * 0.5)[0]
        used = canvas.extent(time_line)
        runs = fill(template, grey, case=report.meta.case_name)
        title_line = canvas.lines(runs, BODY - used - 12)[0]
        canvas.draw_line(title_line, MARGIN_X, BODY, 22, 10)
        canvas.draw_line(time_line, MARGIN_X, BODY, 22, 10, align="end")

    return draw


def footer(report: Front, w: ReportWords) -> Callable[[Canvas, int, int], None]:
    """Draws a page's footer: the app and the audit log head at the start side, "page n of
    N" at the other."""
    m = report.meta
    left = fill(
        w._("{app} {version} · audit log head {hash}…"),
        Run("", size=7, colour=GREY),
        app=m.app_name,
        version=m.app_version,
        hash=m.audit_head[:16],
    )

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        y = HEIGHT - 30
        for line in canvas.lines(left, BODY * 0.6)[:1]:
            canvas.draw_line(line, MARGIN_X, BODY, y, 10)
        number = w._("page {page} of {pages}").format(page=page, pages=pages)
        for line in canvas.lines([Run(number, size=7.5, colour=GREY)], BODY * 0.35)[:1]:
            canvas.draw_line(line, MARGIN_X, BODY, y, 10, align="end")

    return draw


def _row(canvas: Canvas, label: str, value: list[Run]) -> None:
    label_w = 150.0
    lines = canvas.lines([Run(label + " ", "B")], label_w - 6)
    values = canvas.lines(value, BODY - label_w)
    height = 9 * 1.45
    canvas.ensure(height * max(len(lines), len(values)))
    y = canvas.y_pos
    start = MARGIN_X + BODY - label_w if canvas.rtl else MARGIN_X
    value_x = MARGIN_X if canvas.rtl else MARGIN_X + label_w
    for index, line in enumerate(lines):
        canvas.draw_line(line, start, label_w - 6, y + index * height, height)
    for index, line in enumerate(values):
        canvas.draw_line(line, value_x, BODY - label_w, y + index * height, height)
    canvas.y_pos = y + height * max(len(lines), len(values))


def meta(canvas: Canvas, report: Front, base_url: str, w: ReportWords) -> None:
    m = report.meta
    rows: list[tuple[str, list[Run]]] = [
        (N_("Case"), [Run(m.case_name)]),
        (N_("Scope"), [Run(m.scope)]),
        (N_("Claims"), [Run(w.number(len(report.claims)))]),
        (N_("Exported by"), [Run(m.reviewer)]),
        (N_("Exported at"), [Run(w.when(m.generated_at))]),
        (N_("App"), [Run(f"{m.app_name} {m.app_version}")]),
        (N_("Audit log head"), [Run(m.audit_head, "M", 7)]),
        (N_("Four-eyes verdicts"), [Run(w._("on") if m.four_eyes else w._("off"))]),
    ]
    if base_url:
        rows.append((N_("Published at"), [Run(base_url)]))
    else:
        said = w._("not embedded: the case has no publishing URL ({command})")
        rows.append(
            (N_("ClaimReview markup"), fill(said, Run(""), command="provdesk-cli publish-url URL"))
        )
    if m.signing_key:
        note = w._("The detached signature is this file's name plus {suffix}.").format(
            suffix=".sig"
        )
        rows.append(
            (
                N_("Signed with the desk key (SHA-256 fingerprint)"),
                [Run(m.signing_key + "\n", "M", 7), Run(note, size=7.5)],
            )
        )
    for label, value in rows:
        _row(canvas, w._(label), value)


def front(
    canvas: Canvas,
    report: Front,
    base_url: str,
    w: ReportWords,
    pages: Sequence[int],
    mark: Mark,
    link: bool = False,
) -> None:
    """The front from a new page: header, export facts, evidence files cited, contents with
    each claim's page (`pages`, in the claims' order), each line a link to that page (`link`)."""
    canvas.new_page()
    heading = title(report, w)
    mark(heading, 0)
    canvas.paragraph(
        fill(w._("Provenance report — {case}"), Run("", "B", 15), case=report.meta.case_name)
    )
    canvas.gap(6)
    meta(canvas, report, base_url, w)
    if report.evidence:
        canvas.gap(6)
        cited = w._("Evidence files cited (SHA-256)")
        canvas.ensure(30)
        canvas.paragraph([Run(cited, "B", 9)])
        for ref in report.evidence:
            canvas.paragraph(
                [Run("• " + ref.file_name + ": "), Run(ref.sha256, "M", 7)],
                x=MARGIN_X + (0 if canvas.rtl else 10),
                width=BODY - 10,
            )
    canvas.gap(10)
    contents = w._("Contents ({claims})").format(
        claims=w.ngettext("{n} claim", "{n} claims", len(report.claims))
    )
    canvas.ensure(40)
    mark(contents, 1)
    canvas.paragraph([Run(contents, "B", 12)])
    canvas.gap(3)
    indent = 22.0
    width = BODY - indent
    height = 9 * 1.45
    for number, claim in enumerate(report.claims, 1):
        canvas.ensure(height)
        page = str(pages[number - 1])
        tail = " " + page
        tail_w = canvas.width_of(Run(""), tail, False, False) + 4
        prefix = f"{number}. "
        line_runs = [Run(claim.text), Run(" — " + claim.summary)]
        text_lines = canvas.lines(line_runs, width - tail_w)
        line = text_lines[0]
        if len(text_lines) > 1:  # one line a claim: its words cut with an ellipsis
            line = canvas.lines(
                [Run(_clip_to(canvas, claim.text, claim.summary, width - tail_w))],
                width - tail_w,
            )[0]
        y = canvas.y_pos
        number_x = MARGIN_X + BODY - indent if canvas.rtl else MARGIN_X
        canvas.draw_line(canvas.lines([Run(prefix)], indent)[0], number_x, indent, y, height)
        text_x = MARGIN_X if canvas.rtl else MARGIN_X + indent
        canvas.draw_line(line, text_x + (tail_w if canvas.rtl else 0), width - tail_w, y, height)
        used = canvas.extent(line)
        dots_room = width - tail_w - used - 6
        dots = "." * max(int(dots_room / 2.5), 0)
        if dots:
            dots_x = text_x + tail_w + 3 if canvas.rtl else text_x + used + 3
            canvas.draw_line(
                canvas.lines([Run(dots, colour=GREY)], dots_room + 2)[0],
                dots_x,
                dots_room,
                y,
                height,
                rtl=False,
            )
        tail_x = text_x if canvas.rtl else text_x + width - tail_w
        canvas.draw_line(
            canvas.lines([Run(page)], tail_w)[0],
            tail_x,
            tail_w,
            y,
            height,
            align="end" if not canvas.rtl else "start",
        )
        if link:
            canvas.goto(MARGIN_X, y, BODY, height, pages[number - 1])
        canvas.y_pos = y + height


def _clip_to(canvas: Canvas, text: str, verdict: str, width: float) -> str:
    tail = " — " + verdict
    low, high = 1, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        candidate = text[: mid - 1] + "…" + tail
        if canvas.width_of(Run(""), candidate, False, False) <= width:
            low = mid
        else:
            high = mid - 1
    return text[: low - 1] + "…" + tail
