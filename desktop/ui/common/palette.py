"""Colours for verdicts and hop statuses (from desktop.colours, which the reports share)."""

from __future__ import annotations

from desktop.colours import STATUS_COLOURS, VERDICT_COLOURS, status_colour, verdict_colour

__all__ = ["STATUS_COLOURS", "VERDICT_COLOURS", "status_colour", "verdict_colour"]
