"""`provdesk-cli export` as a script would run it: a real process, each format read back."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pypdf
import pytest
from prov.model import ProvDocument

from desktop.reports import jsonreport

from .conftest import ReportCase


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _json(path: Path) -> None:
    jsonschema.validate(json.loads(path.read_text("utf-8")), jsonreport.schema())


def _prov_json(path: Path) -> None:
    doc = ProvDocument.deserialize(content=path.read_text("utf-8"), format="json")
    assert doc.get_records()


def _prov_n(path: Path) -> None:
    text = path.read_text("utf-8")
    assert text.startswith("document") and text.rstrip().endswith("endDocument")
    assert "wasAttributedTo(" in text


def _pdf(path: Path) -> None:
    reader = pypdf.PdfReader(path)
    assert "Provenance report" in " ".join(reader.pages[0].extract_text().split())


def _html(path: Path) -> None:
    import html5lib

    tree = html5lib.parse(path.read_text("utf-8"))
    assert tree.findall(".//{http://www.w3.org/1999/xhtml}section")


def _markdown(path: Path) -> None:
    from markdown_it import MarkdownIt

    assert "<h2>" in MarkdownIt("commonmark").render(path.read_text("utf-8"))


def _csv(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        assert set(archive.namelist()) == {"claims.csv", "hops.csv", "report.csv"}
        rows = list(csv.DictReader(io.StringIO(archive.read("hops.csv").decode("utf-8-sig"))))
        assert rows and rows[0]["actor"]


def _claimreview(path: Path) -> None:
    import extruct

    document = path.read_text("utf-8")
    page = f'<html><head><script type="application/ld+json">{document}</script></head></html>'
    found = extruct.extract(page, syntaxes=["json-ld"])["json-ld"]
    assert found[0]["@graph"][0]["@type"] == "ClaimReview"


READERS = {
    "html": _html,
    "pdf": _pdf,
    "markdown": _markdown,
    "csv": _csv,
    "json": _json,
    "prov-json": _prov_json,
    "prov-n": _prov_n,
    "claimreview": _claimreview,
}


@pytest.mark.parametrize("fmt", list(READERS))
def test_each_format_exits_0_and_reads_back(
    report_case: ReportCase, case_path: Path, tmp_path: Path, fmt: str
) -> None:
    report_case.case.close()
    out = tmp_path / f"report.{fmt}"
    result = cli(
        "--case", case_path, "export", "--format", fmt, "-o", out,
        *(["--base-url", "https://desk.example.org/r"] if fmt == "claimreview" else []),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stderr and str(out) in result.stderr
    READERS[fmt](out)


def test_claimreview_asks_for_the_publishing_url_once(
    report_case: ReportCase, case_path: Path, tmp_path: Path
) -> None:
    """Without a publishing URL ClaimReview is refused with one line; kept once in the case
    (an audited change), every later export uses it; --base-url overrides it for one report."""
    report_case.case.close()
    out = tmp_path / "reviews.jsonld"
    refused = cli("--case", case_path, "export", "-f", "claimreview", "-o", out)
    assert refused.returncode == 1 and not out.exists()
    (line,) = refused.stderr.strip().splitlines()
    assert (
        line.startswith("provdesk-cli: error: ClaimReview needs the address")
        and "--base-url" in line
    )
    bad = cli("--case", case_path, "publish-url", "javascript:alert(1)")
    assert bad.returncode == 1 and "is not a web address" in bad.stderr
    kept = cli("--case", case_path, "publish-url", "https://desk.example.org/case-7")
    assert kept.returncode == 0, kept.stderr
    assert (
        cli("--case", case_path, "publish-url").stdout.strip() == "https://desk.example.org/case-7"
    )
    audit = json.loads(cli("--case", case_path, "audit", "--json").stdout)
    assert audit[-1]["action"] == "set publishing URL"
    assert audit[-1]["after"]["publish_url"] == "https://desk.example.org/case-7"
    assert cli("--case", case_path, "export", "-f", "claimreview", "-o", out).returncode == 0
    urls = {r["url"] for r in json.loads(out.read_text("utf-8"))["@graph"]}
    assert urls == {"https://desk.example.org/case-7#claim-2",
                    f"https://desk.example.org/case-7#claim-{report_case.arabic_claim}"}  # fmt: skip
    once = cli("--case", case_path, "export", "-f", "claimreview", "-o", out,
               "--base-url", "https://other.example.org/x")  # fmt: skip
    assert once.returncode == 0, once.stderr
    assert all(r["url"].startswith("https://other.example.org/x#")
               for r in json.loads(out.read_text("utf-8"))["@graph"])  # fmt: skip
    html_out = tmp_path / "r.html"
    assert cli("--case", case_path, "export", "-f", "html", "-o", html_out).returncode == 0
    assert "https://desk.example.org/case-7#claim-2" in html_out.read_text("utf-8")


def test_scope_options(report_case: ReportCase, case_path: Path, tmp_path: Path) -> None:
    report_case.case.close()
    out = tmp_path / "r.json"

    def ids(*options: str) -> list[int]:
        result = cli("--case", case_path, "export", "-f", "json", "-o", out, *options)
        assert result.returncode == 0, result.stderr
        return [c["id"] for c in json.loads(out.read_text("utf-8"))["claims"]]

    assert ids("--claim", "3", "--claim", "#1") == [3, 1]
    assert ids("--search", "red lines") == [1]
    assert ids("--verdict", "accurate", "--verdict", "false") == [2, report_case.arabic_claim]
    assert ids() == [1, 2, 3, 4, 5]
    result = cli("--case", case_path, "export", "-f", "json", "-o", out, "--claim", "99")
    assert (
        result.returncode == 1
        and result.stderr.strip() == "provdesk-cli: error: no claim with id 99"
    )


def test_csv_dir(report_case: ReportCase, case_path: Path, tmp_path: Path) -> None:
    report_case.case.close()
    folder = tmp_path / "csv"
    result = cli("--case", case_path, "export", "-f", "csv", "--csv-dir", "-o", folder)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["claims.csv", "hops.csv", "report.csv"]


def test_bad_destination_is_one_clear_line(
    report_case: ReportCase, case_path: Path, tmp_path: Path
) -> None:
    report_case.case.close()
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    for destination, says in (
        (not_a_folder / "report.html", "is not a folder"),
        (tmp_path / "missing" / "report.html", "does not exist"),
        (tmp_path, "is a folder"),
    ):
        result = cli("--case", case_path, "export", "-f", "html", "-o", destination)
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("provdesk-cli: error: ")
        assert says in lines[0]
        assert not (tmp_path / "missing").exists()


def test_unwritable_folder(report_case: ReportCase, case_path: Path, tmp_path: Path) -> None:
    """A folder the process may not write to (read-only for a normal user; for root, whom
    permissions do not stop, a folder of /proc, where no file can be made)."""
    report_case.case.close()
    import os

    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        target = folder if os.geteuid() != 0 else Path("/proc/self")
        result = cli("--case", case_path, "export", "-f", "json", "-o", target / "r.json")
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("provdesk-cli: error: cannot write the report")


def test_claimreview_counts_the_reviews_written_and_those_left_out(
    report_case: ReportCase, case_path: Path, tmp_path: Path
) -> None:
    from desktop.wording import count

    report_case.case.close()
    whole = cli("--case", case_path, "export", "-f", "json", "-o", tmp_path / "all.json")
    total = int(whole.stderr.split("report of ")[1].split()[0])
    out = tmp_path / "reviews.jsonld"
    result = cli(
        "--case", case_path, "export", "-f", "claimreview", "-o", out,
        "--base-url", "https://desk.example.org/r",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    reviews = json.loads(out.read_text("utf-8"))["@graph"]
    assert 0 < len(reviews) < total
    assert f"report of {count(len(reviews), 'claim', 'claims')} to" in result.stderr
    assert f"({count(total - len(reviews), 'claim', 'claims')} left out: no final verdict" in (
        result.stderr
    )
