"""Translation links between sources, and the stored alignment of each translation with its
original (`db.text.aligned_pair`): link, unlink, realign when either source is corrected."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import Source, SourceAlignment
from ..text.aligned_pair import Alignment, align_texts
from ..text.alignment import ProgressCallback
from ..translation_proposals import DISMISSED
from ..unit_of_work import UnitOfWork
from ._common import fetch, fetch_for_update


@dataclass(frozen=True)
class Linked:
    """What `link_translation` did: the summary of the alignment and a warning to show
    ("" when none), e.g. when both sources are in the same language."""

    translation_id: int
    original_id: int
    summary: str
    warning: str


def _base(language: str) -> str:
    return language.split("-")[0].lower()


def check_link(session: Session, translation_id: int, original_id: int) -> str:
    """Refuse a link that makes no sense (InvalidInput); return a warning or ""."""
    if translation_id == original_id:
        raise InvalidInput("a source cannot be a translation of itself")
    translation = fetch(session, Source, translation_id)
    original = fetch(session, Source, original_id)
    # walking up from the original must not reach the translation
    seen: set[int] = set()
    at: Source | None = original
    while at is not None and at.id not in seen:
        if at.id == translation_id:
            raise InvalidInput(
                f"source {translation_id} cannot be a translation of source {original_id}: "
                f"source {original_id} is already (through its originals) a translation of "
                f"source {translation_id}, and the link would make a cycle"
            )
        seen.add(at.id)
        at = session.get(Source, at.translated_from_id) if at.translated_from_id else None
    if translation.language and _base(translation.language) == _base(original.language):
        return (
            f"both sources are in the same language ({translation.language}): linked as a "
            "translation all the same; is it a rewrite rather than a translation?"
        )
    return ""


def compute_alignment(
    session: Session,
    translation_id: int,
    original_id: int,
    progress: ProgressCallback | None = None,
) -> Alignment:
    """The alignment of two stored sources (reads only; slow on long texts: run it in a worker
    and hand the result to `link_translation`)."""
    translation = fetch(session, Source, translation_id)
    original = fetch(session, Source, original_id)
    return align_texts(
        original.text,
        translation.text,
        original.language or None,
        translation.language or None,
        progress=progress,
    )


def _store(uow: UnitOfWork, translation_id: int, original_id: int, alignment: Alignment) -> None:
    row = uow.session.get(SourceAlignment, translation_id)
    if row is None:
        row = SourceAlignment(translation_id=translation_id)
        uow.session.add(row)
    row.original_id = original_id
    row.alignment = alignment.as_dict()
    row.summary = alignment.summary()
    row.computed_at = uow.now


def link_translation(
    uow: UnitOfWork,
    translation_id: int,
    original_id: int,
    *,
    alignment: Alignment | None = None,
) -> Linked:
    """Mark `translation_id` as the translation of `original_id` and store their alignment
    (computed here unless given). Refuses a cycle; warns when the languages are the same."""
    warning = check_link(uow.session, translation_id, original_id)
    source = fetch_for_update(uow.session, Source, translation_id)
    before = source.translated_from_id
    if alignment is None:
        alignment = compute_alignment(uow.session, translation_id, original_id)
    source.translated_from_id = original_id
    _store(uow, translation_id, original_id, alignment)
    uow.session.flush()
    uow.record(
        "link translation",
        "source",
        translation_id,
        {"translated_from": before},
        {"translated_from": original_id, "alignment": alignment.summary()},
    )
    uow.changes.sources.update({translation_id, original_id})
    return Linked(translation_id, original_id, alignment.summary(), warning)


def unlink_translation(uow: UnitOfWork, translation_id: int) -> int | None:
    """Remove the link of a translation to its original (and the stored alignment); returns
    the original it was linked to (None when there was no link)."""
    source = fetch_for_update(uow.session, Source, translation_id)
    original_id = source.translated_from_id
    if original_id is None:
        return None
    source.translated_from_id = None
    uow.session.execute(
        delete(SourceAlignment).where(SourceAlignment.translation_id == translation_id)
    )
    uow.session.flush()
    uow.record(
        "unlink translation",
        "source",
        translation_id,
        {"translated_from": original_id},
        {"translated_from": None},
    )
    uow.changes.sources.update({translation_id, original_id})
    return original_id


def realign_links(uow: UnitOfWork, source_id: int) -> list[int]:
    """Recompute the stored alignments that involve `source_id` (after a correction of either
    source); returns the translations realigned."""
    uow.session.execute(
        delete(SourceAlignment).where(
            SourceAlignment.translation_id == source_id,
            select(Source.translated_from_id)
            .where(Source.id == source_id)
            .scalar_subquery()
            .is_(None),
        )
    )
    rows = uow.session.scalars(
        select(Source).where(
            or_(Source.id == source_id, Source.translated_from_id == source_id),
            Source.translated_from_id.is_not(None),
            Source.deleted_at.is_(None),
        )
    ).all()
    done: list[int] = []
    for translation in rows:
        assert translation.translated_from_id is not None
        alignment = compute_alignment(uow.session, translation.id, translation.translated_from_id)
        _store(uow, translation.id, translation.translated_from_id, alignment)
        done.append(translation.id)
    return done


def dismiss_proposed_link(uow: UnitOfWork, translation_id: int, original_id: int) -> None:
    """The reviewer says `translation_id` is not a translation of `original_id`: the pair is
    not proposed again (`db.translation_proposals`)."""
    _set_dismissed(uow, translation_id, original_id, True)


def restore_proposed_link(uow: UnitOfWork, translation_id: int, original_id: int) -> None:
    """Take back a dismissal (its undo): the pair may be proposed again."""
    _set_dismissed(uow, translation_id, original_id, False)


def _set_dismissed(uow: UnitOfWork, translation_id: int, original_id: int, on: bool) -> None:
    source = fetch_for_update(uow.session, Source, translation_id)
    fetch(uow.session, Source, original_id)
    before = sorted(source.details.get(DISMISSED, []))
    after = sorted({*before, original_id} if on else set(before) - {original_id})
    if after == before:
        return
    details = dict(source.details)
    if after:
        details[DISMISSED] = after
    else:
        details.pop(DISMISSED, None)
    source.details = details
    uow.session.flush()
    uow.record(
        "dismiss proposed link" if on else "restore proposed link",
        "source",
        translation_id,
        {DISMISSED: before},
        {DISMISSED: after},
    )
    uow.changes.sources.add(translation_id)
