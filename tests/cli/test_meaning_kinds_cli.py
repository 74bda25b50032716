"""`similar --json` on the kinds of fault a new user found (issue 22): an adverb of
near-negation ("will hardly reopen"), a bound on a number ("at least 45"), a future passive
against another tense, antonym verbs — each in English, Arabic, Turkish and Russian, with the
difference named; and their true rewordings ("about 45" / "45", "will be closed" / "will
close") still "probably the same"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main as cli

# (claim, the other claim, the kind that differs and the words it names; or None: the same)
PAIRS = [
    ("The port will hardly reopen on Monday", "The port will reopen on Monday",
     ("near-negation", "hardly")),
    ("بالكاد سيفتح الميناء يوم الاثنين", "سيفتح الميناء يوم الاثنين", ("near-negation", "بالكاد")),
    ("Liman pazartesi pek açılmayacak", "Liman pazartesi açılacak", ("near-negation", "pek")),
    ("Порт вряд ли откроется в понедельник", "Порт откроется в понедельник",
     ("near-negation", "вряд ли")),
    ("At least 45 ships are waiting", "45 ships are waiting", ("bound", "At least 45")),
    ("ينتظر أكثر من 45 سفينة في الميناء", "ينتظر 45 سفينة في الميناء", ("bound", "أكثر من 45")),
    ("Limanda 45'ten fazla gemi bekliyor", "Limanda 45 gemi bekliyor", ("bound", "45'ten fazla")),
    ("В порту ждут не менее 45 судов", "В порту ждут 45 судов", ("bound", "не менее 45")),
    ("Nearly 45 ships are waiting", "45 ships are waiting", ("bound", "Nearly 45")),
    ("About 45 ships are waiting", "45 ships are waiting", None),
    ("В порту ждут около 45 судов", "В порту ждут 45 судов", None),
    ("The port will be reopened on Monday", "The port will reopen on Monday", None),
    ("The port will be closed on Monday", "The port was closed on Monday", ("tense", "closed")),
    ("Порт будет закрыт в понедельник", "Порт был закрыт в понедельник", ("tense", "был закрыт")),
    ("سيتم إغلاق الميناء يوم الاثنين", "تم إغلاق الميناء يوم الاثنين", ("tense", "تم")),
    ("Liman pazartesi kapatılacak", "Liman pazartesi kapatıldı", ("tense", "kapatıldı")),
    ("Liman pazartesi kapanacak", "Liman pazartesi açılacak", ("word", "açılacak")),
    ("Liman pazartesi kapanacak", "Liman pazartesi kapanmayacak", ("negation", "kapanmayacak")),
]  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], case: Path, *args: str) -> str:
    code = cli(["--case", str(case), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_similar_names_each_kind_of_difference_and_keeps_rewordings_the_same(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case = tmp_path / "kinds.provdesk"
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
            assert other["differences"] == [], other
            continue
        kind, words = expected
        assert other["probably_same"] is False, (first, second)
        named = [d for d in other["differences"] if d["kind"] == kind]
        assert named, (first, second, other["differences"])
        assert any(words in d["describe"] for d in named), (words, named)
