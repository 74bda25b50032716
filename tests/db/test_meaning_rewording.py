"""A claim said in other words is "probably the same" once its anchors agree (issue 22): the
content words (stems outside the anchors, the anchors as words) decide where the characters
differ too much, in English, Arabic, Turkish and Russian; a changed fact still is not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.text.anchors import find_anchors
from db.text.meaning import REWORDING_SIMILARITY, check_pair
from db.text.normalise import search_key
from db.text.similarity import SAME_CLAIM_SIMILARITY, claim_similarity, trigrams
from db.text.wording import content_similarity, content_words, stem


def check(a: str, b: str):  # type: ignore[no-untyped-def]
    score = claim_similarity(trigrams(search_key(a)), trigrams(search_key(b)))
    return check_pair(a, b, score)


# a claim, the same claim in other words, and the rewording with one fact changed
REWORDINGS = [
    (r["language"], r["a"], r["b"], r["changed"], r["kind"])
    for r in json.loads(
        (Path(__file__).resolve().parents[1] / "data" / "meaning_rewordings.json").read_text(
            "utf-8"
        )
    )["pairs"]
]


@pytest.mark.parametrize(("language", "a", "b", "changed", "kind"), REWORDINGS)
def test_other_words_are_probably_the_same_and_a_changed_fact_is_not(
    language: str, a: str, b: str, changed: str, kind: str
) -> None:
    same = check(a, b)
    assert same.similarity < SAME_CLAIM_SIMILARITY  # the characters alone would not say so
    assert same.anchors.agree, same.anchors.describe()
    assert same.words >= REWORDING_SIMILARITY
    assert same.probably_same and same.reworded
    assert same.label == "probably the same claim"

    other = check(a, changed)
    assert not other.probably_same
    assert other.label == "close wording, different facts"
    assert [d.kind for d in other.differences] == [kind]


def test_sharing_no_fact_the_words_still_decide() -> None:
    # no number, date or name at all: every content word must still be accounted for
    a = "The price of bread went up sharply this winter, bakers said."
    b = "Bakers said the price of bread rose steeply over the winter."
    result = check(a, b)
    assert result.anchors.agree and not result.shared_fact
    assert not result.probably_same
    assert "sharply" in [d.left.surface for d in result.differences if d.left]
    reworded = check(
        "Bakers warned that flour stocks are running out.",
        "Bakers cautioned that flour stocks are running out.",
    )
    assert reworded.similarity < SAME_CLAIM_SIMILARITY and reworded.probably_same


def test_another_claim_with_the_same_facts_is_not_called_the_same() -> None:
    a = "Officials said the Odesa port will close on Thursday for 10 days."
    b = "Officials said 10 grain ships left the Odesa port on Thursday under escort."
    result = check(a, b)
    assert result.anchors.agree and not result.probably_same
    # the words that say something else are named, both sides' ("close" / "ships", "left")
    named = {
        (d.left.surface if d.left else "", d.right.surface if d.right else "")
        for d in result.differences
    }
    assert {"close", "grain", "ships", "left"} <= {w for pair in named for w in pair}
    assert {d.kind for d in result.differences} == {"word"}


def test_content_words_are_stems_outside_the_anchors() -> None:
    text = "Officials said the crossing will close on Monday for forty-five days."
    anchors = find_anchors(text, "en")
    words = content_words(text, anchors, "en")
    assert "cross" in words and "close" in words and "day" in words
    assert "number:45" in words and "said" not in words and "the" not in words
    # Russian by its dictionary form, Turkish and Arabic by their Snowball stemmers
    assert stem("закроется", "ru") == stem("закрылся", "ru") == "закрыться"
    assert stem("limanının", "tr") == stem("limanını", "tr")
    assert stem("المعابر", "ar") == stem("والمعابر", "ar") == stem("بالمعابر", "ar")


def test_content_similarity_is_one_to_one_and_matches_a_longer_stem() -> None:
    assert content_similarity(["kapan", "liman"], ["kapanacak", "liman"]) == 1.0
    assert content_similarity(["port"], ["port", "port"]) == 1.0
    assert content_similarity([], ["port"]) == 0.0
    assert content_similarity(["number:45"], ["number:450"]) == 0.0
