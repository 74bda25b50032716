"""Errors a case reports to the person using it. Each message is one clear line."""

from __future__ import annotations

from typing import Any


class CaseError(Exception):
    """Base of every error that the GUI shows in a message and the CLI prints as one line."""


class NotFound(CaseError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__(f"no {what} with id {ident}")
        self.what = what
        self.ident = ident


class InTrash(NotFound):
    """The record was deleted: it waits in the Trash, whole, until it is restored or purged."""

    def __init__(self, what: str, ident: object, detail: str) -> None:
        CaseError.__init__(self, f"{what} {ident} is in the Trash ({detail})")
        self.what = what
        self.ident = ident


class InvalidInput(CaseError):
    """The request was refused before anything changed."""


class NotACase(CaseError):
    """The file or database exists but is not a Provenance Desk case."""


class EmptyCase(NotACase):
    """The file or database is there but empty: a case can be created in it, nothing to open."""


class CaseUnavailable(CaseError):
    """The case could not be opened or reached (missing file, locked, server down)."""


class NoCaseFile(CaseUnavailable):
    """No file at the path given (a case can be created there)."""


class CaseLocked(CaseUnavailable):
    """Another program holds the case's write lock; the same step can be tried again."""


class NoSpace(CaseUnavailable):
    """The disk of the case is full; nothing was changed."""


class ReadOnlyCase(CaseError):
    """The case may be read but not changed by this reviewer."""


class UpgradeFailed(CaseError):
    """The upgrade of an older case to this schema failed; it was rolled back whole."""


class NewerSchema(CaseError):
    """The case was written by a newer Provenance Desk than this one."""


class VersionConflict(CaseError):
    """Someone saved a newer version of the record since it was read.

    `mine` holds the values the caller tried to save, `theirs` the values now in the case, so
    that a window can show both side by side and let the reviewer choose.
    """

    def __init__(
        self,
        what: str,
        ident: int,
        expected_version: int,
        current_version: int,
        mine: dict[str, Any] | None = None,
        theirs: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(
            f"{what} {ident} was changed by someone else (you edited version {expected_version}, "
            f"the case now holds version {current_version}); reload it and apply your change again"
        )
        self.what = what
        self.ident = ident
        self.expected_version = expected_version
        self.current_version = current_version
        self.mine = mine or {}
        self.theirs = theirs or {}
