"""Bytes are bytes: file names that are not UTF-8 (an archive from an older system, names in
Latin-1 on a UTF-8 system) are imported, stored and shown, U+FFFD where a byte does not decode;
a file that cannot be read is one line of the summary and never stops the folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.text.file_names import name_bytes, readable

NAMES = {
    b"caf\xe9 notes.txt": b"The minister said the talks would go on.",
    b"r\xe9sum\xe9 \xab\xbb.html": b"<html><body><p>Le ministre a dit.</p></body></html>",
    b"plain.txt": b"A plain file about the talks.",
    "\u0627\u0644\u0648\u0637\u0646.txt".encode(): "\u0627\u0644\u0648\u0637\u0646".encode(),
}
"""Latin-1 names (not UTF-8 here), a clean name and an Arabic UTF-8 name."""


def odd_folder(root: Path) -> Path:
    """A folder of clippings with names the OS gives as bytes, a sub-folder whose own name is
    not UTF-8, and a broken PDF with such a name."""
    base = os.fsencode(root)
    os.makedirs(base)
    for name, content in NAMES.items():
        with open(base + b"/" + name, "wb") as handle:
            handle.write(content)
    os.mkdir(base + b"/archiv \xff")
    with open(base + b"/archiv \xff/inner \xe4.txt", "wb") as handle:
        handle.write(b"Inner text from the archive.")
    with open(base + b"/broken \xe9.pdf", "wb") as handle:
        handle.write(b"%PDF-1.4 cut short")
    return root


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=1, max_size=40).filter(lambda b: b"/" not in b and b"\0" not in b))
def test_every_name_the_os_gives_becomes_text(raw: bytes) -> None:
    name = os.fsdecode(raw)
    shown = readable(name)
    shown.encode("utf-8")  # storable, printable, showable
    try:
        clean = raw.decode("utf-8")
    except UnicodeDecodeError:
        assert "\ufffd" in shown and name_bytes(name) == raw
    else:
        assert shown == clean and name_bytes(name) is None


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.mark.parametrize(
    "database", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_folder_of_odd_names_imports_through_the_command_line(
    tmp_path: Path, request: pytest.FixtureRequest, database: str
) -> None:
    folder = odd_folder(tmp_path / "clippings")
    case = str(tmp_path / "case.provdesk")
    if database == "postgresql":
        case = request.getfixturevalue("pg_url")
    assert cli("--case", case, "new").returncode == 0
    done = cli("--case", case, "import", folder)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "imported 5, already in the case 0, skipped as unsupported 0, refused 1"
    assert len(lines) == 2 and lines[1].startswith(f"refused {folder}/broken \ufffd.pdf: ")
    listed = cli("--case", case, "sources", "--json")
    assert listed.returncode == 0, listed.stderr
    sources = json.loads(listed.stdout)
    names = {s["file_name"] for s in sources}
    assert names == {
        "caf\ufffd notes.txt",
        "r\ufffdsum\ufffd \ufffd\ufffd.html",
        "plain.txt",
        "\u0627\u0644\u0648\u0637\u0646.txt",
        "inner \ufffd.txt",
    }
    assert "caf\ufffd notes" in {s["title"] for s in sources}
    assert cli("--case", case, "verify").returncode == 0


@pytest.mark.qt_log_ignore(r"This plugin does not support")
def test_folder_of_odd_names_imports_in_the_window(qtbot, sqlite_case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from db.models import EvidenceFile
    from desktop.ui.window_setup import build_window

    folder = odd_folder(tmp_path / "clippings")
    win, _actions = build_window()
    qtbot.addWidget(win)
    win.show()
    win.set_case(sqlite_case)
    try:
        folders = win.parts.appearances.folders
        folders.import_paths([folder])
        qtbot.waitUntil(lambda: folders.summary_box is not None, timeout=120_000)
        box = folders.summary_box
        assert box.text().startswith("5 imported, 0 already in the case")
        assert box.text().count("1 refused") == 1
        assert f"refused {folder}/broken \ufffd.pdf: " in box.detailedText()
        box.accept()
        with sqlite_case.read() as session:
            names = set(session.scalars(select(EvidenceFile.file_name)))
        assert "caf\ufffd notes.txt" in names and "inner \ufffd.txt" in names
    finally:
        win.workers.wait(10_000)
        win.parts.appearances.folders.pool.waitForDone(30_000)
        win.set_case(None)
