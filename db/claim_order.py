"""The order of the claim list (no SQLAlchemy here: the window uses it before SQLAlchemy loads)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    """The list's order: a key from `SORT_KEYS`, ascending or descending."""

    key: str = "id"
    descending: bool = False
