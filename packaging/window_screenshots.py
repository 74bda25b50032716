"""Screenshots of the window in each of its languages, for reviewing translations and mirroring.

    python packaging/window_screenshots.py OUTDIR [LANG ...]     # default: en ar tr ru

Writes OUTDIR/<lang>-main.png (the window, first claim open), <lang>-source.png (the source
viewer with its suggestions on the test digest), <lang>-export.png (File ▸ Export Report…) and <lang>-trash.png
(View ▸ Trash with a deleted claim), at 1360×820, offscreen, each language in a process of its
own on a fresh demo case (the window's language applies when it is built). Nothing of the
reviewer's settings or cases is touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1360, 820)
DIGEST = ROOT / "tests" / "data" / "attribution" / "digest-2024-03-07.txt"


def shoot(language: str, out: Path) -> None:
    """In this process: the four screenshots in `language` (call before any widget exists)."""
    from PySide6.QtWidgets import QApplication, QDialog

    app = QApplication.instance() or QApplication([])
    from db.case import open_case
    from db.demo import create_demo
    from db.operations import add_source, delete_claim
    from desktop.ui.common import i18n
    from desktop.ui.window_setup import build_window

    def settle(seconds: float = 0.3, until: object = None) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and callable(until) and not until():
            app.processEvents()
            time.sleep(0.01)
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    i18n.install(language)
    folder = Path(tempfile.mkdtemp())
    case = open_case(folder / "demo.provdesk", reviewer="Demo reviewer", create=True)
    create_demo(case)
    window, _actions = build_window()
    window.resize(*SIZE)
    window.show()
    window.set_case(case)
    settle(0.5, lambda: not window.workers.busy and window.detail.detail is not None)
    window.grab().save(str(out / f"{language}-main.png"))

    parts = window.parts
    assert parts is not None and parts.sources is not None
    with case.change() as uow:  # a source with text, for the suggestions
        source_id = add_source(
            uow,
            title="Digest of the Arabic press, 7 March 2024",
            outlet="The Syrian Observer",
            language="en",
            direction="ltr",
            published_on="2024-03-07",
            text=DIGEST.read_text("utf-8"),
        )
    parts.sources.show_source(source_id)
    panel = parts.sources.viewer.suggestions
    settle(0.5, lambda: panel.proposals is not None and panel.source_id == source_id)
    window.grab().save(str(out / f"{language}-source.png"))
    parts.sources.dock.hide()

    window.action_registry.action("file.export").trigger()
    settle(0.3)
    dialog = next(d for d in app.topLevelWidgets() if isinstance(d, QDialog) and d.isVisible())
    dialog.grab().save(str(out / f"{language}-export.png"))
    dialog.reject()

    claim = window.current_claim_id()
    assert claim is not None
    window.run_change(lambda uow: delete_claim(uow, claim))
    trash = window.action_registry.action("view.trash")
    if not trash.isChecked():
        trash.trigger()
    settle(0.5, lambda: not window.workers.busy)
    window.grab().save(str(out / f"{language}-trash.png"))
    window.workers.wait(3000)
    window.set_case(None)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    if argv[1:2] == ["--in-process"]:
        shoot(argv[2], out)
        return 0
    status = 0
    for language in argv[1:] or ["en", "ar", "tr", "ru"]:
        home = tempfile.mkdtemp()
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_DATA_HOME": f"{home}/data",
            "PROVDESK_REVIEWER": "Demo reviewer",
        }
        done = subprocess.run(
            [sys.executable, __file__, str(out), "--in-process", language], env=env, check=False
        )
        print(f"{language}: {'written' if done.returncode == 0 else 'failed'} in {out}")
        status |= done.returncode
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
