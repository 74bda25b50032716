"""Web captures (WARC, WACZ, MHTML), e-mail and office files imported through the command line
as a person types it, with the URL, capture time, sender and a quote located in the text; and
the hostile ones refused in one line with the case unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from db.case import Case, open_case
from desktop.cli import main

from . import capturegen as gen
from . import pdfgen
from .conftest import counts

QUOTE = "the crossing would reopen to trucks within two weeks"


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )


def run(capsys: pytest.CaptureFixture[str], case: Path, *args: str | Path) -> tuple[int, str, str]:
    code = main(["--case", str(case), *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def case_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "captures.provdesk"
    assert main(["--case", str(path), "new"]) == 0
    capsys.readouterr()
    return path


def shown(capsys: pytest.CaptureFixture[str], case: Path, source: str) -> dict[str, object]:
    code, out, _ = run(capsys, case, "source", "show", source, "--json")
    assert code == 0
    return json.loads(out)["source"]  # type: ignore[no-any-return]


def quote_located(capsys: pytest.CaptureFixture[str], case: Path, source: str, quote: str) -> None:
    code, claim, _ = run(capsys, case, "claim", "add", "The crossing reopens soon")
    assert code == 0
    code, _out, err = run(
        capsys,
        case,
        "hop",
        "add",
        claim.strip(),
        "--actor",
        "Deputy minister",
        "--relation",
        "said",
        "--source",
        source,
        "--quote",
        quote,
    )
    assert code == 0 and "not located" not in err, err


def test_a_signed_wacz_of_two_pages_asks_for_a_page_then_imports_it(
    tmp_path: Path, case_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capture = tmp_path / "border.wacz"
    capture.write_bytes(
        gen.wacz([(gen.PAGE_URL, gen.BORDER), (gen.SECOND_URL, gen.MINISTERS)], sign=True)
    )
    code, out, err = run(capsys, case_file, "import", capture)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "it holds 2 pages" in err
    assert gen.SECOND_URL in err and "--page URL" in err
    done = cli("--case", case_file, "import", capture, "--page", gen.PAGE_URL)
    assert done.returncode == 0, done.stderr
    source = done.stdout.strip()
    view = shown(capsys, case_file, source)
    assert view["url"] == gen.PAGE_URL and view["file_name"] == "border.wacz"
    facts = dict(view["arrival"])  # type: ignore[arg-type]
    assert facts["retrieved"] == gen.CAPTURED and facts["capture"] == "WACZ of 2 pages"
    assert facts["signature"].startswith("signed by an anonymous key ")
    assert facts["signature"].endswith("at 2024-03-07T10:20:00Z, verified")
    quote_located(capsys, case_file, source, QUOTE)
    # the second page of the same archive is a source of its own; the first is not made twice
    code, out, err = run(capsys, case_file, "import", capture, "--page", "2", "--page", "1")
    second, first = out.split()
    assert code == 0 and second != source and first == source and "already in the case" in err


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("page.warc.gz", lambda: gen.warc([(gen.PAGE_URL, gen.BORDER)])),
        ("page.mhtml", gen.mhtml),
    ],
)
def test_a_warc_and_an_mhtml_page_keep_the_url_and_capture_time(
    tmp_path: Path, case_file: Path, capsys: pytest.CaptureFixture[str], name: str, make: object
) -> None:
    path = tmp_path / name
    path.write_bytes(make())  # type: ignore[operator]
    code, out, err = run(capsys, case_file, "import", path)
    assert code == 0, err
    source = out.strip()
    view = shown(capsys, case_file, source)
    assert view["url"] == gen.PAGE_URL and view["title"] == "Border talks resume"
    assert dict(view["arrival"])["retrieved"] == gen.CAPTURED  # type: ignore[arg-type]
    code, out, _ = run(capsys, case_file, "source", "show", source, "--text")
    assert "RUN" not in out and "Home | World" not in out  # no script ran, no navigation kept
    quote_located(capsys, case_file, source, QUOTE)


def test_an_email_with_a_pdf_attachment(
    tmp_path: Path, case_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = pdfgen.latin_pdf(["The annex lists nine crossings that stay closed."], title="Annex")
    mail = tmp_path / "statement.eml"
    mail.write_bytes(gen.email_with_pdf(pdf))
    code, out, err = run(capsys, case_file, "import", mail)
    assert code == 0, err
    assert "has 1 attachment (statement.pdf); import them with --with-attachments" in err
    email_source = out.strip()
    view = shown(capsys, case_file, email_source)
    facts = dict(view["arrival"])  # type: ignore[arg-type]
    assert facts["from"] == gen.SENDER and facts["sent"].startswith("2024-03-06T16:30")
    assert view["title"] == "Statement on the border crossing"
    assert view["published_on"] == "2024-03-06"
    quote_located(capsys, case_file, email_source, "will reopen to trucks within two weeks")
    code, out, err = run(capsys, case_file, "import", mail, "--with-attachments")
    assert code == 0 and out.strip() == email_source
    assert "attachment statement.pdf imported as source" in err
    attachment = err.rsplit("source ", 1)[1].strip()
    view = shown(capsys, case_file, attachment)
    assert view["file_name"] == "statement.pdf" and view["pages"] == 1
    assert dict(view["arrival"])["attached to"] == (  # type: ignore[arg-type]
        f"source {email_source} (the e-mail statement.eml)"
    )


def test_an_html_email_body_is_text_only(tmp_path: Path, sqlite_case: Case) -> None:
    from desktop.sources import import_file

    mail = tmp_path / "html.eml"
    body = (
        "<html><head><style>p{}</style></head><body><script>steal()</script>"
        "<p>The port stays <b>open</b> tonight.</p><img src='https://tracker.example/p.png'>"
        "<iframe src='https://ads.example/'>frame words</iframe></body></html>"
    )
    mail.write_bytes(gen.email_with_pdf(pdfgen.latin_pdf(["x"]), html_only=body))
    outcome = import_file(sqlite_case, mail)
    assert outcome.read is not None
    assert outcome.read.text == "The port stays open tonight."
    assert outcome.read.details["email"]["body"].startswith("html (as text")


@pytest.mark.parametrize(
    ("name", "make", "title", "text"),
    [
        (
            "release.docx",
            gen.docx_file,
            "Press release on the crossing",
            "Press release on the crossing\n\nThe crossing will reopen to trucks within two weeks."
            "\n\nBackground\n\nTalks resumed on Thursday in the border town.",
        ),
        (
            "council.odt",
            gen.odt_file,
            "Statement of the council",
            "Statement of the council\n\nThe council voted to extend the curfew by a week.\n\n"
            "Votes\n\nNine members voted for and two against.",
        ),
    ],
)
def test_office_documents_keep_paragraphs_and_headings(
    tmp_path: Path, sqlite_case: Case, name: str, make: object, title: str, text: str
) -> None:
    from desktop.sources import import_file

    path = tmp_path / name
    path.write_bytes(make())  # type: ignore[operator]
    outcome = import_file(sqlite_case, path)
    assert outcome.read is not None
    assert (outcome.read.title, outcome.read.text) == (title, text)
    assert outcome.read.details["document"]["headings"] == 2


HOSTILE: list[tuple[str, Callable[[], bytes], str]] = [
    ("tampered.wacz", lambda: gen.wacz(tamper=True), "it has been altered: archive/data.warc.gz"),
    (
        "outside.wacz",
        lambda: gen.wacz(index_filename="../../etc/passwd"),
        "its index points outside the archive (../../etc/passwd)",
    ),
    (
        "requests.warc",
        lambda: gen.warc([(gen.PAGE_URL, gen.BORDER)], requests_only=True),
        "it holds no captured page (no HTML response records; only requests",
    ),
    ("bomb.docx", gen.zip_bomb, "(a ZIP bomb?)"),
    ("cut.docx", lambda: gen.docx_file()[:3000], "it is not a readable Word document (damaged ZIP"),
    ("cut.wacz", lambda: gen.wacz()[:1500], "it is not a readable WACZ archive (damaged ZIP"),
    ("renamed.odt", lambda: b"plain words, not a zip", "it is not a .odt file (it is not a ZIP"),
]


def test_hostile_captures_and_documents_are_one_line_and_change_nothing(
    tmp_path: Path, case_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = open_case(case_file, reviewer="Tester")
    before = counts(case)
    for name, make, reason in HOSTILE:
        path = tmp_path / name
        path.write_bytes(make())
        code, out, err = run(capsys, case_file, "import", path)
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and f"cannot import {name}: " in err and reason in err, err
        assert counts(case) == before
    case.close()


def test_folder_import_takes_the_new_kinds(tmp_path: Path, sqlite_case: Case) -> None:
    from desktop.sources.folder import Outcome, import_folder

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "page.warc.gz").write_bytes(gen.warc([(gen.PAGE_URL, gen.BORDER)]))
    (inbox / "release.docx").write_bytes(gen.docx_file())
    (inbox / "two.wacz").write_bytes(
        gen.wacz([(gen.PAGE_URL, gen.BORDER), (gen.SECOND_URL, gen.MINISTERS)])
    )
    summary = import_folder(sqlite_case, [inbox])
    imported = sorted(r.path.name for r in summary.of(Outcome.IMPORTED))
    assert imported == ["page.warc.gz", "release.docx"]
    (refused,) = summary.of(Outcome.REFUSED)
    assert refused.path.name == "two.wacz" and refused.actionable
    assert "it holds 2 pages" in refused.reason and "on its own to choose a page" in refused.reason
