"""one folding for search and quotes; the language of a hop's quoted words

The search keys (`claims.text_key`, `hops.quote_key`, `sources.text_key`, `actor_aliases.
alias_key`) are folded again with `db.text.normalise.search_key` as this revision defines it (format
characters, quotation marks, dashes, white space and line-end hyphens now fold too), so that
search finds what quote location finds; the full-text indexes follow the key columns (SQLite
triggers, PostgreSQL generated columns). Quotes are located again, with the same folding, in
their sources where they had no span. `hops.quote_language` is new: the language of the quoted
words, worked out from the source the quote was located in and the quote's script.

Revision ID: 0006
Revises: 0003
Create Date: 2026-11-30 03:10:00
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import sqlalchemy as sa
from alembic import op

from db.audit import event_hash
from db.migrations.search_index import create_search_index
from db.models import UTCDateTime
from db.text.normalise import search_key
from db.text.scripts import quote_language
from db.text.spans import locate_quote

revision = "0006"
down_revision = "0003"
branch_labels = None
depends_on = None

_BATCH = 2000


_SAME_IF_ASCII = re.compile(r"\s{2,}|[^\S ]|`")
"""An ASCII text without these folds now as it did before this revision (lower case, I → i)."""


def _refold(conn: Any, table: str, column: str, key: str) -> None:
    rows = conn.execute(sa.text(f"SELECT id, {column}, {key} FROM {table} ORDER BY id"))
    changed = []
    for ident, value, old in rows:
        value = value or ""
        if value.isascii() and not _SAME_IF_ASCII.search(value):
            continue
        new = search_key(value)
        if new != old:
            changed.append({"i": ident, "k": new})
    for at in range(0, len(changed), _BATCH):
        conn.execute(
            sa.text(f"UPDATE {table} SET {key} = :k WHERE id = :i"), changed[at : at + _BATCH]
        )


def _refold_aliases(conn: Any) -> None:
    """Fold every alias key again. Aliases of one actor that now fold alike ("Enab–Baladi",
    "Enab-Baladi") become one alias (the first spelling); the audit log keeps the other spellings
    in one event per actor, so nothing the reviewer typed is lost."""
    kept: dict[tuple[int, str], str] = {}
    gone: list[int] = []
    rekeyed: list[dict[str, Any]] = []
    spellings: dict[int, dict[str, list[str]]] = {}
    for ident, actor_id, alias, old in conn.execute(
        sa.text("SELECT id, actor_id, alias, alias_key FROM actor_aliases ORDER BY actor_id, id")
    ).all():
        key = search_key(alias)
        first = kept.get((actor_id, key))
        if first is not None:
            gone.append(ident)
            spellings.setdefault(actor_id, {}).setdefault(first, []).append(alias)
            continue
        kept[(actor_id, key)] = alias
        if key != old:
            rekeyed.append({"i": ident, "k": key, "t": f"\u2060{ident}"})
    for ident in gone:
        conn.execute(sa.text("DELETE FROM actor_aliases WHERE id = :i"), {"i": ident})
    # Through a key no folded key can be (a word joiner folds away), so that no row ever holds,
    # even for one statement, the key another row holds until its own turn comes.
    for step in ("t", "k"):
        for at in range(0, len(rekeyed), _BATCH):
            conn.execute(
                sa.text(f"UPDATE actor_aliases SET alias_key = :{step} WHERE id = :i"),
                rekeyed[at : at + _BATCH],
            )
    _record_folded_spellings(conn, spellings)


_EVENTS = sa.table(
    "audit_events",
    sa.column("at", UTCDateTime()),
    sa.column("reviewer", sa.String()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.String()),
    sa.column("before", sa.JSON()),
    sa.column("after", sa.JSON()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
)


def _record_folded_spellings(conn: Any, spellings: dict[int, dict[str, list[str]]]) -> None:
    """One audit event per actor whose aliases were folded together, chained like any other."""
    if not spellings:
        return
    prev = conn.execute(
        sa.text("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1")
    ).scalar() or ("0" * 64)
    at = dt.datetime.now(dt.UTC)
    for actor_id, folded in sorted(spellings.items()):
        content: dict[str, Any] = {
            "at": at,
            "reviewer": "Provenance Desk (upgrade to schema 0006)",
            "action": "fold aliases",
            "entity": "actor",
            "entity_id": str(actor_id),
            "before": {"aliases": sorted({a for k, v in folded.items() for a in (k, *v)})},
            "after": {"aliases": sorted(folded), "other_spellings": folded},
        }
        digest = event_hash(prev_hash=prev, **content)
        conn.execute(sa.insert(_EVENTS).values(**content, prev_hash=prev, hash=digest))
        prev = digest


def _quotes(conn: Any) -> None:
    """Locate again the quotes that had no span, and give every quote its language."""
    located = {
        hop_id
        for (hop_id,) in conn.execute(sa.text("SELECT DISTINCT hop_id FROM quote_spans")).all()
    }
    current: tuple[int | None, str, str, list[int]] = (None, "", "", [])  # one source at a time
    hops = conn.execute(
        sa.text(
            "SELECT hops.id, hops.quote, hops.language, hops.source_id FROM hops "
            "WHERE hops.quote <> '' ORDER BY hops.source_id, hops.id"
        )
    ).all()
    updates = []
    for hop_id, quote, language, source_id in hops:
        source_language = ""
        found = hop_id in located
        if source_id is not None:
            if current[0] != source_id:
                row = conn.execute(
                    sa.text("SELECT text, language, page_starts FROM sources WHERE id = :i"),
                    {"i": source_id},
                ).one()
                starts = json.loads(row[2]) if isinstance(row[2], str) else row[2]
                current = (source_id, row[0] or "", row[1] or "", starts or [])
            _id, text, source_language, starts = current
            if not found and text:
                for span in locate_quote(text, quote, starts):
                    conn.execute(
                        sa.text(
                            "INSERT INTO quote_spans (hop_id, start_offset, end_offset, page) "
                            "VALUES (:h, :s, :e, :p)"
                        ),
                        {"h": hop_id, "s": span.start, "e": span.end, "p": span.page},
                    )
                    found = True
        tag = quote_language(
            quote,
            located_in=source_language if found else None,
            hop_language=language or "",
            source_language=source_language,
        )
        if tag:
            updates.append({"i": hop_id, "q": tag})
    for at in range(0, len(updates), _BATCH):
        conn.execute(
            sa.text("UPDATE hops SET quote_language = :q WHERE id = :i"),
            updates[at : at + _BATCH],
        )


def upgrade() -> None:
    with op.batch_alter_table("hops", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("quote_language", sa.String(length=35), server_default="", nullable=False)
        )
    conn = op.get_bind()
    _refold(conn, "claims", "text", "text_key")
    _refold(conn, "hops", "quote", "quote_key")
    _refold(conn, "sources", "text", "text_key")
    _refold_aliases(conn)
    _quotes(conn)


def downgrade() -> None:
    # The keys stay folded the newer way: search keeps working, it only folds a little more.
    with op.batch_alter_table("hops", schema=None) as batch_op:
        batch_op.drop_column("quote_language")
    # Re-making the hops table in batch mode (SQLite) dropped its search triggers; PostgreSQL
    # dropped a column in place and keeps its search column.
    if op.get_bind().dialect.name == "sqlite":
        create_search_index(tables=("hops",))
