"""A long text is normalised and folded a piece at a time (so that an import of a large source
never holds the window's thread in one long call): the pieces give exactly what the whole text
gives, for any text — also where a cut would fall next to tatweel, an isolated haraka, a
line-end hyphen, a soft hyphen, a combining mark or a run of white space."""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Iterator
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from db.text import normalise, similarity

TRICKY = [
    *"abcXYZ019 ",
    "\n",
    "\t",
    "\r",
    "-",
    "\u00ad",  # soft hyphen
    "\u0640",  # tatweel: folds to nothing
    "\ufe70",  # an isolated haraka's presentation form: NFKC starts it with a space
    "\ufdfa",  # a ligature whose NFKC holds spaces
    "\u0301",  # combining acute
    "\u200f",  # right-to-left mark (format character)
    "\ufefb",  # lam-alef ligature
    *"ابдёİıßé½—'_",
]


@contextlib.contextmanager
def small_pieces() -> Iterator[None]:
    """Pieces of about 3 characters: every space between words is a cut."""
    with mock.patch.object(normalise, "_PIECE", 3), mock.patch.object(similarity, "_PIECE", 3):
        yield


def _whole_normalised(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFKC", text).translate(normalise._CONTROL)


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(TRICKY), max_size=60).map("".join))
def test_pieces_fold_as_the_whole_text(text: str) -> None:
    whole_key = normalise._search_key(text)
    with small_pieces():
        assert normalise.search_key(text) == whole_key
        assert normalise.normalise_text(text) == _whole_normalised(text)
        assert similarity.folded_words_of_key(whole_key) == similarity._WORD.findall(whole_key)


def test_a_long_text_is_cut_into_pieces_that_join_to_it() -> None:
    text = "the minister said " * 20_000  # 360,000 characters
    pieces = normalise._pieces(text, normalise._folds_apart)
    assert len(pieces) > 5
    assert "".join(pieces) == text
    assert max(len(p) for p in pieces) < 3 * normalise._PIECE
    assert normalise.search_key(text) == normalise._search_key(text)
