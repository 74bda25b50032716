"""Colours for verdicts and hop statuses, readable on light and dark palettes alike, and the
one test for right-to-left text."""

from __future__ import annotations

import unicodedata

VERDICT_COLOURS = {
    "unverified": "#8a8f98",
    "in-progress": "#3b82c4",
    "accurate": "#2e9d57",
    "partly-accurate": "#c9a227",
    "misleading": "#d9822b",
    "false": "#d1453b",
    "unverifiable": "#8e6cc2",
}

STATUS_COLOURS = {
    "unchecked": "#8a8f98",
    "confirmed": "#2e9d57",
    "differs": "#d9822b",
    "not-found": "#d1453b",
    "unavailable": "#8e6cc2",
}


def verdict_colour(verdict: str) -> str:
    return VERDICT_COLOURS.get(verdict, "#8a8f98")


def status_colour(status: str) -> str:
    return STATUS_COLOURS.get(status, "#8a8f98")


def is_rtl(text: str) -> bool:
    """Whether text reads right to left: its first strong character is Arabic or Hebrew."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
