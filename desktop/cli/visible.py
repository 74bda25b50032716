"""What the command line prints for a person is shown as stored but never steered by it: the
invisible characters a hostile claim, quote or file name may hold — direction controls that
reverse the terminal's line (U+202E RIGHT-TO-LEFT OVERRIDE …, shown ⟨RLO⟩) and terminal
control characters (ESC sequences that move the cursor or clear the screen, shown ⟨U+001B⟩) —
are printed as visible names. `main` wraps stdout and stderr once, so every printer goes
through `visible`; JSON keeps the data exact with JSON's own escapes (`json_text`), which the
wrapper leaves alone. Line feeds, tabs and carriage returns pass (progress lines use "\\r").
"""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

from db.text.direction import BIDI_CONTROLS, show_bidi_controls

# C0 controls but tab, line feed and carriage return; DEL; C1 controls.
_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_JSON_ESCAPED = re.compile("[\x7f-\x9f" + "".join(BIDI_CONTROLS) + "]")


def visible(text: str) -> str:
    """`text` as a terminal may show it: direction and terminal controls as visible names."""
    text = show_bidi_controls(text)
    return _TERMINAL_CONTROLS.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", text)


def json_text(value: Any, indent: int = 2) -> str:
    """`value` as JSON text in which direction and C1 controls are written as JSON escapes
    (`\\u202e`): parsed, the data is exactly the case's; printed, nothing is steered."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _JSON_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class VisibleStream:
    """A text stream that writes `visible(text)` to `raw` (the stream it wraps)."""

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(visible(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


def unescaped(stream: TextIO | VisibleStream) -> TextIO:
    """The terminal itself, for the command's own control sequences (a progress line)."""
    return stream.raw if isinstance(stream, VisibleStream) else stream
