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


def test_readmes_first_command_installs_the_system_packages_and_a_plain_install():
    readme = (ROOT / "README.md").read_text("utf-8")
    first = readme.split("Install and start the app on its default case", 1)[1]
    command = next(line.strip() for line in first.splitlines() if line.startswith("    "))
    assert command == (
        "bash packaging/install-system-packages.sh && python3 -m venv .venv && "
        ".venv/bin/pip install . && .venv/bin/provdesk"
    )
    assert (ROOT / "packaging" / "install-system-packages.sh").is_file()
    assert "    bash .ci/run" in readme


def test_ci_walks_the_newcomers_path_before_the_suite():
    run = (ROOT / ".ci" / "run").read_text("utf-8")
    lines = [line for line in run.splitlines() if line.strip() and not line.startswith("#")]
    assert lines[-1].startswith("run_tests .venv/bin/python -m pytest")  # the summary ends the log
    assert "bash .ci/newcomer.sh" in run and run.index("bash .ci/newcomer.sh") < run.index(
        "run_tests .venv/bin/python -m pytest"
    )
    assert "xvfb" in run and "install-system-packages.sh --list" in run
    stage = (ROOT / ".ci" / "newcomer.sh").read_text("utf-8")
    assert 'pip" install -q --disable-pip-version-check .' in stage and "-e ." not in stage
    assert (
        "QT_QPA_PLATFORM=xcb" in stage and "xvfb-run" in stage and '"$bin/provdesk" --case' in stage
    )
    for kind in (".pdf", ".html", ".txt", ".md"):
        assert kind in stage
    assert "FORMATS" in stage
