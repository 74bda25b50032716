"""A long text the readers give without its search and similarity keys (a PDF's pages joined in
the application, a read from the text cache) gets them from a process of its own, so the import
runs no seconds of Python beside the window; they are the keys the writer would have made."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.case import Case
from db.text import similarity as sim
from db.text.source_keys import source_keys
from desktop.sources import import_file, reader, sandbox
from desktop.sources.limits import ReadLimits
from desktop.sources.reader import load_bytes, read_bytes

from . import pdfgen

PAGES = [
    f"Page {n}\nThe minister said the talks in Ankara would resume after the winter.\n"
    f"Officials in the governorate counted {n * 17} trucks at the crossing on day {n}."
    for n in range(1, 7)
]


@pytest.fixture
def pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(reader, "APART_FROM", 100)  # this short PDF counts as long
    path = tmp_path / "report.pdf"
    path.write_bytes(pdfgen.latin_pdf(PAGES, title="Crossing report"))
    return path


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    ran: list[str] = []
    real = sandbox.run_apart

    def spy(function: str, argument: object, **kwargs: object) -> object:
        ran.append(function)
        return real(function, argument, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reader, "run_apart", spy)
    return ran


def test_a_pdfs_keys_are_made_apart_and_are_the_writers(
    pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran = _spy(monkeypatch)
    limits = ReadLimits.from_environment()
    read = read_bytes(load_bytes(pdf, limits))
    assert ran == ["db.text.source_keys:source_keys"]
    assert read.keys is not None and read.keys == source_keys(read.text)
    again = read_bytes(load_bytes(pdf, limits))  # from the text cache, which keeps no keys
    assert ran == ["db.text.source_keys:source_keys"] * 2
    assert again.keys == read.keys


def test_importing_a_long_pdf_makes_no_band_keys_in_the_application(
    pdf: Path, sqlite_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    def not_here(words: object) -> set[int]:
        raise AssertionError("band keys made in the application's process")

    monkeypatch.setattr(sim, "passage_band_keys", not_here)
    outcome = import_file(sqlite_case, pdf)
    assert outcome.created and outcome.read is not None
    with sqlite_case.read() as session:
        from sqlalchemy import func, select

        from db.models import SourceBand

        stored = session.scalar(
            select(func.count()).where(SourceBand.source_id == outcome.source_id)
        )
    assert stored == len(outcome.read.keys.bands) > 0  # type: ignore[union-attr]
