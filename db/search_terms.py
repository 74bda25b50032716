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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import text

from .search_hits import Reader, statement_rows
from .text.number_forms import Phrase, Term, expression, fts5_terms, query_terms, term_groups

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

_COUNT = (
    "SELECT '{fts}', NULL, COUNT(*) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH :exact "
    "LIMIT :few)"
)
_LOOKUP = " UNION ALL ".join(
    [_FIRST.format(fts=fts) for fts in SEARCHED] + [_COUNT.format(fts=fts) for fts in SEARCHED]
)
"""In one statement: each index's first word that begins with a prefix, and how many rows of each
index hold the words as typed, up to `:few`. The indexes that have such a word then list them
(`_LISTED`, at most `:m` of each)."""
_COUNTS = " UNION ALL ".join(_COUNT.format(fts=fts) for fts in SEARCHED)
"""The counts alone, for a query whose last term is a number (no longer word to look up)."""


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
    MAX_SPELLED stay a prefix), and bounds of each index's matches. None for no words. A query
    whose last term is a number (`db.text.number_forms`: whole, never a prefix) has nothing to
    spell out: its look-up only counts."""
    terms = query_terms(query)
    if not terms:
        return None
    *groups, last_group = term_groups(terms, "sqlite")
    last = terms[-1]
    if last.is_number:
        whole = expression([*groups, last_group], "sqlite")
        counted = statement_rows(db, _COUNTS, {"exact": whole, "few": SURELY_FEW})
        rows = {str(fts): int(count) for fts, _none, count in counted}
        return Spelled(whole, rows, dict.fromkeys(SEARCHED, 0), whole=True)
    exact = expression([*groups, [((last.word,), False)]], "sqlite")
    params = {
        "w": last.word + "\x01",  # just above the word itself: its longer words
        "end": last.word + _LAST,
        "m": MAX_SPELLED + 1,
        "exact": exact,
        "few": SURELY_FEW,
    }
    terms_of: dict[str, list[str]] = {fts: [] for fts in SEARCHED}
    typed: dict[str, int] = {}
    for fts, term, count in statement_rows(db, _LOOKUP, params):
        if term is None:
            typed[fts] = int(count)
        else:
            terms_of[fts].append(str(term))
    holding = [fts for fts in SEARCHED if terms_of[fts]]
    if holding:
        terms_of = {fts: [] for fts in SEARCHED}
        listing = " UNION ALL ".join(_LISTED.format(fts=fts) for fts in holding)
        for fts, term, _none in statement_rows(db, listing, params):
            terms_of[fts].append(str(term))
    longer = {term for listed in terms_of.values() for term in listed}
    bounds: dict[str, int | None] = {fts: None if listed else 0 for fts, listed in terms_of.items()}
    if len(longer) > MAX_SPELLED:
        return Spelled(fts5_terms(query) or exact, typed, bounds)
    spelled: list[Phrase] = [((w,), False) for w in sorted({last.word, *longer})]
    return Spelled(expression([*groups, spelled], "sqlite"), typed, bounds, whole=not longer)


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


def _occurrences(found: list[str], term: Term, last: bool) -> int:
    """How often a folded text's words (`found`) hold `term`: a word (the last as the start of
    one), or a number in any of its forms (each a phrase of words)."""
    if not term.is_number:
        word = term.word
        return sum(1 for w in found if w.startswith(word)) if last else found.count(word)
    count = 0
    for form in term.forms():
        size = len(form)
        if size == 1:
            count += found.count(form[0])
        else:
            count += sum(
                1
                for at, w in enumerate(found)
                if w == form[0] and tuple(found[at : at + size]) == form
            )
    return count


def text_rank(terms: Sequence[Term], key: str, average: float) -> float | None:
    """bm25's rank (lower is better, as FTS5 gives it) of a folded text for the query's `terms`
    (the last word a prefix), without the terms' rarity; None when the text lacks a term."""
    found = _WORD.findall(key)
    if not found:
        return None
    score = 0.0
    norm = _K1 * (1 - _B + _B * len(found) / (average or 1.0))
    for at, term in enumerate(terms):
        tf = _occurrences(found, term, at == len(terms) - 1)
        if tf == 0:
            return None
        score += tf * (_K1 + 1) / (tf + norm)
    return -score


def page_ranks(query: str, keys: Iterable[tuple[int, str]], average: float) -> dict[int, float]:
    """The best `text_rank` of `query`'s terms per id of (id, folded text) pairs that hold
    every term."""
    terms = query_terms(query)
    ranks: dict[int, float] = {}
    for ident, key in keys:
        rank = text_rank(terms, key or "", average)
        if rank is not None and rank < ranks.get(ident, 0.0):
            ranks[ident] = rank
    return ranks
