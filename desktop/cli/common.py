"""What every sub-command shares: the open case, the reviewer, and output helpers."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any

from sqlalchemy.engine import URL

from db.case import Case, case_url, open_case
from db.views import jsonable

from .. import credentials, preferences


class CliError(Exception):
    """A mistake on the command line that argparse could not catch."""


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._case: Case | None = None
        self._stdin_password: str | None = None

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
            self._case = self.open(self.location, create=create)
        return self._case

    def open(self, location: str, *, create: bool = False) -> Case:
        """Open a case; a team server's password comes from stdin, the keyring or a prompt."""
        url = case_url(location)
        given = None
        if credentials.needs_password(url):
            given = self._password(url)
            url = url.set(password=given)
        case = open_case(url, reviewer=self.reviewer, create=create)
        if given is not None and self.args.remember_password:
            try:
                credentials.remember_password(url, given)
            except credentials.KeyringUnavailable as exc:
                print(f"provdesk-cli: warning: {exc}", file=sys.stderr)
        return case

    def _password(self, url: URL) -> str:
        if self.args.password_stdin:
            if self._stdin_password is None:
                self._stdin_password = sys.stdin.readline().rstrip("\r\n")
            return self._stdin_password
        stored = credentials.stored_password(url)
        if stored is not None:
            return stored
        if sys.stdin.isatty():
            return getpass.getpass(f"Password for {url.username}@{url.host}: ")
        raise CliError(
            f"no password for {url.render_as_string(hide_password=True)} in the keyring; "
            "give it with --password-stdin (and --remember-password to keep it)"
        )

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
