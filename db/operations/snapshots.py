"""What a record holds now, as its audit snapshot without the version: Undo and Redo compare it
with what the command left, so that a record changed by someone else meanwhile is not saved
over, while the versions that one's own undone commands added do not get in the way."""

from __future__ import annotations

from typing import Any

from ..errors import InvalidInput
from ..models import Actor, Claim, Hop, Source
from ..unit_of_work import UnitOfWork
from ._common import fetch
from .actors import actor_state
from .claims import claim_state
from .hops import hop_state
from .sources import source_state


def record_state(uow: UnitOfWork, kind: str, ident: int) -> tuple[dict[str, Any], int]:
    """The state of a claim, hop, actor or source (its audit snapshot without `version`) and
    its version. NotFound or InTrash as `fetch`."""
    row: Any
    if kind == "claim":
        row = fetch(uow.session, Claim, ident)
        state = claim_state(row)
    elif kind == "hop":
        row = fetch(uow.session, Hop, ident)
        state = hop_state(row)
    elif kind == "actor":
        row = fetch(uow.session, Actor, ident)
        state = actor_state(row)
    elif kind == "source":
        row = fetch(uow.session, Source, ident)
        state = source_state(row)
    else:
        raise InvalidInput(f"no record kind {kind!r}")
    state.pop("version", None)
    return state, int(row.version)


def expect_state(uow: UnitOfWork, kind: str, ident: int, expected: dict[str, Any]) -> int:
    """The record's version, when it holds `expected` (a `record_state`); InvalidInput saying
    it was changed meanwhile otherwise."""
    state, version = record_state(uow, kind, ident)
    if state != expected:
        raise InvalidInput(f"{kind} {ident} was changed meanwhile; this step cannot be taken back")
    return version
