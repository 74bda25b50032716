"""Where else? across languages: passages in other languages that name the traced text's actors
(in their own script and inflection) and share its numbers and dates are proposed after the
same-language appearances, marked "other language — check the translation" — on SQLite and
PostgreSQL; `provdesk-cli trace` prints them last."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from db import operations as ops
from db.appearances import trace_text
from db.case import Case, open_case
from desktop.cli import main

ENGLISH = "Lavrov said that 4,500 soldiers would leave Syria by 19 January 2023, officials added."
RUSSIAN = (
    "Министр иностранных дел Лавров заявил, что 4500 военных покинут Сирию к 19 января "
    "2023 года. Это вызвало споры."
)
ARABIC = (
    "وقال لافروف إن 4500 جندي سيغادرون سوريا بحلول 19 كانون الثاني 2023. وأضاف أن المحادثات مستمرة."
)
OTHER_NUMBER = "Лаврова спросили о 300 военных и о встрече 5 марта 2021 года."
SAME_WORDS = "Earlier today: " + ENGLISH


def _sources(case: Case) -> dict[str, int]:
    with case.change() as uow:
        ops.add_actor(uow, "Sergey Lavrov", aliases=["Лавров", "لافروف"])
        return {
            "english": ops.add_source(uow, title="Wire", language="en", text=SAME_WORDS),
            "russian": ops.add_source(uow, title="Вести", language="ru", text=RUSSIAN),
            "arabic": ops.add_source(uow, title="الوطن", language="ar", text=ARABIC),
            "unrelated": ops.add_source(uow, title="Другое", language="ru", text=OTHER_NUMBER),
        }


def test_other_languages_are_proposed_after_the_appearances(any_case: Case) -> None:
    ids = _sources(any_case)
    with any_case.read() as session:
        trace = trace_text(session, ENGLISH)
    assert [a.source_id for a in trace.appearances] == [ids["english"]]
    others = {p.source_id: p for p in trace.other_languages}
    assert set(others) == {ids["russian"], ids["arabic"]}  # not the one sharing no number
    russian, arabic = others[ids["russian"]], others[ids["arabic"]]
    assert russian.names == ("Лавров",) and arabic.names == ("لافروف",)
    assert {"4500", "2023-01-19"} <= set(russian.shared) and {"4500", "2023-01-19"} <= set(
        arabic.shared
    )
    assert russian.note == "other language — check the translation"
    assert RUSSIAN[russian.start : russian.end] == russian.passage
    assert russian.passage.startswith("Министр иностранных дел Лавров заявил")


def test_no_name_no_proposal(any_case: Case) -> None:
    _sources(any_case)
    with any_case.read() as session:
        trace = trace_text(
            session, "Officials said that 4,500 soldiers would leave by 19 January 2023."
        )
    assert trace.other_languages == ()


def test_trace_on_the_command_line_prints_them_last(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.provdesk"
    case = open_case(path, reviewer="Test Reviewer", create=True)
    ids = _sources(case)
    case.close()
    command = [sys.executable, "-m", "desktop.cli", "--case", str(path), "trace", "--text", ENGLISH]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"#{ids['english']}" in lines[0] and "FIRST" in lines[0]
    notes = [line.strip() for line in lines if "other language" in line]
    assert len(notes) == 2
    assert notes[0].startswith("other language — check the translation: names ")
    assert "shares 4500, 2023-01-19" in notes[0]
    assert main([*command[3:], "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {p["source_id"] for p in data["other_languages"]} == {ids["russian"], ids["arabic"]}
