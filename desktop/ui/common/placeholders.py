"""Qt's numbered placeholders filled in one pass, as QString.arg does: `arg("%1 of %2", a, b)`.

A translated text may put `%1`, `%2`, … in any order; values are put in at once, so a value that
itself holds "%2" (a claim's text, a file name) is never filled again. Whole numbers (ids,
counts) are written with the window's digits (`i18n.with_digits`); `counted` also writes the
digits of a text the app made (a `%n` count) that way, never those of the values put in.
"""

from __future__ import annotations

import re

from . import i18n

_NUMBERED = re.compile(r"%(\d)")
_KEPT = re.compile("[\ue001-\ue009]")


def arg(text: str, *values: object) -> str:
    """`text` with `%1` … `%9` replaced by `values` (a placeholder without a value stays)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if not 0 <= index < len(values):
            return match.group(0)
        found = values[index]
        if isinstance(found, int) and not isinstance(found, bool):
            return i18n.with_digits(str(found))
        return str(found)

    return _NUMBERED.sub(value, text)


def counted(text: str, *values: object) -> str:
    """`arg`, after writing the digits of `text` itself (a translated `%n` text: "5 words on
    page %1") with the window's digits; the placeholders and the values are left as they are."""
    kept = _NUMBERED.sub(lambda m: chr(0xE000 + int(m.group(1))), text)
    written = _KEPT.sub(lambda m: f"%{ord(m.group(0)) - 0xE000}", i18n.with_digits(kept))
    return arg(written, *values)
