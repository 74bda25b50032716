"""Words a maintained lexical resource accounts for (issue 22): a rewording by someone else
uses a word no table of ours lists, and the thesaurus knows it; its look-alikes, a word of
another sense, still differ and are named."""

from __future__ import annotations

import pytest

from db.text import thesaurus
from db.text.meaning import SAME, check_pair
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams


def check(a: str, b: str, language: str):  # type: ignore[no-untyped-def]
    score = claim_similarity(trigrams(search_key(a)), trigrams(search_key(b)))
    return check_pair(a, b, score, language_a=language, language_b=language)


# A word and the broader word WordNet gives it ("generic term"): the same claim told less
# precisely ("inaugurated" is a way of opening, a "blaze" a fire, "wheat" a grain).
BROADER = [
    ("en", "The mayor opened the new tram depot in Leeds on Sunday.",
     "The mayor inaugurated the new tram depot in Leeds on Sunday."),
    ("en", "Serbia asked the World Bank for a loan of 300 million euros.",
     "Serbia requested a loan of 300 million euros from the World Bank."),
    ("en", "The steel factory in Gliwice will lay off 700 workers.",
     "The steel plant in Gliwice will lay off 700 workers."),
    ("en", "A blaze destroyed 40 homes in Evia.", "A fire destroyed 40 homes in Evia."),
]  # fmt: skip

# The same sentences with a word of another sense: another claim, the word named.
OTHER_SENSE = [
    ("en", "The mayor opened the new tram depot in Leeds on Sunday.",
     "The mayor closed the new tram depot in Leeds on Sunday.", "opened → closed"),
    ("en", "Serbia asked the World Bank for a loan of 300 million euros.",
     "Serbia refused a loan of 300 million euros from the World Bank.", "asked → refused"),
    ("en", "The steel factory in Gliwice will lay off 700 workers.",
     "The steel mine in Gliwice will lay off 700 workers.", "factory → mine"),
    ("en", "A blaze destroyed 40 homes in Evia.", "A flood destroyed 40 homes in Evia.",
     "blaze → flood"),
    ("en", "Ukraine exported 2 million tonnes of wheat in May.",
     "Ukraine exported 2 million tonnes of barley in May.", "wheat → barley"),
]  # fmt: skip


def test_the_thesaurus_gives_broader_terms() -> None:
    if not thesaurus.synonyms(frozenset({"resume"}), "en"):
        pytest.fail("the English thesaurus (mythes-en-us) is not installed")
    assert "open" in thesaurus.broader(frozenset({"inaugurate"}), "en")
    assert "plant" in thesaurus.broader(frozenset({"factory"}), "en")
    assert "close" not in thesaurus.broader(frozenset({"open"}), "en")


@pytest.mark.parametrize(("language", "a", "b"), BROADER)
def test_a_broader_word_is_the_same_claim(language: str, a: str, b: str) -> None:
    result = check(a, b, language)
    assert result.probably_same, result.describe()
    assert result.label == SAME
    assert check(b, a, language).probably_same


@pytest.mark.parametrize(("language", "a", "b", "named"), OTHER_SENSE)
def test_a_word_of_another_sense_differs_and_is_named(
    language: str, a: str, b: str, named: str
) -> None:
    result = check(a, b, language)
    assert not result.probably_same
    assert f"word differs: {named}" in result.describe()
