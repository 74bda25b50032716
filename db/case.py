"""Opening, creating and migrating a case: an SQLite file or a database URL."""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    SQLAlchemyError,
)

from .case_checks import case_facts, check_sqlite_file, is_case
from .case_errors import first_line, translate_errors
from .changes import CHANNEL, Changes
from .errors import (
    CaseError,
    CaseLocked,
    CaseUnavailable,
    EmptyCase,
    NewerSchema,
    NoSpace,
    ReadOnlyCase,
    UpgradeFailed,
)
from .schema_revision import HEAD_REVISION
from .sqlite_access import (
    NO_SPACE,
    named_error,
    read_only_engine,
    read_only_reason,
    writable_engine,
)
from .tables import CASE_FORMAT, case_info

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .unit_of_work import UnitOfWork

# The ORM (sessions, units of work, the models) loads when a session is first asked for: the
# command line's read commands read through Core (`Case.connect`) and never load it.


def case_url(location: str | Path) -> URL:
    """A case location as a SQLAlchemy URL: a path becomes an SQLite file URL."""
    text = str(location)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise CaseUnavailable(f"not a valid database URL: {_redact(text)}") from exc
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def describe(url: URL) -> str:
    """The location to show a person: a path, or a URL without its password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _redact(text: str) -> str:
    with contextlib.suppress(Exception):
        return make_url(text).render_as_string(hide_password=True)
    return "<database URL>"


def make_engine(url: URL, **kwargs: Any) -> Engine:
    if url.get_backend_name() == "sqlite":
        return writable_engine(url)
    return create_engine(url, pool_pre_ping=True, **kwargs)


_MAY_CHANGE = (
    "(has_table_privilege('claims', 'UPDATE') AND current_setting('transaction_read_only') = 'off')"
)
"""Whether the reviewer may change the case on a server (SQL): the grants, and a session that
may write (not a standby, not a login set to read-only transactions)."""


class Case:
    """An open case. Reads happen in `read()` sessions, changes in `change()` units of work."""

    def __init__(
        self, url: URL, engine: Engine, reviewer: str, read_only_reason: str | None = None
    ) -> None:
        self.url = url
        self.engine = engine
        self.reviewer = reviewer
        self.read_only_reason = read_only_reason
        """Why this case file can only be read here (a read-only share, no space left), or
        None; every change is then refused in one line."""

    def _sessions(self) -> Session:
        # A Session itself, not a sessionmaker: a sessionmaker makes a Session class of its own,
        # whose events SQLAlchemy gathers again on its first session — a third of a millisecond
        # of every command-line read, more than a rare word's look-up.
        from sqlalchemy.orm import Session

        return Session(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def location(self) -> str:
        return describe(self.url)

    @property
    def name(self) -> str:
        """The case's name (read once: a case is never renamed; the open reads it already)."""
        if self._name is None:
            with self.connect() as connection:
                self._name = connection.scalar(select(case_info.c.name).limit(1)) or ""
        return self._name or self.location

    _name: str | None = None
    _may_change: bool | None = None

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; it never commits."""
        with translate_errors(self.location, self.dialect, "read"), self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for reading through Core, without loading the ORM (the command line's
        read commands); it never commits."""
        with (
            translate_errors(self.location, self.dialect, "read"),
            self.engine.connect() as connection,
        ):
            try:
                yield connection
            finally:
                connection.rollback()

    @contextlib.contextmanager
    def change(
        self, reviewer: str | None = None, *, wait: float | None = None
    ) -> Iterator[UnitOfWork]:
        """One transaction: commits when the block ends, rolls back on any error. `wait`: how
        many seconds an SQLite case waits for another program's write lock before it raises
        `CaseLocked` (default `sqlite_access.BUSY_SECONDS`)."""
        if self.read_only_reason:
            if self.read_only_reason.startswith(NO_SPACE):
                raise NoSpace(f"cannot save the change: {self.read_only_reason}")
            raise ReadOnlyCase(f"the case is read-only: {self.read_only_reason}")
        with (
            translate_errors(self.location, self.dialect, "save the change to"),
            self._sessions() as session,
        ):
            if self.dialect == "sqlite":
                options: dict[str, Any] = {"sqlite_begin": "IMMEDIATE"}
                if wait is not None:
                    options["sqlite_wait"] = wait
                session.connection(execution_options=options)
            else:
                from .audit import lock_audit_log

                # Writers take turns from the start, as SQLite's BEGIN IMMEDIATE makes them:
                # a "find or create" (actor, tag, evidence file) then sees what the writer
                # before it committed, and the audit event's time is taken in turn.
                lock_audit_log(session)
            from .unit_of_work import UnitOfWork

            uow = UnitOfWork(session, self._reviewer_name(reviewer))
            uow.follow_head()
            try:
                yield uow
                if uow.recorded:
                    from .audit_heads import stamp_audit_head
                    from .reviewers import register_reviewer

                    register_reviewer(uow)
                    stamp_audit_head(uow)
                if self.dialect == "postgresql" and uow.changes:
                    session.execute(
                        text("SELECT pg_notify(:channel, :payload)"),
                        {"channel": CHANNEL, "payload": uow.changes.notice(uow.reviewer)},
                    )
                session.commit()
            except BaseException:
                session.rollback()
                raise
        self.last_changes = uow.changes

    last_changes: Changes = Changes()

    @functools.cached_property
    def read_only(self) -> bool:
        """Whether this reviewer may only read the case: the server's grants on PostgreSQL, the
        file's permissions, its medium and its disk's space for SQLite."""
        if self.read_only_reason:
            return True
        if self.dialect == "postgresql":
            if self._may_change is not None:
                return not self._may_change
            with self.engine.connect() as conn:
                return not conn.execute(text(f"SELECT {_MAY_CHANGE}")).scalar()
        database = self.url.database
        return bool(database) and not os.access(str(database), os.W_OK)

    def _reviewer_name(self, override: str | None) -> str:
        if override is None:
            return self.reviewer
        return f"{override} ({self.login})" if self.login else override

    login: str | None = None
    """The database user on a team server (None for an SQLite file)."""

    def adopt_database_identity(self, display_name: str) -> str:
        """On a team server the reviewer is the database user, so nobody writes in another's
        name; the display name is kept beside it. Returns the name the audit trail records."""
        name = " ".join(display_name.split())
        with self.engine.begin() as conn:  # one round trip to read; a second only to write
            found, may_change, known = conn.execute(
                text(
                    f"SELECT current_user, {_MAY_CHANGE}, "
                    "(SELECT display_name FROM reviewers WHERE login = current_user)"
                )
            ).one()
            login = str(found)
            self._may_change = bool(may_change)  # `read_only` needs no round trip of its own
            # Written only when new or renamed: an open is a read (a reviewer who may only
            # read, or a server whose transactions only read, opens without a write).
            if not self.read_only and known != (name or login):
                conn.execute(
                    text(
                        "INSERT INTO reviewers (login, display_name, created_at) VALUES (:l, :d, now()) "
                        "ON CONFLICT (login) DO UPDATE SET display_name = :d"
                    ),
                    {"l": login, "d": name or login},
                )
        self.login = login
        self.reviewer = f"{name} ({login})" if name and name != login else login
        return self.reviewer

    def close(self) -> None:
        """Close the case's pooled connections. A case file's write-ahead log is first folded
        into the file (a passive checkpoint: it never waits), so that the `.provdesk` file alone
        holds the whole case even while a connection elsewhere (a worker's, another window's)
        still has it open: copying that one file copies the investigation."""
        if self.dialect == "sqlite" and self.read_only_reason is None:
            self._fold_write_ahead_log()
        self.engine.dispose()

    def _fold_write_ahead_log(self) -> None:
        import sqlite3

        from sqlalchemy.exc import SQLAlchemyError

        try:
            raw = self.engine.raw_connection()
        except (SQLAlchemyError, sqlite3.Error, OSError):
            return  # the file is gone, unreadable or not a database: nothing to fold
        try:
            if raw.driver_connection is not None:
                raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error:
            pass  # busy or read-only: the log keeps the changes, as SQLite means it to
        finally:
            raw.close()


def open_case(
    location: str | Path | URL,
    *,
    reviewer: str,
    create: bool = False,
    name: str | None = None,
) -> Case:
    """Open the case at `location`, creating it when `create` is set and nothing is there.

    A case of an older schema is backed up (SQLite) and migrated to the current revision; a case
    of a newer schema is refused.
    """
    url = location if isinstance(location, URL) else case_url(location)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        check_sqlite_file(path, create=create)
        reason = read_only_reason(path) if path.exists() else None
        if reason is None:
            try:
                return _open(url, make_engine(url), reviewer, create, name)
            except (ReadOnlyCase, NoSpace) as exc:
                if not path.exists():
                    raise
                reason = str(exc).removeprefix("the case is read-only: ")
        return _open_read_only(url, path, reviewer, reason)
    return _open(url, make_engine(url), reviewer, create, name)


def _open_read_only(url: URL, path: Path, reviewer: str, reason: str) -> Case:
    """A case file that cannot be written here is opened for reading, if its schema is this
    app's (an older one would need an upgrade, which writes)."""
    engine = read_only_engine(path)
    try:
        _exists, revision = is_case(engine)
        if revision != HEAD_REVISION:
            from . import migrations

            raise ReadOnlyCase(
                f"the case is read-only ({reason}) and was written by "
                f"{'an older' if revision in migrations.known_revisions() else 'a newer'} "
                f"Provenance Desk (schema {revision}): copy it to a folder you may write to "
                "and open the copy"
            )
        return Case(url, engine, reviewer, read_only_reason=reason)
    except CaseError:
        engine.dispose()
        raise
    except (sqlite3.DatabaseError, DBAPIError) as exc:
        engine.dispose()
        raise named_error(exc, path, "open") from exc
    except BaseException:
        engine.dispose()
        raise


def _open(url: URL, engine: Engine, reviewer: str, create: bool, name: str | None) -> Case:
    try:
        exists, revision, name_found = case_facts(engine)
        head = HEAD_REVISION  # an up-to-date case opens without Alembic or the migrations
        if not exists:
            if not create:
                raise EmptyCase(f"{describe(url)} is empty: it is not a case yet")
            from . import migrations  # Alembic: only to create or upgrade a case

            migrations.upgrade(engine)
            case = Case(url, engine, reviewer)
            _create_case_info(case, name or _default_name(url))
            if case.dialect == "postgresql":
                case.adopt_database_identity(reviewer)
            return case
        if revision != head:
            from . import migrations

            if revision not in migrations.known_revisions():
                raise NewerSchema(
                    f"{describe(url)} was written by a newer Provenance Desk (schema {revision}); "
                    "update the app to open it"
                )
            _upgrade(engine, revision)
        case = Case(url, engine, reviewer)
        case._name = name_found
        if case.dialect == "postgresql":
            case.adopt_database_identity(reviewer)
        return case
    except CaseError:
        engine.dispose()
        raise
    except (sqlite3.DatabaseError, DBAPIError) as exc:
        engine.dispose()
        if url.get_backend_name() == "sqlite" and url.database:
            raise named_error(exc, Path(url.database), "open") from exc
        raise CaseUnavailable(f"cannot open {describe(url)}: {first_line(exc)}") from exc
    except BaseException:
        engine.dispose()
        raise


def _upgrade(engine: Engine, revision: str) -> None:
    """Back the case up (once per revision, SQLite), then migrate it to the head in one
    transaction; a failure leaves the case as it was and says where the copy is."""
    from . import migrations

    url = engine.url
    kept = ""
    if url.get_backend_name() == "sqlite":
        from .backups import backup_once

        backup = backup_once(Path(str(url.database)), reason=f"before-upgrade-from-{revision}")
        kept = f"; a copy from before the upgrade is at {backup.path}"
    try:
        migrations.upgrade(engine)
    except CaseError:
        raise
    except Exception as exc:
        if url.get_backend_name() == "sqlite":
            named = named_error(exc, Path(str(url.database)), "upgrade")
            if isinstance(named, CaseLocked | NoSpace):
                raise type(named)(f"{named}; the case is unchanged{kept}") from exc
        cause = first_line(exc) if isinstance(exc, SQLAlchemyError) else str(exc)
        raise UpgradeFailed(
            f"{describe(url)} could not be upgraded from schema {revision} "
            f"({cause or type(exc).__name__}): the case is unchanged{kept}"
        ) from exc


def _default_name(url: URL) -> str:
    if url.get_backend_name() == "sqlite" and url.database:
        return Path(url.database).stem
    return url.database or "case"


def _create_case_info(case: Case, name: str) -> None:
    with case.change() as uow:
        from .models import CaseInfo

        uow.session.add(CaseInfo(format=CASE_FORMAT, name=name))
        uow.record("create case", "case", 1, None, {"name": name, "format": CASE_FORMAT})
        uow.changes.case = True


def backup_sqlite(engine: Engine, *, reason: str) -> Path:
    """Write a consistent copy of an SQLite case beside it (`db.backups`) and return its path."""
    from .backups import backup_file

    database = engine.url.database
    assert database, "backup of an in-memory case"
    return backup_file(Path(database), reason=reason).path
