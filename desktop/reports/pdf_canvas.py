"""The PDF report's page and its lines of text, drawn with fpdf2.

A paragraph is a list of runs (`Run`: text in one style and colour); each run keeps its own
direction (its first strong letter's, as `<bdi>` in the HTML report), so case text cannot
reorder the report's words around it. Lines are filled word by word; on a line the pieces of
the runs stand in the paragraph's direction (from the right in an Arabic report) and are drawn
in their logical order, so that a reader that takes the text in drawing order (pypdf) reads
them as the case holds them. Only pieces with right-to-left or complex letters are shaped
(HarfBuzz, through fpdf2); Latin, Cyrillic and Greek are drawn glyph by glyph, which
extracts exactly (no ligature stands for "fi"). A shaped right-to-left piece carries its text
as ActualText (`pdf_text`), which poppler and PDFium read instead of its glyphs (lam-alef).
"""

from __future__ import annotations

import copy
import gc
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from fpdf import FPDF
from fpdf.enums import PDFResourceType
from fpdf.output import PDFPage

from db.text.direction import first_strong_direction, isolate_ltr_runs

from . import pdf_fonts, pdf_glyphs, pdf_text
from .pdf_fonts import FONT_FILES, MONO_FILE, fallback_font, font_path

PT = 72 / 25.4
"""Points per millimetre."""
WIDTH, HEIGHT = 595.28, 841.89
"""A4 in points."""
MARGIN_X, MARGIN_Y = 14 * PT, 16 * PT
BOTTOM = HEIGHT - MARGIN_Y
BODY = WIDTH - 2 * MARGIN_X

COMPLEX = re.compile(
    "[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"
    "\ufb1d-\ufdff\ufe70-\ufeff\u0300-\u036f]"
)
"""Letters that need shaping: Hebrew, Arabic, Syriac, Thaana, Indic, Thai, Lao, Tibetan,
Myanmar, Khmer, their presentation forms, combining marks."""
_TOKEN = re.compile(r"\S+\s*|\s+")
MEMO_TEXT, MEMO_ENTRIES = 40, 20000
"""Widths and glyph codes are remembered for texts of at most `MEMO_TEXT` characters (words
and labels repeat; sentences, contents lines and "page n of N" do not), at most `MEMO_ENTRIES`
of each: a few megabytes whatever the report's length."""
COLLECT_PAGES = 64
"""fpdf2 leaves reference cycles behind for each piece it shapes (its bidi paragraph, and a
class made at each call), which only the cyclic collector frees. An export pauses the collector
(`export.paused_gc`), so a canvas written page by page collects its youngest objects every
`COLLECT_PAGES` pages it leaves: without it the report grew by 2 MB per 1,000 pages."""


LEFT_PAGE = PDFPage(contents=bytearray(), duration=0, transition=None, index=0)
"""What stands for each written page of a canvas (`Canvas.leave_page`)."""


def rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


BLACK = (17, 17, 17)
GREY = (85, 85, 85)
WARN = (170, 68, 0)


@dataclass(frozen=True)
class Run:
    """Text in one style: `style` "", "B", "I" or "M" (monospace); `size` in points."""

    text: str
    style: str = ""
    size: float = 9.0
    colour: tuple[int, int, int] = BLACK


@dataclass(frozen=True)
class Goto:
    """A link on a page: its rectangle (x, top, width, height in points) and the report's page
    it goes to."""

    rect: tuple[float, float, float, float]
    page: int


@dataclass
class Piece:
    run: Run
    text: str
    width: float
    rtl: bool
    shaped: bool


class Canvas(FPDF):  # type: ignore[misc]
    """An A4 page in points, DejaVu Sans, no automatic page breaks (the report breaks its own
    pages), `rtl` when the report's words are right to left."""

    def __init__(self, rtl: bool = False, fonts: dict[str, Any] | None = None) -> None:
        super().__init__(unit="pt", format="A4")
        self.rtl = rtl
        self.set_auto_page_break(False)
        self.set_margins(MARGIN_X, MARGIN_Y, MARGIN_X)
        self.c_margin = 0
        if fonts is None:
            self._load_fonts()
        else:  # the report's fonts, shared by its canvases: one subset, the same glyph codes
            self._resource_catalog.font_registry = fonts
        self.set_font("sans", "", 9)
        self._widths: dict[tuple[str, float, str], float] = {}
        self._advances: dict[tuple[str, str], int] = {}
        self._encoded: dict[tuple[int, str], str] = {}
        self.page_header: Any = None
        """Called at each new page (the running header), if set."""
        self.y_pos = MARGIN_Y
        self.page_left: Callable[[int, bytes, list[Goto]], None] | None = None
        """Given each page as it is left (its number, its drawing operators, its links), when
        the report is written as it is laid out (`pdf_file`); the page keeps nothing."""
        self.gotos: list[Goto] = []
        """The open page's links to other pages."""

    def _load_fonts(self) -> None:
        """DejaVu Sans (regular, bold, oblique) and DejaVu Sans Mono, read from their files
        once a process and copied for each document (reading them is most of a small part's
        time)."""
        if pdf_fonts.LOADED is None:
            for style, name in FONT_FILES.items():
                self.add_font("sans", style, str(font_path(name)))
            self.add_font("mono", "", str(font_path(MONO_FILE)))
            pdf_fonts.LOADED = {key: copy.deepcopy(font) for key, font in self.fonts.items()}
        else:
            for key, font in pdf_fonts.LOADED.items():
                self.fonts[key] = pdf_fonts.copy_font(font)
        for font in self.fonts.values():
            pdf_glyphs.give_glyphs_their_letters(font)

    def pdf_bytes(self) -> bytes:
        """The canvas as a PDF of its own, written by fpdf2. fpdf2 subsets each font's tables
        in place as it writes them, so each font gets its own freshly read tables first (the
        copies share the first's)."""
        from fontTools import ttLib

        for font in self.fonts.values():
            font.ttfont = ttLib.TTFont(font.ttffile, recalcTimestamp=False, lazy=True)
        return bytes(self.output())

    def add_page(self, *args: Any, **kwargs: Any) -> None:
        self.leave_page()
        super().add_page(*args, **kwargs)

    def leave_page(self) -> None:
        """Hand the open page to `page_left` (its drawing is done)."""
        if self.page and self.page_left is not None:
            page = self.pages[self.page]
            contents, page.contents = bytes(page.contents), bytearray()
            gotos, self.gotos = self.gotos, []
            self.page_left(self.page, contents, gotos)
            if self.page > 1:
                self._let_go(self.page - 1)
            if self.page % COLLECT_PAGES == 0:
                gc.collect(1)

    def _let_go(self, number: int) -> None:
        """Written page `number` let go (fpdf2 keeps pages for an output that never comes)."""
        self.pages[number] = LEFT_PAGE
        for kind in PDFResourceType:
            self._resource_catalog.resources_per_page.pop((number, kind), None)

    def goto(self, x: float, y: float, width: float, height: float, page: int) -> None:
        """A link over the rectangle (from the top left, in points) to the top of the
        report's page `page`."""
        self.gotos.append(Goto((x, y, width, height), page))

    # fpdf2's own header/footer: none; the report draws its own (`page_header`)
    def header(self) -> None:
        if self.page_header is not None:
            self.page_header(self)

    def new_page(self) -> None:
        self.add_page()
        self.y_pos = MARGIN_Y

    def room(self, height: float) -> bool:
        return self.y_pos + height <= BOTTOM

    def ensure(self, height: float) -> None:
        """A new page unless `height` fits under the current line."""
        if not self.room(height):
            self.new_page()

    def use(self, run: Run) -> None:
        if run.style == "M":
            self.set_font("mono", "", run.size)
        else:
            self.set_font("sans", run.style, run.size)

    def font_of(self, run: Run) -> Any:
        return self.fonts["mono" if run.style == "M" else "sans" + run.style]

    def width_of(self, run: Run, text: str, shaped: bool, rtl: bool) -> float:
        if not shaped:  # glyph by glyph: the sum of their advances
            font_key = "mono" if run.style == "M" else "sans" + run.style
            units = self._advances.get((font_key, text))
            if units is None:
                cw = self.fonts[font_key].cw
                units = sum(cw[ord(c)] for c in text)
                if len(text) <= MEMO_TEXT and len(self._advances) < MEMO_ENTRIES:
                    self._advances[(font_key, text)] = units
            return units * run.size * 0.001
        key = (run.style, run.size, text)
        found = self._widths.get(key)
        if found is None:
            self.use(run)
            self.set_text_shaping(True, direction="rtl" if rtl else "ltr")
            self._fallbacks(run, text)
            found = self.get_string_width(text)
            self.text_shaping = None
            self._fallback_font_ids = []
            if len(text) <= MEMO_TEXT and len(self._widths) < MEMO_ENTRIES:
                self._widths[key] = found
        return found

    # lines ---------------------------------------------------------------------------------

    def lines(
        self, runs: Sequence[Run], width: float, rtl: bool | None = None
    ) -> list[list[Piece]]:
        """The runs filled into lines of at most `width` points (a word longer than a line is
        cut where it must: hashes, addresses)."""
        base_rtl = self.rtl if rtl is None else rtl
        lines: list[list[Piece]] = [[]]
        used = 0.0
        for run in runs:
            text = pdf_text.case_controls(run.text)
            if not text:
                continue
            run_rtl = first_strong_direction(text, "rtl" if base_rtl else "ltr") == "rtl"
            missing = not text.isascii() and self._missing(run, text)
            if missing and run.style in ("I", "M") and not self._missing(Run("", ""), text):
                run = Run(run.text, "", run.size, run.colour)  # no Arabic oblique: upright
                missing = False
            complex_run = missing or bool(COMPLEX.search(text))
            for paragraph_index, paragraph in enumerate(text.split("\n")):
                if paragraph_index:
                    lines.append([])
                    used = 0.0
                for token in _TOKEN.findall(paragraph):
                    shaped = complex_run and (
                        bool(COMPLEX.search(token)) or (missing and not token.isascii())
                    )
                    size = self.width_of(run, token, shaped, run_rtl)
                    bare = size
                    if token != token.rstrip():
                        bare = self.width_of(run, token.rstrip(), shaped, run_rtl)
                    if used + bare > width and used > 0 and token.strip():
                        lines.append([])
                        used = 0.0
                    if not token.strip() and not lines[-1]:
                        continue  # no space at the start of a line
                    while bare > width and len(token) > 1:  # cut a word longer than a line
                        cut = self._fit(run, token, width - used, shaped, run_rtl)
                        head, token = token[:cut], token[cut:]
                        piece_w = self.width_of(run, head, shaped, run_rtl)
                        self._add(lines[-1], run, head, piece_w, run_rtl, shaped)
                        lines.append([])
                        used = 0.0
                        if len(token) > 2 * cut:  # still longer than a line: not measured
                            size = bare = float("inf")
                        else:
                            size = bare = self.width_of(run, token, shaped, run_rtl)
                    self._add(lines[-1], run, token, size, run_rtl, shaped)
                    used += size
        return lines

    def _fit(self, run: Run, token: str, room: float, shaped: bool, rtl: bool) -> int:
        if not shaped:
            cw, scale = self.font_of(run).cw, run.size * 0.001
            used = cw[ord(token[0])] * scale
            for cut in range(1, len(token)):
                used += cw[ord(token[cut])] * scale
                if used > room:
                    return cut
            return len(token)
        low, high = 1, min(len(token), 1 + int(room / (run.size * 0.2)))  # no letter narrower
        while low < high:  # the longest prefix that fits, shaped (a binary search)
            middle = (low + high + 1) // 2
            if self.width_of(run, token[:middle], shaped, rtl) <= room:
                low = middle
            else:
                high = middle - 1
        return low

    @staticmethod
    def _add(line: list[Piece], run: Run, text: str, width: float, rtl: bool, shaped: bool) -> None:
        if line and line[-1].run is run:
            last = line[-1]
            last.text += text
            last.width += width
            last.shaped = last.shaped or shaped
        else:
            line.append(Piece(run, text, width, rtl, shaped))

    def extent(self, line: list[Piece]) -> float:
        total = 0.0
        for index, piece in enumerate(line):
            if index == len(line) - 1 and piece.text != piece.text.rstrip():
                total += self.width_of(piece.run, piece.text.rstrip(), piece.shaped, piece.rtl)
            else:
                total += piece.width
        return total

    def draw_line(
        self,
        line: list[Piece],
        x: float,
        width: float,
        y: float,
        height: float,
        rtl: bool | None = None,
        align: str = "start",
    ) -> None:
        """One line's pieces between `x` and `x + width`, from the start side (the right in a
        right-to-left paragraph), drawn in their logical order."""
        base_rtl = self.rtl if rtl is None else rtl
        total = self.extent(line)
        at = {"end": width - total, "center": (width - total) / 2}.get(align, 0.0)
        for index, piece in enumerate(line):
            text, piece_w = piece.text, piece.width
            if index == len(line) - 1 and piece.rtl and text != text.rstrip():
                text = text.rstrip()  # a right-to-left piece's last space would stand on its left
                piece_w = self.width_of(piece.run, text, piece.shaped, piece.rtl)
            if text.strip():
                left = x + width - at - piece_w if base_rtl else x + at
                self.draw_piece(piece, text, left, y, height, piece_w)
            at += piece.width

    def draw_piece(
        self, piece: Piece, text: str, x: float, y: float, height: float, width: float
    ) -> None:
        """A piece at `x`: written glyph by glyph, or shaped (HarfBuzz, through fpdf2's
        `cell`) and, right to left, with its text as ActualText (`pdf_text`)."""
        run = piece.run
        if not piece.shaped:
            self._plain(run, text, x, y, height)
            return
        self.use(run)
        self.set_text_color(*run.colour)
        self.set_text_shaping(True, direction="rtl" if piece.rtl else "ltr")
        self._fallbacks(run, text)
        shown = isolate_ltr_runs(text)  # each number, each control's name one left-to-right run
        if piece.rtl:
            self._out(pdf_text.actual_text_start(shown))
        self.set_xy(x, y)
        self.current_font_is_set_on_page = False  # its font inside its own text object
        self.cell(w=width, text=shown, h=height)
        if piece.rtl:
            self._out(pdf_text.ACTUAL_TEXT_END)
        self.text_shaping = None
        self._fallback_font_ids = []

    def _missing(self, run: Run, text: str) -> bool:
        """Whether the run's font lacks a glyph for a letter of `text`."""
        cmap = self.font_of(run).cmap
        return any(ord(c) not in cmap for c in text if not c.isspace())

    def _fallbacks(self, run: Run, text: str) -> None:
        """The Noto fonts that draw the letters of `text` DejaVu Sans lacks (Devanagari,
        Thai, Georgian…), loaded as first needed and offered to fpdf2 as fallbacks."""
        if text.isascii() or not self._missing(run, text):
            return
        cmap = self.font_of(run).cmap
        names = []
        for char in text:
            if ord(char) not in cmap and not char.isspace():
                name = fallback_font(ord(char))
                if name and name not in names:
                    names.append(name)
        families = []
        for name in names:
            family = "fb-" + name.split("-")[0].lower()
            if family not in self.fonts:
                try:
                    self.add_font(family, "", str(font_path(name)))
                except FileNotFoundError:
                    continue
                pdf_glyphs.give_glyphs_their_letters(self.fonts[family])
            families.append(family)
        if families:
            self.set_fallback_fonts(families, exact_match=False)

    def _plain(self, run: Run, text: str, x: float, y: float, height: float) -> None:
        """Unshaped text written straight into the page (fpdf2's `cell` does much more, for
        every piece): its font and colour inside a saved graphics state."""
        font = self.font_of(run)
        self._resource_catalog.add(PDFResourceType.FONT, font.i, self.page)
        r, g, b = run.colour
        baseline = HEIGHT - (y + 0.5 * height + 0.3 * run.size)
        self._out(
            f"q BT /F{font.i} {run.size:.2f} Tf {r / 255:.3f} {g / 255:.3f} {b / 255:.3f} rg "
            f"{x:.2f} {baseline:.2f} Td {self._encode(font, text)} ET Q"
        )

    def _encode(self, font: Any, text: str) -> str:
        """The text in the font's glyph codes (its glyphs added to the document's subset),
        remembered: a report repeats its words."""
        key = (font.i, text)
        found = self._encoded.get(key)
        if found is None:
            found = font.encode_text(text)
            if len(text) <= MEMO_TEXT and len(self._encoded) < MEMO_ENTRIES:
                self._encoded[key] = found
        return found

    def paragraph(
        self,
        runs: Sequence[Run],
        x: float | None = None,
        width: float = BODY,
        leading: float = 1.4,
        rtl: bool | None = None,
        align: str = "start",
        keep: bool = False,
    ) -> None:
        """Runs laid out from the current position down, breaking pages between lines (or
        before the whole paragraph: `keep`)."""
        x = MARGIN_X if x is None else x
        size = max((r.size for r in runs), default=9.0)
        height = size * leading
        lines = self.lines(runs, width, rtl)
        if keep:
            self.ensure(height * len(lines))
        for line in lines:
            self.ensure(height)
            self.draw_line(line, x, width, self.y_pos, height, rtl, align)
            self.y_pos += height

    def gap(self, points: float) -> None:
        self.y_pos += points


def plain(text: str) -> str:
    """Text with its direction controls as the report draws them (`pdf_text.case_controls`) and its
    compatibility characters kept."""
    return unicodedata.normalize("NFC", pdf_text.case_controls(text))
