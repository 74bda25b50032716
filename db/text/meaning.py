"""When two texts are called the same: the thresholds and rules every comparison applies.

One place for the decision that similar claims, their merge, "Where else?" and a hop's status
check all make:

- **Wording.** `db.text.similarity.SUGGEST_SIMILARITY` (0.70) and `SAME_CLAIM_SIMILARITY` (0.90) on
  the Dice similarity of two claims' folded character trigrams; appearances by
  `db.text.similarity.align` (`APPEARANCE_*`).
- **Anchors of meaning** (`db.text.anchors`): negation, numbers, dates, names and modality.
  Two texts are "probably the same" only when their anchors agree AND either their wording
  reaches the "same" threshold, or their content words (`db.text.wording`: stems outside the anchors, the anchors as words)
  reach `REWORDING_SIMILARITY` — a rewording ("will close on Monday for 45 days" / "is to shut
  for forty-five days from Monday") shares few characters but nearly all its content. Close
  wording whose anchors differ is "close wording, different facts", with the differences
  named; a text with no anchors at all agrees with another without any, and then its words
  decide (every one accounted for, below).
- **Every word accounted for** (`db.text.word_accounting`): a claim that keeps every anchor
  and changes its verb or object ("will reopen 12 schools" / "will close 12 schools", "300
  tonnes of grain" / "of cotton") is close in wording and in content words alike. So "probably
  the same" also needs each content word of each text matched on the other side (same stem,
  or a synonym of `db.text.synonym_table`, `db.text.sense_table` or the thesauri of
  `db.text.thesaurus`; an antonym under one negation more, `db.text.antonym_table`); a word
  left over is a difference of kind "word"
  ("word differs: close → reopen"), and the pair is "close wording, different facts" with it
  named, like an anchor that differs. `tests/data/meaning_pairs.json` holds such pairs
  (`other_claim`, `other_predicate`) so the benchmark prints how many are let through.

Chosen on the labelled pairs of `tests/data/meaning_pairs.json` that are not held out (50+ a
language, English, Arabic, Turkish, Russian) and measured on the held-out third by
`tests/benchmarks/bench_meaning.py`, which prints the sweep that chose them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .anchor_roles import compare_texts
from .anchors import Anchor, AnchorDiff, AnchorDifference, anchor_language, find_anchors
from .similarity import SAME_CLAIM_SIMILARITY, SUGGEST_SIMILARITY
from .word_accounting import converse_swap, same_word, word_differences, words_of
from .word_details import may_be_detail
from .word_facts import fact_word_differences
from .word_tables import Word, converse_words, kinds, particles_differ, synonyms
from .wording import content_similarity, content_tokens, content_words

SAME = "probably the same claim"
DIFFERENT_FACTS = "close wording, different facts"
CLOSE = "close wording"


REWORDING_SIMILARITY = 0.50
"""Content-word similarity (`db.text.wording.content_similarity`) from which two texts whose
anchors agree, whose words are all accounted for and which share a fact are "probably the same
claim". Since every word must be accounted for, no value of the sweep from 0 to 0.70 lets a pair
whose facts differ or another claim through on the pairs not held out; the value is a floor:
half the content words share a stem, the rest are synonyms, light words or counts. When every
word is accounted for, a word said again by a synonym of the curated groups counts as shared
(`_curated_share`: "The fire was put out before dawn" / "The blaze was extinguished before
sunrise"); a synonym of the thesauri alone does not."""

REWORDING_FLOOR = 0.35
"""Character-trigram similarity from which a claim is a candidate for the content-word rule
(below it, a listing does not spend a meaning check on it). Of the 398 development pairs
(labelled, blind … blind4) that `check_pair` calls the same, 0.45 hid 26 from the listing,
0.35 hides 11 (9 of them share no trigram at all: claims that are only their anchors). Among
100,000 claims (`tests/benchmarks/bench_trace.py --skip trace import --floors 0.40 0.35 0.30
0.25`, one run at load 7.7) a look-up costs ×1.05 the CPU of 0.45 at 0.35, ×1.17 at 0.30 and
×1.30 at 0.25."""

REWORDING_OVERLAP = 0.2
"""Jaccard similarity of two claims' look-up words (`db.text.wording.retrieval_words`) from
which a claim whose wording is not close is worth a meaning check when listing similar claims
(the rewordings of the labelled set called the same: 0.23 at the least)."""


def may_be_reworded(words_a: set[str], words_b: set[str]) -> bool:
    """Whether two claims' look-up words overlap enough to check them as a rewording."""
    union = len(words_a | words_b)
    return bool(union) and len(words_a & words_b) / union >= REWORDING_OVERLAP


DETAIL_WORDS = 1
"""How many content words one text may say more than the other, each a detail
(`db.text.word_details`: no verb, no name, not coordinated) and named with the label, for the
pair still to be "probably the same". Chosen by `bench_meaning.py --cross-validate` over every
development set (0 or 1; 1 in every fold, no pair whose facts differ and no other claim let
through)."""


FACT_KINDS = frozenset({"number", "date", "name"})
"""Anchors that pin a claim's facts: the content-word rule needs one shared by both texts."""


def thresholds() -> tuple[float, float]:
    """(suggest, same): the wording thresholds of `db.text.similarity`."""
    return SUGGEST_SIMILARITY, SAME_CLAIM_SIMILARITY


@dataclass(frozen=True)
class MeaningCheck:
    """Two texts' wording similarity and how their anchors compare."""

    similarity: float
    anchors: AnchorDiff
    words: float = 0.0
    """Content-word similarity (0 when the wording alone reaches the "same" threshold)."""
    other_words: tuple[AnchorDifference, ...] = ()
    """Content words of either text that the other does not account for (kind "word")."""
    shared_fact: bool = True
    """Both texts hold one number, date or name (the rule of the round before asked for one)."""
    details: tuple[AnchorDifference, ...] = ()
    """Words one text says more that change no fact (`DETAIL_WORDS`, `db.text.word_details`):
    named, but no difference of facts."""

    @property
    def agree(self) -> bool:
        """The anchors agree and every content word is accounted for."""
        return self.anchors.agree and not self.other_words

    @property
    def differences(self) -> tuple[AnchorDifference, ...]:
        """What differs: the anchors, the words left unaccounted, then the details."""
        return (*self.anchors.differences, *self.other_words, *self.details)

    @property
    def probably_same(self) -> bool:
        """The anchors agree, every content word is accounted for, and the wording reaches the
        "same" threshold or the content words reach `REWORDING_SIMILARITY`."""
        if not self.agree:
            return False
        return self.similarity >= thresholds()[1] or self.words >= REWORDING_SIMILARITY

    @property
    def reworded(self) -> bool:
        """Probably the same by its content words, though its wording is not close."""
        return self.probably_same and self.similarity < thresholds()[1]

    @property
    def different_facts(self) -> bool:
        """Close wording (from the "suggest" threshold) whose anchors or words differ."""
        return self.similarity >= thresholds()[0] and not self.agree

    @property
    def one_word_away(self) -> bool:
        """The anchors agree, the content words reach `REWORDING_SIMILARITY` and one word
        differs ("The minister said …" / "The spokesman said …"): a listing shows it as "close
        wording, different facts" even when its wording is under the "suggest" threshold."""
        return (
            self.anchors.agree and len(self.other_words) == 1 and self.words >= REWORDING_SIMILARITY
        )

    @property
    def label(self) -> str:
        """ "probably the same claim", "close wording, different facts" or "close wording"."""
        if self.probably_same:
            return SAME
        return DIFFERENT_FACTS if not self.agree else CLOSE

    def describe(self) -> str:
        """The label, with the differences when there are any."""
        if not self.differences:
            return self.label
        return f"{self.label}: " + "; ".join(d.describe() for d in self.differences)


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
    left, right = find_anchors(a, language_a, names), find_anchors(b, language_b, names)
    return compare_texts(a, left, b, right, language_a, language_b)


def claim_differences(
    a: str,
    b: str,
    *,
    language_a: str | None = None,
    language_b: str | None = None,
    names: Iterable[str | tuple[str, ...]] = (),
) -> AnchorDiff:
    """How two claims differ in anchors and, when their anchors agree, in content words left
    unaccounted (what a merge must confirm)."""
    names = tuple(names)
    left, right = find_anchors(a, language_a, names), find_anchors(b, language_b, names)
    diff = compare_texts(a, left, b, right, language_a, language_b)
    if not diff.agree:
        return diff
    words = _word_differences(a, left, b, right, language_a, language_b)
    return AnchorDiff(not words, words)


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
    names = tuple(names)
    left, right = find_anchors(a, language_a, names), find_anchors(b, language_b, names)
    diff = compare_texts(a, left, b, right, language_a, language_b)
    words = 0.0
    if not diff.agree:
        return MeaningCheck(similarity, diff)
    if similarity < thresholds()[1]:
        words = content_similarity(
            content_words(a, left, language_a), content_words(b, right, language_b)
        )
        if not content_tokens(a, left, language_a) and not content_tokens(b, right, language_b):
            words = 1.0  # claims that are only their anchors ("4.500" / "4500"), which agree
    other = _word_differences(a, left, b, right, language_a, language_b)
    language = anchor_language(a, language_a)
    if (
        not other
        and similarity < thresholds()[1]
        and words < REWORDING_SIMILARITY
        and language == anchor_language(b, language_b)
    ):  # every word accounted for: synonyms of the curated groups count as shared words
        words = max(words, _curated_share(a, left, b, right, language))
    details: tuple[AnchorDifference, ...] = ()
    if other and _details_only(other, a, b, language):
        other, details = (), other
    return MeaningCheck(
        similarity, diff, round(words, 3), other, _share_a_fact(left, right), details
    )


def _word_differences(
    a: str,
    left: tuple[Anchor, ...],
    b: str,
    right: tuple[Anchor, ...],
    language_a: str | None,
    language_b: str | None,
) -> tuple[AnchorDifference, ...]:
    """The content words left unaccounted, then the function words that carry a fact and
    differ (`db.text.word_facts`: "before" / "after") when both texts are of one language."""
    words = word_differences(a, left, b, right, language_a, language_b)
    language = anchor_language(a, language_a)
    if language != anchor_language(b, language_b):
        return words
    facts = fact_word_differences(a, b, language)
    if facts and converse_swap(a, left, b, right, language):
        facts = tuple(d for d in facts if not _converse_words(d, language))  # satın aldı / sattı
    spans = {(side, x.start) for d in facts for side, x in enumerate((d.left, d.right)) if x}
    kept = tuple(
        d
        for d in words
        if not any((side, x.start) in spans for side, x in enumerate((d.left, d.right)) if x)
    )
    return (*kept, *facts)  # "first → second" rather than "word added: second"


def _converse_words(d: AnchorDifference, language: str) -> bool:
    """Whether a difference of function words is two converse verbs ("satın aldı" / "sattı")."""
    return (
        d.left is not None
        and d.right is not None
        and converse_words(d.left.surface, d.right.surface, language)
    )


def _details_only(words: tuple[AnchorDifference, ...], a: str, b: str, language: str) -> bool:
    """Whether the words left unaccounted are at most `DETAIL_WORDS` words, all said by one
    text, each a detail (`db.text.word_details.may_be_detail`)."""
    if len(words) > DETAIL_WORDS:
        return False
    if any((d.left is None) == (d.right is None) for d in words):
        return False  # a word replaced by another ("close" → "reopen") is no detail
    sides = {d.left is None for d in words}
    return len(sides) == 1 and all(
        may_be_detail(d.left, a, b, language)
        if d.left is not None
        else d.right is not None and may_be_detail(d.right, b, a, language)
        for d in words
    )


def _share_a_fact(left: Iterable[Anchor], right: Iterable[Anchor]) -> bool:
    """Whether both texts hold one number, date or name (a capitalised word, whether or not
    it opens a sentence)."""

    def fact(anchor: Anchor) -> tuple[str, str]:
        return anchor.kind, anchor.value.replace("cap0:", "cap:", 1)

    facts = {fact(x) for x in left if x.kind in FACT_KINDS}
    return any(fact(x) in facts for x in right if x.kind in FACT_KINDS)


def appearance_note(diff: AnchorDiff, *, isolated: bool = False) -> str:
    """What "Where else?" says of a passage whose anchors differ from the traced text's:
    "negated", "edited — number differs: 45 → 4,500" ("" when they agree); `isolated` as in
    `AnchorDifference.describe`."""
    if diff.agree:
        return ""
    if all(d.kind == "negation" for d in diff.differences):
        return "negated"
    return "edited — " + diff.describe(isolated=isolated)


def _curated_share(
    text_a: str,
    anchors_a: Sequence[Anchor],
    text_b: str,
    anchors_b: Sequence[Anchor],
    language: str,
) -> float:
    """The share 0–1 of two texts' content words that a word of the other text says again by
    its stem or by a curated group (`db.text.synonym_table`, `db.text.sense_table`; a light
    word too), not by the thesauri alone: "The fire was put out before dawn" / "The blaze was
    extinguished before sunrise" share no stem but every word (the meaning check's floor on
    content words, `db.text.meaning.REWORDING_SIMILARITY`, takes this share as well)."""
    words_a, words_b = words_of(text_a, anchors_a, language), words_of(text_b, anchors_b, language)
    if not words_a or not words_b:
        return 0.0
    groups, kind = synonyms(language), kinds(language)

    def said(word: Word, others: Sequence[Word]) -> bool:
        if kind.senses(word, language) & {"light"}:
            return True
        mine = groups.senses(word, language)
        return any(
            not particles_differ(word, o)
            and (same_word(word, o, language) or mine & groups.senses(o, language))
            for o in others
        )

    shared = sum(said(w, words_b) for w in words_a) + sum(said(w, words_a) for w in words_b)
    return shared / (len(words_a) + len(words_b))
