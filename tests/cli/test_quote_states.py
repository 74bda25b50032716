"""Quotes as a reviewer types them, through the command line and into the reports: located where
search finds them (items 1–2), a quote not located is a state (item 9), and a quote keeps its own
language and direction (item 8)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from db.case import open_case
from db.queries import claim_detail
from db.search import search
from desktop.cli import main as cli
from desktop.reports.export import render
from desktop.reports.model import read_report

VOCALISED = (
    "قَالَ الوَزِيرُ إِنَّ الاتِّفَاقَ سَيُوَقَّعُ غَداً\n"
    "المفاوضـــات مستمرة بين الطرفين\n"
    "Министр: всё решено ещё в четверг, перего\u00adворы закончены.\n"
    "وقال إن \u200e١٢\u200f شخصا حضروا"
)


def run(capsys: pytest.CaptureFixture[str], case: Path, *args: str) -> tuple[int, str, str]:
    code = cli(["--case", str(case), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def case_with_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    case = tmp_path / "quotes.provdesk"
    assert run(capsys, case, "new")[0] == 0
    source = tmp_path / "digest.txt"
    source.write_text(VOCALISED, encoding="utf-8")
    code, out, _err = run(capsys, case, "import", str(source))
    assert code == 0 and out.strip() == "1"
    assert run(capsys, case, "claim", "add", "Talks are settled")[1].strip() == "1"
    return case


@pytest.mark.parametrize(
    ("quote", "held"),
    [
        ("قال الوزير إن الاتفاق سيوقع غدا", "قَالَ الوَزِيرُ إِنَّ الاتِّفَاقَ سَيُوَقَّعُ غَداً"),
        ("المفاوضات مستمرة", "المفاوضـــات مستمرة"),
        ("все решено еще в четверг", "всё решено ещё в четверг"),
        ("переговоры закончены", "перего\u00adворы закончены"),
        ("إن ١٢ شخصا", "إن \u200e١٢\u200f شخصا"),
    ],
)
def test_plainly_typed_quotes_are_located_where_search_finds_them(
    capsys, case_with_source: Path, quote: str, held: str
) -> None:
    code, out, err = run(
        capsys,
        case_with_source,
        "hop",
        "add",
        "1",
        "--actor",
        "Minister",
        "--relation",
        "said",
        "--source",
        "1",
        "--quote",
        quote,
    )
    assert code == 0 and "not located" not in err
    hop_id = int(out.strip())
    case = open_case(case_with_source, reviewer="t")
    try:
        with case.read() as session:
            hop = claim_detail(session, 1).hop(hop_id)
            kinds = {h.kind for h in search(session, quote)}
    finally:
        case.close()
    (span,) = hop.spans
    assert VOCALISED[span.start : span.end] == held
    assert "source" in kinds  # search finds the same words in the source


def test_a_quote_not_in_the_source_is_stored_and_said(capsys, case_with_source: Path) -> None:
    code, out, err = run(
        capsys,
        case_with_source,
        "hop",
        "add",
        "1",
        "--actor",
        "Someone",
        "--relation",
        "quoted",
        "--source",
        "1",
        "--quote",
        "text that is not there",
    )
    assert code == 0
    hop_id = out.strip()
    new_actor, warning = err.splitlines()
    assert warning == (
        f"provdesk-cli: warning: hop {hop_id}: quote not located in the text of source 1 "
        "(stored; check the quote's words or give --span)"
    )
    assert new_actor.startswith("provdesk-cli: new actor ") and "“Someone” is a person" in new_actor
    code, out, _err = run(capsys, case_with_source, "show", "1")
    assert "“text that is not there” — quote not located in the source" in out
    # Fixed with hop edit: the warning goes, the span comes.
    code, out, err = run(
        capsys, case_with_source, "hop", "edit", hop_id, "--quote", "المفاوضات مستمرة"
    )
    assert code == 0 and err == ""
    code, out, _err = run(capsys, case_with_source, "show", "1")
    assert "quote not located" not in out
    code, out, err = run(capsys, case_with_source, "hop", "edit", hop_id, "--quote", "nowhere")
    assert code == 0 and "quote not located" in err
    case = open_case(case_with_source, reviewer="t")
    try:
        with case.read() as session:
            report = read_report(session, [1], case_name="c", reviewer="t")
    finally:
        case.close()
    for fmt in ("html", "markdown"):
        assert b"quote not located in the source" in render(report, fmt), fmt
    with zipfile.ZipFile(io.BytesIO(render(report, "csv"))) as archive:
        hops_csv = next(n for n in archive.namelist() if "hop" in n)
        assert "not located" in archive.read(hops_csv).decode("utf-8-sig")


def test_a_quote_keeps_its_own_language_and_direction(
    capsys, case_with_source: Path, tmp_path: Path
) -> None:
    """A hop "reported" in Arabic whose quote was taken from the English translation."""
    english = tmp_path / "translation.txt"
    english.write_text(
        "The minister said the agreement will be signed tomorrow, according to al-Watan.",
        encoding="utf-8",
    )
    assert run(capsys, case_with_source, "import", str(english))[1].strip() == "2"
    code, out, err = run(
        capsys,
        case_with_source,
        "hop",
        "add",
        "1",
        "--actor",
        "al-Watan",
        "--relation",
        "reported",
        "--language",
        "ar",
        "--source",
        "2",
        "--quote",
        "the agreement will be signed tomorrow",
    )
    assert code == 0 and "warning" not in err and "“al-Watan” is an outlet" in err
    hop_id = int(out.strip())
    case = open_case(case_with_source, reviewer="t")
    try:
        with case.read() as session:
            hop = claim_detail(session, 1).hop(hop_id)
            report = read_report(session, [1], case_name="c", reviewer="t")
    finally:
        case.close()
    assert (hop.language, hop.quote_language, hop.quote_direction) == ("ar", "en", "ltr")
    html = render(report, "html").decode()
    assert '<blockquote dir="auto" lang="en">the agreement will be signed' in html
    assert 'dir="rtl" lang="ar">the agreement' not in html
    data = json.loads(render(report, "json"))
    (reported,) = [h for c in data["claims"] for h in c["hops"] if h["id"] == hop_id]
    assert (reported["language"], reported["direction"]) == ("en", "ltr")
    prov = json.loads(render(report, "prov-json"))
    values = [e.get("prov:value") for e in prov["entity"].values() if isinstance(e, dict)]
    assert {"$": "the agreement will be signed tomorrow", "lang": "en"} in values
