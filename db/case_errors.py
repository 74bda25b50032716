"""What a failed database call means to a person: the driver's errors while a case is read or
changed, as the case's own errors (`db.errors`) with one clear line."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from .errors import CaseError, CaseUnavailable, ReadOnlyCase
from .sqlite_access import named_error

#: PostgreSQL's SQLSTATE for a write in a read-only transaction (a standby, or a login whose
#: transactions are read-only).
READ_ONLY_TRANSACTION = "25006"


@contextlib.contextmanager
def translate_errors(location: str, dialect: str, doing: str) -> Iterator[None]:
    """Raise the case's error for a driver's error inside the block: a change the server
    refuses is `ReadOnlyCase`, a server out of reach or a lost connection `CaseUnavailable`,
    an SQLite file's trouble the error `named_error` names."""
    try:
        yield
    except CaseError:
        raise
    except ProgrammingError as exc:
        if "permission denied" in str(exc.orig):
            raise ReadOnlyCase(
                f"you may read but not change the case at {location} "
                "(the server refused the change)"
            ) from exc
        raise
    except OperationalError as exc:
        if dialect == "sqlite":
            raise named_error(exc, Path(location), doing) from exc
        raise CaseUnavailable(
            f"the case at {location} cannot be reached: {first_line(exc)}"
        ) from exc
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise CaseUnavailable(f"the connection to {location} was lost") from exc
        if getattr(exc.orig, "sqlstate", None) == READ_ONLY_TRANSACTION:
            raise ReadOnlyCase(
                f"you may read but not change the case at {location} "
                "(the server's sessions are read-only)"
            ) from exc
        raise


def first_line(exc: BaseException) -> str:
    """The first line of a driver's message (SQLAlchemy's own adds lines of background)."""
    orig = getattr(exc, "orig", None)
    return (
        str(orig or exc).strip().splitlines()[0] if str(orig or exc).strip() else type(exc).__name__
    )
