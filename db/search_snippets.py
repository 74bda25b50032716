"""Snippets of search hits: the stored text of each hit (a claim's wording, a hop's quote, a
source's title and text), cut around the matched words by `db.text.snippets.snippet`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import text

from .search_hits import Reader
from .text.snippets import Snippet, snippet

_TEXTS = {
    "claim": "SELECT id, text, NULL FROM claims WHERE id IN ({ids})",
    "quote": "SELECT id, quote, NULL FROM hops WHERE id IN ({ids})",
    "source": "SELECT id, text, title FROM sources WHERE id IN ({ids})",
}
"""Each kind's stored text (and a source's title) by id: plain SQL, so that the command line's
search never loads the ORM and its models."""


def texts_of(db: Reader, hits: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The stored text of each (kind, id) search hit: a claim's wording, a hop's quote, a
    source's title and text. Missing rows are left out."""
    wanted: dict[str, list[int]] = {}
    for kind, ident in hits:
        wanted.setdefault(kind, []).append(int(ident))
    out: dict[tuple[str, int], str] = {}
    for kind, ids in wanted.items():
        listed = ", ".join(str(i) for i in sorted(set(ids)))  # ints: safe inline
        for ident, body, title in db.execute(text(_TEXTS[kind].format(ids=listed))):
            out[kind, int(ident)] = f"{title}\n{body}" if title else body
    return out


def snippets(
    db: Reader,
    hits: Sequence[tuple[str, int]],
    query: str,
    width: int = 100,
    also: Iterable[str] = (),
) -> dict[tuple[str, int], Snippet]:
    """`snippet` of each (kind, id) hit's stored text (see `texts_of`); `also`: folded words
    that count as matched too (the other spellings of an expanded query)."""
    out: dict[tuple[str, int], Snippet] = {}
    extra = frozenset(also)
    for key, body in texts_of(db, hits).items():
        found = snippet(body, query, width, also=extra)
        if found is not None:
            out[key] = found
    return out
