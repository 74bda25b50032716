"""A Turkish verbal noun in -mA with its possessive and a case is no negation in the drift
flags ("sınavların aksamasından endişe" / "worried about the exams being disrupted"); a
negative verb and the negative imperative still are. Sentences written for these tests."""

from __future__ import annotations

import pytest

from db.text.drift import pair_drift


@pytest.mark.parametrize(
    ("original", "translation"),
    [
        (
            "Veliler, sınavların aksamasından endişe ettiklerini söyledi.",
            "Parents said they were worried about the exams being disrupted.",
        ),
        (
            "Müze, eserlerin ülke dışına çıkarılmasından kaygı duyuyor.",
            "The museum is concerned about the items being taken out of the country.",
        ),
        (
            "Limanın kapanmasından sonra ihracat durdu.",
            "Exports stopped after the port closed.",
        ),
    ],
)
def test_a_verbal_noun_in_a_case_is_no_negation(original: str, translation: str) -> None:
    assert [f.kind for f in pair_drift(original, translation, "tr", "en")] == []


def test_a_negative_verb_is_still_flagged() -> None:
    flags = pair_drift(
        "Veliler sınav takviminin değişmesini istemedi.",
        "Parents asked for the exam timetable to be changed.",
        "tr",
        "en",
    )
    assert [f.kind for f in flags] == ["negation"]
