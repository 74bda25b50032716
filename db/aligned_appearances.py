""" "Where else?" across languages: the passages of a found source's original and translations
that the stored alignments pair with the found passage (no shared words needed)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from sqlalchemy.orm import Session

from .models import Source
from .text.spans import page_of
from .translations import aligned_passages


class Found(Protocol):
    @property
    def source_id(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def aligned_fields(
    session: Session, appearances: Sequence[Found], excluded: Iterable[int] = ()
) -> list[tuple[int, dict[str, Any]]]:
    """For each appearance (by index), the fields of the aligned passages of its linked
    sources that were not found already by their words: `db.appearances` makes them
    appearances of their own, right after the one they are aligned with."""
    seen = {a.source_id for a in appearances} | set(excluded)
    out: list[tuple[int, dict[str, Any]]] = []
    for index, a in enumerate(appearances):
        for p in aligned_passages(session, a.source_id, a.start, a.end):
            if p.source_id in seen or not p.text.strip():
                continue
            seen.add(p.source_id)
            linked = session.get(Source, p.source_id)
            if linked is None:
                continue
            what = "original" if p.relation == "original" else "translation"
            drift = "; ".join(f.description for f in p.drift if f.kind not in ("added",))
            out.append(
                (
                    index,
                    dict(
                        source_id=linked.id,
                        title=linked.title,
                        outlet=linked.outlet,
                        url=linked.url,
                        language=linked.language,
                        published_on=linked.published_on,
                        imported_at=linked.created_at,
                        start=p.start,
                        end=p.end,
                        page=page_of(linked.page_starts or [], p.start),
                        passage=p.text,
                        similarity=0.0,
                        matched_words=0,
                        verbatim=False,
                        first=False,
                        differences=(),
                        note=f"the {what} of #{a.source_id}, by sentence alignment"
                        + (f" — {drift}" if drift else ""),
                        aligned_with=a.source_id,
                    ),
                )
            )
    return out
