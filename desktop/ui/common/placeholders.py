"""Qt's numbered placeholders filled in one pass, as QString.arg does: `arg("%1 of %2", a, b)`.

A translated text may put `%1`, `%2`, … in any order; values are put in at once, so a value that
itself holds "%2" (a claim's text, a file name) is never filled again.
"""

from __future__ import annotations

import re

_NUMBERED = re.compile(r"%(\d+)")


def arg(text: str, *values: object) -> str:
    """`text` with `%1` … `%9` replaced by `values` (a placeholder without a value stays)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _NUMBERED.sub(value, text)
