"""What a report says about a hop quoted from a translation: the original's aligned words
beside the quote, the drift flags of the aligned sentences, and that part of the pair's
alignment (`db.translations`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from db.models import Source
from db.text.aligned_pair import Alignment
from db.text.direction import first_strong_direction, language_direction
from db.text.drift import DriftFlag, drift_counts, summarise
from db.translations import stored_alignment


@dataclass(frozen=True)
class ReportTranslation:
    original_source_id: int
    original_quote: str
    original_language: str
    original_direction: str
    drift: tuple[str, ...]
    """The drift flags of the aligned sentences, as the data formats keep them: each flag's
    stable English description ("number differs: 45 → 4,500")."""
    beads: tuple[dict[str, Any], ...]
    """The alignment of the cited pair around the quote: each bead's kind, both sides'
    sentence spans and text, and its drift flags."""
    flags: tuple[DriftFlag, ...] = ()
    """The same drift flags, each with its kind and the words of each side, for the worded
    reports to put in their language (`desktop.reports.drift_words`)."""
    counts: tuple[tuple[str, int], ...] = ()
    """The translation as a whole: how many flags of each kind its alignment holds
    (`db.text.drift.drift_counts`: ("number", 3), ("omitted", 2))."""
    summary: str = ""
    """The same in the data formats' stable English ("3 numbers differ, 2 sentences omitted";
    "no drift found")."""

    def flag_records(self) -> list[dict[str, str]]:
        """Each drift flag whole, as `align --json` prints it: kind, description, each side's
        words and, for a name flag, `detail` and why in English."""
        return [f.as_dict() for f in self.flags]


def _side(alignment: Alignment, side: str, indexes: Sequence[int]) -> list[dict[str, Any]]:
    sentences = alignment.original if side == "original" else alignment.translation
    return [
        {"start": sentences[i].start, "end": sentences[i].end, "text": sentences[i].text}
        for i in indexes
    ]


def read_translations(
    session: Session, hops: Iterable[tuple[int, int | None, Sequence[Any]]]
) -> dict[int, ReportTranslation]:
    """For each (hop id, source id, spans) whose source is linked to an original."""
    cache: dict[int, tuple[Alignment, Source] | None] = {}
    found: dict[int, ReportTranslation] = {}
    for hop_id, source_id, spans in hops:
        if source_id is None or not spans:
            continue
        if source_id not in cache:
            source = session.get(Source, source_id)
            alignment = stored_alignment(session, source_id)
            original = (
                session.get(Source, source.translated_from_id)
                if source is not None and source.translated_from_id is not None
                else None
            )
            cache[source_id] = (alignment, original) if alignment and original else None
        pair = cache[source_id]
        if pair is None:
            continue
        alignment, original = pair
        start, end = min(s.start for s in spans), max(s.end for s in spans)
        beads = alignment.beads_for_translation(start, end)
        covered = [span for b in beads if (span := alignment.span(b, "original")) is not None]
        if not covered:
            continue
        o_start, o_end = min(s for s, _ in covered), max(e for _, e in covered)
        quote = original.text[o_start:o_end]
        language = original.language
        flags = tuple(f for b in beads for f in b.drift)
        whole = [f for b in alignment.beads for f in b.drift]
        found[hop_id] = ReportTranslation(
            original.id,
            quote,
            language,
            first_strong_direction(quote, language_direction(language, "ltr")),
            tuple(f.description for f in flags),
            tuple(
                {
                    "kind": b.kind,
                    "original": _side(alignment, "original", b.original),
                    "translation": _side(alignment, "translation", b.translation),
                    "drift": [f.description for f in b.drift],
                }
                for b in beads
            ),
            flags,
            drift_counts(whole),
            summarise(whole),
        )
    return found
