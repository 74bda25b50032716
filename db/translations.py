"""Reading translation links and their stored alignments: a source's original and
translations, and the passages of linked sources aligned with a span of a source (for "Where
else?", "Add hop from the original" and the reports)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import NotFound
from .models import Hop, Source, SourceAlignment
from .text.aligned_pair import Alignment, Bead
from .text.drift import DriftFlag


def stored_alignment(session: Session, translation_id: int) -> Alignment | None:
    """The stored alignment of a translation with its original (None when it has none)."""
    row = session.get(SourceAlignment, translation_id)
    if row is None:
        return None
    translation = session.get(Source, translation_id)
    original = session.get(Source, row.original_id)
    if translation is None or original is None:
        return None
    return Alignment.from_dict(row.alignment, original.text, translation.text)


@dataclass(frozen=True)
class LinkedSource:
    id: int
    title: str
    language: str
    summary: str  # the alignment's summary ("" for an original)


@dataclass(frozen=True)
class TranslationLinks:
    """A source's translation links: the original it translates, and its translations."""

    original: LinkedSource | None
    translations: tuple[LinkedSource, ...]


def translation_links(session: Session, source_id: int) -> TranslationLinks:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFound("source", source_id)
    original: LinkedSource | None = None
    if source.translated_from_id is not None:
        o = session.get(Source, source.translated_from_id)
        row = session.get(SourceAlignment, source_id)
        if o is not None:
            original = LinkedSource(o.id, o.title, o.language, row.summary if row else "")
    rows = session.execute(
        select(Source.id, Source.title, Source.language, SourceAlignment.summary)
        .outerjoin(SourceAlignment, SourceAlignment.translation_id == Source.id)
        .where(Source.translated_from_id == source_id, Source.deleted_at.is_(None))
        .order_by(Source.id)
    ).all()
    return TranslationLinks(
        original, tuple(LinkedSource(r[0], r[1], r[2], r[3] or "") for r in rows)
    )


@dataclass(frozen=True)
class AlignedPassage:
    """The passage of a linked source aligned with a span of another: `relation` says what the
    linked source is ("original" or "translation"); `drift` the flags of the beads it spans."""

    source_id: int
    relation: str
    start: int
    end: int
    text: str
    kinds: tuple[str, ...]
    drift: tuple[DriftFlag, ...]


def _passage(
    alignment: Alignment, beads: tuple[Bead, ...], side: str, source_id: int, text: str
) -> AlignedPassage | None:
    found = [s for b in beads if (s := alignment.span(b, side)) is not None]
    if not found:
        return None
    start, end = min(s for s, _ in found), max(e for _, e in found)
    return AlignedPassage(
        source_id,
        side,
        start,
        end,
        text[start:end],
        tuple(b.kind for b in beads),
        tuple(f for b in beads for f in b.drift),
    )


def aligned_passages(
    session: Session, source_id: int, start: int, end: int
) -> list[AlignedPassage]:
    """The passages of the linked sources (its original, its translations) that the stored
    alignments pair with characters `start`–`end` of `source_id`."""
    source = session.get(Source, source_id)
    if source is None:
        return []
    found: list[AlignedPassage] = []
    if source.translated_from_id is not None:
        alignment = stored_alignment(session, source_id)
        original = session.get(Source, source.translated_from_id)
        if alignment is not None and original is not None and original.deleted_at is None:
            beads = alignment.beads_for_translation(start, end)
            passage = _passage(alignment, beads, "original", original.id, original.text)
            if passage is not None:
                found.append(passage)
    translations = session.scalars(
        select(Source).where(Source.translated_from_id == source_id, Source.deleted_at.is_(None))
    ).all()
    for translation in translations:
        alignment = stored_alignment(session, translation.id)
        if alignment is None:
            continue
        beads = alignment.beads_for_original(start, end)
        passage = _passage(alignment, beads, "translation", translation.id, translation.text)
        if passage is not None:
            found.append(passage)
    return found


def hop_original(session: Session, hop_id: int) -> AlignedPassage | None:
    """For a hop quoted from a translation: the original's passage aligned with its quote (its
    drift flags included); None for other hops."""
    hop = session.get(Hop, hop_id)
    if hop is None or hop.source_id is None or not hop.spans:
        return None
    start, end = min(s.start for s in hop.spans), max(s.end for s in hop.spans)
    found = [
        p for p in aligned_passages(session, hop.source_id, start, end) if p.relation == "original"
    ]
    return found[0] if found else None


@dataclass(frozen=True)
class PairChoice:
    """One pair a source takes part in: its original and it, or it and one of its
    translations (a source both translated and translating takes part in several)."""

    translation_id: int
    original_id: int
    original_title: str
    translation_title: str
    original_language: str
    translation_language: str


@dataclass(frozen=True)
class ReadingPair:
    """What the side-by-side reading shows for a source: its alignment with its original (the
    source is a translation) or with one of its translations (the first unless chosen);
    `choices` every aligned pair the source takes part in, the one shown among them."""

    alignment: Alignment
    original_id: int
    translation_id: int
    original_title: str
    translation_title: str
    original_direction: str
    translation_direction: str
    original_language: str | None = None
    translation_language: str | None = None
    choices: tuple[PairChoice, ...] = ()


def _title(source: Source) -> str:
    return source.title or source.outlet or f"Source {source.id}"


def reading_choices(session: Session, source_id: int) -> tuple[PairChoice, ...]:
    """The aligned pairs `source_id` takes part in: with its original first, then with each
    of its translations (by id); deleted sources and pairs without an alignment left out."""
    source = session.get(Source, source_id)
    if source is None or source.deleted_at is not None:
        return ()
    pairs: list[tuple[Source, Source]] = []
    if source.translated_from_id is not None:
        original = session.get(Source, source.translated_from_id)
        if original is not None and original.deleted_at is None:
            pairs.append((original, source))
    translations = session.scalars(
        select(Source)
        .join(SourceAlignment, SourceAlignment.translation_id == Source.id)
        .where(Source.translated_from_id == source_id, Source.deleted_at.is_(None))
        .order_by(Source.id)
    ).all()
    pairs += [(source, t) for t in translations]
    return tuple(
        PairChoice(t.id, o.id, _title(o), _title(t), o.language or "", t.language or "")
        for o, t in pairs
        if session.get(SourceAlignment, t.id) is not None
    )


def reading_pair(
    session: Session, source_id: int, translation_id: int | None = None
) -> ReadingPair | None:
    """The pair to read for `source_id`: the one whose translation is `translation_id` when it
    is one of the source's pairs, else the first of them."""
    choices = reading_choices(session, source_id)
    if not choices:
        return None
    chosen = next((c for c in choices if c.translation_id == translation_id), choices[0])
    alignment = stored_alignment(session, chosen.translation_id)
    translation = session.get(Source, chosen.translation_id)
    original = session.get(Source, chosen.original_id)
    if alignment is None or translation is None or original is None:
        return None
    return ReadingPair(
        alignment,
        original.id,
        translation.id,
        _title(original),
        _title(translation),
        original.direction,
        translation.direction,
        original.language or None,
        translation.language or None,
        choices,
    )
