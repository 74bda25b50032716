"""Our documents for each drift kind (tests/data/align_kinds/): in the development documents
(the first two of each pair; the third is held out and only measured by
tests/benchmarks/bench_align.py --set kinds) every planted drift — a person, place or
organisation named in the place of another, a number, a date, a negation — is flagged with its
kind on its own pair, the faithful pairs (privatives, Arabic duals, acronyms for full names,
transliterated names) carry no fact flag, and the sentences align."""

from __future__ import annotations

import pytest

from db.text.aligned_pair import align_sentence_lists
from db.text.sentences import Sentence
from tests.text.parallel import DATA, PAIRS, ParallelDocument, drift_labels, load_pair

KINDS = DATA.with_name("align_kinds")
FACTS = ("number", "negation", "date", "name")


def _development() -> list[tuple[ParallelDocument, dict[int, str]]]:
    out = []
    for pair in PAIRS:
        labels = drift_labels(pair, KINDS)
        for d in load_pair(pair, KINDS):
            if not d.name.endswith("-03"):
                out.append((d, dict(labels[d.name])))
    return out


def _sentences(parts: tuple[str, ...]) -> list[Sentence]:
    out, at = [], 0
    for s in parts:
        out.append(Sentence(at, at + len(s), s))
        at += len(s) + 1
    return out


@pytest.mark.parametrize(("doc", "labels"), _development(), ids=lambda v: getattr(v, "name", ""))
def test_planted_drifts_found_and_faithful_pairs_unflagged(
    doc: ParallelDocument, labels: dict[int, str]
) -> None:
    alignment = align_sentence_lists(
        _sentences(doc.original),
        _sentences(doc.translation),
        doc.original_language,
        doc.translation_language,
    )
    beads = {(b.original, b.translation): b for b in alignment.beads}
    assert set(beads) == set(doc.gold)
    for k, gold in enumerate(doc.gold):
        kinds = {f.kind for f in beads[gold].drift if f.kind in FACTS}
        want = {labels[k]} if k in labels else set()
        assert kinds == want, (doc.name, k, [f.description for f in beads[gold].drift])


def test_the_set_has_every_kind_in_every_pair() -> None:
    for pair in PAIRS:
        kinds = [k for found in drift_labels(pair, KINDS).values() for _, k in found]
        assert {"name", "number", "date", "negation"} <= set(kinds)
        assert kinds.count("name") >= 4
