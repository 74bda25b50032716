"""Fixtures for integrity tests: a case with a known history, raw access to its tables, and a
real Secret Service keyring for the desk's signing key."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import text

from db import operations as ops
from db.case import Case

EVIDENCE = b"Lavrov said there were no preconditions.\n" * 40


@dataclass(frozen=True)
class History:
    """The ids a tamper test aims at."""

    claim: int
    second_claim: int
    hop: int
    evidence: str
    events: list[tuple[int, str]]

    def event(self, action: str) -> int:
        return next(i for i, a in self.events if a == action)


def build_history(case: Case) -> History:
    with case.change(reviewer="Ayşe") as uow:
        claim = ops.add_claim(uow, "Turkey sees no red lines for talks with Damascus")
        actor = ops.add_actor(uow, "al-Watan", "outlet")
        imported = ops.import_evidence(
            uow,
            content=EVIDENCE,
            file_name="watan.txt",
            media_type="text/plain",
            text=EVIDENCE.decode(),
            title="al-Watan, 19 January 2023",
        )
        hop = ops.add_hop(
            uow, claim, actor_id=actor, relation="reported", source_id=imported.source_id
        )
    with case.change(reviewer="Boris") as uow:
        ops.set_hop_status(uow, hop, "confirmed", "In the article")
        ops.set_verdict(uow, claim, "misleading", "Out of context")
    with case.change(reviewer="Ayşe") as uow:
        second = ops.add_claim(uow, "A second claim, added last")
    return History(claim, second, hop, imported.sha256, events(case))


def events(case: Case) -> list[tuple[int, str]]:
    with case.engine.connect() as conn:
        return [
            tuple(r) for r in conn.execute(text("SELECT id, action FROM audit_events ORDER BY id"))
        ]  # type: ignore[misc]


def tamper(case: Case, *statements: tuple[str, dict[str, Any]]) -> None:
    """Change the tables behind the case's back: with the sqlite3 module on the file itself,
    or with plain SQL on the PostgreSQL server."""
    if case.dialect == "sqlite":
        assert case.url.database
        conn = sqlite3.connect(case.url.database)
        try:
            with conn:
                for sql, params in statements:
                    conn.execute(sql, params)
        finally:
            conn.close()
        return
    with case.engine.begin() as pg:
        for sql, params in statements:
            pg.execute(text(sql), params)


@pytest.fixture
def history(any_case: Case) -> History:
    return build_history(any_case)
