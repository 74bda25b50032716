"""Cases as earlier releases wrote them: a case made at the head, then taken back by Alembic to
an older revision, with aliases stored as that release stored them (keys not folded the newer
way, so two spellings of one name can sit side by side)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL

from db import migrations
from db import operations as ops
from db.case import Case, open_case

DASHES = ("-", "\u2013", "\u2014", "\u2010", "\u00ad-")
"""Hyphen-minus, en dash, em dash, hyphen, soft hyphen then hyphen-minus: one fold since 0006."""


def past_revisions() -> list[str]:
    """Every revision before the head, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations.alembic_config())
    walked = [r.revision for r in script.walk_revisions()]  # head first
    return list(reversed(walked))[:-1]


def fill(case: Case) -> dict[str, int]:
    """A claim with a chain through an actor with an alias, in a source with a quote."""
    with case.change() as uow:
        source = ops.add_source(
            uow,
            title="digest",
            text="Enab Baladi said talks would go on.",
            language="en",
        )
        actor = ops.add_actor(uow, "Enab Baladi", "outlet", aliases=["EB"])
        claim = ops.add_claim(uow, "Talks go on")
        hop = ops.add_hop(
            uow,
            claim,
            actor_id=actor,
            relation="said",
            source_id=source,
            quote="talks would go on",
        )
    return {"source": source, "actor": actor, "claim": claim, "hop": hop}


def old_case(location: Path | str | URL, revision: str) -> dict[str, int]:
    """Make a case at `location` and take it back to `revision`; returns the ids made."""
    case = open_case(location, reviewer="Earlier Reviewer", create=True)
    try:
        ids = fill(case)
        migrations.downgrade(case.engine, revision)
    finally:
        case.close()
    return ids


def add_old_aliases(
    case_engine_url: str | URL, actor: int, spellings: Iterable[str], *, folded: bool = False
) -> None:
    """Store aliases as a release before 0006 did (the key only lower-cased), or `folded` as
    later releases do."""
    from sqlalchemy import create_engine

    from db.text.normalise import search_key

    engine = create_engine(case_engine_url)
    try:
        with engine.begin() as conn:
            for spelling in spellings:
                conn.execute(
                    text(
                        "INSERT INTO actor_aliases (actor_id, alias, alias_key) VALUES (:a, :s, :k)"
                    ),
                    {
                        "a": actor,
                        "s": spelling,
                        "k": search_key(spelling) if folded else spelling.lower(),
                    },
                )
    finally:
        engine.dispose()
