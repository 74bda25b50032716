"""The actors a typed name may be, read from the open case for the hop dialog's offer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from db.errors import CaseError

if TYPE_CHECKING:
    from db.actor_names import ActorCandidate
    from db.case import Case


def actor_offer(case: Case) -> Callable[[str], Sequence[ActorCandidate]]:
    """A look-up of `db.actor_names.actor_candidates` over `case` (nothing when the case cannot
    be read: the dialog then only knows exact names, as before)."""

    def offer(name: str) -> Sequence[ActorCandidate]:
        from db.actor_names import actor_candidates

        try:
            with case.read() as session:
                return actor_candidates(session, name, limit=3)
        except CaseError:
            return ()

    return offer
