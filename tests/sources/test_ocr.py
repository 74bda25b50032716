"""Screenshots and scanned pages read by OCR (Tesseract), through the command line: the text in
logical order with each word's box and confidence, the language guessed or chosen, a quote
located; and the bad images refused in one line with the case unchanged. Few and small: OCR is
slow on shared cores (accuracy is measured by tests/benchmarks/bench_ocr.py)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from db.case import open_case
from desktop.cli import main

from . import ocrgen
from .conftest import counts

SENTENCE = {
    "en": "The bridge over the river will stay closed until the end of May.",
    "ar": "قال المجلس إن الجسر فوق النهر سيبقى مغلقا حتى نهاية شهر مايو",
}


def run(capsys: pytest.CaptureFixture[str], case: Path, *args: str | Path) -> tuple[int, str, str]:
    code = main(["--case", str(case), *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def case_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "ocr.provdesk"
    assert main(["--case", str(path), "new"]) == 0
    capsys.readouterr()
    return path


def source_json(capsys: pytest.CaptureFixture[str], case: Path, source: str) -> dict:
    code, out, _ = run(capsys, case, "source", "show", source, "--json", "--text")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def test_an_arabic_screenshot_is_read_right_to_left_in_logical_order(
    tmp_path: Path, case_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shot = tmp_path / "post.png"
    shot.write_bytes(ocrgen.png(ocrgen.render(SENTENCE["ar"], "ar")))
    code, out, err = run(capsys, case_file, "import", shot)
    assert code == 0, err
    shown = source_json(capsys, case_file, out.strip())
    view = shown["source"]
    assert shown["text"] == SENTENCE["ar"]  # logical order, as typed
    assert (view["language"], view["direction"], view["ocr_language"]) == ("ar", "rtl", "ara")
    assert dict(view["arrival"])["reading"].startswith("text recognised by OCR (mean confidence ")
    code, claim, _ = run(capsys, case_file, "claim", "add", "The bridge stays closed")
    code, _out, err = run(
        capsys,
        case_file,
        "hop",
        "add",
        claim.strip(),
        "--actor",
        "المجلس",
        "--relation",
        "said",
        "--source",
        out.strip(),
        "--quote",
        "الجسر فوق النهر سيبقى مغلقا",
    )
    assert code == 0 and "not located" not in err
    # the same image read again in another language would be a new version of the text
    code, _out, err = run(capsys, case_file, "import", shot, "--ocr-language", "eng")
    assert code == 1 and "needs source versions" in err and err.count("\n") == 1


def test_words_keep_their_boxes_on_the_image(tmp_path: Path, sqlite_case) -> None:
    from desktop.sources import import_file
    from desktop.sources.result import ReadOptions

    image = ocrgen.render(SENTENCE["en"], "en")
    shot = tmp_path / "shot.webp"
    buffer = io.BytesIO()
    image.save(buffer, "WEBP", lossless=True)
    shot.write_bytes(buffer.getvalue())
    outcome = import_file(sqlite_case, shot, options=ReadOptions(ocr_language="eng"))
    read = outcome.read
    assert read is not None and read.text == SENTENCE["en"] and read.media_type == "image/webp"
    (page,) = read.details["ocr"]["pages"]
    assert (page["width"], page["height"]) == image.size
    words = {read.text[w[0] : w[1]]: w for w in page["words"]}
    bridge, may = words["bridge"], words["May."]
    assert 0 < bridge[2] < may[2] < image.width and bridge[3] == pytest.approx(may[3], abs=8)
    assert all(50 <= w[6] <= 100 for w in page["words"])
    assert read.details["ocr"]["language"] == "eng"


def test_a_pdf_with_a_text_page_and_a_scanned_page(tmp_path: Path, sqlite_case) -> None:
    from fpdf import FPDF

    from desktop.sources import import_file

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="The first page has a text layer.")
    pdf.add_page()
    scan = io.BytesIO()
    ocrgen.scanned(SENTENCE["en"], "en").save(scan, "PNG")
    pdf.image(scan, x=0, y=0, w=595)
    path = tmp_path / "mixed.pdf"
    path.write_bytes(bytes(pdf.output()))
    read = import_file(sqlite_case, path).read
    assert read is not None
    first, second = read.text.split("\n\n", 1)
    assert first == "The first page has a text layer."
    assert " ".join(second.split()) == SENTENCE["en"]
    assert read.page_starts == (0, len(first) + 2) and not read.incomplete
    assert read.details["ocr"]["pages_recognised"] == [2]


def test_bad_images_are_one_line_and_change_nothing(
    tmp_path: Path, case_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PIL import Image

    good = ocrgen.png(ocrgen.render(SENTENCE["en"], "en"))
    blank = io.BytesIO()
    Image.new("RGB", (600, 300), "white").save(blank, "PNG")
    bad = {
        "bomb.png": (ocrgen.huge_png_header(), "30,000 × 30,000 pixels"),
        "cut.png": (good[: len(good) // 2], "the image is cut short"),
        "blank.png": (blank.getvalue(), "no text was recognised in the image"),
        "text.jpg": (b"not an image at all", "it is not an image that can be read"),
    }
    case = open_case(case_file, reviewer="Tester")
    before = counts(case)
    for name, (data, reason) in bad.items():
        (tmp_path / name).write_bytes(data)
        code, out, err = run(capsys, case_file, "import", tmp_path / name)
        assert code == 1 and out == "" and err.count("\n") == 1
        assert f"cannot import {name}: " in err and reason in err, err
        assert counts(case) == before
    code, _out, err = run(
        capsys, case_file, "import", tmp_path / "cut.png", "--ocr-language", "xyz"
    )
    assert code == 1 and "OCR language xyz is not installed" in err
    case.close()
