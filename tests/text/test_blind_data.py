"""The blind held-out sets load and are well formed (their figures are printed by the benches,
never asserted: `bench_meaning.py --set blind|blind2|blind3|blind4|blind5`,
`bench_align.py --set blind|blind2|blind3|blind4|blind5`)."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from pathlib import Path

import pytest

from tests.text.parallel import DRIFT_KINDS, PAIRS, drift_labels, load_pair

DATA = Path(__file__).resolve().parents[1] / "data"
SAME = {"reworded", "other_words"}
DIFFER = {
    "negated",
    "number",
    "actor_place",
    "date",
    "modality",
    "role_swap",
    "other_predicate",
    "other_object",
}
HARD = {"quoted_negation", "double_negation", "negation_vs_antonym", "number_only", "no_anchors"}


@pytest.mark.parametrize(
    "name",
    [
        "meaning_pairs_blind.json",
        "meaning_pairs_blind2.json",
        "meaning_pairs_blind3.json",
        "meaning_pairs_blind4.json",
        "meaning_pairs_blind5.json",
    ],
)
def test_blind_claim_pairs_are_labelled_held_out_pairs_in_four_languages(name: str) -> None:
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    assert set(data["languages"]) == {"en", "ar", "tr", "ru"}
    for language, block in data["languages"].items():
        assert all(n and all(isinstance(a, str) and a for a in n) for n in block["names"])
        pairs = block["pairs"]
        assert len(pairs) >= 32, language
        assert len({(p["a"], p["b"]) for p in pairs}) == len(pairs), language
        for p in pairs:
            assert p["a"].strip() and p["b"].strip() and p["a"] != p["b"], p
            assert p["kind"] in SAME | DIFFER, p
            assert p["same"] is (p["kind"] in SAME), p
            assert p["held_out"] is True, p
            assert p.get("hard", "no_anchors") in HARD, p
        assert {p["kind"] for p in pairs} == SAME | DIFFER, language
        assert {p["hard"] for p in pairs if "hard" in p} == HARD, language


@pytest.mark.parametrize(
    ("folder", "documents"),
    [
        ("align_blind", 4),
        ("align_blind2", 3),
        ("align_blind3", 5),
        ("align_blind4", 5),
        ("align_blind5", 5),
    ],
)
@pytest.mark.parametrize("pair", PAIRS)
def test_blind_parallel_documents_load_with_their_planted_drifts(
    pair: str, folder: str, documents: int
) -> None:
    directory = DATA / folder
    docs = load_pair(pair, directory)
    assert len(docs) >= documents
    labels = drift_labels(pair, directory)
    assert set(labels) == {d.name for d in docs}
    lines = (directory / f"{pair}.txt").read_text(encoding="utf-8").splitlines()
    for before, after in itertools.pairwise(lines):
        if before.startswith("# drift:"):
            assert "|||" in after and not after.startswith("#"), before
    for d in docs:
        assert 12 <= len(d.original) <= 40, d.name
        shapes = {(len(o), len(t)) for o, t in d.gold}
        assert {(1, 0), (0, 1), (2, 1), (1, 2)} <= shapes, d.name
        for bead, kind in labels[d.name]:
            assert kind in DRIFT_KINDS, (d.name, kind)
            o, t = d.gold[bead]
            assert len(o) == 1 and len(t) == 1, (d.name, bead)


# The third blind set's shape per language: at least this many pairs of each kind.
BLIND3_KINDS = {
    "reworded": 10,
    "other_words": 12,
    "negated": 5,
    "number": 5,
    "actor_place": 5,
    "date": 3,
    "modality": 3,
    "role_swap": 3,
    "other_predicate": 2,
    "other_object": 2,
}


# The fourth's: one more pair in other words (200+ pairs in all).
BLIND4_KINDS = BLIND3_KINDS | {"other_words": 13}


@pytest.mark.parametrize(
    ("name", "shape"),
    [
        ("meaning_pairs_blind3.json", BLIND3_KINDS),
        ("meaning_pairs_blind4.json", BLIND4_KINDS),
        ("meaning_pairs_blind5.json", BLIND4_KINDS),
    ],
)
def test_third_and_fourth_blind_claim_sets_have_fifty_pairs_a_language_of_every_kind(
    name: str, shape: dict[str, int]
) -> None:
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    for language, block in data["languages"].items():
        pairs = block["pairs"]
        assert len(pairs) >= 50, language
        kinds = Counter(p["kind"] for p in pairs)
        assert all(kinds[k] >= n for k, n in shape.items()), (language, kinds)
        hard = Counter(p["hard"] for p in pairs if "hard" in p)
        assert all(hard[h] >= 1 for h in HARD), (language, hard)


# Documents with no drift planted (their flags are all false ones): none in the third set, at
# one a pair in the fourth.
@pytest.mark.parametrize(("folder", "faithful"), [("align_blind3", 0), ("align_blind4", 1)])
def test_third_and_fourth_blind_parallel_sets_plant_every_drift_kind_in_each_drifted_document(
    folder: str, faithful: int
) -> None:
    directory = DATA / folder
    for pair in PAIRS:
        docs = load_pair(pair, directory)
        assert len(docs) == 5, pair
        labels = drift_labels(pair, directory)
        planted = {d.name: Counter(kind for _, kind in labels[d.name]) for d in docs}
        assert sum(not kinds for kinds in planted.values()) == faithful, pair
        for d in docs:
            assert len(d.original) <= 30 and len(d.translation) <= 30, d.name
            if planted[d.name]:
                assert set(planted[d.name]) == set(DRIFT_KINDS), d.name
        if faithful:
            assert all(15 <= len(d.original) <= 20 for d in docs), pair
            assert all(k["name"] >= 2 for k in planted.values() if k), pair


# The fifth: documents of varied length (12, 18, 24, 30 and 40 original sentences in each pair),
# four with exactly one number, one negation, one date and two name drifts, one faithful.
BLIND5_LENGTHS = [12, 18, 24, 30, 40]
BLIND5_DRIFTS = Counter({"number": 1, "negation": 1, "date": 1, "name": 2})


@pytest.mark.parametrize("pair", PAIRS)
def test_fifth_blind_parallel_set_varies_its_lengths_and_plants_five_drifts_in_four_documents(
    pair: str,
) -> None:
    directory = DATA / "align_blind5"
    docs = load_pair(pair, directory)
    assert len(docs) == 5, pair
    assert sorted(len(d.original) for d in docs) == BLIND5_LENGTHS, pair
    labels = drift_labels(pair, directory)
    planted = {d.name: Counter(kind for _, kind in labels[d.name]) for d in docs}
    assert [d.name for d in docs if not planted[d.name]] == [docs[-1].name], pair
    for d in docs[:-1]:
        assert planted[d.name] == BLIND5_DRIFTS, d.name
    for d in docs:
        assert abs(len(d.translation) - len(d.original)) <= 2, d.name
