"""The one folding that search and quote location share (`db.text.normalise.fold`), with its map back
to the stored text: a quote is located wherever search finds its words, and its span covers
exactly the characters the source holds."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from db.text.normalise import fold, normalise_text, search_key
from db.text.spans import locate_quote

# Letters as sources write them: vocalised Arabic with tatweel and alef forms, Hebrew with
# points, Russian with ё, Turkish dotted and dotless i, German ß, accented Latin.
LETTERS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZçğıöşüİIßéàÄ"
    "абвгдеёжзийклмнопрстуфхцчшщыьэюяЁЖ"
    "ابتثجحخدذرزسشصطعغفقكلمنهويأإآىة"
    "אבגדהוזחטיכלמנסעפצקרשתךםןףץ"
    "0123456789٠١٢"
)
MARKS = "\u064e\u064f\u0650\u0651\u0652\u064b\u0640\u05b7\u05bc"  # harakat, tatweel, points
INVISIBLE = "\u00ad\u200e\u200f\u200c\u200d\ufeff\u2060\u061c"
LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u00ad] *\n\s*(?=[^\W\d_])")

word = st.text(
    alphabet=st.sampled_from(LETTERS + MARKS + INVISIBLE), min_size=1, max_size=10
).filter(lambda w: any(c in LETTERS for c in w))
gap = st.sampled_from([" ", "  ", "\n", " \n ", "\t", "\u00a0", "-\n", "\u00ad\n", ", ", " — "])
stored_texts = st.lists(st.tuples(word, gap), min_size=1, max_size=25).map(
    lambda parts: normalise_text("".join(w + g for w, g in parts))
)


def typed_plainly(text: str) -> str:
    """What a reviewer types for `text`: no marks, no tatweel, no invisible characters, one
    space for each line break, line-end hyphens joined, straight quotes, other case."""
    out = "".join(c for c in text if c not in MARKS and (c == "\u00ad" or c not in INVISIBLE))
    out = LINE_END_HYPHEN.sub("", out).replace("\u00ad", "")
    out = out.replace("ё", "е").replace("Ё", "Е").replace("أ", "ا").replace("إ", "ا")
    out = out.replace("“", '"').replace("”", '"').replace("’", "'").replace("—", "-")
    return " ".join(out.split()).swapcase()


def _kept_boundaries(text: str) -> tuple[list[int], list[int]]:
    """Where a quote may start and end in `text`: at characters that fold to a letter of their
    own (not a space, not the second half of a ligature)."""
    folded = fold(text)
    starts, ends = [], []
    for i, char in enumerate(folded.text):
        if char == " ":
            continue
        if i == 0 or folded.starts[i - 1] != folded.starts[i]:
            starts.append(folded.starts[i])
        if i + 1 == len(folded.text) or folded.starts[i + 1] != folded.starts[i]:
            ends.append(folded.ends[i])
    return starts, ends


@given(stored_texts)
def test_search_key_is_the_folded_text(text: str) -> None:
    assert search_key(text) == fold(text).text


@given(stored_texts)
def test_every_folded_character_points_into_the_original(text: str) -> None:
    folded = fold(text)
    assert len(folded.starts) == len(folded.ends) == len(folded.text)
    previous = 0
    for start, end in zip(folded.starts, folded.ends, strict=True):
        assert previous <= start < end <= len(text)
        previous = start


@settings(max_examples=300)
@given(stored_texts, st.data())
def test_any_substring_is_located_at_its_span(text: str, data: st.DataObject) -> None:
    starts, ends = _kept_boundaries(text)
    if not starts:
        return
    start = data.draw(st.sampled_from(starts))
    end = data.draw(st.sampled_from([e for e in ends if e > start]))
    quote = text[start:end]
    needle = search_key(quote).strip()
    for typed in (quote, typed_plainly(quote)):
        assert search_key(typed).strip() == needle
        spans = locate_quote(text, typed)
        assert len(spans) == 1, f"{typed!r} not located in {text!r}"
        found = spans[0]
        assert search_key(text[found.start : found.end]).strip() == needle
        folded = fold(text).text
        first = folded.find(needle)
        if folded.find(needle, first + 1) < 0:
            # Exactly the original characters, with the marks of the last letter.
            widened = end
            while widened < len(text) and (
                text[widened] in MARKS or unicodedata.combining(text[widened])
            ):
                widened += 1
            assert (found.start, found.end) == (start, widened)


def test_vocalised_arabic_tatweel_and_yo_are_located_as_typed() -> None:
    """Issue item 1: quotes typed plainly are located in vocalised, stretched and ё text."""
    text = "قَالَ الوَزِيرُ إِنَّ الاتِّفَاقَ سَيُوَقَّعُ غَداً\nالمفاوضـــات مستمرة\nвсё решено ещё в четверг"
    for quote, expected in (
        ("قال الوزير إن الاتفاق سيوقع غدا", "قَالَ الوَزِيرُ إِنَّ الاتِّفَاقَ سَيُوَقَّعُ غَداً"),
        ("المفاوضات مستمرة", "المفاوضـــات مستمرة"),
        ("все решено еще в четверг", "всё решено ещё в четверг"),
    ):
        (span,) = locate_quote(text, quote)
        assert text[span.start : span.end] == expected


def test_invisible_characters_do_not_stand_between_reviewer_and_words() -> None:
    """Issue item 2: a soft hyphen inside a word, bidi marks around a number."""
    text = "Начались перего\u00adворы. قال \u200e١٢\u200f شخصا"
    (span,) = locate_quote(text, "переговоры")
    assert text[span.start : span.end] == "перего\u00adворы"
    (span,) = locate_quote(text, "قال ١٢ شخصا")
    assert text[span.start : span.end] == "قال \u200e١٢\u200f شخصا"


def test_a_word_hyphenated_at_a_line_end_is_one_word() -> None:
    """Issue item 3: `reser-` / `voir` is searched and quoted as `reservoir`."""
    text = "the reser-\nvoir is full"
    assert "reservoir" in search_key(text)
    (span,) = locate_quote(text, "the reservoir is")
    assert text[span.start : span.end] == "the reser-\nvoir is"
    assert search_key("well-known") == "well-known"  # a hyphen inside a line stays


def test_quotes_dashes_turkish_i_and_ligatures_fold_alike() -> None:
    assert search_key("«Нет» — сказал") == search_key('"нет" - сказал')
    assert search_key("İSTANBUL’da") == search_key("istanbul'da")
    assert search_key("\ufefb خطوط") == search_key("لا خطوط")
    assert search_key("Straße") == search_key("STRASSE")
