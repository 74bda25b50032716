"""The Markdown report puts invisible isolation marks (U+2068 … U+2069) only around case text
that needs them (right-to-left letters, direction controls), so that copy and grep of Latin
text find exactly what the case holds."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

FSI, PDI = "\u2068", "\u2069"
RTL = re.compile("[\u0590-\u08ff]")


def test_markdown_marks_only_text_that_needs_them(tmp_path: Path) -> None:
    case, report = tmp_path / "demo.provdesk", tmp_path / "report.md"
    arabic = "لا خطوط حمراء"
    for args in (
        ("demo",),
        ("claim", "add", arabic),
        ("export", "--format", "markdown", "--output", str(report)),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--case", str(case), *args],
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stderr
    text = report.read_text(encoding="utf-8")
    assert (
        "## Claim 1: Turkey has set no red lines or preconditions for talks with Damascus." in text
    )
    assert f"## Claim 4: {FSI}{arabic}{PDI}" in text
    outside = re.sub(f"{FSI}[^{PDI}]*{PDI}", "", text)
    assert RTL.search(text) and not RTL.search(outside)  # every Arabic string is isolated
    for isolated in re.findall(f"{FSI}([^{PDI}]*){PDI}", text):
        assert RTL.search(isolated) or re.search(
            "[\u200e\u200f\u202a-\u202e\u2066-\u2069]", isolated
        )
