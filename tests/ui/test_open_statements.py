"""Opening a case in the window costs a bounded number of database statements before the
claim list shows its rows, on an SQLite file and on a PostgreSQL server: each statement is a
round trip to a server, and a window that asks the server 44 things before it paints is slow
on any network. Counted with SQLAlchemy's cursor events (every engine) plus the statements of
the bare-driver first look (`db.first_look`), from the moment the case is asked for until the
list shows the case's rows and the first claim is open."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event, text
from sqlalchemy.engine import Engine

import db.first_look
from db.case import open_case
from db.operations import add_actor, add_claim, add_hop, delete_claim
from desktop.ui.main_window import MainWindow

#: Statements allowed from the request to open until the rows and the first claim show.
MOST_ON_SQLITE = 40
MOST_ON_SERVER = 28
#: Claims in the case: a statement per row would show as many statements.
CLAIMS = 40


class Statements:
    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def add(self, where: str, statement: str) -> None:
        with self._lock:
            self.seen.append((where, " ".join(statement.split())[:100]))

    def __str__(self) -> str:
        return "\n".join(f"{where}: {text}" for where, text in self.seen)


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch) -> Iterator[Statements]:
    counted = Statements()

    def cursor(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        counted.add(threading.current_thread().name, statement)

    look = db.first_look._look

    def counted_look(execute: Any, *args: Any) -> Any:
        def counting(sql: str, params: Any) -> Any:
            counted.add("first look", sql)
            return execute(sql, params)

        return look(counting, *args)

    monkeypatch.setattr(db.first_look, "_look", counted_look)
    event.listen(Engine, "before_cursor_execute", cursor)
    yield counted
    event.remove(Engine, "before_cursor_execute", cursor)


def _fill(location: str) -> None:
    case = open_case(location, reviewer="Lead Reviewer", create=True)
    with case.change() as uow:
        actors = [add_actor(uow, f"Actor {n}", "person") for n in range(7)]
        for n in range(CLAIMS):
            claim = add_claim(uow, f"Claim number {n} about the border talks")
            add_hop(uow, claim, actor_id=actors[n % 7], relation="said")
    case.close()


def _open_and_count(
    qtbot: QtBot, window: MainWindow, location: str, statements: Statements
) -> list[tuple[str, str]]:
    statements.seen.clear()
    window.parts.case_actions.open_location(location)
    qtbot.waitUntil(
        lambda: (
            window.case is not None
            and window.model.is_loaded(0)
            and window.detail.detail is not None
            and not window.model.counting
            and not window.workers.busy
        ),
        timeout=20_000,
    )
    shown = window.model.data(window.model.index(0, 0))
    assert shown == "Claim number 0 about the border talks"
    return list(statements.seen)


def test_opening_a_case_file_asks_few_statements(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, statements: Statements
) -> None:
    path = tmp_path / "counted.provdesk"
    _fill(str(path))
    seen = _open_and_count(qtbot, window, str(path), statements)
    assert window.model.rowCount() == CLAIMS
    assert len(seen) <= MOST_ON_SQLITE, str(statements)


@pytest.mark.postgres
def test_opening_a_server_case_asks_few_statements(
    qtbot: QtBot, window: MainWindow, pg_url: str, statements: Statements
) -> None:
    _fill(pg_url)
    seen = _open_and_count(qtbot, window, pg_url, statements)
    assert window.model.rowCount() == CLAIMS
    assert len(seen) <= MOST_ON_SERVER, str(statements)
    # The first look read the rows with the bare driver before the full open.
    assert [w for w, _s in seen][:4] == ["first look"] * 4, str(statements)


@pytest.mark.postgres
def test_a_large_server_case_shows_the_servers_estimate_then_the_exact_count(
    qtbot: QtBot,
    window: MainWindow,
    pg_url: str,
    statements: Statements,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The look at a large case takes the planner's row count (no count of every claim before
    the first rows show); the list then settles on the exact count, its rows kept."""
    _fill(pg_url)
    case = open_case(pg_url, reviewer="Lead Reviewer")
    with case.change() as uow:
        delete_claim(uow, CLAIMS)  # in the Trash: the estimate still counts it
    with case.read() as session:
        session.execute(text("ANALYZE claims"))
    case.close()
    monkeypatch.setattr(db.first_look, "ESTIMATE_FROM", 10)
    counts: list[int] = []
    window.model.modelReset.connect(lambda: counts.append(window.model.rowCount()))
    _open_and_count(qtbot, window, pg_url, statements)
    assert counts[0] == CLAIMS  # the server's estimate: 40 claims, one of them in the Trash
    assert window.model.rowCount() == CLAIMS - 1
    assert not any("count(" in s for w, s in statements.seen if w == "first look")
