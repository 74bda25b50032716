"""`similar --json` on rewordings other people write (issue 22): a capital for its country, a
fraction in words for its percent, a denial for "said … not"; their look-alikes stay apart
with the differing anchor named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main as cli

# (claim, its rewording, a look-alike whose facts differ, the kind that differs)
TRIPLES = [
    ("Rabat accused Algiers of closing its airspace to Moroccan planes.",
     "Morocco accused Algeria of closing its airspace to Moroccan planes.",
     "Rabat accused Tunis of closing its airspace to Moroccan planes.", "name"),
    ("Четверть пекарен города закрылась из-за цен на муку.",
     "25% пекарен города закрылись из-за цен на муку.",
     "Треть пекарен города закрылась из-за цен на муку.", "number"),
    ("Belediye, köprünün çöktüğü iddialarını yalanladı.",
     "Belediye, köprünün çökmediğini açıkladı.",
     "Belediye, köprünün çöktüğü iddialarını doğruladı.", "negation"),
    ("قال المحافظ إنه لم تبق أي قرية بلا كهرباء.", "قال المحافظ إن كل قرية فيها كهرباء.",
     "قال المحافظ إنه لم تبق أي قرية فيها كهرباء.", "negation"),
]  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], case: Path, *args: str) -> tuple[int, str]:
    code = cli(["--case", str(case), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return code, out


def test_similar_calls_other_peoples_rewordings_the_same(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case = tmp_path / "others.provdesk"
    run(capsys, case, "new")
    for triple in TRIPLES:
        for text in triple[:3]:
            run(capsys, case, "claim", "add", text)
    for at, (_, _, _, kind) in enumerate(TRIPLES):
        first = 3 * at + 1
        _, out = run(capsys, case, "similar", str(first), "--json")
        found = {s["claim"]: s for s in json.loads(out)["similar"]}
        assert found[first + 1]["probably_same"] is True, found[first + 1]
        assert found[first + 1]["differences"] == []
        lookalike = found[first + 2]
        assert lookalike["probably_same"] is False
        assert kind in [d["kind"] for d in lookalike["differences"]]
