"""`similar --json` on a new user's wrong "same" pairs (round 10): which year or week ("last
year" / "this year"), who someone is ("former", "deputy"), how many ("all" / "some") — in
English, Arabic, Turkish and Russian, each named; and a reordered rewording still the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main as cli

# (claim, the other claim, words the difference names; or None: the same claim)
PAIRS = [
    ("The government will approve the budget next week",
     "The government will approve the budget last week", ("next", "last")),
    ("The government approved the budget last year",
     "The government approved the budget this year", ("last", "this")),
    ("Hükümet bütçeyi geçen yıl onayladı", "Hükümet bütçeyi bu yıl onayladı", ("geçen", "bu")),
    ("Правительство утвердило бюджет в прошлом году",
     "Правительство утвердило бюджет в этом году", ("прошлом", "этом")),
    ("أقرت الحكومة الميزانية العام الماضي", "أقرت الحكومة الميزانية هذا العام",
     ("الماضي", "هذا")),
    ("The former president was arrested in Paris", "The president was arrested in Paris",
     ("former",)),
    ("The deputy minister resigned on Friday", "The minister resigned on Friday", ("deputy",)),
    ("Бывший министр был арестован в Париже", "Министр был арестован в Париже", ("Бывший",)),
    ("اعتقل الوزير السابق في باريس", "اعتقل الوزير في باريس", ("السابق",)),
    ("The minister said all schools will close", "The minister said some schools will close",
     ("all", "some")),
    ("Bakan tüm okulların kapanacağını söyledi", "Bakan bazı okulların kapanacağını söyledi",
     ("tüm", "bazı")),
    ("The government approved the budget last year",
     "Last year the government approved the budget", None),
]  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], case: Path, *args: str) -> str:
    code = cli(["--case", str(case), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_which_year_who_and_how_many_are_facts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case = tmp_path / "which.provdesk"
    run(capsys, case, "new")
    for first, second, _ in PAIRS:
        run(capsys, case, "claim", "add", first)
        run(capsys, case, "claim", "add", second)
    for at, (first, second, expected) in enumerate(PAIRS):
        claim = 2 * at + 1
        found = {
            s["claim"]: s
            for s in json.loads(run(capsys, case, "similar", str(claim), "--json"))["similar"]
        }
        other = found[claim + 1]
        if expected is None:
            assert other["probably_same"] is True, (first, second, other)
            continue
        assert other["probably_same"] is False, (first, second)
        described = " ".join(d["describe"] for d in other["differences"])
        assert all(word in described for word in expected), (expected, described)
