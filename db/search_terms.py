"""A query's words as the full-text index holds them, and a page ranked without the index.

The last word of a query is searched as the start of a word (results come while typing). FTS5
answers a prefix by merging the whole list of every word that begins with it before it gives the
first row: for a word in most claims ("minister"*) that is tens of milliseconds per look-up on a
million claims, paid again by every statement that uses it. `spelled_expression` writes the
prefix out as the index's own words that begin with it (`"minister"` or `("minister" OR
"ministers")`), which FTS5 reads lazily, newest first, stopping at the page's end. The words come
from the index's vocabulary (`{index}_terms`, an `fts5vocab` table the case keeps since revision
0016: it stores nothing, it reads the index), a seek each: since revision 0017 an 'instance'
table, which gives the next word without counting the rows that hold it ("minist": 4 ms for the
three indexes, where the 'row' table counted "minister" in 675,795 claims first, 45 ms).

bm25 first counts, for each word of the query, every row that holds it (its rarity) — again the
whole list. A page of a common word's matches is therefore ranked here instead (`page_ranks`):
bm25's own weighting of how often and how densely the words occur in each text, without the
words' rarity (the same for every row of a page when the query has one word).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import text

from .search_hits import Reader, statement_rows
from .text.normalise import search_words
from .text.number_forms import fts5_terms, has_numbers

MAX_SPELLED = 16
"""A prefix that begins more of the index's words than this stays a prefix: FTS5 merges many
short lists faster than it walks a long OR list (measured at a million claims: a prefix of 111
rare words 2 ms merged, 8–17 ms as an OR list; a word in most claims 37–70 ms merged, 0.1 ms
spelled out)."""

SEARCHED = ("claim_fts", "quote_fts", "source_fts")
_WORD = re.compile(r"\w+")
"""A folded text's words (a stored `*_key` is folded already: `search_words` without the
folding)."""
_K1, _B = 1.2, 0.75  # bm25's constants, as FTS5 uses them


SURELY_FEW = 100
"""The look-up of the last word also counts each index's rows that hold the query's words as
typed, up to this many (a lazy read, stopping there): in an index without a longer word that is
every match of the query, so a rare word needs no count of its own (`Spelled.at_most`). Kept
low: a common word reads this many rows for nothing."""

_LISTED = (
    "SELECT '{fts}', term, NULL FROM (WITH RECURSIVE listed(term) AS ("
    "SELECT (SELECT term FROM {fts}_terms WHERE term >= :w AND term <= :end LIMIT 1) "
    "UNION ALL SELECT (SELECT term FROM {fts}_terms WHERE term >= listed.term || char(1) "
    "AND term <= :end LIMIT 1) FROM listed WHERE listed.term IS NOT NULL LIMIT :m) "
    "SELECT term FROM listed WHERE term IS NOT NULL)"
)
"""An index's words in [:w, :end], at most `:m`: each the first word after the one before (a
word never holds char(0), so none lies between a word and itself followed by char(1)), one
seek in the 'instance' vocabulary each, nothing counted."""

_FIRST = (
    "SELECT * FROM (SELECT '{fts}', term, NULL FROM {fts}_terms WHERE term >= :w AND term <= :end "
    "LIMIT 1)"
)
"""An index's first word in [:w, :end]: whether it holds a longer word at all (a rare word
holds none: its look-up stops here, a quarter cheaper than listing)."""

_LOOKUP = " UNION ALL ".join(
    [_FIRST.format(fts=fts) for fts in SEARCHED]
    + [
        f"SELECT '{fts}', NULL, COUNT(*) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH :exact "
        "LIMIT :few)"
        for fts in SEARCHED
    ]
)
"""In one statement: each index's first word that begins with a prefix, and how many rows of each
index hold the words as typed, up to `:few`. The indexes that have such a word then list them
(`_LISTED`, at most `:m` of each)."""


_LAST = "\U0010ffff"
"""The last character there is: a prefix followed by it comes after every word that begins with
the prefix (as UTF-8 bytes too, the order of the index) and is no word itself, so the
vocabulary stops at the first word beyond the prefix without reading a word it would reject."""


@dataclass(frozen=True)
class Spelled:
    """A query's FTS5 MATCH expression with its last word written out (`expression`), and what
    the look-up learnt of each index on the way."""

    expression: str
    typed: dict[str, int]
    """Per index: rows that hold the words as typed (counted up to SURELY_FEW)."""
    longer: dict[str, int | None]
    """Per index: 0 when it holds no longer word beginning with the last; None when it does
    (how many rows hold them is not counted: the vocabulary reads lazily)."""
    whole: bool = False
    """No index holds a longer word beginning with the last: `expression` names every word
    whole, and FTS5 ranks its matches exactly as the prefix's (the same rows, the same counts)
    while it looks each word up directly instead of merging the lists of a prefix."""

    def at_least(self, fts: str) -> int:
        """Rows of the index surely matching the query (its words as typed match)."""
        return self.typed[fts]

    def at_most(self, fts: str) -> int | None:
        """Rows of the index that may match the query at most; None: not known without a count."""
        longer = self.longer[fts]
        if longer is None or self.typed[fts] >= SURELY_FEW:
            return None
        return self.typed[fts] + longer


def spelled_query(db: Reader, query: str) -> Spelled | None:
    """`query` as an FTS5 MATCH expression that finds exactly what `fts5_terms(query)`
    finds, with the last word's prefix written out as the index's words that begin with it (all
    three indexes' words: a word missing from one index matches nothing there; more than
    MAX_SPELLED stay a prefix), and bounds of each index's matches. None for no words, and
    for a query with a number (its forms, `db.text.number_forms`, stay as `fts5_terms` has
    them)."""
    words = search_words(query)
    if not words or has_numbers(query):
        return None
    *whole, last = words
    exact = " AND ".join(f'"{w}"' for w in words)
    params = {
        "w": last + "\x01",  # just above the word itself: its longer words
        "end": last + _LAST,
        "m": MAX_SPELLED + 1,
        "exact": exact,
        "few": SURELY_FEW,
    }
    terms: dict[str, list[str]] = {fts: [] for fts in SEARCHED}
    typed: dict[str, int] = {}
    for fts, term, count in statement_rows(db, _LOOKUP, params):
        if term is None:
            typed[fts] = int(count)
        else:
            terms[fts].append(str(term))
    holding = [fts for fts in SEARCHED if terms[fts]]
    if holding:
        terms = {fts: [] for fts in SEARCHED}
        listing = " UNION ALL ".join(_LISTED.format(fts=fts) for fts in holding)
        for fts, term, _none in statement_rows(db, listing, params):
            terms[fts].append(str(term))
    longer = {term for listed in terms.values() for term in listed}
    bounds: dict[str, int | None] = {fts: None if listed else 0 for fts, listed in terms.items()}
    if len(longer) > MAX_SPELLED:
        return Spelled(fts5_terms(query) or exact, typed, bounds)
    spelled = " OR ".join(f'"{w}"' for w in sorted({last, *longer}))
    expression = " AND ".join([*(f'"{w}"' for w in whole), f"({spelled})" if longer else spelled])
    return Spelled(expression, typed, bounds, whole=not longer)


def spelled_expression(db: Reader, query: str) -> str | None:
    """`spelled_query`'s expression alone."""
    spelled = spelled_query(db, query)
    return None if spelled is None else spelled.expression


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at `at`: (value, where the next one starts)."""
    value = 0
    for n in range(9):
        byte = data[at + n]
        if n == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + n + 1
    raise AssertionError("unreachable")


def average_length(db: Reader, fts: str) -> float:
    """The average number of words in a row of the index (FTS5 keeps the totals in its
    'averages' record, the one bm25 reads)."""
    block = db.execute(text(f"SELECT block FROM {fts}_data WHERE id = 1")).scalar()
    if not block:
        return 1.0
    rows, at = _varint(bytes(block), 0)
    tokens, _ = _varint(bytes(block), at)
    return tokens / rows if rows else 1.0


def text_rank(words: list[str], key: str, average: float) -> float | None:
    """bm25's rank (lower is better, as FTS5 gives it) of a folded text for the query `words`
    (the last one a prefix), without the words' rarity; None when the text lacks a word."""
    found = _WORD.findall(key)
    if not found:
        return None
    *whole, last = words
    score = 0.0
    norm = _K1 * (1 - _B + _B * len(found) / (average or 1.0))
    counts = [sum(1 for w in found if w == word) for word in whole]
    counts.append(sum(1 for w in found if w.startswith(last)))
    for tf in counts:
        if tf == 0:
            return None
        score += tf * (_K1 + 1) / (tf + norm)
    return -score


def page_ranks(
    words: list[str], keys: Iterable[tuple[int, str]], average: float
) -> dict[int, float]:
    """The best `text_rank` per id of (id, folded text) pairs that hold every word."""
    ranks: dict[int, float] = {}
    for ident, key in keys:
        rank = text_rank(words, key or "", average)
        if rank is not None and rank < ranks.get(ident, 0.0):
            ranks[ident] = rank
    return ranks
