"""Snippets for search results: the passage of a claim, quote or source text around the words a
search matched, with those words marked (`db.search.snippets` reads the stored texts).

Search ranks rows by their folded `*_key` columns; a snippet is cut from the stored text itself
(what the reviewer wrote or the source says), so a word is matched by folding each of the text's
words the way the query was folded (`db.text.normalise.search_key`): "turkiye" marks "Türkiye",
"سوريا" marks "سوريا" with or without its diacritics. As in the search itself, the last word of
the query also matches as a prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalise import search_key
from .number_forms import query_terms

_WORD = re.compile(r"\w+")
CHUNK = 20_000
"""Characters of a long text folded at a time while looking for the first match."""


@dataclass(frozen=True)
class Snippet:
    """An excerpt on one line and the (start, end) character ranges of its matched words."""

    text: str
    marks: tuple[tuple[int, int], ...]

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The excerpt with each matched word between `before` and `after`."""
        out, last = [], 0
        for start, end in self.marks:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


def _matcher(query: str) -> tuple[frozenset[str], str | None] | None:
    """The folded words a query matches whole (a number in every form it is searched in,
    `db.text.number_forms`), and its last word, which matches as the start of a word (None
    when the query ends with a number)."""
    terms = query_terms(query)
    if not terms:
        return None
    whole: set[str] = set()
    prefix = None
    for at, term in enumerate(terms):
        if term.is_number:
            whole.update(word for form in term.forms() for word in form)
        elif at == len(terms) - 1:
            prefix = term.word
        else:
            whole.add(term.word)
    return frozenset(whole), prefix


def _matches(token: str, whole: frozenset[str], prefix: str | None) -> bool:
    # an ASCII word folds to its lower case (`search_key` changes nothing else in it): most
    # words of a snippet, each folded on its own
    folded_words = (token.lower(),) if token.isascii() else _WORD.findall(search_key(token))
    for folded in folded_words:
        if folded in whole or (prefix is not None and folded.startswith(prefix)):
            return True
    return False


def _first_chunk(text: str, whole: frozenset[str], prefix: str | None) -> int:
    """Where to start looking: the first CHUNK of `text` whose folded form holds a query word
    (so that a 500-page source is not tokenised word by word)."""
    wanted = [*whole, *([prefix] if prefix is not None else [])]
    for start in range(0, len(text), CHUNK):
        folded = search_key(text[max(0, start - 100) : start + CHUNK + 100])
        if any(w in folded for w in wanted):
            return max(0, start - 100)
    return 0


def snippet(
    text: str, query: str, width: int = 100, also: frozenset[str] = frozenset()
) -> Snippet | None:
    """The passage of `text` (about `width` characters, whitespace collapsed, "…" where cut)
    around its first word that `query` matches, with every matched word in it marked; the start
    of `text` (unmarked) when no word matches; None when `text` is empty or `query` has no
    words. `also`: folded words that match too (other spellings of the query's names)."""
    matcher = _matcher(query)
    if matcher is None or not text.strip():
        return None
    whole, prefix = matcher
    whole |= also
    offset = _first_chunk(text, whole, prefix) if len(text) > CHUNK else 0
    first = None
    for match in _WORD.finditer(text, offset):
        if _matches(match.group(), whole, prefix):
            first = match.start()
            break
    if first is None:
        first = 0
    start = max(0, first - width // 3)
    if start:  # begin on a word
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 20 else start
    end = min(len(text), start + width)
    piece = text[start:end]
    # one line: collapse whitespace, keeping a map back to the piece's offsets
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    cursor = 0
    base = 0  # the length of the line so far
    for match in re.finditer(r"\S+", piece):
        if out:
            out.append(" ")
            base += 1
        word = match.group()
        for token in _WORD.finditer(word):
            if _matches(token.group(), whole, prefix):
                marks.append((base + token.start(), base + token.end()))
        out.append(word)
        base += len(word)
        cursor = match.end()
    line = "".join(out)
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(text) or cursor < len(piece.rstrip()) else ""
    shift = len(lead)
    return Snippet(lead + line + tail, tuple((a + shift, b + shift) for a, b in marks))
