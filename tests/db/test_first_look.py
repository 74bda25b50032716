"""The first look at a case file (bare sqlite3, read-only) agrees with the case itself and
gives up quietly on anything unusual."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from db.case import Case
from db.first_look import first_look
from db.queries import claim_rows, list_claims


def test_first_look_shows_what_the_case_shows(demo_case: Case, case_path: Path) -> None:
    look = first_look(case_path)
    assert look is not None
    with demo_case.read() as session:
        page = list_claims(session)
        assert look.name == demo_case.name
        assert look.count == len(page.rows) == 3
        assert look.rows == list(page.rows)
        assert look.rows == claim_rows(session, [r.id for r in page.rows])
    assert look.rows[0].origin_actor and look.rows[0].hop_count > 0


def test_first_look_writes_nothing(demo_case: Case, case_path: Path) -> None:
    demo_case.close()
    before = case_path.read_bytes()
    assert first_look(case_path) is not None
    assert case_path.read_bytes() == before


def test_first_look_gives_up_on_what_the_full_open_must_judge(
    demo_case: Case, case_path: Path, tmp_path: Path
) -> None:
    demo_case.close()
    assert first_look(tmp_path / "missing.provdesk") is None
    notes = tmp_path / "notes.provdesk"
    notes.write_text("just some notes")
    assert first_look(notes) is None
    empty = tmp_path / "empty.provdesk"
    sqlite3.connect(empty).close()
    assert first_look(empty) is None
    with sqlite3.connect(case_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert first_look(case_path) is None  # an older case is migrated by the full open


def test_first_look_needs_no_sqlalchemy(demo_case: Case, case_path: Path) -> None:
    demo_case.close()
    script = (
        "import sys\nfrom db.first_look import first_look\n"
        f"look = first_look({str(case_path)!r})\n"
        "print(look.count, 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["3", "False"]
