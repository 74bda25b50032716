"""A hostile claim cannot steer the terminal: what the command line prints for a person shows
direction controls (U+202E RIGHT-TO-LEFT OVERRIDE …) and terminal controls by name, in every
command and in its error lines, while JSON keeps the case's text exact."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.text.direction import BIDI_CONTROLS
from desktop.cli import main
from desktop.cli.visible import json_text, visible

HOSTILE = "The port is \u202eDESOLC\u202c, the \u2067ministry\u2069 said\u200f"


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Ran]:
    """`provdesk-cli --case CASE ARGS…` through its entry point, `desktop.cli.main`."""

    def run(case: Path, *args: str) -> Ran:
        code = main(["--case", str(case), *args])
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def no_controls(text: str) -> bool:
    return not any(c in BIDI_CONTROLS for c in text)


def test_claims_show_search_and_errors_print_controls_by_name_and_json_keeps_them(
    cli: Callable[..., Ran], tmp_path: Path
) -> None:
    case = tmp_path / "c.provdesk"
    assert cli(case, "new").returncode == 0
    assert cli(case, "claim", "add", HOSTILE).stdout == "1\n"
    listed = cli(case, "claims")
    assert "The port is ⟨RLO⟩DESOLC⟨PDF⟩, the ⟨RLI⟩ministry⟨PDI⟩ said⟨RLM⟩" in listed.stdout
    shown = cli(case, "show", "1")
    assert "⟨RLO⟩DESOLC⟨PDF⟩" in shown.stdout and no_controls(shown.stdout)
    found = cli(case, "search", "port")
    assert "⟨RLO⟩" in found.stdout and no_controls(found.stdout)
    # The command's own error line quotes the hostile words: shown by name there too.
    refused = cli(case, "import", str(tmp_path / "report\u202efdp.exe"))
    assert refused.returncode == 1 and "report⟨RLO⟩fdp.exe" in refused.stderr
    assert no_controls(refused.stderr)
    added = cli(case, "hop", "add", "1", "--actor", "\u202eretueR", "--relation", "said")
    assert "new actor 1 “⟨RLO⟩retueR”" in added.stderr and no_controls(added.stderr)
    # JSON: the same text, exactly, written with JSON's escapes.
    data = cli(case, "show", "1", "--json").stdout
    assert "\\u202e" in data and no_controls(data)
    assert json.loads(data)["text"] == HOSTILE


@given(st.text())
def test_visible_text_holds_no_steering_character_and_json_round_trips(text: str) -> None:
    shown = visible(text)
    assert no_controls(shown)
    assert all(c in "\t\n\r" or ord(c) > 0x9F or c.isprintable() for c in shown)
    steering = [c for c in text if c in BIDI_CONTROLS or not (c in "\t\n\r" or c.isprintable())]
    if not steering:
        assert shown == text
    written = json_text({"text": text})
    assert no_controls(written) and json.loads(written) == {"text": text}


def test_a_terminal_running_the_command_gets_names_not_controls(tmp_path: Path) -> None:
    case = str(tmp_path / "c.provdesk")
    command = [sys.executable, "-m", "desktop.cli", "--case", case]
    subprocess.run([*command, "new"], check=True, capture_output=True, timeout=60)
    subprocess.run([*command, "claim", "add", HOSTILE], check=True, capture_output=True, timeout=60)
    listed = subprocess.run(
        [*command, "claims"], capture_output=True, text=True, encoding="utf-8", timeout=60
    )
    assert "⟨RLO⟩DESOLC⟨PDF⟩" in listed.stdout and no_controls(listed.stdout)
