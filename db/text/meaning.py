"""When two texts are called the same: the thresholds and rules every comparison applies.

One place for the decision that similar claims, their merge, "Where else?" and a hop's status
check all make:

- **Wording.** `db.text.similarity.SUGGEST_SIMILARITY` (0.70) and `SAME_CLAIM_SIMILARITY` (0.90) on
  the Dice similarity of two claims' folded character trigrams; appearances by
  `db.text.similarity.align` (`APPEARANCE_*`).
- **Anchors of meaning** (`db.text.anchors`): negation, numbers, dates, names and modality.
  Two texts are "probably the same" only when their wording reaches the "same" threshold AND
  their anchors agree. Close wording whose anchors differ is "close wording, different facts",
  with the differences named; a text with no anchors at all agrees with another without any,
  so wording alone decides there, as before.

Chosen and checked on the labelled pairs of `tests/data/meaning_pairs.json` (50 a language,
English, Arabic, Turkish, Russian; a held-out third), measured by
`tests/benchmarks/bench_meaning.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .anchors import AnchorDiff, AnchorDifference, compare_anchors, find_anchors
from .similarity import SAME_CLAIM_SIMILARITY, SUGGEST_SIMILARITY

SAME = "probably the same claim"
DIFFERENT_FACTS = "close wording, different facts"
CLOSE = "close wording"


def thresholds() -> tuple[float, float]:
    """(suggest, same): the wording thresholds of `db.text.similarity`."""
    return SUGGEST_SIMILARITY, SAME_CLAIM_SIMILARITY


@dataclass(frozen=True)
class MeaningCheck:
    """Two texts' wording similarity and how their anchors compare."""

    similarity: float
    anchors: AnchorDiff

    @property
    def differences(self) -> tuple[AnchorDifference, ...]:
        return self.anchors.differences

    @property
    def probably_same(self) -> bool:
        """The wording reaches the "same" threshold and the anchors agree."""
        return self.similarity >= thresholds()[1] and self.anchors.agree

    @property
    def different_facts(self) -> bool:
        """Close wording (from the "suggest" threshold) whose anchors differ."""
        return self.similarity >= thresholds()[0] and not self.anchors.agree

    @property
    def label(self) -> str:
        """ "probably the same claim", "close wording, different facts" or "close wording"."""
        if self.probably_same:
            return SAME
        return DIFFERENT_FACTS if not self.anchors.agree else CLOSE

    def describe(self) -> str:
        """The label, with the differences when there are any."""
        if self.anchors.agree:
            return self.label
        return f"{self.label}: {self.anchors.describe()}"


def anchor_differences(
    a: str,
    b: str,
    *,
    language_a: str | None = None,
    language_b: str | None = None,
    names: Iterable[str | tuple[str, ...]] = (),
) -> AnchorDiff:
    """How the anchors of text `a` and text `b` differ."""
    names = tuple(names)
    return compare_anchors(find_anchors(a, language_a, names), find_anchors(b, language_b, names))


def check_pair(
    a: str,
    b: str,
    similarity: float,
    *,
    language_a: str | None = None,
    language_b: str | None = None,
    names: Iterable[str | tuple[str, ...]] = (),
) -> MeaningCheck:
    """The meaning check of two texts whose wording similarity is `similarity`."""
    diff = anchor_differences(a, b, language_a=language_a, language_b=language_b, names=names)
    return MeaningCheck(similarity, diff)


def appearance_note(diff: AnchorDiff, *, isolated: bool = False) -> str:
    """What "Where else?" says of a passage whose anchors differ from the traced text's:
    "negated", "edited — number differs: 45 → 4,500" ("" when they agree); `isolated` as in
    `AnchorDifference.describe`."""
    if diff.agree:
        return ""
    if all(d.kind == "negation" for d in diff.differences):
        return "negated"
    return "edited — " + diff.describe(isolated=isolated)
