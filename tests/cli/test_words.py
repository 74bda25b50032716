"""What the command line says reads with care: search results carry a snippet with the matched
words marked and each hit's place (#1 best), never a score; counts take their plural forms;
times are given to the second."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from db.text.normalise import search_key
from db.text.snippets import snippet
from desktop.wording import count, for_data, for_people


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--reviewer", "Ayşe", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_search_prints_marked_snippets_and_places(tmp_path: Path) -> None:
    case = tmp_path / "c.provdesk"
    assert cli("--case", case, "demo").returncode == 0
    result = cli("--case", case, "search", "turkce")  # folded: finds and marks "Türkçe"
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines
    for place, line in enumerate(lines, start=1):
        kind, _ident, *_rest = line.split()
        assert kind in ("claim", "quote", "source")
        assert re.search(rf"\s#{place}\s", line), line  # its place, best first: no score
        assert "[Türkçe]" in line or "[türkçe]" in line.lower(), line
    assert "rank" not in result.stdout
    nothing = cli("--case", case, "search", "zzzqqq")
    assert nothing.returncode == 0 and nothing.stdout == ""
    assert nothing.stderr.strip() == "nothing matches 'zzzqqq'"


def test_counts_take_their_plural_forms(tmp_path: Path) -> None:
    case = tmp_path / "c.provdesk"
    assert cli("--case", case, "new").returncode == 0
    claim = cli("--case", case, "claim", "add", "One hop only").stdout.strip()
    assert (
        cli("--case", case, "hop", "add", claim, "--actor", "A", "--relation", "said").returncode
        == 0
    )
    listed = cli("--case", case, "claims").stdout
    assert re.search(r" 1 hop  ", listed) and "1 hops" not in listed
    out = tmp_path / "r.json"
    exported = cli("--case", case, "export", "-f", "json", "-o", out)
    assert f"wrote json report of 1 claim to {out}" in exported.stderr
    assert count(1, "claim", "claims") == "1 claim"
    assert count(0, "claim", "claims") == "0 claims"
    assert count(10_000, "claim", "claims") == "10,000 claims"


def test_times_to_the_second(tmp_path: Path) -> None:
    import datetime as dt

    case = tmp_path / "c.provdesk"
    assert cli("--case", case, "new").returncode == 0
    claim = cli("--case", case, "claim", "add", "A claim").stdout.strip()
    assert cli("--case", case, "status", claim, "in-progress", "--why", "x").returncode == 0
    shown = cli("--case", case, "show", claim).stdout
    assert re.search(r"^  \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC Ayşe: verdict", shown, re.M), shown
    moment = dt.datetime(2026, 11, 30, 1, 25, 12, 654321)
    assert for_people(moment) == "2026-11-30 01:25:12 UTC"
    assert for_data(moment) == "2026-11-30T01:25:12Z"
    assert for_data(dt.date(2026, 11, 30)) == "2026-11-30"


WORDS = st.sampled_from(["Türkiye", "İstanbul", "ılık", "سوريا", "Всё", "official", "files"])


@given(st.lists(WORDS, min_size=1, max_size=30), WORDS)
def test_a_snippet_marks_exactly_the_words_the_query_folds_to(words: list[str], query: str) -> None:
    text = " ".join(words)
    found = snippet(text, query, width=60)
    assert found is not None
    assert len(found.text) <= 60 + 2  # and an ellipsis either side at most
    for start, end in found.marks:
        assert search_key(found.text[start:end]).startswith(search_key(query))
    marked = {found.text[a:b] for a, b in found.marks}
    if query in words and query in found.text:
        assert query in marked
