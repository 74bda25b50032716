"""Files are hostile until read: each bad file ends in one clear line naming the file and the
reason, the case unchanged, and no hang (every reader runs under a deadline and memory limit)."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from pypdf import PdfWriter

from db.queries import source_detail
from desktop.sources import (
    PartialRead,
    PasswordRequired,
    ReadLimits,
    SourceReadError,
    WrongPassword,
    import_file,
)

from . import pdfgen
from .conftest import counts

#: Tight enough that a bomb trips pypdf's limit long before memory runs short.
LIMITS = ReadLimits(max_stream_bytes=8 << 20, seconds=60)


def encrypted(path: Path, password: str) -> Path:
    writer = PdfWriter(clone_from=__import__("io").BytesIO(pdfgen.latin_pdf(["Secret page"])))
    writer.encrypt(user_password=password, algorithm="AES-256")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _truncated(path: Path) -> Path:
    data = pdfgen.latin_pdf([f"Page {n} of a long report" for n in range(1, 11)])
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def _unknown_encoding(path: Path) -> Path:
    """Bytes with no NUL that no encoding makes into readable text."""
    rng = random.Random(4)
    path.write_bytes(bytes(rng.randrange(1, 256) for _ in range(4096)))
    return path


HOSTILE = {
    "truncated.pdf": (_truncated, "cut short"),
    "not-a-pdf.pdf": (lambda p: p.write_text("Hello, I am text") and p, "not a PDF"),
    "zero.pdf": (lambda p: p.write_bytes(b"") is not None and p, "empty"),
    "bomb.pdf": (lambda p: p.write_bytes(pdfgen.bomb_pdf(64 << 20)) and p, "safety limit"),
    "tree-loop.pdf": (
        lambda p: p.write_bytes(pdfgen.self_containing_page_tree()) and p,
        "cyclic",
    ),
    "circular-xref.pdf": (lambda p: p.write_bytes(pdfgen.circular_xref()) and p, "damaged PDF"),
    "no-root.pdf": (lambda p: p.write_bytes(pdfgen.no_root()) and p, "Root"),
    "unknown-encoding.txt": (_unknown_encoding, "encoding cannot be told"),
    "binary.txt": (lambda p: p.write_bytes(os.urandom(4096) + b"\x00") and p, "binary data"),
    "program.exe": (lambda p: p.write_bytes(b"MZ\x90\x00" * 100) and p, "not a file"),
    "utf32-garbage.txt": (
        lambda p: p.write_bytes(b"\xff\xfe\x00\x00garbage\x00\x01\x02\x03\xc3\x28\xa0\xa1") and p,
        "binary data, not text (it begins like UTF-32 text",
    ),
    "utf16-bad.txt": (
        lambda p: p.write_bytes(b"\xfe\xff\xd8\x00\x00\x41") and p,
        "binary data, not text (it begins like UTF-16 text",
    ),
    "bom-only.txt": (lambda p: p.write_bytes(b"\xef\xbb\xbf") and p, "only white space or a byte"),
    "spaces.md": (lambda p: p.write_bytes(b" \n\t\n") and p, "it holds no text (the file is empty"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_and_the_case_unchanged(sqlite_case, tmp_path, name):
    make, reason = HOSTILE[name]
    path = make(tmp_path / name)
    before = counts(sqlite_case)
    with pytest.raises(SourceReadError) as caught:
        import_file(sqlite_case, path, limits=LIMITS)
    message = str(caught.value)
    assert message.startswith(f"cannot import {name}: ")
    assert reason in message
    assert "\n" not in message and "took longer" not in message
    assert "codec" not in message  # the decoder's own words are not a reviewer's
    if name.endswith((".txt", ".md")):
        assert "OCR" not in message and "text layer" not in message
    assert counts(sqlite_case) == before


def test_file_over_the_size_limit_is_refused_before_reading(sqlite_case, tmp_path):
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:  # sparse: 300 MB on paper, nothing on disk
        handle.truncate(300 * 1024 * 1024)
    before = counts(sqlite_case)
    with pytest.raises(SourceReadError, match="300 MB, more than the import limit of 200 MB"):
        import_file(sqlite_case, path)
    assert counts(sqlite_case) == before
    with pytest.raises(SourceReadError, match="more than the import limit of 1 MB"):
        import_file(sqlite_case, path, limits=ReadLimits(max_file_bytes=1 << 20))


def test_size_limit_from_the_environment(monkeypatch):
    monkeypatch.setenv("PROVDESK_MAX_IMPORT_MB", "5")
    assert ReadLimits.from_environment().max_file_bytes == 5 * 1024 * 1024


def test_encrypted_pdf_needs_its_password(sqlite_case, tmp_path):
    path = encrypted(tmp_path / "locked.pdf", "s3cret")
    before = counts(sqlite_case)
    with pytest.raises(PasswordRequired, match="needs its password"):
        import_file(sqlite_case, path)
    with pytest.raises(WrongPassword, match="does not open"):
        import_file(sqlite_case, path, password="guess")
    assert counts(sqlite_case) == before
    outcome = import_file(sqlite_case, path, password="s3cret")
    with sqlite_case.read() as session:
        _view, text = source_detail(session, outcome.source_id)
    assert text == "Secret page"


def test_damaged_page_refused_unless_partial_allowed(sqlite_case, tmp_path):
    path = tmp_path / "damaged.pdf"
    path.write_bytes(pdfgen.with_bomb_page(["Page one", "Page two", "Page three"], 1, 32 << 20))
    before = counts(sqlite_case)
    with pytest.raises(PartialRead) as caught:
        import_file(sqlite_case, path, limits=LIMITS)
    assert caught.value.missing_pages == [2]
    assert "1 of 3 pages could not be read (page 2: it goes past a safety limit" in str(
        caught.value
    )
    assert counts(sqlite_case) == before
    outcome = import_file(sqlite_case, path, limits=LIMITS, allow_partial=True)
    with sqlite_case.read() as session:
        view, text = source_detail(session, outcome.source_id)
    assert view.incomplete and view.missing_pages == (2,) and view.pages == 3
    assert "Page one" in text and "Page three" in text


def test_reader_stopped_at_its_deadline(sqlite_case, tmp_path):
    path = tmp_path / "slow.pdf"
    path.write_bytes(pdfgen.latin_pdf([f"Page {n}" for n in range(200)]))
    before = counts(sqlite_case)
    with pytest.raises(SourceReadError, match=r"took longer than 0\.05 s, so it was stopped"):
        import_file(sqlite_case, path, limits=ReadLimits(seconds=0.05))
    assert counts(sqlite_case) == before


@pytest.mark.slow
def test_reader_out_of_memory_is_a_clear_message(sqlite_case, tmp_path):
    path = tmp_path / "greedy.pdf"
    path.write_bytes(pdfgen.bomb_pdf(1024 << 20))
    limits = ReadLimits(max_stream_bytes=4096 << 20, memory_bytes=900 << 20)
    with pytest.raises(SourceReadError, match="memory"):
        import_file(sqlite_case, path, limits=limits)


def test_cancelled_import_leaves_the_case_unchanged(sqlite_case, tmp_path):
    from desktop.sources import ReadCancelled

    path = tmp_path / "long.pdf"
    path.write_bytes(pdfgen.latin_pdf([f"Page {n}" for n in range(50)]))
    before = counts(sqlite_case)
    with pytest.raises(ReadCancelled, match="cancelled"):
        import_file(sqlite_case, path, cancelled=lambda: True)
    assert counts(sqlite_case) == before


def test_reader_processes_can_be_started_ahead():
    from desktop.sources.sandbox import prestart

    prestart()  # returns once the fork server answered; no error, no hang


def test_truncated_pdf_keeps_its_readable_pages_when_allowed(sqlite_case, tmp_path):
    path = _truncated(tmp_path / "cut.pdf")
    before = counts(sqlite_case)
    with pytest.raises(PartialRead) as caught:
        import_file(sqlite_case, path)
    message = str(caught.value)
    assert "cut short" in message and "its page tree declares 10 pages but" in message
    assert counts(sqlite_case) == before
    outcome = import_file(sqlite_case, path, allow_partial=True)
    with sqlite_case.read() as session:
        view, text = source_detail(session, outcome.source_id)
    assert view.incomplete and text.startswith("Page 1 of a long report")
    found = view.pages
    assert 0 < found < 10
    assert view.missing_pages == tuple(range(found + 1, 11))


def test_a_damaged_pages_reason_is_in_a_reviewers_words():
    """pypdf's parser message ("Unable to find 'endstream' marker …") is not what a reviewer
    reads; one page of two in the file is "is", not "are"."""
    from desktop.sources.pdf_pages import _PdfPages

    pages = _PdfPages(count=1, declared=2)
    pages.page(
        ("page", 0, "", "Unable to find 'endstream' marker for obj starting at 346.", 0, 0, 0, None)
    )
    problems, lost = pages.problems(truncated=False)
    said = "; ".join(problems)
    assert "only 1 is in the file" in said
    assert "page 1: its content is damaged or cut short" in said
    assert "endstream" not in said and lost == [1, 2]
