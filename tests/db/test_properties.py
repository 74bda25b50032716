"""Property tests for normalisation and quote spans."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from db.text.normalise import normalise_text, search_key, search_words
from db.text.spans import Span, check_spans, locate_quote, page_of, spans_text

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=200)
words = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzçğıöşüİIабвгдеёжзийклмнопрстуфхцчшщыьэюяابتثجحخدذرزسشلامنهوي",
    min_size=1,
    max_size=12,
)


@given(texts)
def test_normalise_is_idempotent_and_nfkc(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert unicodedata.is_normalized("NFKC", once)
    assert "\x00" not in once and "\r" not in once


@given(texts)
def test_search_key_is_idempotent(text: str) -> None:
    assert search_key(search_key(text)) == search_key(text)


@given(st.lists(words, min_size=1, max_size=6))
def test_query_words_survive_case_changes(parts: list[str]) -> None:
    phrase = " ".join(parts)
    assert search_words(phrase.upper()) == search_words(phrase.lower()) == search_words(phrase)


@given(st.lists(words, min_size=3, max_size=30), st.data())
def test_a_quote_cut_from_the_text_is_located(parts: list[str], data: st.DataObject) -> None:
    text = normalise_text(" ".join(parts))
    start = data.draw(st.integers(0, len(parts) - 1))
    end = data.draw(st.integers(start + 1, len(parts)))
    quote = " ".join(text.split(" ")[start:end])
    spans = locate_quote(text, quote)
    assert spans, f"{quote!r} not found in {text!r}"
    assert search_key(text[spans[0].start : spans[0].end]) == search_key(quote)


@given(st.lists(words, min_size=6, max_size=30), st.data())
def test_discontinuous_quote_gives_ordered_spans(parts: list[str], data: st.DataObject) -> None:
    text = " ".join(parts)
    cut = data.draw(st.integers(2, len(parts) - 2))
    first, second = " ".join(parts[:2]), " ".join(parts[cut : cut + 2])
    spans = locate_quote(text, f"{first} … {second}")
    assert len(spans) == 2 and spans[0].end <= spans[1].start
    check_spans(spans, len(text))
    assert (
        spans_text(text, spans)
        == f"{text[spans[0].start : spans[0].end]} … {text[spans[1].start : spans[1].end]}"
    )


@given(st.lists(st.integers(1, 500), min_size=1, max_size=20), st.data())
def test_page_of_offset(lengths: list[int], data: st.DataObject) -> None:
    starts = [sum(lengths[:i]) for i in range(len(lengths))]
    page = data.draw(st.integers(0, len(lengths) - 1))
    offset = data.draw(st.integers(starts[page], starts[page] + lengths[page] - 1))
    assert page_of(starts, offset) == page + 1


@given(st.integers(0, 100), st.integers(1, 100), st.integers(0, 200))
def test_spans_outside_text_are_refused(start: int, length: int, text_length: int) -> None:
    span = Span(start, start + length)
    try:
        check_spans([span], text_length)
        assert span.end <= text_length
    except ValueError:
        raise
    except Exception:
        assert span.end > text_length
