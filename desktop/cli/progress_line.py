"""One line on standard error that says what a long command is doing and how far it is,
rewritten in place ("\\r", then erase to the end of the line), at most five times a second, and
cleared when the command is done. Only on a terminal: a script reading standard error gets
none of it."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TextIO

from .visible import unescaped, visible

EVERY = 0.2
"""Seconds between two updates of the same step (a new step is shown at once)."""


class ProgressLine:
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = unescaped(stream if stream is not None else sys.stderr)
        self.on = self.stream.isatty()
        self._step = ""
        self._shown = -EVERY
        self.written = False

    def show(self, step: str, text: str, *, last: bool = False) -> None:
        """`text` in place of the line, if `step` is new, the `last` of its step or the last
        update is old enough."""
        now = time.monotonic()
        if not self.on or (step == self._step and now - self._shown < EVERY and not last):
            return
        self._step, self._shown = step, now
        self.stream.write(f"\r{visible(text)}\033[K")
        self.stream.flush()
        self.written = True

    def clear(self) -> None:
        """Take the line away (the command's own output follows on a clean line)."""
        if self.written:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.written = False


class ImportProgress(ProgressLine):
    """What `import FILE` is doing: reading it (a PDF page by page), indexing its text for
    search and similarity (most of a long text's time), storing it."""

    def __init__(self, path: str | Path, stream: TextIO | None = None) -> None:
        super().__init__(stream)
        self.name = Path(path).name

    def pages(self, done: int, total: int) -> None:
        text = f"provdesk-cli: {self.name}: reading page {done:,} of {total:,}…"
        self.show("pages", text, last=done >= total)

    def step(self, what: str, done: int, total: int) -> None:
        if what == "indexing" and total:
            share = f" {100 * done // total} % ({done / 2**20:,.1f} of {total / 2**20:,.1f} MB)"
            text = f"provdesk-cli: {self.name}: indexing for search{share}…"
            self.show(what, text, last=done >= total)
        else:
            self.show(what, f"provdesk-cli: {self.name}: {what}…")
