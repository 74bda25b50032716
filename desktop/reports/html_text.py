"""Case text in the HTML report: escaped (`esc`, `attr`), isolated where it meets the report's
own words (`bdi`), and links only where they are http(s) (`safe_href`)."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from html import escape
from urllib.parse import urlsplit

from db.text.direction import first_strong_direction, needs_isolation

from .words import ReportWords

RIGHT_TO_LEFT: ContextVar[bool] = ContextVar("right_to_left_report", default=False)
"""True while a right-to-left report is written: every piece of case text is isolated then."""


@functools.lru_cache(maxsize=8192)
def _esc(text: str) -> str:
    return escape(text, quote=False)


def esc(text: object) -> str:
    """Text for HTML content: `& < >` as entities (names, outlets and labels repeat across a
    report, so their escaped forms are remembered)."""
    return _esc(text if isinstance(text, str) else str(text))


def attr(text: object) -> str:
    return escape(str(text), quote=True)


def bdi(text: object) -> str:
    """Case text in a sentence of the report's own: escaped and isolated (`<bdi>`, whose
    direction comes from its first strong letter), so that right-to-left letters or an override
    left open cannot reorder the words around it. Text that cannot reorder anything (no
    right-to-left letter, no direction control: `needs_isolation`) is only escaped, which keeps
    a large report small. A right-to-left report isolates every piece."""
    value = text if isinstance(text, str) else str(text)
    if RIGHT_TO_LEFT.get():
        # in a right-to-left report, left-to-right text too ("official (unnamed)" would lose
        # its closing bracket to the line's direction); dir is explicit for printers that do
        # not read <bdi>'s automatic direction
        return f'<bdi dir="{first_strong_direction(value, "ltr")}">{_esc(value)}</bdi>'
    if needs_isolation(value):
        return f"<bdi>{_esc(value)}</bdi>"
    return _esc(value)


def safe_href(url: str) -> str | None:
    """Only http(s) links become links; anything else (javascript:, data:, file:) is text."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def margin_sides(w: ReportWords) -> tuple[str, str]:
    """The page's start and end sides ("left", "right"; the other way round right to left):
    the title and the footer at the start, the time and "page n of N" at the end."""
    return ("right", "left") if w.direction == "rtl" else ("left", "right")


@contextmanager
def writing(words: ReportWords) -> Iterator[None]:
    """While the report's HTML is written in `words`: case text isolates the way a report in
    that direction needs (`RIGHT_TO_LEFT`)."""
    token = RIGHT_TO_LEFT.set(words.direction == "rtl")
    try:
        yield
    finally:
        RIGHT_TO_LEFT.reset(token)
