"""Text from a case never reorders the report's own words (issue: an override pasted from a chat
app, U+202E left open, turned "— Accurate" into "etaruccA —").

Every place where case text meets the app's text isolates it: `<bdi>` in HTML, FSI … PDI in
Markdown, the CSV report sheet and the PDF's page header. Checked three ways: the isolation
marks themselves, the Markdown rendered by markdown-it, and the HTML report laid out by
Chromium (headless), where every run of the app's own words must read left to right on screen.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import zipfile
from html import unescape
from pathlib import Path

import html5lib
import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from db import operations as ops
from db.case import Case
from db.text.direction import FSI, PDI, isolate, strip_isolates, unbalanced_controls
from desktop.reports import csvreport, html, markdown

from .helpers import make_report

RLO_CLAIM = "Claim A says\u202eeurt si siht"
NS = "{http://www.w3.org/1999/xhtml}"
PROBE = (Path(__file__).parent / "bidi_probe.js").read_text("utf-8")


@pytest.fixture
def rlo_case(demo_case: Case) -> tuple[Case, int]:
    with demo_case.change() as uow:
        claim = ops.add_claim(uow, RLO_CLAIM, notes="note\u202eright to left", tags=["\u202etag"])
        actor = ops.find_or_add_actor(uow, "Relay\u202e outlet", "outlet")
        ops.add_hop(uow, claim, actor_id=actor, relation="reported", quote="\u202ereversed")
        ops.set_verdict(uow, claim, "accurate", "Because\u202e it says so.")
    return demo_case, claim


def _outside_isolates(text: str) -> str:
    """`text` with every isolate (LRI, RLI or FSI … PDI) cut out, as UAX #9 matches them."""
    out, depth = [], 0
    for char in text:
        if char in "\u2066\u2067\u2068":
            depth += 1
        elif char == PDI and depth:
            depth -= 1
        elif not depth:
            out.append(char)
    return "".join(out)


@given(
    st.text(
        alphabet=st.sampled_from(
            "ab \u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u05d0\u0627"
        )
    )
)
def test_isolate_closes_everything_the_text_opens(text: str) -> None:
    """Whatever directional controls a text holds, isolated it opens nothing that outlives it:
    UAX #9 ends every embedding, override and isolate opened inside an isolate at its PDI."""
    wrapped = isolate(text)
    assert wrapped == "" if text == "" else wrapped.startswith(FSI) and wrapped.endswith(PDI)
    assert unbalanced_controls(wrapped) <= unbalanced_controls(text)
    assert strip_isolates(wrapped).replace(PDI, "") == strip_isolates(text).replace(PDI, "")
    assert "\u202e" not in _outside_isolates(f"Verdict: {wrapped} — Accurate")


def test_markdown_isolates_case_text(rlo_case: tuple[Case, int]) -> None:
    case, claim = rlo_case
    source = markdown.render(make_report(case)).decode("utf-8")
    assert unbalanced_controls(_outside_isolates(source)) == 0
    for line in source.splitlines():  # no override outside an isolate, on any line
        assert "\u202e" not in _outside_isolates(line), line
    assert f"## Claim {claim}: {FSI}{RLO_CLAIM}{PDI}" in source
    assert f"1. [{FSI}{RLO_CLAIM}{PDI}](#claim-{claim}) — Accurate (awaiting sign-off)" in source
    # markdown-it keeps the marks where the Markdown put them: around the claim, not the label
    rendered = MarkdownIt("commonmark").enable("table").render(source)
    tree = html5lib.parse(rendered)
    items = ["".join(li.itertext()) for li in tree.iter(f"{NS}li")]
    toc = next(i for i in items if RLO_CLAIM in i)
    assert toc == f"{FSI}{RLO_CLAIM}{PDI} — Accurate (awaiting sign-off)"
    heading = next(
        "".join(h.itertext()) for h in tree.iter(f"{NS}h2") if RLO_CLAIM in "".join(h.itertext())
    )
    assert heading == f"Claim {claim}: {FSI}{RLO_CLAIM}{PDI}"


def test_csv_report_sheet_isolates_a_file_name_beside_its_label(tmp_path: Path) -> None:
    from db.case import open_case

    case = open_case(tmp_path / "c.provdesk", reviewer="R", create=True)
    try:
        with case.change() as uow:
            imported = ops.import_evidence(
                uow, content=b"x", file_name="\u202etxt.exe", media_type="text/plain", text="x"
            )
            claim = ops.add_claim(uow, "A claim")
            actor = ops.find_or_add_actor(uow, "A", "outlet")
            ops.add_hop(uow, claim, actor_id=actor, relation="said", source_id=imported.source_id)
        with zipfile.ZipFile(io.BytesIO(csvreport.render(make_report(case)))) as archive:
            rows = dict(csv.reader(io.StringIO(archive.read("report.csv").decode("utf-8-sig"))))
            claims = archive.read("claims.csv").decode("utf-8-sig")
    finally:
        case.close()
    assert rows[f"evidence_sha256:{FSI}\u202etxt.exe{PDI}"] == imported.sha256
    assert FSI not in claims  # data cells stay exactly as the case holds them


def test_html_wraps_case_text_in_bdi(rlo_case: tuple[Case, int]) -> None:
    case, claim = rlo_case
    page = html.render(make_report(case)).decode("utf-8")
    tree = html5lib.parse(page)
    section = next(s for s in tree.iter(f"{NS}section") if s.get("id") == f"claim-{claim}")
    for element in section.iter():  # every override sits inside a <bdi> or a quote with dir
        if "\u202e" in (element.text or ""):
            assert element.tag in (f"{NS}bdi", f"{NS}blockquote"), element.tag
        if "\u202e" in (element.tail or ""):
            pytest.fail(f"an override in the tail of <{element.tag}>")
    title = next(tree.iter(f"{NS}title")).text
    assert title == f"Provenance report — {FSI}{case.name}{PDI}"


def _chromium_probe(page: str, tmp_path: Path, name: str) -> dict:
    """Lay `page` out in headless Chromium and run the probe: every text run of the app's own
    (outside <bdi>, quotes, elements with a dir) must go left to right on its line."""
    page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)  # the probe runs
    page = page.replace("</body>", f"<script>{PROBE}</script></body>")
    path = tmp_path / f"{name}.html"
    path.write_text(page, "utf-8")
    result = subprocess.run(
        [
            shutil.which("chromium") or "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'chromium-profile'}",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    found = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout, re.S)
    assert found, result.stderr[-800:]
    loaded: dict = json.loads(unescape(found.group(1)))
    return loaded


@pytest.mark.skipif(
    shutil.which("chromium") is None and os.environ.get("CI") != "true",
    reason="Chromium is not installed (apt chromium; .ci/run installs it)",
)
def test_chromium_lays_out_the_apps_words_left_to_right(
    rlo_case: tuple[Case, int], tmp_path: Path
) -> None:
    case, _claim = rlo_case
    page = html.render(make_report(case)).decode("utf-8")
    probe = _chromium_probe(page, tmp_path, "report")
    assert probe["checked"] > 50
    assert probe["bad"] == []
    assert set(probe["dirs"]) == {"ltr"}  # every claim heading's text is English here
    # the probe sees the bug it guards against: the same page without isolation
    broken = page.replace("<bdi>", "<span>").replace("</bdi>", "</span>")
    reversed_words = _chromium_probe(broken, tmp_path, "broken")["bad"]
    assert any("Accurate" in words for words in reversed_words), reversed_words


def test_needs_isolation_knows_every_character_that_can_reorder() -> None:
    """The HTML report skips the <bdi> for text that cannot move its neighbours; every code
    point whose bidirectional class is right-to-left (R, AL), Arabic number (AN) or an explicit
    control must therefore be seen as needing it."""
    import unicodedata

    from db.text.direction import needs_isolation

    moving = {"R", "AL", "AN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
    missed = [
        hex(code)
        for code in range(0x110000)
        if unicodedata.bidirectional(chr(code)) in moving and not needs_isolation(chr(code))
    ]
    assert missed == []
    assert not needs_isolation("BBC Türkçe — İstanbul, Всё решено, the official files 2023")
