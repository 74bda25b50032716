"""Generate a large case quickly for benchmarks: the real schema (through `open_case`), rows
by bulk insert, full-text indexes rebuilt once at the end."""

from __future__ import annotations

import itertools
import random
import sqlite3
import time
from pathlib import Path

from db.case import open_case
from db.text.normalise import search_key

WORDS = [
    "minister",
    "talks",
    "damascus",
    "ankara",
    "moscow",
    "meeting",
    "foreign",
    "preparations",
    "underway",
    "security",
    "official",
    "red",
    "lines",
    "preconditions",
    "table",
    "withdrawal",
    "forces",
    "idleb",
    "agreements",
    "terrorist",
    "organisations",
    "refugees",
    "return",
    "sanctions",
    "economy",
    "infrastructure",
    "council",
    "resolutions",
    "washington",
    "kurds",
    "statelet",
    "rapprochement",
    "dialogue",
    "interview",
    "press",
    "conference",
    "diplomacy",
    "report",
    "translation",
    "lavrov",
    "erdogan",
    "assad",
    "observer",
    "watan",
    "türkçe",
    "işık",
    "istanbul",
    "лавров",
    "переговоры",
    "дамаск",
    "الوطن",
    "سوريا",
]


VOCABULARY = WORDS + [f"w{n}" for n in range(40_000)]
ZIPF = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(VOCABULARY))))
"""Word frequencies as in running text (Zipf): a few words in many claims, most in few."""


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choices(VOCABULARY, cum_weights=ZIPF, k=n)).capitalize()


def generate(path: Path, claims: int, hops_per_claim: int = 2, *, seed: int = 7) -> Path:
    """A case at `path` with `claims` claims and `hops_per_claim` hops each (reused if there)."""
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    open_case(partial, reviewer="bench", create=True).close()
    rng = random.Random(seed)
    started = time.perf_counter()
    conn = sqlite3.connect(partial)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'").fetchall()
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    now = "2026-01-01 00:00:00.000000"
    conn.executemany(
        "INSERT INTO actors (id, name, kind, description, version, created_at) VALUES (?,?,?,?,1,?)",
        [(i, f"Actor {i}", "person", "", now) for i in range(1, 1001)],
    )
    conn.executemany(
        "INSERT INTO sources (id, title, outlet, url, language, direction, kind, text, text_key,"
        " page_starts, incomplete, missing_pages, details, version, created_at)"
        " VALUES (?,?,?,'', 'en', 'ltr', 'article', '', '', '[]', 0, '[]', '{}', 1, ?)",
        [(i, f"Source {i}", f"Outlet {i % 50}", now) for i in range(1, 101)],
    )
    batch = 50_000
    hop_id = 1
    for first in range(1, claims + 1, batch):
        claim_rows = []
        hop_rows = []
        for cid in range(first, min(first + batch, claims + 1)):
            text = _sentence(rng, 12)
            claim_rows.append((cid, text, search_key(text), now, now))
            for position in range(hops_per_claim):
                quote = _sentence(rng, 8) if position == hops_per_claim - 1 else ""
                hop_rows.append(
                    (
                        hop_id,
                        cid,
                        hop_id - 1 if position else None,
                        position,
                        rng.randrange(1, 1001),
                        rng.randrange(1, 101),
                        "reported",
                        quote,
                        search_key(quote),
                        now,
                    )
                )
                hop_id += 1
        conn.executemany(
            "INSERT INTO claims (id, text, text_key, verdict, rationale, notes, version, created_at,"
            " updated_at, updated_by, verdict_set_by, signoff, signed_off_by)"
            " VALUES (?,?,?,'unverified','','',1,?,?,'bench','','','')",
            claim_rows,
        )
        conn.executemany(
            "INSERT INTO hops (id, claim_id, relays_hop_id, position, actor_id, source_id, relation,"
            " quote, quote_key, language, status, status_rationale, direction_doubtful, note,"
            " version, created_at) VALUES (?,?,?,?,?,?,?,?,?,'en','unchecked','',0,'',1,?)",
            hop_rows,
        )
        conn.commit()
    for fts in ("claim_fts", "quote_fts", "source_fts"):
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    for _name, sql in triggers:
        conn.execute(sql)
    conn.commit()
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("ANALYZE")
    conn.close()
    partial.rename(path)
    print(f"generated {claims:,} claims in {time.perf_counter() - started:.1f} s: {path}")
    return path
