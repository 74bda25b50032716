"""A search snippet marks exactly the words the query matched: a number in any way it is written
(`12,000` for `12000`), the last word as the start of one; an ASCII word is folded by lower-casing
it, which is what the full folding gives it."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from db.text.normalise import search_key
from db.text.snippets import snippet

PIECES = ["Talks", "talks,", "12,000", "12 000", "١٢٬٠٠٠", "İstanbul", "ТАСС", "talkative", "x"]


@given(st.lists(st.sampled_from([*PIECES, " ", "\n", "  "]), min_size=1, max_size=14))
def test_every_mark_is_a_matched_word(pieces: list[str]) -> None:
    text = " ".join(pieces)
    found = snippet(text, "12000 talk", width=1000)
    if not text.strip():
        assert found is None
        return
    assert found is not None
    marked = [search_key(found.text[a:b]) for a, b in found.marks]
    assert all(w in {"12", "000", "١٢", "٠٠٠"} or w.startswith("talk") for w in marked), marked
    expected = sum(
        {"Talks": 1, "talks,": 1, "12,000": 2, "12 000": 2, "١٢٬٠٠٠": 2, "talkative": 1}.get(p, 0)
        for p in pieces
    )
    assert len(found.marks) == expected


@given(st.text(alphabet=string.ascii_letters + string.digits + "_", min_size=1, max_size=12))
def test_an_ascii_word_folds_to_its_lower_case(word: str) -> None:
    assert search_key(word) == word.lower()
