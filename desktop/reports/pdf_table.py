"""Tables and chain diagrams of the PDF report: fixed column widths (as the HTML report's print
style sheet), rows never split across pages, the header row repeated on each page; in a
right-to-left report the first column stands on the right and a chain runs from the right."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from db.text.direction import first_strong_direction

from .pdf_canvas import BODY, BOTTOM, COMPLEX, MARGIN_X, MARGIN_Y, Canvas, Piece, Run
from .pdf_text import case_controls

Cell = Sequence[Sequence[Run]]
"""A cell: its paragraphs, each a list of runs."""
PAD_X, PAD_Y = 2.3, 1.5
LEADING = 1.3
LONG_WORD = 30
"""Longer words (addresses, hashes) are cut where the column ends; shorter ones widen it."""
BORDER = (187, 187, 187)
HEAD_FILL = (238, 238, 238)


@dataclass
class _Laid:
    lines: list[tuple[list[Piece], float, bool | None]]
    height: float


def _lay(canvas: Canvas, cell: Cell, width: float, directions: Sequence[bool | None]) -> _Laid:
    lines: list[tuple[list[Piece], float, bool | None]] = []
    height = 0.0
    for index, paragraph in enumerate(cell):
        if not paragraph:
            continue
        rtl = directions[index] if index < len(directions) else None
        size = max(r.size for r in paragraph) * LEADING
        for line in canvas.lines(paragraph, width, rtl):
            lines.append((line, size, rtl))
            height += size
    return _Laid(lines, height)


def table(
    canvas: Canvas,
    widths: Sequence[float],
    head: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    size: float = 7.5,
    directions: dict[tuple[int, int], Sequence[bool | None]] | None = None,
) -> None:
    """A table across the page's body: `widths` fractions of it (summing to 1), `head` the
    column titles, `rows` their cells; `directions[(row, column)]` each paragraph's direction
    where it is not the report's (a quote's own)."""
    head_cells = [[[Run(title, "B", size)]] for title in head]
    columns = _widened([w * BODY for w in widths], [head_cells, *rows], canvas)
    starts = []
    at = 0.0
    for width in columns:  # each column's left edge, from the start side
        starts.append(MARGIN_X + BODY - at - width if canvas.rtl else MARGIN_X + at)
        at += width
    head_laid = [
        _lay(canvas, c, w - 2 * PAD_X, ()) for c, w in zip(head_cells, columns, strict=True)
    ]
    head_height = max(c.height for c in head_laid) + 2 * PAD_Y
    directions = directions or {}

    def draw_row(laid: list[_Laid], height: float, fill: bool) -> None:
        y = canvas.y_pos
        canvas.set_draw_color(*BORDER)
        canvas.set_line_width(0.75)
        for column, cell in enumerate(laid):
            x = starts[column]
            if fill:
                canvas.set_fill_color(*HEAD_FILL)
                canvas.rect(x, y, columns[column], height, style="DF")
            else:
                canvas.rect(x, y, columns[column], height)
            line_y = y + PAD_Y
            for line, line_height, rtl in cell.lines:
                canvas.draw_line(
                    line, x + PAD_X, columns[column] - 2 * PAD_X, line_y, line_height, rtl
                )
                line_y += line_height
        canvas.y_pos = y + height

    def new_page() -> None:
        canvas.new_page()
        draw_row(head_laid, head_height, True)

    if not canvas.room(head_height + 3 * size * LEADING):
        canvas.new_page()
    draw_row(head_laid, head_height, True)
    for number, row in enumerate(rows):
        laid = [
            _lay(canvas, cell, width - 2 * PAD_X, directions.get((number, column), ()))
            for column, (cell, width) in enumerate(zip(row, columns, strict=True))
        ]
        height = max(c.height for c in laid) + 2 * PAD_Y
        # a row that fits a page starts on one (not split); a longer one where it is
        fits_a_page = height <= BOTTOM - MARGIN_Y - head_height
        at_top = canvas.y_pos <= MARGIN_Y + head_height + 1
        if not (canvas.room(height) or at_top) and (
            fits_a_page or not canvas.room(4 * size * LEADING + 2 * PAD_Y)
        ):
            new_page()
        while height > BOTTOM - canvas.y_pos:  # taller than a page: continued on the next
            room = BOTTOM - canvas.y_pos - 2 * PAD_Y
            rest = []
            for cell in laid:
                used, cut = 0.0, 0
                while cut < len(cell.lines) and used + cell.lines[cut][1] <= room:
                    used += cell.lines[cut][1]
                    cut += 1
                rest.append(_Laid(cell.lines[cut:], cell.height - used))
                cell.lines, cell.height = cell.lines[:cut], used
            draw_row(laid, BOTTOM - canvas.y_pos, False)
            new_page()
            laid = rest
            height = max(c.height for c in laid) + 2 * PAD_Y
        draw_row(laid, height, False)
    canvas.gap(4)


def longest_word(canvas: Canvas, runs: Sequence[Run]) -> float:
    """The widest word of the runs (monospace runs, hashes, are cut anyway)."""
    widest = 0.0
    for run in runs:
        if run.style == "M":
            continue
        text = case_controls(run.text)
        rtl = first_strong_direction(text, "rtl" if canvas.rtl else "ltr") == "rtl"
        for word in text.split():
            if len(word) <= LONG_WORD:
                shaped = bool(COMPLEX.search(word)) or not word.isascii()
                widest = max(widest, canvas.width_of(run, word, shaped, rtl))
    return widest


def _widened(columns: list[float], rows: Sequence[Sequence[Cell]], canvas: Canvas) -> list[float]:
    """The columns' widths, each column wide enough for its widest word (no word is cut in
    the middle: "Сообщение", "Способ передачи"), taken from the columns with room to spare;
    as close to that as the page allows."""
    need = [
        max((longest_word(canvas, p) for row in rows for p in row[c]), default=0.0) + 2 * PAD_X
        for c in range(len(columns))
    ]
    short = sum(max(n - w, 0.0) for n, w in zip(need, columns, strict=True))
    if short <= 0.01:
        return columns
    spare = [max(w - n, 0.0) for n, w in zip(need, columns, strict=True)]
    room = sum(spare)
    share = min(1.0, room / short) if short else 0.0
    taken = short * share
    return [
        w + (n - w) * share if n > w else w - (taken * s / room if room else 0.0)
        for n, w, s in zip(need, columns, spare, strict=True)
    ]


def chain(
    canvas: Canvas,
    boxes: Sequence[tuple[Sequence[Sequence[Run]], tuple[int, int, int], bool]],
    arrows: Sequence[tuple[str, tuple[int, int, int]]],
) -> None:
    """A route's boxes (paragraphs of runs, their status colour, dashed when the direction is
    doubtful) joined by `arrows` (the arrow into box i + 1 and its colour), wrapping onto more
    rows; from the right in a right-to-left report."""
    box_w = 11 * 9.0
    arrow_w = 1.4 * 9.0 + 4.5
    laid = [_lay(canvas, paragraphs, box_w - 2 * 4.5 - 5, ()) for paragraphs, _, _ in boxes]
    at = 0.0
    row_height = 0.0
    y = canvas.y_pos + 2
    rows_top = y
    for index, (_, colour, doubtful) in enumerate(boxes):
        need = box_w + (arrow_w if index else 0)
        height = laid[index].height + 2 * 3.0
        if index and at + need > BODY:
            y = rows_top + row_height + 4
            rows_top, at, row_height = y, 0.0, 0.0
            need = box_w
        if not canvas.room(y - canvas.y_pos + height + 2):
            canvas.new_page()
            y = rows_top = canvas.y_pos + 2
            at, row_height, need = 0.0, 0.0, box_w
        if index and at > 0:
            text, arrow_colour = arrows[index - 1]
            x = MARGIN_X + BODY - at - arrow_w if canvas.rtl else MARGIN_X + at
            canvas.set_font("sans", "", 12.6)
            canvas.set_text_color(*arrow_colour)
            canvas.set_xy(x + 2, y + height / 2 - 7)
            canvas.cell(w=arrow_w - 4, h=14, text=text, align="C")
            at += arrow_w
        x = MARGIN_X + BODY - at - box_w if canvas.rtl else MARGIN_X + at
        canvas.set_draw_color(*colour)
        canvas.set_line_width(1.1)
        if doubtful:
            canvas.set_dash_pattern(dash=3, gap=2)
        canvas.rect(x, y, box_w, height)
        canvas.set_dash_pattern()
        # the status edge: a thick stroke along the box's side (not a box of its own, so that
        # a table reader takes the box for one cell)
        canvas.set_line_width(4.5)
        edge = x + box_w - 2.25 if canvas.rtl else x + 2.25
        canvas.line(edge, y, edge, y + height)
        line_y = y + 3.0
        inner = x + 4.5 if canvas.rtl else x + 4.5 + 5
        for line, line_height, rtl in laid[index].lines:
            canvas.draw_line(line, inner, box_w - 2 * 4.5 - 5, line_y, line_height, rtl)
            line_y += line_height
        at += box_w
        row_height = max(row_height, height)
    canvas.y_pos = rows_top + row_height + 3
