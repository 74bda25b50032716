"""`provdesk --case CASE --screenshot FILE.png`: the window with the first claim open, drawn with
`QWidget.grab()` without appearing on the screen (offscreen when there is no display; see
`desktop.app.screenshot_platforms`)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from db.errors import CaseError
from desktop import preferences
from desktop.version import APP_NAME, __version__

from .case_actions import open_or_create
from .window_setup import build_window


def screenshot(location: str | None, target: str, size: tuple[int, int] = (1600, 900)) -> int:
    where = location or str(preferences.default_case_path())
    try:
        case = open_or_create(
            where, create=location is None, demo=True, reviewer=preferences.audit_reviewer()
        )
    except CaseError as exc:
        print(f"provdesk: {exc}", file=sys.stderr)
        return 1
    window, _actions = build_window()
    # Laid out and drawn by the platform (a real display's style and scale too), never mapped:
    # no window flashes on the reviewer's screen.
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(*size)
    window.show()
    window.set_case(case)
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
    # A large case reads its rows and the first claim on the workers: wait for them.
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and (
        window.workers.busy or (window.model.rowCount() and window.detail.detail is None)
    ):
        app.processEvents()
        time.sleep(0.01)
    list_width = size[0] * 7 // 16  # the claim list and the claim pane, 7 to 9
    window.splitter.setSizes([list_width, size[0] - list_width])
    window.detail.tabs.setCurrentIndex(0)
    app.processEvents()
    saved = save_picture(window, target)
    window.close()
    return 0 if saved else 1


def save_picture(window: QWidget, target: str) -> bool:
    """Write `window` as drawn to the PNG `target`; its Software field names the app and the Qt
    platform that drew it (`offscreen`, `xcb`, `wayland`, `cocoa`, `windows`). False, with one
    line on stderr, when the file cannot be written."""
    image = window.grab().toImage()
    image.setText(
        "Software", f"{APP_NAME} {__version__} (Qt platform {QGuiApplication.platformName()})"
    )
    path = Path(target)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"provdesk: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        return False
    if not image.save(str(path), "PNG"):
        print(f"provdesk: cannot write {path}", file=sys.stderr)
        return False
    return True
