"""The window through its real entry point, `desktop.app.main([...])`, as a newcomer starts it
(issue 13): `provdesk --case CASE FILE` imports FILE (item 4), `--case`, `--screenshot`,
`provdesk FILE.provdesk` (a double-click), the first start (item 10), the Connect dialog with a
broken keyring (item 9), and one line instead of Qt's abort when the platform cannot start
(item 1)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from db.case import Case, open_case
from db.demo import DEMO_REVIEWER
from db.models import Review
from db.queries import list_claims, list_sources
from desktop import app as desktop_app
from desktop import preferences
from desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "data" / "articles"


@pytest.fixture(autouse=True)
def contained(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """main() installs the app's exception dialog; keep it to this test. Close the windows
    main() leaves behind (its event loop has ended; the process goes on)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.workers.wait(10000)
            sources_ui = widget.parts.sources if widget.parts else None
            if sources_ui is not None:
                sources_ui.importer.cancel()
            widget.set_case(None)
            widget.close()
            widget.deleteLater()
    QApplication.processEvents()


def the_window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def run_main(args: list[str], until: Callable[[MainWindow], bool], timeout_s: float = 60) -> int:
    """desktop.app.main(args), ending its event loop once `until(window)` holds (checked every
    50 ms; a failure if it never does)."""
    seen = {"ok": False, "running": True}

    def poll() -> None:
        if not seen["running"]:
            return
        window = the_window()
        if window is not None and until(window):
            seen["ok"] = True
            QApplication.exit(0)
        else:
            QTimer.singleShot(50, poll)

    # A timer object, stopped when main returns: a pending time-out must not end a later
    # test's event loop.
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(lambda: QApplication.exit(3))
    timeout.start(int(timeout_s * 1000))
    QTimer.singleShot(0, poll)
    try:
        code = desktop_app.main(args)
    finally:
        seen["running"] = False
        timeout.stop()
    assert seen["ok"], f"the window never got there (exit {code})"
    return code


def sources_in(path: Path) -> list[str]:
    case = open_case(path, reviewer="Checker")
    try:
        with case.read() as session:
            return [v.file_name for v in list_sources(session) if v.file_name]
    finally:
        case.close()


def test_case_and_file_imports_the_file(qtbot, demo_case: Case, case_path: Path) -> None:
    demo_case.close()
    article = ARTICLES / "vesnia-today-orlan.html"

    def imported(window: MainWindow) -> bool:
        ui = window.parts.sources if window.parts else None
        return ui is not None and ui.dock.isVisible() and ui.viewer.title.text() != ""

    run_main(["--case", str(case_path), str(article)], imported)
    window = the_window()
    assert window is not None
    assert window.parts.sources.viewer.title.text().startswith("Orlan: Washington")
    assert "Imported as source 6" in " ".join(window.messages)
    assert sources_in(case_path) == ["vesnia-today-orlan.html"]


def test_screenshot_with_a_file_imports_it_and_exits_by_itself(
    qtbot, demo_case: Case, case_path: Path, tmp_path: Path
) -> None:
    demo_case.close()
    shot = tmp_path / "shot.png"
    code = desktop_app.main(
        [
            "--case",
            str(case_path),
            "--screenshot",
            str(shot),
            str(ARTICLES / "desk-notes-kuzey-tv.md"),
        ]
    )
    assert code == 0
    assert sources_in(case_path) == ["desk-notes-kuzey-tv.md"]
    image = QImage(str(shot))
    assert image.width() >= 600 and image.height() >= 400
    window = the_window()
    assert window is not None
    assert window.parts.sources.viewer.title.text() == "Desk notes: the Kuzey TV interview"


def test_screenshot_with_a_file_that_cannot_be_read_exits_1(
    qtbot, demo_case: Case, case_path: Path, tmp_path: Path, capfd
) -> None:
    demo_case.close()
    bad = tmp_path / "fake.pdf"
    bad.write_text("not a pdf")
    code = desktop_app.main(
        ["--case", str(case_path), "--screenshot", str(tmp_path / "s.png"), str(bad)]
    )
    assert code == 1
    assert "provdesk: " in capfd.readouterr().err
    assert sources_in(case_path) == []


def test_case_opens_the_case(qtbot, demo_case: Case, case_path: Path) -> None:
    demo_case.close()
    run_main(["--case", str(case_path)], lambda w: w.case is not None and w.model.rowCount() == 3)
    window = the_window()
    assert window is not None and window.case is not None
    assert window.case.location == str(case_path)


def test_a_double_clicked_case_file_opens_it(qtbot, demo_case: Case, case_path: Path) -> None:
    demo_case.close()
    run_main([str(case_path)], lambda w: w.case is not None and w.model.rowCount() == 3)
    window = the_window()
    assert window is not None and window.case is not None
    assert window.case.location == str(case_path)
    assert sources_in(case_path) == []  # opened, not imported as a source


def test_screenshot_alone_draws_the_demo_window(qtbot, demo_case: Case, case_path: Path, tmp_path):
    demo_case.close()
    shot = tmp_path / "demo.png"
    assert desktop_app.main(["--case", str(case_path), "--screenshot", str(shot)]) == 0
    assert QImage(str(shot)).width() >= 1000


def test_screenshot_at_the_size_asked(qtbot, demo_case: Case, case_path: Path, tmp_path, capsys):
    demo_case.close()
    shot = tmp_path / "small.png"
    args = ["--case", str(case_path), "--screenshot", str(shot), "--size", "1360x820"]
    assert desktop_app.main(args) == 0
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1360, 820)
    for wrong in (["--screenshot", "x.png", "--size", "1360"], ["--size", "1360x820"]):
        with pytest.raises(SystemExit) as ended:
            desktop_app.parse_args(wrong)
        assert ended.value.code == 1
        lines = capsys.readouterr().err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("provdesk: error:") and "size" in lines[0]


def test_first_start_shows_the_demo_behind_the_name_dialog(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROVDESK_REVIEWER")
    assert preferences.reviewer_name() in (None, "")
    seen: dict[str, object] = {}

    def demo_behind_dialog(window: MainWindow) -> bool:
        dialog = window.findChild(QDialog, "preferencesDialog")
        if dialog is None or not dialog.isVisible() or window.model.rowCount() != 3:
            return False
        seen["rows"] = window.model.rowCount()
        dialog.name.setText("Ayşe Yılmaz")  # type: ignore[attr-defined]
        dialog.accept()
        return True

    run_main([], demo_behind_dialog)
    window = the_window()
    assert window is not None and window.case is not None
    assert seen["rows"] == 3
    assert window.case.reviewer == "Ayşe Yılmaz"
    with window.case.read() as session:
        assert set(session.scalars(select(Review.reviewer))) == {DEMO_REVIEWER}


def test_connect_dialog_opens_with_a_broken_keyring(qtbot, window: MainWindow) -> None:
    from tests.team.test_broken_keyring import BrokenKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        window.findChild(type(window.parts.team.connect_action), "actionConnectServer").trigger()
        dialog = window.parts.team.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.remember.isEnabled()  # a backend is there; it fails only when used
        dialog.reject()
        # A keyring that cannot even be found: the box says why, the password can be typed.
        monkey = pytest.MonkeyPatch()
        monkey.setattr(keyring, "get_keyring", BrokenKeyring().get_password)
        try:
            dialog = window.parts.team.connect_to_server("postgresql://alice@db.example/desk")
        finally:
            monkey.undo()
        assert dialog.isVisible() and not dialog.remember.isEnabled()
        assert "keyring" in dialog.remember.text() and "asked each time" in dialog.remember.text()
        assert dialog.password.isEnabled() and dialog.password.text() == ""
        dialog.reject()
    finally:
        keyring.set_keyring(previous)


# -- the platform plugin --------------------------------------------------------------------


def test_debian_packages_follow_from_the_missing_libraries() -> None:
    assert [
        desktop_app.debian_package(name)
        for name in (
            "libxcb-cursor.so.0",
            "libxcb-icccm.so.4",
            "libxcb-keysyms.so.1",
            "libxkbcommon-x11.so.0",
            "libX11-xcb.so.1",
            "libxcb-render-util.so.0",
            "libEGL.so.1",
            "libglib-2.0.so.0",
        )
    ] == [
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-keysyms1",
        "libxkbcommon-x11-0",
        "libx11-xcb1",
        "libxcb-render-util0",
        "libegl1",
        "libglib2.0-0",
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and xcb are Linux's")
def test_the_missing_libraries_are_read_from_the_plugins_ldd(monkeypatch) -> None:
    plugin = desktop_app.plugin_path("xcb")
    assert plugin is not None and plugin.name == "libqxcb.so"
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    expected = list(dict.fromkeys(
        line.split(" => ")[0].strip() for line in ldd.splitlines() if "=> not found" in line
    ))  # fmt: skip
    assert desktop_app.missing_libraries(plugin) == expected
    monkeypatch.setattr(
        desktop_app, "missing_libraries", lambda _p: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    )
    line = desktop_app.platform_failure(
        ['Could not load the Qt platform plugin "xcb" in "" even though it was found.']
    )
    assert line == (
        "provdesk: the window cannot start: Qt's xcb platform needs libxcb-icccm.so.4, "
        "libxcb-keysyms.so.1, not found on this system; install them with `sudo apt-get "
        "install libxcb-icccm4 libxcb-keysyms1` (or packaging/install-system-packages.sh)"
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and xcb are Linux's")
@pytest.mark.parametrize("display", [":97", ""])
def test_a_window_that_cannot_start_is_one_line_not_an_abort(tmp_path: Path, display: str) -> None:
    """The real entry point on the real xcb platform with no X server to talk to (or no DISPLAY
    at all): Qt would abort (exit 134) with a page of text; the app says in one line why, and
    exits 1."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": display,
        "XDG_RUNTIME_DIR": str(tmp_path),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop.app", "--case", str(tmp_path / "c.provdesk")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("provdesk: the window cannot start: ")
    missing = desktop_app.missing_libraries(desktop_app.plugin_path("xcb"))  # type: ignore[arg-type]
    if missing:  # a system without the xcb libraries: they are named, with their packages
        assert all(name in lines[0] for name in missing) and "sudo apt-get install" in lines[0]
    elif display:
        assert "no display" in lines[0] and "could not connect to display :97" in lines[0]
    else:  # no empty display name: what is missing and the two ways out
        assert "no display to show it on (DISPLAY is not set)" in lines[0]
        assert "set DISPLAY" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert not (tmp_path / "c.provdesk").exists()


def test_the_case_file_alone_holds_what_the_window_did(tmp_path: Path) -> None:
    """The README's promise "copying that file copies the whole investigation" after a window
    session: `provdesk --screenshot SHOT` on a first start, in a process of its own, makes the
    demo case and exits; that `.provdesk` file copied without its `-wal` and `-shm` neighbours
    holds the whole case."""
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("PROVDESK_CASE", None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop.app", "--screenshot", str(tmp_path / "shot.png")],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    (made,) = (home / ".local" / "share").rglob("*.provdesk")
    copy = tmp_path / "copy" / made.name
    copy.parent.mkdir()
    copy.write_bytes(made.read_bytes())
    case = open_case(copy, reviewer="Checker")
    try:
        with case.read() as session:
            assert len(list_claims(session).rows) == 3
    finally:
        case.close()
