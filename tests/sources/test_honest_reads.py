"""Reads that say what they are: PDFs that open without a password, partial reads counted
honestly, reader limits that mark a source incomplete, and page labels cited as printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import operations as ops
from db.queries import claim_detail, source_detail
from desktop.cli import main as cli
from desktop.reports.export import render
from desktop.reports.model import read_report
from desktop.sources import PartialRead, import_file

from . import pdfgen


def test_owner_only_pdf_imports_without_a_question(sqlite_case, tmp_path: Path) -> None:
    """Issue item 6: empty user password, owner password for "no copying"."""
    path = tmp_path / "no-copying.pdf"
    path.write_bytes(pdfgen.owner_only(pdfgen.latin_pdf(["Readable by anyone"])))
    outcome = import_file(sqlite_case, path)
    with sqlite_case.read() as session:
        view, text = source_detail(session, outcome.source_id)
    assert text == "Readable by anyone"
    assert not view.incomplete


def test_cut_short_pdf_counts_pages_without_fonts_as_unreadable(
    sqlite_case, case_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue item 7: the first 60 % of a file whose later pages' font was stored at its end."""
    path = tmp_path / "broken-download.pdf"
    path.write_bytes(pdfgen.fonts_last_cut([f"Page {n} says something" for n in range(1, 11)], 6))
    with pytest.raises(PartialRead) as caught:
        import_file(sqlite_case, path)
    message = str(caught.value)
    assert "5 of 10 pages read, 0 without text" in message
    assert "page tree declares 10 pages but only 6 are in the file" in message
    assert (
        "1 of 10 pages could not be read (page 6: the file is damaged or incomplete (truncated))"
        in message
    )
    assert "fonts" not in message  # lost with the end of the file, not left out by its producer
    assert caught.value.missing_pages == [6, 7, 8, 9, 10]
    case_arg = str(case_path)
    assert cli(["--case", case_arg, "import", str(path), "--allow-partial"]) == 0
    source_id = int(capsys.readouterr().out.strip())
    with sqlite_case.read() as session:
        view, text = source_detail(session, source_id)
    assert view.incomplete and view.missing_pages == (6, 7, 8, 9, 10)
    assert "Page 5 says something" in text
    assert cli(["--case", case_arg, "source", "show", str(source_id)]) == 0
    shown = capsys.readouterr().out
    assert "5 of 10 pages read, 0 without text" in shown
    assert "missing pages: 6, 7, 8, 9, 10" in shown


def test_reader_limit_marks_the_source_incomplete(
    sqlite_case, case_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue item 7: form XObjects past pypdf's invocation limit."""
    path = tmp_path / "flood.pdf"
    path.write_bytes(pdfgen.form_xobject_flood("repeated words", 5_100))
    with pytest.raises(PartialRead, match="a reader limit left out part of the text of 1 pages"):
        import_file(sqlite_case, path)
    case_arg = str(case_path)
    assert cli(["--case", case_arg, "import", str(path), "--allow-partial"]) == 0
    out, err = capsys.readouterr()
    assert "form XObject invocations" in err
    with sqlite_case.read() as session:
        view, text = source_detail(session, int(out.strip()))
    assert view.incomplete
    assert any("form XObject" in p for p in view.problems)
    assert text.startswith("First line")
    assert cli(["--case", case_arg, "source", "show", out.strip()]) == 0
    assert "form XObject invocations" in capsys.readouterr().out


def test_page_labels_are_cited(sqlite_case, case_path: Path, tmp_path: Path, capsys) -> None:
    """Issue item 10: pages numbered i, ii, 1, 2, 3; a quote on the page labelled 1."""
    texts = ["Preface", "Contents", "The minister spoke first", "Second", "Third"]
    path = tmp_path / "labelled.pdf"
    path.write_bytes(pdfgen.with_page_labels(pdfgen.latin_pdf(texts), [(0, "/r", 1), (2, "/D", 1)]))
    source_id = import_file(sqlite_case, path).source_id
    with sqlite_case.change() as uow:
        claim = ops.add_claim(uow, "The minister spoke")
        actor = ops.add_actor(uow, "Minister")
        hop = ops.add_hop(
            uow,
            claim,
            actor_id=actor,
            relation="said",
            source_id=source_id,
            quote="The minister spoke first",
        )
    with sqlite_case.read() as session:
        view, _text = source_detail(session, source_id)
        detail = claim_detail(session, claim)
    assert view.page_labels == ("i", "ii", "1", "2", "3")
    assert detail.hop(hop).cited_pages() == ("1 [3]",)
    assert cli(["--case", str(case_path), "show", str(claim)]) == 0
    assert "p. 1 [3]" in capsys.readouterr().out
    with sqlite_case.read() as session:
        report = read_report(session, [claim], case_name="c", reviewer="t")
    assert "page 1 [3]" in render(report, "html").decode()
    assert "p. 1 [3]" in render(report, "markdown").decode()
    assert '"pd:pagesCited": "1 [3]"' in render(report, "prov-json").decode()
