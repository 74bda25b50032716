"""The `provdesk` GUI entry point.

    provdesk [--case CASE] [--language ar|tr|ru|en] [--screenshot FILE.png [--size WxH]] [FILE]

With no case given it opens the last case, or the demo case on first start. FILE (a source file
to import, or a `.provdesk` case, as a file manager passes it) is imported once the case is
open. `--screenshot` alone renders the window (first claim open) to a PNG and exits, for the
README and checks: drawn by the real platform when there is a display (as the reviewer sees
the window; it never appears on the screen), offscreen when there is none or it cannot be
reached, or as QT_QPA_PLATFORM asks (`screenshot_platforms`); with FILE it starts the window
as usual (on the display if there is one, else offscreen), imports FILE, writes the PNG once the
imported source is shown and read, and exits (status 1 if the import failed).

The window's language: `--language`, else $PROVDESK_LANGUAGE, else Preferences ▸ Language, else
the system's (`desktop/ui/common/i18n.py`); it is installed before the window is built.

When Qt cannot start its platform plugin (on Linux typically an xcb library that a minimal
system lacks), the app prints one line naming the missing libraries and the Debian packages
that hold them — read from `ldd` of the plugin — instead of Qt's abort. The check costs nothing
on a good start: it runs only when Qt reports the failure.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow

SCREENSHOT_TIMEOUT_MS = 90_000
#: How long a screenshot after an import waits for the source's suggestions once it is shown.
SUGGESTIONS_WAIT_MS = 10_000
#: The window's size in a screenshot unless `--size` says otherwise.
SCREENSHOT_SIZE = (1600, 900)


class _OneLineParser(argparse.ArgumentParser):
    """A wrong command line (`--language xx`) gets one line and exit 1, not the usage text."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, f"{self.prog}: error: {message}\n")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = _OneLineParser(prog="provdesk", description="Provenance Desk")
    parser.add_argument("--case", help="case file or database URL to open")
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="render the window to FILE.png and exit (with FILE: once FILE is imported)",
    )
    parser.add_argument(
        "--size",
        metavar="WIDTHxHEIGHT",
        type=_size,
        help="the window's size in the screenshot (default 1600x900; the README's 1360x820)",
    )
    parser.add_argument(
        "--language",
        choices=("en", "ar", "tr", "ru"),
        help="the window's language for this start (default: the preference, else the system's)",
    )
    parser.add_argument(
        "file", nargs="?", help="a local source file to import, or a .provdesk case to open"
    )
    args = parser.parse_args(list(argv))
    if args.size and not args.screenshot:
        parser.error("--size is the size of a --screenshot")
    return args


def _size(text: str) -> tuple[int, int]:
    """`1360x820` → (1360, 820): a window a reviewer could have (640×480 to 7680×4320)."""
    found = re.fullmatch(r"\s*(\d{3,4})\s*[xX×]\s*(\d{3,4})\s*", text)
    if not found or not (640 <= int(found[1]) <= 7680 and 480 <= int(found[2]) <= 4320):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a window size such as 1360x820 (640x480 to 7680x4320)"
        )
    return int(found[1]), int(found[2])


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.file and args.file.endswith(".provdesk") and not args.case:
        args.case, args.file = args.file, None  # a case double-clicked in the file manager
    # With or without FILE: a screenshot is drawn offscreen when there is no display to use.
    platforms = screenshot_platforms(os.environ) if args.screenshot else None
    if platforms is not None:
        os.environ["QT_QPA_PLATFORM"] = platforms
    from PySide6.QtWidgets import QApplication

    from desktop.version import APP_ID, APP_NAME

    unused: list[str] = []
    app = QApplication.instance() or create_application([sys.argv[0]], unused)
    assert isinstance(app, QApplication)
    if platforms is not None and platforms != "offscreen" and app.platformName() == "offscreen":
        reason = " ".join(unused[0].split()) if unused else "it did not start"
        print(
            f"provdesk: drawn offscreen: the display could not be used ({reason})", file=sys.stderr
        )
    if args.screenshot and app.platformName() == "offscreen":
        quiet_offscreen_notices()
    app.setApplicationName("provdesk")
    app.setOrganizationName("ProvenanceDesk")
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    from desktop.ui.common import i18n

    i18n.install(i18n.chosen_language(args.language))
    if args.screenshot and not args.file:
        from desktop.ui.screenshot import screenshot

        return screenshot(args.case, args.screenshot, args.size or SCREENSHOT_SIZE)

    from desktop.ui import error_report

    error_report.install()
    window = start_window(args.case, args.file)
    if args.screenshot:
        if args.size:
            window.resize(*args.size)
        _screenshot_after_import(window, args.screenshot)
    return int(app.exec())


# -- the platform plugin ------------------------------------------------------------------


def screenshot_platforms(environ: Mapping[str, str]) -> str | None:
    """The Qt platforms `--screenshot` tries, in order, for QT_QPA_PLATFORM (None: Qt's own
    choice). The picture is drawn on the real platform when there is a display (the reviewer's
    style, fonts and scale, as the window looks; the window itself never appears), else
    offscreen — also when the display cannot be reached. A QT_QPA_PLATFORM already set is what
    was asked for (`QT_QPA_PLATFORM=offscreen` draws offscreen on a desktop too)."""
    if environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith(("linux", "freebsd")):
        return None  # asked for; or macOS and Windows, which always have their display
    tried = []
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        tried.append("wayland")
    if environ.get("DISPLAY"):
        tried.append("xcb")
    return ";".join([*tried, "offscreen"])


# Sonames whose Debian package name does not follow from the soname by Debian's rule.
DEBIAN_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlienc.so.1": "libbrotli1",
}


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a shared library, by Debian's naming rule:
    `libxcb-icccm.so.4` → `libxcb-icccm4`, `libxkbcommon-x11.so.0` → `libxkbcommon-x11-0`."""
    if soname in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[soname]
    match = re.fullmatch(r"(.+?)\.so\.(\d+)(?:\..*)?", soname)
    if not match:
        return soname.lower()
    name, major = match.groups()
    separator = "-" if name[-1].isdigit() else ""
    return f"{name}{separator}{major}".lower()


def plugin_path(platform: str) -> Path | None:
    """Qt's platform plugin file for `platform` (`xcb` → …/plugins/platforms/libqxcb.so)."""
    try:
        from PySide6.QtCore import QLibraryInfo
    except ImportError:
        return None
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(folder.glob(f"libq{platform}.so*"))
    return found[0] if found else None


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries `ldd` reports as not found for `plugin` (with those of the Qt
    libraries it loads), in ldd's order, each once; [] if ldd is not there."""
    try:
        done = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    missing: list[str] = []
    for line in done.stdout.splitlines():
        name, _sep, where = line.strip().partition(" => ")
        if where.strip() == "not found" and name not in missing:
            missing.append(name)
    return missing


def platform_failure(messages: Sequence[str]) -> str:
    """One line for a person whose window could not start, from Qt's messages of the failed
    start: the missing libraries and the command that installs them, or Qt's own reason."""
    text = "\n".join(messages)
    named = re.search(r'Qt platform plugin "([\w-]+)"', text)
    platform = named.group(1) if named else os.environ.get("QT_QPA_PLATFORM", "xcb") or "xcb"
    platform = platform.split(":")[0]
    plugin = plugin_path(platform) if sys.platform.startswith("linux") else None
    missing = missing_libraries(plugin) if plugin is not None else []
    if missing:
        packages = " ".join(dict.fromkeys(debian_package(m) for m in missing))
        return (
            f"provdesk: the window cannot start: Qt's {platform} platform needs "
            f"{', '.join(missing)}, not found on this system; install them with "
            f"`sudo apt-get install {packages}` (or packaging/install-system-packages.sh)"
        )
    display = re.search(r"could not connect to display ?(\S*)", text)
    if display:
        name = display.group(1) or os.environ.get("DISPLAY", "")
        why = f"could not connect to display {name}" if name else "DISPLAY is not set"
        return (
            f"provdesk: the window cannot start: no display to show it on ({why}); "
            "start it from a desktop session or set DISPLAY, or draw it with "
            "`QT_QPA_PLATFORM=offscreen provdesk --screenshot FILE.png`"
        )
    reason = next((m for m in messages if "platform plugin" in m), messages[-1] if messages else "")
    return f"provdesk: the window cannot start: {' '.join(reason.split())}"


def create_application(argv: list[str], unused: list[str] | None = None) -> QApplication:
    """QApplication, with Qt's messages watched while it starts: if its platform plugin
    cannot be started, print `platform_failure(...)` and exit with status 1 where Qt would
    abort. Messages of a good start are passed on to stderr as Qt would print them, except
    those of a platform tried first and given up for the next of QT_QPA_PLATFORM's list
    (they go to `unused`)."""
    from PySide6 import QtCore
    from PySide6.QtWidgets import QApplication

    messages: list[str] = []

    def watch(mode: Any, _context: Any, message: str) -> None:
        if mode == QtCore.QtMsgType.QtFatalMsg:
            sys.stderr.write(platform_failure([*messages, message]) + "\n")
            sys.stderr.flush()
            os._exit(1)
        messages.append(message)

    QtCore.qInstallMessageHandler(watch)
    try:
        app = QApplication(argv)
    finally:
        QtCore.qInstallMessageHandler(None)
    for message in messages:
        if "platform plugin" in message or "could not connect to display" in message:
            (unused if unused is not None else []).append(message)
        else:
            sys.stderr.write(message + "\n")
    return app


#: Qt's notices of the offscreen platform that say nothing to a person taking a screenshot.
OFFSCREEN_NOTICES = ("This plugin does not support propagateSizeHints()",)


def quiet_offscreen_notices() -> None:
    """Drop the offscreen platform's `OFFSCREEN_NOTICES` from Qt's messages; pass every other
    message on to stderr as Qt would print it."""
    from PySide6 import QtCore

    def handler(_mode: Any, _context: Any, message: str) -> None:
        if not any(notice in message for notice in OFFSCREEN_NOTICES):
            sys.stderr.write(message + "\n")

    QtCore.qInstallMessageHandler(handler)


# -- the window -----------------------------------------------------------------------------


def start_window(case: str | None, file: str | None = None) -> MainWindow:
    """Show the window's frame at once (`MainWindow.__init__`); once it has painted, start
    opening the case on the workers and complete the window (claim pane, actions) meanwhile;
    attach the source import once the claim list has its rows, and then import `file`. The
    reviewer sees the window while the database layer and the rest of the interface load.

    On first start the name for the audit trail is asked while the demo case opens behind the
    dialog (the demo's own reviews are in the demo reviewers' names, db/demo.py)."""
    from PySide6.QtCore import QTimer

    from desktop import preferences
    from desktop.ui.first_paint import after_first_paint
    from desktop.ui.main_window import MainWindow

    location = case or preferences.get(preferences.LAST_CASE)
    if location and "://" in location:  # a team server: its driver loads as the window builds
        import threading

        from db.first_look import import_driver

        threading.Thread(target=import_driver, args=(location,), daemon=True).start()
    window = MainWindow()
    window.restore_layout()

    def complete_and_open() -> None:
        from desktop import preferences
        from desktop.ui.case_actions import CaseActions
        from desktop.ui.window_setup import attach_sources, complete_window

        actions = CaseActions(window)
        first_run = not os.environ.get("PROVDESK_REVIEWER") and not preferences.reviewer_name()
        actions.start(case)  # the workers begin; the rest of the window is made meanwhile
        complete_window(window, sources=False, actions=actions)
        if first_run:
            actions.edit_preferences(first_run=True)

        def attach() -> None:
            parts = window.parts
            if parts is not None and parts.sources is None:
                attach_sources(parts)
                if file and parts.sources is not None:
                    parts.sources.open_file(file)

        def opened(opened_case: Any) -> None:
            if opened_case is None:
                return
            if first_run and opened_case.dialect == "sqlite" and preferences.reviewer_name():
                opened_case.reviewer = preferences.audit_reviewer()  # named before it opened
            # After the claim list has painted its first rows (the import code is large).
            QTimer.singleShot(100, window, attach)

        window.events.caseChanged.connect(opened)

    after_first_paint(window, complete_and_open)
    window.show()
    return window


def _screenshot_after_import(window: MainWindow, target: str) -> None:
    """Once FILE is imported and its source shown, write the window to `target` and end the
    event loop: status 0, or 1 if the import failed or nothing happened in time."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.screenshot import save_picture

    state = {"done": False}

    def finish(code: int, message: str = "") -> None:
        if state["done"]:
            return
        state["done"] = True
        if message:
            print(f"provdesk: {message}", file=sys.stderr)
        if not save_picture(window, target):
            code = 1
        QApplication.exit(code)

    shown: set[str] = set()

    def read(part: str) -> None:
        shown.add(part)
        if part == "source":
            QTimer.singleShot(SUGGESTIONS_WAIT_MS, window, lambda: finish(0))
        if {"source", "suggestions"} <= shown:
            QTimer.singleShot(200, window, lambda: finish(0))

    def attached() -> None:
        support = window.parts.sources if window.parts is not None else None
        if support is None:
            QTimer.singleShot(50, window, attached)
            return
        # The picture waits for the source's suggestions too (at most SUGGESTIONS_WAIT_MS), so
        # it does not show "Reading the source for attributions…".
        support.viewer.suggestions.loaded.connect(lambda _n: read("suggestions"))
        support.viewer.loaded.connect(lambda _id: read("source"))
        support.importer.failed.connect(lambda message: finish(1, message))
        support.viewer.failed.connect(lambda message: finish(1, message))

    def check_case_error() -> None:
        # The case itself could not be opened: the window says why; end after a moment.
        if window.case is None and not window.workers.busy and not state["done"]:
            QTimer.singleShot(2000, lambda: finish(1, "the case could not be opened"))
        elif not state["done"]:
            QTimer.singleShot(500, window, check_case_error)

    QTimer.singleShot(0, window, attached)
    QTimer.singleShot(2000, window, check_case_error)
    QTimer.singleShot(
        SCREENSHOT_TIMEOUT_MS, window, lambda: finish(1, "the file was not imported in time")
    )


if __name__ == "__main__":
    sys.exit(main())
