"""The aligner's two repairs around a swapped name (`db.text.align_repair`): an omitted
sentence beside an added one that name two people in each other's place become one pair (with
its name flag); a pair sharing nothing beside a lone sentence that shares an anchor with its
other side trade places. Arabic, Turkish and Russian against English, our own sentences."""

from __future__ import annotations

import pytest

from db.text.align_repair import repaired
from db.text.aligned_pair import align_texts
from db.text.sentences import Sentence

SWAPS = {
    # the middle sentence names another spokesman in the translation, and nothing else ties it
    "ar": (
        "اجتمع المجلس البلدي مساء أمس. وقال رئيس المجلس سليم الخوري إن الميزانية أقرت بالإجماع. "
        "واستمرت الجلسة حتى منتصف الليل.",
        "The municipal council met last night. Council chairman Nabil Haddad said the budget had "
        "been adopted unanimously. The session went on until midnight.",
    ),
    "tr": (
        "Belediye meclisi dün akşam toplandı. Sendika temsilcisi Mehmet Karaca, görüşmelerin "
        "sürdüğünü söyledi. Oturum gece yarısına kadar sürdü.",
        "The municipal council met last night. Union representative Hüseyin Demirtaş said talks "
        "were continuing. The session went on until midnight.",
    ),
    "ru": (
        "Городской совет собрался вчера вечером. Представитель профсоюза Виктор Полянский "
        "сказал, что переговоры продолжаются. Заседание продолжалось до полуночи.",
        "The city council met last night. Union representative Oleg Semyonov said talks were "
        "continuing. The session went on until midnight.",
    ),
}


RATIO = {"ar": 1.4, "tr": 1.1, "ru": 1.15}
"""Characters of English for one of the original (`alignment.EXPECTED_RATIO`)."""


def _sentences(text: str) -> list[Sentence]:
    out, at = [], 0
    for part in text.split(". "):
        part = part if part.endswith(".") else part + "."
        start = text.index(part[:-1], at)
        out.append(Sentence(start, start + len(part), part))
        at = start + len(part)
    return out


def test_an_arabic_sentence_whose_spokesman_was_swapped_is_one_pair_with_its_flag() -> None:
    original, translation = SWAPS["ar"]
    aligned = align_texts(original, translation, "ar", "en")
    assert [b.kind for b in aligned.beads] == ["1-1", "1-1", "1-1"]
    (flag,) = [f for f in aligned.beads[1].drift if f.kind == "name"]
    assert (flag.original, flag.translation, flag.detail) == (
        "سليم الخوري",
        "Nabil Haddad",
        "person",
    )


@pytest.mark.parametrize("language", ["ar", "tr", "ru"])
@pytest.mark.parametrize("order", ["omitted first", "added first"])
def test_an_omitted_and_an_added_sentence_naming_two_people_become_a_pair(
    language: str, order: str
) -> None:
    original, translation = ([s.text for s in _sentences(t)] for t in SWAPS[language])
    apart = [((1,), (), 1.0), ((), (1,), 1.0)]
    if order == "added first":
        apart.reverse()
    path = [((0,), (0,), 0.1), *apart, ((2,), (2,), 0.1)]
    keys = ([frozenset()] * 3, [frozenset()] * 3)
    found = repaired(path, (original, translation), (language, "en"), keys, RATIO[language])
    assert [(o, t) for o, t, _ in found] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


@pytest.mark.parametrize("language", ["ar", "tr", "ru"])
def test_an_omitted_and_an_added_sentence_that_name_nobody_stay_apart(language: str) -> None:
    original, translation = ([s.text for s in _sentences(t)] for t in SWAPS[language])
    # the first sentences name no one: nothing says they are one
    path = [((0,), (), 1.0), ((), (0,), 1.0), ((1,), (1,), 0.1), ((2,), (2,), 0.1)]
    keys = ([frozenset()] * 3, [frozenset()] * 3)
    found = repaired(path, (original, translation), (language, "en"), keys, RATIO[language])
    assert [(o, t) for o, t, _ in found][:2] == [((0,), ()), ((), (0,))]


@pytest.mark.parametrize("language", ["ar", "tr", "ru"])
def test_a_pair_sharing_nothing_trades_places_with_the_lone_sentence_that_shares_more(
    language: str,
) -> None:
    original, translation = ([s.text for s in _sentences(t)] for t in SWAPS[language])
    # the programme paired original 1 with translation 2 (they share nothing) and left
    # translation 1, which shares original 1's anchors, alone
    path = [((0,), (0,), 0.1), ((), (1,), 1.0), ((1,), (2,), 1.0)]
    keys_o = [frozenset(), frozenset({"c:council", "c:budget"}), frozenset()]
    keys_t = [frozenset(), frozenset({"c:council", "c:budget"}), frozenset({"c:night"})]
    found = repaired(
        path, (original, translation), (language, "en"), (keys_o, keys_t), RATIO[language]
    )
    assert [(o, t) for o, t, _ in found] == [((0,), (0,)), ((1,), (1,)), ((), (2,))]
    # a pair that shares as much as the lone sentence would keeps its place
    keys_t[2] = frozenset({"c:council", "c:budget"})
    kept = repaired(
        path, (original, translation), (language, "en"), (keys_o, keys_t), RATIO[language]
    )
    assert [(o, t) for o, t, _ in kept] == [(o, t) for o, t, _ in path]
