"""Team mode on PostgreSQL: who the reviewer is, what the role may do, change notices.

The reviewer recorded in the audit trail is the database user, so that nobody can write in
another's name; the display name is kept beside it in `reviewers`. Roles are enforced by the
server's grants, not only by greyed-out buttons.
"""

from __future__ import annotations

import json
import re
import select as io_select
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import URL

from .case import Case
from .errors import CaseUnavailable, InvalidInput
from .unit_of_work import CHANNEL, Changes

ROLES = {"reviewer", "read-only"}
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_$.-]{0,62}$")


def _quote_ident(name: str) -> str:
    if not _IDENTIFIER.match(name):
        raise InvalidInput(f"{name!r} is not a valid database user name")
    return '"' + name.replace('"', '""') + '"'


def grant(case: Case, user: str, role: str) -> None:
    """Give a database user the reviewer or read-only role on this case (an administrator's
    task: run it as the owner of the case's database)."""
    if case.dialect != "postgresql":
        raise InvalidInput("roles exist on a team server (PostgreSQL) only")
    if role not in ROLES:
        raise InvalidInput(f"unknown role {role!r}; choose reviewer or read-only")
    who = _quote_ident(user)
    with case.engine.begin() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :u"), {"u": user}
        ).scalar()
        if not exists:
            raise InvalidInput(
                f"there is no database user {user!r}; create it first "
                f"(CREATE ROLE {who} LOGIN PASSWORD '…')"
            )
        database = _quote_ident(str(conn.execute(text("SELECT current_database()")).scalar()))
        conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {who}"))
        conn.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {who}"))
        conn.execute(text(f"GRANT CONNECT ON DATABASE {database} TO {who}"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {who}"))
        conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {who}"))
        if role == "reviewer":
            tables = [
                r[0]
                for r in conn.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                )
                if r[0] not in ("audit_events", "alembic_version")
            ]
            for table in tables:
                conn.execute(
                    text(f"GRANT INSERT, UPDATE, DELETE ON {_quote_ident(table)} TO {who}")
                )
            # The audit log is append-only for reviewers.
            conn.execute(text(f"GRANT INSERT ON audit_events TO {who}"))
            conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {who}"))
        with case.change() as uow:
            uow.record("grant role", "case", user, None, {"user": user, "role": role})


@dataclass(frozen=True)
class ChangeNotice:
    """What another reviewer's unit of work touched."""

    reviewer: str
    pid: int
    changes: Changes


def _notice(pid: int, payload: str) -> ChangeNotice:
    data: dict[str, Any] = json.loads(payload)
    return ChangeNotice(
        reviewer=str(data.get("reviewer", "")),
        pid=pid,
        changes=Changes(
            claims=set(data.get("claims", ())),
            hops=set(data.get("hops", ())),
            actors=set(data.get("actors", ())),
            sources=set(data.get("sources", ())),
            case=bool(data.get("case", False)),
        ),
    )


class ChangeListener:
    """Listens for other reviewers' changes (PostgreSQL LISTEN/NOTIFY) on its own connection.

    `fileno()` becomes readable when a notice arrives, so a window can wait on it with a socket
    notifier instead of polling; `drain()` returns the notices that arrived.
    """

    def __init__(self, url: URL) -> None:
        import psycopg
        from psycopg import sql
        from psycopg.conninfo import make_conninfo

        params: dict[str, str | int | None] = {
            "host": url.host,
            "port": url.port,
            "user": url.username,
            "password": url.password,
            "dbname": url.database,
            "connect_timeout": 5,
        }
        conninfo = make_conninfo("", **{k: v for k, v in params.items() if v is not None})
        try:
            self._conn = psycopg.connect(conninfo, autocommit=True)
        except psycopg.Error as exc:
            raise CaseUnavailable(f"cannot listen for changes: {exc}") from exc
        self._conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))

    def fileno(self) -> int:
        return int(self._conn.fileno())

    def drain(self) -> list[ChangeNotice]:
        notices = []
        for note in self._conn.notifies(timeout=0, stop_after=None):
            notices.append(_notice(note.pid, note.payload))
        return notices

    def wait(self, timeout: float) -> list[ChangeNotice]:
        """Block up to `timeout` seconds for notices (for the command line and tests)."""
        ready, _, _ = io_select.select([self.fileno()], [], [], timeout)
        return self.drain() if ready else []

    def close(self) -> None:
        self._conn.close()


class SqliteWatcher:
    """Tells whether another process committed to an SQLite case since the last look.

    SQLite has no notifications; `PRAGMA data_version` on one kept connection changes when
    another connection commits, and costs microseconds, so a window asks it on a timer of
    about a second.
    """

    def __init__(self, case: Case) -> None:
        from pathlib import Path

        from .sqlite_access import connect_read_only

        database = case.url.database
        if case.dialect != "sqlite" or not database:
            raise InvalidInput("only an SQLite case file can be watched this way")
        # Read-only, so that a case on a read-only share or a full disk can be watched too.
        self._conn = connect_read_only(Path(database), check_same_thread=False)
        self._version = self._read()

    def _read(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        current = self._read()
        changed, self._version = current != self._version, current
        return changed

    def close(self) -> None:
        self._conn.close()


__all__ = [
    "ChangeListener",
    "ChangeNotice",
    "SqliteWatcher",
    "grant",
]
