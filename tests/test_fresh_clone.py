"""A fresh clone has no `../shared` beside it: no test may read it, and the articles the tests
read are in tests/data/ (issue 13, item 3)."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent

# Spelled in pieces so that this file does not find itself.
OUTSIDE = re.compile(
    r"\.\./"
    + "shared"
    + r"|/work/"
    + "shared"
    + r"|parents?\[\d\]\.parent\s*/\s*[\"']"
    + "shared"
    + r"|[\"']"
    + "shared"
    + r"[\"']\s*/\s*[\"']samples"
)
TEXT_SUFFIXES = {".py", ".txt", ".md", ".json", ".html", ".cfg", ".toml", ".ini"}


def test_no_test_reads_the_shared_folder_beside_the_clone():
    offenders = []
    for path in sorted(TESTS.rglob("*")):
        if path == Path(__file__).resolve() or path.suffix not in TEXT_SUFFIXES:
            continue
        for number, line in enumerate(path.read_text("utf-8", "replace").splitlines(), 1):
            if OUTSIDE.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_pattern_catches_what_it_is_for():
    for line in (
        'SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"',
        "open('../" + "shared/samples/x.txt')",
    ):
        assert OUTSIDE.search(line), line


def test_the_digest_article_covers_what_the_sample_did(digest_article: Path):
    text = digest_article.read_text("utf-8")
    assert text.lstrip().startswith("date 2024-03-07 ")  # the date line
    assert "said at a press conference" in text  # a minister at a press conference
    assert "website of the channel" in text and "quoted Orlan as saying" in text  # a TV site
    assert "The official quoted Kuzey TV as saying" in text  # the inverted direction
    assert re.search(r"[\u0600-\u06ff]{3,}( [\u0600-\u06ff]+){5,}", text)  # an Arabic passage
    assert "translated from Arabic and edited by The Levant Monitor" in text  # the footer
    for name in ("vesnia-today-orlan.html", "desk-notes-kuzey-tv.md", "levant-monitor-brief.pdf"):
        assert (digest_article.parent / name).stat().st_size > 500
