"""Word links inside an aligned pair: numbers across digit systems, names across scripts,
lexicon words; nothing where there is no evidence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from db.text.align_words import links_in, word_links

ARABIC = "قال لافروف إن ٤٥ شخصاً قُتلوا في دمشق يوم 12 آب."
ENGLISH = "Lavrov said that 4,500 people were killed in Damascus on 12 August."


def test_numbers_names_and_lexicon_words_are_linked_across_scripts() -> None:
    links = {w.surface: w.evidence for w in word_links(ARABIC, ENGLISH, "ar", "en")}
    assert links[("لافروف", "Lavrov")] == "name"
    assert links[("دمشق", "Damascus")] == "word"
    assert links[("12", "12")] == "number"
    assert links[("آب", "August")] == "month"
    # the one number left on each side is linked, and said to differ
    assert links[("٤٥", "4,500")] == "number differs"


def test_a_selection_maps_to_the_linked_words_only() -> None:
    links = word_links(ARABIC, ENGLISH, "ar", "en")
    start = ENGLISH.index("Lavrov")
    assert [w.surface[0] for w in links_in(links, "translation", start, start + 6)] == ["لافروف"]
    start = ENGLISH.index("people were")
    assert links_in(links, "translation", start, start + len("people were")) == ()
    start = ARABIC.index("دمشق")
    assert [w.surface[1] for w in links_in(links, "original", start, start + 4)] == ["Damascus"]


def test_sentences_with_nothing_in_common_have_no_links() -> None:
    assert word_links("Çiftçiler de etkileniyor.", "Tickets cost less.", "tr", "en") == ()


_WORDS = st.sampled_from(
    ["Lavrov", "Лавров", "لافروف", "45", "٤٥", "said", "сказал", "Damascus", "دمشق", "Şam", "not"]
)


@settings(deadline=None, max_examples=60)
@given(st.lists(_WORDS, max_size=12), st.lists(_WORDS, max_size=12))
def test_links_point_at_the_words_they_name_each_word_linked_once(
    left: list[str], right: list[str]
) -> None:
    a, b = " ".join(left), " ".join(right)
    links = word_links(a, b, "ru", "en")
    for w in links:
        assert a[w.original[0] : w.original[1]] == w.surface[0]
        assert b[w.translation[0] : w.translation[1]] == w.surface[1]
    assert len({w.original for w in links}) == len(links)
    assert len({w.translation for w in links}) == len(links)
