"""`provdesk --screenshot FILE.png` draws the window as the reviewer's display would (its
style, fonts and scale) when there is a display, without the window appearing; offscreen when
there is none or it cannot be reached (one line says so); as QT_QPA_PLATFORM asks when it is
set. Each in a process of its own, through the real entry point."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from db.case import Case
from desktop.app import screenshot_platforms

ROOT = Path(__file__).resolve().parents[2]
LINUX = sys.platform.startswith("linux")


@pytest.mark.parametrize(
    ("environ", "tried"),
    [
        ({}, "offscreen"),
        ({"DISPLAY": ":0"}, "xcb;offscreen"),
        (
            {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"},
            "wayland;xcb;offscreen",
        ),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, None),  # asked for: Qt's choice
        ({"QT_QPA_PLATFORM": "xcb"}, None),
    ],
)
def test_the_platforms_a_screenshot_tries(environ: dict[str, str], tried: str | None) -> None:
    if not LINUX:
        pytest.skip("macOS and Windows always draw on their own platform")
    assert screenshot_platforms(environ) == tried


def _shoot(
    case_path: Path, target: Path, home: Path, *files: str, **env: str
) -> subprocess.CompletedProcess[str]:
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environ.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_RUNTIME_DIR=str(home),
        PYTHONPATH=str(ROOT),
        **env,
    )
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.app",
            "--case",
            str(case_path),
            "--screenshot",
            str(target),
            *files,
        ],
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _drawn_by(target: Path) -> str:
    image = QImage(str(target))
    assert image.width() >= 1000 and image.height() >= 600
    return image.text("Software")


def _provdesk_lines(done: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in done.stderr.splitlines() if line.startswith("provdesk:")]


@pytest.fixture
def closed_case(demo_case: Case, case_path: Path, tmp_path: Path) -> Path:
    demo_case.close()
    (tmp_path / "home").mkdir()
    return case_path


@pytest.mark.skipif(not LINUX, reason="DISPLAY is X11's")
def test_a_display_that_cannot_be_reached_falls_back_to_offscreen_in_one_line(
    closed_case: Path, tmp_path: Path
) -> None:
    done = _shoot(closed_case, tmp_path / "b.png", tmp_path / "home", DISPLAY=":97")
    assert done.returncode == 0, done.stderr
    assert _drawn_by(tmp_path / "b.png").endswith("(Qt platform offscreen)")
    assert _provdesk_lines(done) == [
        "provdesk: drawn offscreen: the display could not be used "
        "(could not connect to display :97)"
    ]


@pytest.mark.skipif(not LINUX, reason="DISPLAY is X11's")
def test_without_a_display_a_screenshot_of_an_import_is_drawn_offscreen_quietly(
    closed_case: Path, tmp_path: Path
) -> None:
    source = tmp_path / "kaynak.txt"
    source.write_text('Bakan dün akşam "Köprü yıl sonunda açılacak" dedi.\n', encoding="utf-8")
    done = _shoot(closed_case, tmp_path / "f.png", tmp_path / "home", str(source))
    assert done.returncode == 0, done.stderr
    assert "cannot start" not in done.stderr
    assert "propagateSizeHints" not in done.stderr
    assert _drawn_by(tmp_path / "f.png").endswith("(Qt platform offscreen)")
    bare = _shoot(closed_case, tmp_path / "b.png", tmp_path / "home")
    assert bare.returncode == 0, bare.stderr
    assert "propagateSizeHints" not in bare.stderr


@pytest.fixture
def x_server(tmp_path: Path) -> Iterator[str]:
    """A virtual X server (Xvfb) of our own; its display name."""
    if not LINUX or shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (CI installs it: xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def test_on_a_display_the_real_platform_draws_it(
    closed_case: Path, tmp_path: Path, x_server: str
) -> None:
    done = _shoot(closed_case, tmp_path / "c.png", tmp_path / "home", DISPLAY=x_server)
    assert done.returncode == 0, done.stderr
    assert _drawn_by(tmp_path / "c.png").endswith("(Qt platform xcb)")
    assert _provdesk_lines(done) == []
