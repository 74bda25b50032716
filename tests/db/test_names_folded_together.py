"""The names of a case's actors and outlets are folded in one go for the name search: each name
gets exactly the words it gets folded alone, whatever its script, marks, hyphens or spaces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from db.search_named import words_of_names
from db.text.normalise import search_words

LETTERS = (
    "abcİıIiğşçöüéèêàáâñøßǅﬁ"  # Latin, Turkish dotted and dotless i, ligatures
    "лавровЛАВРОВёй"  # Cyrillic
    "لافروفأإآىةـ\u064b\u064e\u0651ﻻ"  # Arabic letters, tatweel, harakat, lam-alef
    "\u0301\u0308\u00ad"  # combining marks, soft hyphen
    " -'’.,\t\n0123"  # what separates and joins words
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=LETTERS, max_size=24), max_size=12))
def test_names_folded_together_get_the_words_each_gets_alone(names: list[str]) -> None:
    assert words_of_names(names) == [search_words(name) for name in names]


def test_a_name_holding_the_separator_is_folded_alone() -> None:
    names = ["Sergey\x00Lavrov", "Hakan Fidan", "İsmail Kahraman"]
    assert words_of_names(names) == [search_words(name) for name in names]
    assert words_of_names(["İsmail Kahraman", "Ахмед-\nоглы"]) == [
        ["ismail", "kahraman"],
        search_words("Ахмед-\nоглы"),
    ]
