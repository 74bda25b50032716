"""The parts of fpdf2 the PDF report uses that fpdf2 does not promise to keep: its font writer
(`OutputProducer._add_fonts`, called by `pdf_file` so that the fonts of a report written page
by page are embedded once), the page buffer it writes operators to, its resource catalogue
shared by the report's canvases, and the shaping hooks `pdf_glyphs` overrides. pyproject pins
fpdf2 to the versions checked here; when an upgrade changes one of them, this file fails and
names it (before a report comes out wrong)."""

from __future__ import annotations

import inspect
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from fpdf import FPDF
from fpdf.fonts import SubsetMap, TTFFont
from fpdf.output import OutputProducer
from packaging.requirements import Requirement

from desktop.reports import pdf_canvas, pdf_file
from desktop.reports.pdf_canvas import Canvas, Run
from desktop.reports.pdf_fonts import FONT_FILES, font_path

PINNED = "fpdf2>=2.8.9,<2.9"
ROOT = Path(__file__).resolve().parents[2]


def _parameters(function: object) -> list[str]:
    return list(inspect.signature(function).parameters)  # type: ignore[arg-type]


def test_the_installed_fpdf2_is_the_pinned_one() -> None:
    installed = version("fpdf2")
    assert Requirement(PINNED).specifier.contains(installed), (
        f"fpdf2 {installed} is installed; the PDF report was checked with {PINNED} "
        "(its private font writer); run this file's tests, then change the pin"
    )


def test_the_pin_is_the_project_s() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    pins = [str(Requirement(t)) for t in project["dependencies"] if t.startswith("fpdf2")]
    assert pins == [str(Requirement(PINNED))], f"pyproject pins {pins}; checked here: {PINNED}"


@pytest.mark.parametrize(
    ("owner", "name", "parameters"),
    [
        (
            OutputProducer,
            "_add_fonts",
            [
                "self",
                "image_objects_per_index",
                "gfxstate_objs_per_name",
                "pattern_objs_per_name",
            ],
        ),
        (FPDF, "_out", ["self", "s"]),
        (
            TTFFont,
            "perform_harfbuzz_shaping",
            ["self", "text", "font_size_pt", "text_shaping_params"],
        ),
        (TTFFont, "shape_text", ["self", "text", "font_size_pt", "text_shaping_params"]),
        (SubsetMap, "get_glyph", ["self", "glyph", "unicode", "glyph_name", "glyph_width"]),
        (SubsetMap, "pick_glyph", ["self", "glyph"]),
    ],
)
def test_the_private_functions_used_keep_their_shape(
    owner: type, name: str, parameters: list[str]
) -> None:
    function = getattr(owner, name, None)
    assert function is not None, f"fpdf2 {version('fpdf2')} has no {owner.__name__}.{name}"
    assert _parameters(function) == parameters, (
        f"fpdf2 {version('fpdf2')} changed {owner.__name__}.{name}: "
        f"{_parameters(function)} instead of {parameters}"
    )


def test_the_private_state_used_is_there() -> None:
    """A canvas's fonts live in its resource catalogue (shared between canvases), its open
    page's operators in a bytearray, the fallback fonts of a shaped piece in a list; the font
    writer hands out object numbers from `obj_id` and returns its objects in `pdf_objs`."""
    canvas = Canvas()
    assert canvas._resource_catalog.font_registry is canvas.fonts
    shared = Canvas(fonts=canvas.fonts)
    assert shared.fonts is canvas.fonts, "a canvas no longer takes the report's fonts"
    shared.add_page()
    assert isinstance(shared.pages[1].contents, bytearray)
    assert isinstance(shared._fallback_font_ids, list)
    assert hasattr(shared, "current_font_is_set_on_page")
    producer = OutputProducer(shared)
    assert isinstance(producer.obj_id, int) and isinstance(producer.pdf_objs, list)


def test_the_font_writer_embeds_what_the_pages_used(tmp_path: Path) -> None:
    """`PdfFile.fonts` (fpdf2's writer under our object numbers) gives a font object for each
    of the report's fonts and the resources naming them."""
    canvas = Canvas()
    canvas.add_page()
    canvas._plain(Run("Ab"), "Ab", 10, 10, 10)  # its glyphs join the font's subset
    target = tmp_path / "fonts.bin"
    with target.open("wb") as out:
        file = pdf_file.PdfFile(out)
        file.fonts(canvas)
    data = target.read_bytes()
    assert data.count(b"/Type /Font") >= len(FONT_FILES)
    assert b"/FontFile2" in data and b"/ToUnicode" in data
    assert font_path(FONT_FILES[""]).exists()


def test_written_pages_can_be_let_go() -> None:
    """A canvas written page by page drops each page once the next is open: fpdf2 keeps its
    pages in `pages` (counted by `pages_count`) and each page's resources in the catalogue's
    `resources_per_page`, keyed by page number and kind, and reads only the open page when
    adding the next."""
    canvas = Canvas()
    canvas.page_left = lambda number, contents, gotos: None
    for _ in range(5):
        canvas.add_page()
        canvas._plain(Run("Ab"), "Ab", 10, 10, 10)
    canvas.leave_page()
    assert canvas.pages_count == 5 and canvas.page == 5
    kept = [n for n, page in canvas.pages.items() if page is not pdf_canvas.LEFT_PAGE]
    assert kept == [5], f"fpdf2 {version('fpdf2')}: pages {kept} still held"
    used = canvas._resource_catalog.resources_per_page
    assert all(isinstance(key, tuple) and key[0] == 5 for key in used), (
        f"fpdf2 {version('fpdf2')} keys a page's resources otherwise: {list(used)[:3]}"
    )
