"""What a unit of work changed (`db.unit_of_work`), as the window and other windows learn it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass
class Changes:
    """What a unit of work touched, so that a view refreshes only that (as in Anki's OpChanges)."""

    claims: set[int] = field(default_factory=set)
    hops: set[int] = field(default_factory=set)
    actors: set[int] = field(default_factory=set)
    sources: set[int] = field(default_factory=set)
    case: bool = False

    def __bool__(self) -> bool:
        return bool(self.claims or self.hops or self.actors or self.sources or self.case)

    def notice(self, reviewer: str) -> str:
        """The payload other windows receive (PostgreSQL NOTIFY allows 8000 bytes)."""
        return json.dumps(
            {
                "reviewer": reviewer,
                "claims": sorted(self.claims)[:300],
                "hops": sorted(self.hops)[:300],
                "actors": sorted(self.actors)[:100],
                "sources": sorted(self.sources)[:100],
                "case": self.case,
            }
        )


CHANNEL = "provdesk_changes"
"""The PostgreSQL channel on which each committed unit of work announces what it changed."""
