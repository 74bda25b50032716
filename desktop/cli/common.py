"""What every sub-command shares: the open case, the reviewer, and output helpers."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from db.case import Case, open_case
from db.views import jsonable

from .. import preferences


class CliError(Exception):
    """A mistake on the command line that argparse could not catch."""


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._case: Case | None = None

    @property
    def location(self) -> str:
        return (
            self.args.case
            or os.environ.get("PROVDESK_CASE")
            or str(preferences.default_case_path())
        )

    @property
    def reviewer(self) -> str:
        name = (
            self.args.reviewer or os.environ.get("PROVDESK_REVIEWER") or preferences.reviewer_name()
        )
        if not name and sys.stdin.isatty():
            name = input("Your name for the audit trail: ").strip()
            if name:
                preferences.put(preferences.REVIEWER_NAME, name)
        return name or preferences.fallback_reviewer()

    def case(self, *, create: bool = False) -> Case:
        if self._case is None:
            self._case = open_case(self.location, reviewer=self.reviewer, create=create)
        return self._case

    def close(self) -> None:
        if self._case is not None:
            self._case.close()


def print_json(value: Any) -> None:
    json.dump(jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def parse_id(text: str) -> int:
    """An id as typed: `12` or `#12`."""
    try:
        value = int(text.lstrip("#"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (a whole number)") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (a positive number)")
    return value


def one_line(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
