"""Bad input gives a clear error and leaves the case exactly as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from db import operations as ops
from db.case import Case, open_case
from db.errors import CaseError, InvalidInput, NotACase
from db.text.spans import Span
from db.unit_of_work import UnitOfWork

from .helpers import dump


def _source_with_text(case: Case) -> tuple[int, int, int]:
    with case.change() as uow:
        source = ops.add_source(uow, title="Digest", text="Lavrov said that talks will happen.")
        actor = ops.add_actor(uow, "Sergey Lavrov")
        claim = ops.add_claim(uow, "Talks will happen")
    return source, actor, claim


BAD_CHANGES: dict[str, Callable[[UnitOfWork, int, int, int], object]] = {
    "empty claim": lambda uow, s, a, c: ops.add_claim(uow, "   "),
    "claim of NUL bytes only": lambda uow, s, a, c: ops.add_claim(uow, "\x00\x00"),
    "10 MB actor name": lambda uow, s, a, c: ops.add_actor(uow, "x" * 10_000_000),
    "span outside the source text": lambda uow, s, a, c: ops.add_hop(
        uow, c, actor_id=a, relation="said", source_id=s, spans=[Span(10, 500)]
    ),
    "overlapping spans": lambda uow, s, a, c: ops.add_hop(
        uow, c, actor_id=a, relation="said", source_id=s, spans=[Span(0, 10), Span(5, 12)]
    ),
    "unknown actor": lambda uow, s, a, c: ops.add_hop(uow, c, actor_id=999, relation="said"),
    "unknown relation": lambda uow, s, a, c: ops.add_hop(uow, c, actor_id=a, relation="whispered"),
    "invalid verdict": lambda uow, s, a, c: ops.set_verdict(uow, c, "probably-true", "why"),
    "final verdict without rationale": lambda uow, s, a, c: ops.set_verdict(uow, c, "false"),
    "bad language tag": lambda uow, s, a, c: ops.add_hop(
        uow, c, actor_id=a, relation="said", language="arabic language"
    ),
    "bad date": lambda uow, s, a, c: ops.add_hop(
        uow, c, actor_id=a, relation="said", relayed_on="19/01/2023"
    ),
    "change then fail": lambda uow, s, a, c: (
        ops.add_claim(uow, "half-written"),
        ops.add_claim(uow, ""),
    ),
}


@pytest.mark.parametrize("name", list(BAD_CHANGES))
def test_bad_change_is_refused_and_case_unchanged(any_case: Case, name: str) -> None:
    ids = _source_with_text(any_case)
    before = dump(any_case)
    with pytest.raises((CaseError, ValueError)) as error, any_case.change() as uow:
        BAD_CHANGES[name](uow, *ids)
    message = str(error.value)
    assert message and "\n" not in message and "Traceback" not in message
    assert dump(any_case) == before


def test_nul_bytes_inside_text_are_removed(sqlite_case: Case) -> None:
    with sqlite_case.change() as uow:
        claim = ops.add_claim(uow, "Lav\x00rov said")
    with sqlite_case.read() as session:
        from db.queries import claim_detail

        assert claim_detail(session, claim).text == "Lavrov said"


def test_span_must_be_ordered() -> None:
    with pytest.raises(InvalidInput):
        Span(5, 5)


def test_other_sqlite_database_is_not_a_case(tmp_path: Path) -> None:
    other = tmp_path / "contacts.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE people (name TEXT)")
    before = other.read_bytes()
    with pytest.raises(NotACase, match="not a Provenance Desk case"):
        open_case(other, reviewer="r")
    assert other.read_bytes() == before


@pytest.mark.parametrize("content", [b"%PDF-1.7 not a case", b"\x00" * 100, "نص عربي".encode()])
def test_file_that_is_not_a_database(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "junk.provdesk"
    path.write_bytes(content)
    with pytest.raises(NotACase):
        open_case(path, reviewer="r")
    assert path.read_bytes() == content


def test_corrupt_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.provdesk"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(CaseError):
        open_case(path, reviewer="r")


def test_missing_case_file(tmp_path: Path) -> None:
    with pytest.raises(CaseError, match="no case at"):
        open_case(tmp_path / "nowhere.provdesk", reviewer="r")
