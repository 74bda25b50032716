"""A translation aligned with its original: the sentences of each, the beads pairing them, the
drift flags of each bead, and whether the translation covers only part of the original.

`align_texts` is what the case stores (as `Alignment.as_dict`) and what the command line, the
window and the reports show."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .align_words import WordLink, word_links
from .alignment import DEFAULTS, Parameters, ProgressCallback, align_with_evidence
from .drift import DriftFlag, pair_drift, skip_flag, summarise, unmatched_flag
from .sentences import Sentence, split_sentences

FORMAT = 1
PARTIAL_BELOW = 0.5
"""A translation whose beads pair fewer than half of the original's sentences is partial."""

BEAD_NAMES = {
    (1, 1): "1-1",
    (1, 2): "1-2",
    (2, 1): "2-1",
    (1, 0): "omitted",
    (0, 1): "added",
}


@dataclass(frozen=True)
class Bead:
    kind: (
        str  # "1-1" | "1-2" | "2-1" | "omitted" (in the translation) | "added" (by the translator)
    )
    original: tuple[int, ...]  # sentence indexes
    translation: tuple[int, ...]
    cost: float
    drift: tuple[DriftFlag, ...]


@dataclass(frozen=True)
class Alignment:
    original: tuple[Sentence, ...]
    translation: tuple[Sentence, ...]
    beads: tuple[Bead, ...]

    @property
    def coverage(self) -> float:
        """Share of the original's sentences that the translation renders."""
        paired = sum(len(b.original) for b in self.beads if b.translation)
        return paired / len(self.original) if self.original else 1.0

    @property
    def translation_coverage(self) -> float:
        paired = sum(len(b.translation) for b in self.beads if b.original)
        return paired / len(self.translation) if self.translation else 1.0

    @property
    def partial(self) -> str:
        """Why the pairing is partial ("" when it is not): said instead of forcing pairs."""
        if not self.original or not self.translation:
            return "one of the two texts has no sentences"
        if self.coverage < PARTIAL_BELOW:
            paired = round(self.coverage * len(self.original))
            return (
                f"a partial translation: it renders {paired} of the original's "
                f"{len(self.original)} sentences; the rest are left unpaired"
            )
        if self.translation_coverage < PARTIAL_BELOW:
            paired = round(self.translation_coverage * len(self.translation))
            return (
                f"only {paired} of the translation's {len(self.translation)} sentences have a "
                "counterpart in the original: check that this is its original"
            )
        return ""

    def flags(self) -> tuple[DriftFlag, ...]:
        return tuple(f for b in self.beads for f in b.drift)

    def summary(self) -> str:
        line = summarise(self.flags())
        return f"{line}; {self.partial}" if self.partial else line

    def beads_for_original(self, start: int, end: int) -> tuple[Bead, ...]:
        """The beads whose original sentences overlap the span `start`–`end`."""
        return tuple(
            b
            for b in self.beads
            if any(_overlaps(self.original[i], start, end) for i in b.original)
        )

    def beads_for_translation(self, start: int, end: int) -> tuple[Bead, ...]:
        return tuple(
            b
            for b in self.beads
            if any(_overlaps(self.translation[j], start, end) for j in b.translation)
        )

    def span(self, bead: Bead, side: str) -> tuple[int, int] | None:
        """The character span a bead covers on one side ("original" or "translation")."""
        sentences = self.original if side == "original" else self.translation
        idx = bead.original if side == "original" else bead.translation
        if not idx:
            return None
        return sentences[idx[0]].start, sentences[idx[-1]].end

    def bead_words(
        self, bead: Bead, original_language: str | None, translation_language: str | None
    ) -> tuple[WordLink, ...]:
        """The word links of a bead (`db.text.align_words`) with each side's span in its
        SOURCE's text (not in the bead's joined sentences); none for an omitted or added
        sentence."""
        if not bead.original or not bead.translation:
            return ()
        left = [self.original[i] for i in bead.original]
        right = [self.translation[j] for j in bead.translation]
        links = word_links(
            " ".join(s.text for s in left),
            " ".join(s.text for s in right),
            original_language,
            translation_language,
        )
        return tuple(
            WordLink(
                _in_source(left, w.original),
                _in_source(right, w.translation),
                w.evidence,
                w.surface,
            )
            for w in links
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "original": [[s.start, s.end] for s in self.original],
            "translation": [[s.start, s.end] for s in self.translation],
            "beads": [
                {
                    "kind": b.kind,
                    "original": list(b.original),
                    "translation": list(b.translation),
                    "cost": round(b.cost, 3),
                    "drift": [f.as_dict() for f in b.drift],
                }
                for b in self.beads
            ],
        }

    @classmethod
    def from_dict(
        cls, data: dict[str, Any], original_text: str, translation_text: str
    ) -> Alignment:
        def sentences(spans: Sequence[Sequence[int]], text: str) -> tuple[Sentence, ...]:
            return tuple(Sentence(int(s), int(e), text[int(s) : int(e)]) for s, e in spans)

        return cls(
            sentences(data["original"], original_text),
            sentences(data["translation"], translation_text),
            tuple(
                Bead(
                    str(b["kind"]),
                    tuple(int(i) for i in b["original"]),
                    tuple(int(j) for j in b["translation"]),
                    float(b["cost"]),
                    tuple(DriftFlag.from_dict(f) for f in b["drift"]),
                )
                for b in data["beads"]
            ),
        )


def _in_source(sentences: Sequence[Sentence], span: tuple[int, int]) -> tuple[int, int]:
    """A span of sentences joined with one space, as a span of their source's text."""
    at = 0
    for s in sentences:
        if span[0] < at + len(s.text) + 1:
            start = s.start + span[0] - at
            return start, start + span[1] - span[0]
        at += len(s.text) + 1
    return span


def _overlaps(s: Sentence, start: int, end: int) -> bool:
    return (s.start < end and start < s.end) or (start == end and s.start <= start <= s.end)


def align_sentence_lists(
    original: Sequence[Sentence],
    translation: Sequence[Sentence],
    original_language: str | None,
    translation_language: str | None,
    *,
    parameters: Parameters = DEFAULTS,
    progress: ProgressCallback | None = None,
) -> Alignment:
    path, keys_o, keys_t = align_with_evidence(
        [s.text for s in original],
        [s.text for s in translation],
        original_language,
        translation_language,
        parameters=parameters,
        progress=progress,
    )
    beads: list[Bead] = []
    for o, t, cost in path:
        kind = BEAD_NAMES[(len(o), len(t))]
        o_text = " ".join(original[i].text for i in o)
        t_text = " ".join(translation[j].text for j in t)
        if kind == "omitted":
            drift: tuple[DriftFlag, ...] = (skip_flag("omitted", o_text),)
        elif kind == "added":
            drift = (skip_flag("added", t_text),)
        else:
            drift = pair_drift(
                o_text, t_text, original_language, translation_language, merged=kind != "1-1"
            )
            doubt = unmatched_flag([keys_o[i] for i in o], [keys_t[j] for j in t], drift)
            if doubt is not None:
                drift = (*drift, doubt)
        beads.append(Bead(kind, o, t, cost, drift))
    return Alignment(tuple(original), tuple(translation), tuple(beads))


def align_texts(
    original_text: str,
    translation_text: str,
    original_language: str | None,
    translation_language: str | None,
    *,
    progress: ProgressCallback | None = None,
) -> Alignment:
    """Split both texts into sentences and align them (see `db.text.alignment`)."""
    return align_sentence_lists(
        split_sentences(original_text, original_language),
        split_sentences(translation_text, translation_language),
        original_language,
        translation_language,
        progress=progress,
    )
