"""Which claims a report holds: some claims by id, the claims a search or filter shows, or all."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import InTrash, NotFound
from db.models import Claim
from db.queries import ClaimCursor, ClaimFilter, claim_ids_page
from db.search import SearchCursor, next_cursor, search_claims

from .words import ENGLISH, ReportWords

PAGE = 5000


@dataclass(frozen=True)
class ReportScope:
    """`claim_ids` (kept in the order given) wins; else the claims matching `search` words and
    `where`, in id order; an empty scope is the whole case."""

    claim_ids: tuple[int, ...] = ()
    search: str = ""
    where: ClaimFilter = field(default_factory=ClaimFilter)

    def describe(self, w: ReportWords = ENGLISH) -> str:
        """The scope in words, in the report's language: "claim 3", "the whole case"."""
        if self.claim_ids:
            if len(self.claim_ids) == 1:
                return w._("claim {number}").format(number=self.claim_ids[0])
            return w.ngettext("{n} selected claim", "{n} selected claims", len(self.claim_ids))
        parts = []
        if self.search.strip():
            parts.append(w._("claims matching {search}").format(search=repr(self.search.strip())))
        if not self.where.is_empty:
            parts.append(w._("the current filter"))
        if len(parts) == 2:
            return w._("{first} and {second}").format(first=parts[0], second=parts[1])
        return parts[0] if parts else w._("the whole case")


def _filtered_ids(session: Session, where: ClaimFilter) -> Iterator[int]:
    cursor: ClaimCursor | None = None
    while True:
        page = claim_ids_page(session, after=cursor, limit=PAGE, where=where)
        yield from page
        if len(page) < PAGE:
            return
        cursor = ClaimCursor(page[-1])


def _search_ids(session: Session, words: str) -> set[int]:
    found: set[int] = set()
    after: SearchCursor | None = None
    while True:
        hits = search_claims(session, words, limit=PAGE, after=after)
        found.update(h.id for h in hits)
        if len(hits) < PAGE:
            return found
        after = next_cursor(hits)


def scope_ids(session: Session, scope: ReportScope) -> Iterator[int]:
    """The ids of the claims in the scope, in order, read a page at a time (a report of a whole
    large case can keep them where it likes); an id that is not in the case is an error, raised
    before the ids after it are given."""
    if scope.claim_ids:
        wanted = list(dict.fromkeys(scope.claim_ids))
        for start in range(0, len(wanted), PAGE):
            chunk = wanted[start : start + PAGE]
            alive = select(Claim.id).where(Claim.id.in_(chunk), Claim.deleted_at.is_(None))
            present = set(session.scalars(alive))
            missing = next((i for i in chunk if i not in present), None)
            if missing is not None:
                trashed = session.get(Claim, missing)
                if trashed is not None:
                    raise InTrash("claim", missing, trashed.trash_note())
                raise NotFound("claim", missing)
            yield from chunk
        return
    ids = _filtered_ids(session, scope.where)
    if scope.search.strip():
        matching = _search_ids(session, scope.search)
        ids = (i for i in ids if i in matching)
    yield from ids


def resolve_scope(session: Session, scope: ReportScope) -> list[int]:
    """The ids of the claims in the scope (`scope_ids`); an id that is not in the case is an
    error."""
    return list(scope_ids(session, scope))
