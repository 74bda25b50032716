"""`provdesk-cli import`, `sources`, `source show` and `source open`, as a person types them."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfWriter

from desktop.cli import main

from . import pdfgen


def run(capsys, case_path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--case", str(case_path), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def case_file(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "cli.provdesk"
    assert main(["--case", str(path), "new"]) == 0
    capsys.readouterr()
    return path


def test_import_prints_the_id_and_finds_the_same_bytes_again(capsys, case_file, digest_article):
    code, out, err = run(capsys, case_file, "import", str(digest_article))
    assert (code, out.strip(), err) == (0, "1", "")
    code, out, err = run(capsys, case_file, "import", str(digest_article))
    assert (code, out.strip()) == (0, "1")
    assert "already in the case as source 1" in err


def test_sources_lists_hash_size_pages_language(capsys, case_file, tmp_path, digest_article):
    pdf = tmp_path / "two.pdf"
    pdf.write_bytes(pdfgen.latin_pdf(["Page one words", "Page two words"], title="Two pages"))
    run(capsys, case_file, "import", str(digest_article))
    run(capsys, case_file, "import", str(pdf))
    code, out, _ = run(capsys, case_file, "sources")
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert sha[:12] in lines[1] and "2p" in lines[1] and "Two pages" in lines[1]
    code, out, _ = run(capsys, case_file, "sources", "--json")
    rows = json.loads(out)
    assert rows[1]["evidence_sha256"] == sha
    assert rows[1]["size"] == pdf.stat().st_size and rows[1]["pages"] == 2
    assert rows[0]["language"] == "en" and rows[0]["published_on"] == "2024-03-07"


def test_source_show_and_open(capsys, case_file, digest_article):
    run(capsys, case_file, "import", str(digest_article))
    code, out, _ = run(capsys, case_file, "source", "show", "1", "--text")
    assert code == 0 and "published: 2024-03-07" in out and "Ankara and Damascus" in out
    code, out, _ = run(capsys, case_file, "source", "open", "1")
    opened = Path(out.strip())
    assert code == 0 and opened.read_bytes() == digest_article.read_bytes()
    assert opened.name == digest_article.name


def test_bad_file_is_one_line_and_exit_1(capsys, case_file, tmp_path):
    bad = tmp_path / "fake.pdf"
    bad.write_text("not really")
    code, out, err = run(capsys, case_file, "import", str(bad))
    assert (code, out) == (1, "")
    assert (
        err
        == "provdesk-cli: error: cannot import fake.pdf: it is not a PDF (it does not begin with %PDF-)\n"
    )


def test_password_from_stdin(capsys, case_file, tmp_path, monkeypatch):
    path = tmp_path / "locked.pdf"
    writer = PdfWriter(clone_from=io.BytesIO(pdfgen.latin_pdf(["Locked words"])))
    writer.encrypt(user_password="pw", algorithm="AES-256")
    writer.write(path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(capsys, case_file, "import", str(path))
    assert code == 1 and "provdesk-cli import --password-stdin FILE" in err
    assert len(err.splitlines()) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    code, _, err = run(capsys, case_file, "import", str(path), "--password-stdin")
    assert code == 1 and "the password does not open this PDF" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    code, out, _ = run(capsys, case_file, "import", str(path), "--password-stdin")
    assert (code, out.strip()) == (0, "1")


def test_password_before_the_command_is_the_servers_and_says_so(
    capsys, case_file, tmp_path, monkeypatch
):
    path = tmp_path / "locked.pdf"
    writer = PdfWriter(clone_from=io.BytesIO(pdfgen.latin_pdf(["Locked words"])))
    writer.encrypt(user_password="pw", algorithm="AES-256")
    writer.write(path)
    stdin = io.StringIO("pw\n")
    monkeypatch.setattr("sys.stdin", stdin)
    code, out, err = run(capsys, case_file, "--password-stdin", "import", str(path))
    assert (code, out) == (1, "")
    assert "provdesk-cli import --password-stdin FILE" in err
    assert "before the command is the team server's password" in err
    assert len(err.splitlines()) == 1
    # the line given was not read for the case file: it is still there for the right form
    code, out, err = run(capsys, case_file, "import", "--password-stdin", str(path))
    assert (code, out.strip()) == (0, "1")
    other = tmp_path / "locked2.pdf"
    writer = PdfWriter(clone_from=io.BytesIO(pdfgen.latin_pdf(["Other locked words"])))
    writer.encrypt(user_password="pw", algorithm="AES-256")
    writer.write(other)
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    code, out, err = run(capsys, case_file, "--password-stdin", "source", "update", "1", str(other))
    assert code == 1
    assert "provdesk-cli source update 1 --password-stdin FILE" in err
    assert "team server's password" in err


def test_partial_file_needs_allow_partial(capsys, case_file, tmp_path, monkeypatch):
    monkeypatch.setenv("PROVDESK_READER_SECONDS", "60")
    path = tmp_path / "damaged.pdf"
    path.write_bytes(pdfgen.with_bomb_page(["One", "Two", "Three"], 2, 80 << 20))
    code, out, err = run(capsys, case_file, "import", str(path))
    assert code == 1 and out == ""
    assert "only part of it could be read" in err and "--allow-partial" in err
    code, out, err = run(capsys, case_file, "import", str(path), "--allow-partial", "--json")
    assert code == 0 and "marked incomplete (missing pages: 3)" in err
    assert json.loads(out)["source"]["missing_pages"] == [3]
    code, out, _ = run(capsys, case_file, "sources")
    assert "INCOMPLETE (missing pages 3)" in out


def test_source_edit_corrects_language_and_direction(capsys, case_file, digest_article):
    run(capsys, case_file, "import", str(digest_article))
    code, out, _ = run(
        capsys, case_file, "source", "edit", "1", "--language", "ar", "--direction", "rtl"
    )
    assert (code, out.strip()) == (0, "source 1 is now at version 2")
    code, out, _ = run(capsys, case_file, "source", "show", "1", "--json")
    source = json.loads(out)["source"]
    assert (source["language"], source["direction"]) == ("ar", "rtl")
    code, _, err = run(
        capsys, case_file, "source", "edit", "1", "--title", "x", "--expect-version", "1"
    )
    assert code == 1 and "changed by someone else" in err


def test_text_too_long_for_a_source_is_refused_by_its_size(capsys, case_file, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"All words here. " * 3_200_000)  # 51.2 MB of ASCII: 51.2M characters
    code, out, err = run(capsys, case_file, "import", str(path))
    assert (code, out) == (1, "")
    (line,) = err.splitlines()
    assert "at least 51,200,000 characters; a source holds at most 50,000,000" in line
    assert "split it into parts" in line
    code, out, _ = run(capsys, case_file, "sources")
    assert (code, out) == (0, "")
