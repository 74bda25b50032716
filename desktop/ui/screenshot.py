"""`provdesk --case CASE --screenshot FILE.png`: the window with the first claim open, rendered
offscreen with `QWidget.grab()`."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from db.errors import CaseError
from desktop import preferences

from .case_actions import open_or_create
from .window_setup import build_window


def screenshot(location: str | None, target: str) -> int:
    where = location or str(preferences.default_case_path())
    try:
        case = open_or_create(
            where, create=location is None, demo=True, reviewer=preferences.audit_reviewer()
        )
    except CaseError as exc:
        print(f"provdesk: {exc}", file=sys.stderr)
        return 1
    window, _actions = build_window()
    window.resize(1600, 900)
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
    window.splitter.setSizes([700, 900])
    window.detail.tabs.setCurrentIndex(0)
    app.processEvents()
    image = window.grab()
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        print(f"provdesk: cannot write {path}", file=sys.stderr)
        window.close()
        return 1
    window.close()
    return 0
