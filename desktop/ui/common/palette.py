"""Colours for verdicts and hop statuses (from desktop.colours, which the reports share), and
the one test for right-to-left text."""

from __future__ import annotations

import unicodedata

from desktop.colours import STATUS_COLOURS, VERDICT_COLOURS, status_colour, verdict_colour

__all__ = ["STATUS_COLOURS", "VERDICT_COLOURS", "is_rtl", "status_colour", "verdict_colour"]


def is_rtl(text: str) -> bool:
    """Whether text reads right to left: its first strong character is Arabic or Hebrew."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
