"""Colours of verdicts and hop statuses (Qt-free), shared by the window's chain diagram and the
reports, so that a hop reads the same colour on screen and on paper."""

from __future__ import annotations

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
"""A hop's attribution status → its colour (#rrggbb)."""


def status_colour(status: str) -> str:
    """The colour of a hop status; grey for one this version does not know."""
    return STATUS_COLOURS.get(status, "#8a8f98")


def verdict_colour(verdict: str) -> str:
    """The colour of a verdict; grey for one this version does not know."""
    return VERDICT_COLOURS.get(verdict, "#8a8f98")
