"""The name the audit log records for a reviewer who gave none, and a recorded name as published
(nothing here loads the ORM: every command-line command may ask for it)."""

from __future__ import annotations

import re

LOGIN = re.compile(r"\(([^()]+)\)$")
"""A team server's login at the end of a recorded name: "Display Name (login)"."""

UNNAMED_REVIEWER = "unnamed reviewer"
"""What the audit log records for a reviewer who has not said their name (never their login:
the name reaches reports and ClaimReview's author)."""


def public_name(name: str) -> str | None:
    """The name to publish for a recorded reviewer: without a team server's " (login)", and
    None for an unnamed reviewer (or no name)."""
    shown = LOGIN.sub("", name).strip()
    return shown if shown and shown != UNNAMED_REVIEWER else None
