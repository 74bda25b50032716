"""The command line's read commands start without the window's and the reports' libraries: no
PySide6, WeasyPrint or prov for `claims`, `show`, `search`, `sources`, `verify`; no language model
for `attributions --language en`. (How long they take is measured by
tests/benchmarks/bench_cli.py, not here.)"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from db import operations as ops
from db.case import Case
from db.models import AuditEvent

ROOT = Path(__file__).resolve().parents[2]
HEAVY = {"PySide6", "shiboken6", "weasyprint", "prov", "py3langid"}
PROBE = """
import json, sys
from desktop.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
sys.stdout.flush()
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _loaded(*args: str) -> tuple[int, set[str]]:
    """The exit status and the top-level packages the command loaded."""
    code, modules = _loaded_modules(*args)
    return code, {m.split(".")[0] for m in modules}


def _loaded_modules(*args: str) -> tuple[int, set[str]]:
    """Like `_loaded`, every module by its full name."""
    code, modules, _output = _probe(*args)
    return code, modules


def _probe(*args: str) -> tuple[int, set[str], str]:
    """The exit status, every module loaded by its full name, and what the command printed."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    *printed, last_line = result.stdout.strip().splitlines()
    last = json.loads(last_line)
    return int(last["code"] or 0), set(last["modules"]), "\n".join(printed)


@pytest.fixture
def case_file(sqlite_case: Case) -> str:
    with sqlite_case.change() as uow:
        claim = ops.add_claim(uow, "The border crossing will close on Monday")
        actor = ops.add_actor(uow, "Sergey Lavrov")
        ops.add_hop(uow, claim, actor_id=actor, relation="said", quote="will close on Monday")
    return str(sqlite_case.url.database)


@pytest.mark.parametrize(
    "command",
    [["claims"], ["show", "1"], ["search", "border"], ["sources"], ["verify"], ["trash"]],
    ids=lambda c: " ".join(c),
)
def test_read_commands_load_no_window_report_or_model_library(
    case_file: str, command: list[str]
) -> None:
    code, modules = _loaded("--case", case_file, *command)
    assert code == 0
    assert not modules & HEAVY, sorted(modules & HEAVY)


UNUSED_BY_READING = {"db.operations", "desktop.reports.export", "db.backups", "db.translations"}
"""What the case's everyday read commands never need: the operations that change a case, the
report export, backups, translation links (their start-up is bench_cli.py's figure)."""


def test_claims_and_show_load_no_operations_export_or_backups(case_file: str) -> None:
    for command in (["claims"], ["show", "1"]):
        code, modules = _loaded_modules("--case", case_file, *command)
        assert code == 0
        assert not modules & UNUSED_BY_READING, sorted(modules & UNUSED_BY_READING)


def test_attributions_with_a_language_loads_no_language_model(tmp_path: Path) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(
        'The minister said on Monday that the talks would resume. "We are ready," he added.\n',
        encoding="utf-8",
    )
    code, modules = _loaded("attributions", str(article), "--language", "en")
    assert code == 0
    assert "py3langid" not in modules
    assert not modules & {"PySide6", "weasyprint", "prov"}
    # Without a language the guesser is what tells it, so it is loaded then.
    code, modules = _loaded("attributions", str(article))
    assert code == 0 and "py3langid" in modules


@pytest.mark.parametrize("name", ["Zeynep Aydın", "Aydın, Zeynep", 'Ольга "Оля"', "@desk"])
def test_the_reviewer_name_the_window_saved_is_the_one_the_command_line_records(
    sqlite_case: Case, name: str
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PROVDESK_REVIEWER"}
    env["PYTHONPATH"] = str(ROOT)
    save = "import sys; from desktop import preferences as p; p.put(p.REVIEWER_NAME, sys.argv[1])"
    subprocess.run([sys.executable, "-c", save, name], cwd=ROOT, env=env, check=True, timeout=60)
    case = str(sqlite_case.url.database)
    subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--case", case, "claim", "add", "A new claim"],
        cwd=ROOT, env=env, check=True, timeout=60, capture_output=True,
    )  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--case", case, "show", "1", "--json"],
        cwd=ROOT, env=env, check=True, timeout=60, capture_output=True, text=True,
    )  # fmt: skip
    with sqlite_case.read() as session:
        last = session.scalars(select(AuditEvent.reviewer).order_by(AuditEvent.id.desc())).first()
    assert last == name, result.stdout


NOT_FOR_CLAIMS_AND_SHOW = {"sqlalchemy.orm", "db.models", "db.search", "alembic"}
"""`claims` and `show` read through SQLAlchemy Core on the case's tables (`db.tables`): no ORM,
no mapped models, no search, no migrations library, nor the other commands' modules."""


def test_claims_and_show_load_neither_the_orm_nor_other_commands(any_case: Case) -> None:
    with any_case.change() as uow:
        claim = ops.add_claim(uow, "The border crossing will close on Monday", tags=["border"])
        actor = ops.add_actor(uow, "Sergey Lavrov")
        ops.add_hop(uow, claim, actor_id=actor, relation="said", quote="will close on Monday")
    location = any_case.url.render_as_string(hide_password=False)
    for command in (["claims"], ["claims", "--verdict", "unverified", "--tag", "border"]):
        code, modules = _loaded_modules("--case", location, *command)
        assert code == 0
        assert not modules & NOT_FOR_CLAIMS_AND_SHOW, sorted(modules & NOT_FOR_CLAIMS_AND_SHOW)
    code, modules = _loaded_modules("--case", location, "show", str(claim))
    assert code == 0
    assert not modules & NOT_FOR_CLAIMS_AND_SHOW, sorted(modules & NOT_FOR_CLAIMS_AND_SHOW)
    others = {m for m in modules if m.startswith("desktop.cli.") and m.endswith("_commands")}
    assert others == {"desktop.cli.reading_commands"}


def test_a_case_of_a_newer_schema_is_refused_by_claims_and_show_in_one_line(
    case_file: str,
) -> None:
    import sqlite3

    with sqlite3.connect(case_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    for command in (["claims"], ["show", "1"]):
        result = subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--case", case_file, *command],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 1
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1
        assert "newer Provenance Desk (schema 9999)" in result.stderr


def test_read_commands_get_the_options_and_help_of_the_full_command_line() -> None:
    from desktop.cli import READ_COMMANDS, build_parser, command_named

    def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices

    full, reading = commands(build_parser()), commands(build_parser("reading_commands"))
    assert set(reading) == READ_COMMANDS
    for name in READ_COMMANDS:
        assert reading[name].format_help() == full[name].format_help()
    assert command_named(["--case", "x.provdesk", "--reviewer=Ayşe", "show", "1"]) == "show"
    assert command_named(["--password-stdin", "claims", "--json"]) == "claims"
    # Anything not plain to see goes to the full parser.
    for unclear in (["--ca", "x", "claims"], ["claims", "--help"], ["-h"], ["--version"], []):
        assert command_named(unclear) is None


NOT_FOR_SEARCH = {"sqlalchemy.orm", "db.models", "db.unit_of_work", "alembic"}
"""`search` and `claims --search` read through SQLAlchemy Core too (`Case.connect`): the
full-text statements, the snippets' texts and the names a claim was found through are plain SQL,
and a reviewer who gave no name is named without the reviewer records."""


def test_search_commands_load_neither_the_orm_nor_the_models(
    any_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    with any_case.change() as uow:
        claim = ops.add_claim(uow, "The border crossing will close on Monday")
        actor = ops.add_actor(uow, "Sergey Lavrov", aliases=["Лавров"])
        tass = ops.add_source(uow, title="Wire", outlet="TASS", text="The border will close")
        ops.add_hop(uow, claim, actor_id=actor, relation="said", quote="will close on Monday")
        other = ops.add_claim(uow, "The talks resume in spring")
        fidan = ops.add_actor(uow, "Hakan Fidan")
        ops.add_hop(uow, other, actor_id=fidan, relation="reported", source_id=tass)
    location = any_case.url.render_as_string(hide_password=False)
    monkeypatch.delenv("PROVDESK_REVIEWER")  # an unnamed reviewer, as on a new desk
    shown = {
        ("search", "border"): ["claim       1  #", "source      1  #", "Wire The [border]"],
        ("search", "monday"): ["quote       1 (claim 1)", "[Monday]"],
        ("search", "lavrov"): ["claim       1  #1  The border", "through Sergey [Lavrov]"],
        ("search", "tass"): ["claim       2  #1  The talks", "through [TASS]"],
        ("search", "Лавров"): ["claim       1  #1  The border", "through Sergey Lavrov"],
        ("claims", "--search", "lavrov"): ["The border crossing will close on Monday"],
    }
    for command, expected in shown.items():
        code, modules, output = _probe("--case", location, *command)
        assert code == 0, output
        assert not modules & NOT_FOR_SEARCH, (command, sorted(modules & NOT_FOR_SEARCH))
        assert all(text in output for text in expected), (command, output)
