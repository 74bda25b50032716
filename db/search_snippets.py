"""Snippets of search hits: the stored text of each hit (a claim's wording, a hop's quote, a
source's title and text), cut around the matched words by `db.text.snippets.snippet`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Claim, Hop, Source
from .text.snippets import Snippet, snippet


def texts_of(session: Session, hits: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The stored text of each (kind, id) search hit: a claim's wording, a hop's quote, a
    source's title and text. Missing rows are left out."""
    wanted: dict[str, list[int]] = {}
    for kind, ident in hits:
        wanted.setdefault(kind, []).append(ident)
    out: dict[tuple[str, int], str] = {}
    if wanted.get("claim"):
        for ident, body in session.execute(
            select(Claim.id, Claim.text).where(Claim.id.in_(wanted["claim"]))
        ):
            out["claim", ident] = body
    if wanted.get("quote"):
        for ident, body in session.execute(
            select(Hop.id, Hop.quote).where(Hop.id.in_(wanted["quote"]))
        ):
            out["quote", ident] = body
    if wanted.get("source"):
        for ident, title, body in session.execute(
            select(Source.id, Source.title, Source.text).where(Source.id.in_(wanted["source"]))
        ):
            out["source", ident] = f"{title}\n{body}" if title else body
    return out


def snippets(
    session: Session,
    hits: Sequence[tuple[str, int]],
    query: str,
    width: int = 100,
    also: Iterable[str] = (),
) -> dict[tuple[str, int], Snippet]:
    """`snippet` of each (kind, id) hit's stored text (see `texts_of`); `also`: folded words
    that count as matched too (the other spellings of an expanded query)."""
    out: dict[tuple[str, int], Snippet] = {}
    extra = frozenset(also)
    for key, body in texts_of(session, hits).items():
        found = snippet(body, query, width, also=extra)
        if found is not None:
            out[key] = found
    return out
