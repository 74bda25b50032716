"""Coordinated negations are one negative statement, not a double negation (issue 24): "لا
خطوط حمراء ولا شروط" is rendered "no red lines or preconditions", "ни … ни" "no … or", Turkish
"ne … ne de" carries its negation without a negative verb — none of them is a negation drift,
while a negation one side drops still is. Through `pair_drift` and `provdesk-cli align --json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.text.drift import pair_drift
from desktop.cli import main

FAITHFUL = [
    (
        "ar",
        "لا توجد خطوط حمراء ولا شروط مسبقة للمحادثات.",
        "There are no red lines or preconditions for the talks.",
    ),
    (
        "ar",
        "لا توجد خطوط حمراء ولا شروط مسبقة للمحادثات.",
        "There are no red lines and no preconditions for the talks.",
    ),
    (
        "ar",
        "لم يصدر بيان ولم يُعقد مؤتمر صحفي.",
        "No statement was issued and no press conference was held.",
    ),
    (
        "ru",
        "Нет ни красных линий, ни предварительных условий.",
        "There are no red lines or preconditions.",
    ),
    ("ru", "Он не пришёл и не позвонил.", "He neither came nor called."),
    ("tr", "Ne kırmızı çizgi ne de ön koşul var.", "There are no red lines or preconditions."),
    ("tr", "Kırmızı çizgi ve ön koşul yok.", "There are neither red lines nor preconditions."),
    (
        "en",
        "There is no water, no electricity and no fuel.",
        "There is no water, electricity or fuel.",
    ),
]


@pytest.mark.parametrize(("language", "original", "translation"), FAITHFUL)
def test_coordinated_negations_are_one_negative_statement(
    language: str, original: str, translation: str
) -> None:
    flags = pair_drift(original, translation, language, "en")
    assert [f for f in flags if f.kind == "negation"] == [], flags


DROPPED = [
    (
        "ar",
        "لا توجد خطوط حمراء ولا شروط مسبقة للمحادثات.",
        "There are red lines and preconditions for the talks.",
    ),
    (
        "ru",
        "Нет ни красных линий, ни предварительных условий.",
        "There are red lines and preconditions.",
    ),
    ("tr", "Ne kırmızı çizgi ne de ön koşul var.", "There are red lines and preconditions."),
]


@pytest.mark.parametrize(("language", "original", "translation"), DROPPED)
def test_a_negation_the_translation_drops_is_still_flagged(
    language: str, original: str, translation: str
) -> None:
    assert "negation" in [f.kind for f in pair_drift(original, translation, language, "en")]


@given(
    st.lists(
        st.sampled_from(["water", "fuel", "power", "food", "medicine"]),
        min_size=2,
        max_size=5,
        unique=True,
    )
)
def test_a_list_of_negated_things_agrees_with_any_coordination(things: list[str]) -> None:
    """ "no a, no b and no c" / "no a, b or c" / "neither a nor b": the same polarity."""
    repeated = "There is " + ", ".join(f"no {t}" for t in things[:-1]) + f" and no {things[-1]}."
    listed = "There is no " + ", ".join(things[:-1]) + f" or {things[-1]}."
    assert [f for f in pair_drift(repeated, listed, "en", "en") if f.kind == "negation"] == []


def test_align_json_reads_neither_nor_as_one_negation(
    case_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ar.txt").write_text(
        "قال مسؤول تركي إنه لا توجد خطوط حمراء ولا شروط مسبقة للمحادثات مع دمشق.", "utf-8"
    )
    (tmp_path / "en.txt").write_text(
        "A Turkish official said there are no red lines or preconditions for talks with Damascus.",
        "utf-8",
    )

    def ok(*args: object) -> str:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out.strip()

    ok("--case", case_path, "new")
    source = ok("--case", case_path, "import", tmp_path / "ar.txt", "--language", "ar")
    target = ok("--case", case_path, "import", tmp_path / "en.txt", "--language", "en")
    ok("--case", case_path, "source", "link", target, "--translation-of", source)
    aligned = json.loads(ok("--case", case_path, "align", target, "--json"))
    assert [f["kind"] for b in aligned["beads"] for f in b["drift"]] == []
