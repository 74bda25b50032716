"""Russian morphology answered by a process of its own, for the window: a search that meets a
Cyrillic word (or a name spelled in Cyrillic) needs its citation form and its cases, and
pymorphy3's dictionary (~20 MB) would otherwise load in the window's process for good.

    helper = MorphologyHelper()
    name_morphology.answer_elsewhere(helper.ask)   # db.text.name_morphology asks it from now on
    ...
    name_morphology.stop_answering_elsewhere(helper.ask); helper.stop()

The process starts on the first question (`python -m desktop.sources.morphology_apart`: a fresh
interpreter that imports only the morphology, about 0.3 s, whether or not the readers' fork
server is up yet) and answers one question at a time, a JSON line in and a JSON line out (a
fraction of a millisecond each), until `stop()` or the application's end. When it cannot answer
(it failed to start, died, or took too long), `ask` gives None and `name_morphology` computes
the answer itself: a search never fails for want of it.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

#: Seconds to wait for one answer (the first one starts the process and loads the dictionary).
ANSWER_SECONDS = 20.0


def serve(questions: IO[str], answers: IO[str]) -> None:
    """The process's loop: `[question, token]` lines in, the answer's JSON line out (null when
    it has none), until its input closes."""
    from db.text.name_morphology import answer

    for line in questions:
        try:
            question, token = json.loads(line)
            found = answer(question, token)
        except Exception:  # an answer it cannot give is computed by the asker
            found = None
        answers.write(json.dumps(found, ensure_ascii=False) + "\n")
        answers.flush()


class MorphologyHelper:
    """The morphology process of one window; `ask` may be called from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None
        self.failed = False
        """Whether the process could not answer once: from then on nothing is asked of it."""

    def ask(self, question: str, token: str) -> Any:
        if self.failed:
            return None
        with self._lock:
            try:
                process = self._process or self._start()
                assert process.stdin is not None and process.stdout is not None
                process.stdin.write(json.dumps([question, token], ensure_ascii=False) + "\n")
                process.stdin.flush()
                ready, _, _ = select.select([process.stdout], [], [], ANSWER_SECONDS)
                line = process.stdout.readline() if ready else ""
                if not line:
                    raise EOFError(question)
                return json.loads(line)
            except (EOFError, OSError, ValueError):
                self.failed = True
                self._stop()
                return None

    def _start(self) -> subprocess.Popen[str]:
        package_root = str(Path(__file__).resolve().parents[2])
        path = os.environ.get("PYTHONPATH", "")
        environment = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(p for p in (package_root, path) if p),
            "PYTHONIOENCODING": "utf-8",
        }
        self._process = subprocess.Popen(
            [sys.executable, "-m", "desktop.sources.morphology_apart"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            env=environment,
        )
        return self._process

    def stop(self) -> None:
        with self._lock:
            self._stop()

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        with contextlib.suppress(OSError):
            if process.stdin is not None:
                process.stdin.close()  # its loop ends
        try:
            process.wait(1)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(1)
        if process.stdout is not None:
            process.stdout.close()

    @property
    def pid(self) -> int | None:
        """The process's id while it runs."""
        return None if self._process is None else self._process.pid


if __name__ == "__main__":
    serve(sys.stdin, sys.stdout)
