"""A PDF form's filled values (AcroForm fields, as LibreOffice exports a form) are part of the
source's text: a text field, a ticked box, a choice; an empty field or an unticked box adds
nothing."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    TextStringObject,
)

from .pdfgen import latin_pdf


def filled_form(fields: list[dict[str, object]]) -> bytes:
    """A one-page PDF with text on the page and these form fields (their values filled in)."""
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(latin_pdf(["Statement form of the ministry"]))))
    page = writer.pages[0]
    refs = ArrayObject()
    for at, field in enumerate(fields):
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/Rect"): ArrayObject(
                    [
                        FloatObject(72),
                        FloatObject(600 - 30 * at),
                        FloatObject(300),
                        FloatObject(620 - 30 * at),
                    ]
                ),
            }
        )
        for key, value in field.items():
            widget[NameObject(key)] = (
                NameObject(value) if str(value).startswith("/") else TextStringObject(str(value))
            )
        refs.append(writer._add_object(widget))
    page[NameObject("/Annots")] = refs
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): refs})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_filled_form_values_are_in_the_source_text(tmp_path: Path) -> None:
    form = tmp_path / "statement-form.pdf"
    form.write_bytes(
        filled_form(
            [
                {"/FT": "/Tx", "/T": "spokesman", "/TU": "Spokesman", "/V": "Ahmad Said"},
                {"/FT": "/Tx", "/T": "said", "/V": "No talks before the inspectors report"},
                {"/FT": "/Btn", "/T": "confirmed", "/TU": "Confirmed", "/V": "/Yes"},
                {"/FT": "/Btn", "/T": "denied", "/TU": "Denied", "/V": "/Off"},
                {"/FT": "/Tx", "/T": "empty", "/TU": "Left empty"},
            ]
        )
    )
    case = tmp_path / "case.provdesk"

    def cli(*args: str | Path) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--case", str(case), *map(str, args)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    cli("new")
    source = cli("import", form).strip()
    text = cli("source", "show", source, "--text")
    assert "Statement form of the ministry" in text
    assert "Spokesman: Ahmad Said" in text
    assert "said: No talks before the inspectors report" in text
    assert "Confirmed: Yes" in text
    assert "Denied" not in text and "Left empty" not in text
    found = cli("search", "inspectors report")
    assert "inspectors" in found.lower()
