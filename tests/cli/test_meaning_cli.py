"""Same words, different claim (issue 22) on the command line: `similar` names the differing
anchors, `claim merge` asks for an explicit override that the audit trail keeps, `trace` marks a
negated or edited passage, `hop status confirmed` says how the located passage differs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db import operations as ops
from db.case import open_case
from db.models import AuditEvent, Claim
from db.text.spans import Span
from desktop.cli import main as cli

PAIRS = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "meaning_issue_pairs.json").read_text("utf-8")
)["pairs"]


def run(capsys: pytest.CaptureFixture[str], case: Path, *args: str) -> tuple[int, str, str]:
    code = cli(["--case", str(case), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def pairs_case(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[int, int]]]:
    """One case holding both claims of every pair (the pairs are not alike one another)."""
    path = tmp_path_factory.mktemp("meaning") / "pairs.provdesk"
    case = open_case(path, reviewer="Test Reviewer", create=True)
    try:
        with case.change() as uow:
            ids = [(ops.add_claim(uow, p["a"]), ops.add_claim(uow, p["b"])) for p in PAIRS]
    finally:
        case.close()
    return path, ids


@pytest.mark.parametrize(
    "at", range(len(PAIRS)), ids=[f"{p['language']}-{p['kind']}" for p in PAIRS]
)
def test_similar_names_the_differing_anchors(
    capsys: pytest.CaptureFixture[str], pairs_case: tuple[Path, list[tuple[int, int]]], at: int
) -> None:
    pair = PAIRS[at]
    case, ids = pairs_case
    first, second = ids[at]
    code, out, err = run(capsys, case, "similar", str(first), "--json")
    assert code == 0, err
    (found,) = json.loads(out)["similar"]
    assert found["claim"] == second
    assert found["probably_same"] is False
    assert found["label"] == "close wording, different facts"
    (difference,) = found["differences"]
    assert difference["kind"] == pair["kind"]
    this, other = pair["marked"]
    if this:
        assert difference["this"]["surface"] == this
        assert pair["a"][difference["this"]["start"] : difference["this"]["end"]] == this
    else:
        assert difference["this"] is None
    assert difference["other"]["surface"] == other
    assert pair["b"][difference["other"]["start"] : difference["other"]["end"]] == other
    expected = {"negation": "negated", "role": "roles swapped"}.get(
        pair["kind"], f"{pair['kind']} differs"
    )
    assert difference["describe"].startswith(expected)

    code, out, _ = run(capsys, case, "similar", str(first))
    assert code == 0 and "close wording, different facts" in out

    # merging asks for the override, and the audit trail keeps what was overridden
    code, out, err = run(capsys, case, "claim", "merge", str(first), str(second))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "differ in what they say" in err
    code, out, err = run(
        capsys, case, "claim", "merge", str(first), str(second), "--despite-differences"
    )
    assert code == 0, err
    opened = open_case(case, reviewer="Test Reviewer")
    try:
        with opened.read() as session:
            gone = session.get(Claim, second)
            assert gone is not None and gone.merged_into_id == first
            event = session.scalars(
                select(AuditEvent).where(
                    AuditEvent.action == "merge claim", AuditEvent.entity_id == str(first)
                )
            ).one()
            assert event.after is not None
            assert event.after["overridden_differences"] == [difference["describe"]]
    finally:
        opened.close()


def test_rewording_with_the_same_anchors_is_still_the_same(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case = tmp_path / "same.provdesk"
    assert run(capsys, case, "new")[0] == 0
    run(capsys, case, "claim", "add", "The death toll rose to 4,500 on Monday")
    run(capsys, case, "claim", "add", "The death toll rose to 4 500 on Monday.")
    code, out, _ = run(capsys, case, "similar", "1", "--json")
    assert code == 0
    (found,) = json.loads(out)["similar"]
    assert found["probably_same"] is True and found["differences"] == []
    assert run(capsys, case, "claim", "merge", "1", "2")[0] == 0


def test_trace_marks_a_negated_and_an_edited_passage(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case = tmp_path / "trace.provdesk"
    assert run(capsys, case, "new")[0] == 0
    texts = {
        "a.txt": "Officials said the border crossing will close on Monday for 45 days.",
        "b.txt": "Officials said the border crossing will not close on Monday for 45 days.",
        "c.txt": "Officials said the border crossing will close on Monday for 4,500 days.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert run(capsys, case, "import", str(tmp_path / name))[0] == 0
    code, out, err = run(
        capsys,
        case,
        "trace",
        "--text",
        "the border crossing will close on Monday for 45 days",
        "--json",
    )
    assert code == 0, err
    notes = {a["source"]: a["note"] for a in json.loads(out)["appearances"]}
    assert notes == {1: "", 2: "negated", 3: "edited — number differs: 45 → 4,500"}
    code, out, _ = run(
        capsys, case, "trace", "--text", "the border crossing will close on Monday for 45 days"
    )
    assert "edited — number differs: 45 → 4,500" in out and "negated" in out


def test_confirming_a_hop_says_how_its_passage_differs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case = tmp_path / "hop.provdesk"
    passage = "Officials said the border crossing will not close on Monday."
    opened = open_case(case, reviewer="Test Reviewer", create=True)
    try:
        with opened.change() as uow:
            claim = ops.add_claim(uow, "The border crossing will close on Monday")
            source = ops.add_source(uow, title="wire", text=passage, language="en")
            actor = ops.add_actor(uow, "Border Wire", "outlet")
            hop = ops.add_hop(
                uow,
                claim,
                actor_id=actor,
                relation="reported",
                source_id=source,
                quote="the border crossing will close on Monday",
                spans=[Span(15, len(passage) - 1)],
            )
    finally:
        opened.close()
    code, out, err = run(capsys, case, "hop", "status", str(hop), "confirmed", "--why", "read it")
    assert code == 0 and out.strip() == f"hop {hop}: confirmed"
    assert err.strip() == "note: the located passage differs from the quote: negated: “not”"


REWORDINGS = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "meaning_rewordings.json").read_text("utf-8")
)["pairs"]


def test_similar_calls_a_rewording_probably_the_same_in_four_languages(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case = tmp_path / "reworded.provdesk"
    assert run(capsys, case, "new")[0] == 0
    for pair in REWORDINGS:
        for text in (pair["a"], pair["b"], pair["changed"]):
            assert run(capsys, case, "claim", "add", text)[0] == 0
    for at, pair in enumerate(REWORDINGS):
        first = 3 * at + 1
        code, out, err = run(capsys, case, "similar", str(first), "--json")
        assert code == 0, err
        found = {s["claim"]: s for s in json.loads(out)["similar"]}
        reworded = found[first + 1]  # listed although its characters are not close
        assert reworded["similarity"] < 0.70, pair["language"]
        assert reworded["probably_same"] is True and reworded["differences"] == []
        assert reworded["label"] == "probably the same claim"
        assert reworded["content_similarity"] >= 0.70
        # the rewording with one fact changed is never "the same"
        changed = found.get(first + 2)
        assert changed is None or changed["probably_same"] is False
        code, out, _ = run(capsys, case, "similar", str(first + 1), "--json")
        other = {s["claim"]: s for s in json.loads(out)["similar"]}[first + 2]
        assert other["probably_same"] is False
        assert [d["kind"] for d in other["differences"]] == [pair["kind"]]
        code, out, _ = run(capsys, case, "similar", str(first))
        assert f"#{first + 1}" in out and "same?" in out
