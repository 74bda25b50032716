"""W3C Web Annotation selectors for a quote, and re-anchoring them in a new version of a text.

A quote's anchor is a `TextQuoteSelector` (the exact words with up to `CONTEXT` characters of
prefix and suffix) plus a `TextPositionSelector` (start and end in the text), as the W3C Web
Annotation Data Model defines them (https://www.w3.org/TR/annotation-model/#text-quote-selector).

`reanchor` finds an anchor again in a new version of the text, and says how it fared:

- **exact**: the same characters, maybe moved. The old and new texts are aligned with a diff
  (difflib, rapidfuzz for long texts) and the quote counts as the same only when the diff keeps
  its characters, or when the words are found elsewhere and nothing else could be meant (the
  words occurred once in the old text, or their context on both sides is the same);
- **changed**: where the diff puts the quote's place in the new text there is a near variant;
  `difference` says word by word what differs;
- **lost**: neither.

It never moves a quote silently to another occurrence of the same words: when the words occur
more than once and the diff and the context cannot tell which one is meant, the quote is
"changed" (same words, other surroundings), for a reviewer to decide.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

CONTEXT = 32
"""Characters of prefix and suffix kept with a quote (as the Hypothesis annotation client)."""
KEEP_AROUND = 12
"""Characters on each side that the diff must keep with words that occur more than once, for
their pairing to be trusted."""
TELLING_LIMIT = 256
NEAR = 0.6
"""The word similarity from which the text at a quote's place is a near variant ("changed")."""
_BIG = 20_000
"""Tokens from which the alignment uses rapidfuzz's bit-parallel diff instead of difflib."""
_TOKEN = re.compile(r"\s+|[^\W_]+|[^\w\s]|_", re.UNICODE)
_WORD = re.compile(r"\S+")


class Health(StrEnum):
    """How a quote fared on a new version of its source."""

    EXACT = "exact"
    CHANGED = "changed"
    LOST = "lost"
    LOCATED = "located"
    """A quote that was not located before and is found in the new version."""
    NOT_LOCATED = "not located"
    """A quote that was not located before and is not found in the new version either."""

    @property
    def needs_review(self) -> bool:
        return self in (Health.CHANGED, Health.LOST)


@dataclass(frozen=True)
class TextQuote:
    """A W3C `TextQuoteSelector` with a `TextPositionSelector`: the words, their context, and
    where they were (`start`, `end` in the text they were taken from)."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    def as_selectors(self) -> list[dict[str, object]]:
        """The two selectors as W3C Web Annotation JSON-LD."""
        quote: dict[str, object] = {"type": "TextQuoteSelector", "exact": self.exact}
        if self.prefix:
            quote["prefix"] = self.prefix
        if self.suffix:
            quote["suffix"] = self.suffix
        return [quote, {"type": "TextPositionSelector", "start": self.start, "end": self.end}]


def quote_at(text: str, start: int, end: int, context: int = CONTEXT) -> TextQuote:
    """The anchor of the characters `[start, end)` of `text`."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}–{end} is not within a text of {len(text)} characters")
    return TextQuote(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        start=start,
        end=end,
    )


@dataclass(frozen=True)
class WordChange:
    """One difference between the old and the new words: `old` → `new` (either may be empty)."""

    old: str
    new: str

    def describe(self) -> str:
        if not self.new:
            return f"removed “{self.old}”"
        if not self.old:
            return f"added “{self.new}”"
        return f"“{self.old}” → “{self.new}”"


def word_differences(old: str, new: str) -> tuple[WordChange, ...]:
    """What differs between two wordings, word by word."""
    a, b = _WORD.findall(old), _WORD.findall(new)
    out: list[WordChange] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            out.append(WordChange(" ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return tuple(out)


def word_similarity(old: str, new: str) -> float:
    """How alike two wordings are, word by word (0–1)."""
    a, b = _WORD.findall(old), _WORD.findall(new)
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


@dataclass(frozen=True)
class Reanchored:
    """Where an anchor is in the new text: `start`/`end` for exact and changed, None when lost;
    `difference` word by word for changed; `note` in a reviewer's words."""

    health: Health
    start: int | None = None
    end: int | None = None
    difference: tuple[WordChange, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class _Block:
    """A run of characters the diff keeps: old `[a, a + size)` is new `[b, b + size)`."""

    a: int
    b: int
    size: int


class Alignment:
    """Which characters of an old text a new text keeps (a diff of their tokens), computed once
    for all the quotes of a source."""

    def __init__(self, old: str, new: str) -> None:
        self.old = old
        self.new = new
        self.blocks = _kept_blocks(old, new)
        self._starts = [blk.a for blk in self.blocks]

    def block_of(self, start: int, end: int) -> _Block | None:
        """The kept run holding all of old `[start, end)`, if one does."""
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0:
            blk = self.blocks[i]
            if blk.a <= start and end <= blk.a + blk.size:
                return blk
        return None

    def to_new(self, offset: int) -> int:
        """Where old `offset` falls in the new text (the end of the last kept run before it,
        when its own character was not kept)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return 0
        blk = self.blocks[i]
        return blk.b + min(offset - blk.a, blk.size)

    def end_to_new(self, end: int) -> int:
        """Where the old text that ends at `end` ends in the new text: inside the kept run that
        holds its last character, else where the next kept run starts."""
        i = bisect.bisect_right(self._starts, end - 1) - 1
        if i >= 0:
            blk = self.blocks[i]
            if end <= blk.a + blk.size:
                return blk.b + (end - blk.a)
        following = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        return following.b if following is not None else len(self.new)

    def pairs(self, old_at: int, new_at: int, size: int) -> bool:
        """Whether the diff keeps most of old `[old_at, old_at + size)` as new
        `[new_at, new_at + size)`."""
        same = 0
        for blk in self.blocks:
            lo, hi = max(new_at, blk.b), min(new_at + size, blk.b + blk.size)
            if lo < hi and blk.a + (lo - blk.b) == old_at + (lo - new_at):
                same += hi - lo
        return 2 * same > size

    def reanchor(self, anchor: TextQuote) -> Reanchored:
        return _reanchor(self, anchor)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _kept_blocks(old: str, new: str) -> list[_Block]:
    a, b = _tokens(old), _tokens(new)
    # Common ends first: most new versions change a little in the middle.
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    mid_a, mid_b = a[head : len(a) - tail], b[head : len(b) - tail]
    if max(len(mid_a), len(mid_b)) > _BIG:
        from rapidfuzz.distance import Indel

        pairs = [
            (op.src_start, op.dest_start, op.src_end - op.src_start)
            for op in Indel.opcodes(mid_a, mid_b)
            if op.tag == "equal"
        ]
    else:
        matcher = difflib.SequenceMatcher(None, mid_a, mid_b, autojunk=False)
        pairs = [(i, j, n) for i, j, n in matcher.get_matching_blocks() if n]
    token_runs: list[tuple[int, int, int]] = []
    if head:
        token_runs.append((0, 0, head))
    token_runs.extend((i + head, j + head, n) for i, j, n in pairs)
    if tail:
        token_runs.append((len(a) - tail, len(b) - tail, tail))
    a_at = _offsets(a)
    b_at = _offsets(b)
    blocks: list[_Block] = []
    for i, j, n in token_runs:
        start_a, start_b = a_at[i], b_at[j]
        size = a_at[i + n] - start_a
        if (
            blocks
            and blocks[-1].a + blocks[-1].size == start_a
            and (blocks[-1].b + blocks[-1].size == start_b)
        ):
            last = blocks.pop()
            blocks.append(_Block(last.a, last.b, last.size + size))
        else:
            blocks.append(_Block(start_a, start_b, size))
    return blocks


def _offsets(tokens: Sequence[str]) -> list[int]:
    out = [0]
    for token in tokens:
        out.append(out[-1] + len(token))
    return out


def _occurrences(text: str, words: str) -> list[int]:
    out: list[int] = []
    at = text.find(words)
    while at >= 0:
        out.append(at)
        at = text.find(words, at + 1)
    return out


def _context_holds(text: str, at: int, anchor: TextQuote) -> bool:
    """Whether the words at `at` have the anchor's prefix and suffix (as far as the text goes,
    which is how far the anchor's own context went)."""
    end = at + len(anchor.exact)
    before = text[max(0, at - len(anchor.prefix)) : at]
    after = text[end : end + len(anchor.suffix)]
    return before == anchor.prefix and after == anchor.suffix


def _reanchor(alignment: Alignment, anchor: TextQuote) -> Reanchored:
    old, new = alignment.old, alignment.new
    start, end, words = anchor.start, anchor.end, anchor.exact
    if old[start:end] != words:
        raise ValueError("the anchor does not point at its words in the old text")
    siblings = _occurrences(old, words)
    # 1. The diff keeps the quote's characters. Where the words occur more than once, the diff
    #    may have paired the wrong ones, so it must also keep enough of their surroundings to
    #    tell this occurrence from the others.
    lo, hi = _telling_window(old, start, end) if len(siblings) > 1 else (start, end)
    kept = alignment.block_of(lo, hi)
    if kept is not None:
        return _exact(start, kept.b + (start - kept.a), len(words), moved=False)
    found = _occurrences(new, words)
    # 2. Words that occurred once, found once elsewhere: moved.
    if len(siblings) == 1 and len(found) == 1:
        return _exact(start, found[0], len(words), moved=True)
    # 3. Words that occurred more than once: the one occurrence with the same context on both
    #    sides, which only this occurrence had in the old text, and which the diff does not pair
    #    with another occurrence.
    if len(siblings) > 1:
        others = [s for s in siblings if s != start]
        in_context = [
            at
            for at in found
            if _context_holds(new, at, anchor)
            and not any(alignment.pairs(s, at, len(words)) for s in others)
        ]
        if len(in_context) == 1 and sum(_context_holds(old, s, anchor) for s in siblings) == 1:
            return _exact(start, in_context[0], len(words), moved=True)
    # 4. A near variant where the diff puts the quote's place.
    left, right = _place_in_new(alignment, start, end)
    if right > left:
        candidate = new[left:right]
        if candidate == words:
            return Reanchored(
                Health.CHANGED,
                left,
                right,
                note="the same words, but the text around them changed and they occur more "
                "than once: check that this is the passage meant",
            )
        if word_similarity(words, candidate) >= NEAR:
            changes = word_differences(words, candidate)
            note = "; ".join(c.describe() for c in changes)
            return Reanchored(Health.CHANGED, left, right, changes, note=note)
    # 5. The words elsewhere, where the diff keeps no other occurrence of them: most likely
    #    moved, but they occur more than once, so a reviewer decides.
    others = [s for s in siblings if s != start]
    elsewhere = [at for at in found if not any(alignment.pairs(s, at, len(words)) for s in others)]
    if len(elsewhere) == 1:
        at = elsewhere[0]
        return Reanchored(
            Health.CHANGED,
            at,
            at + len(words),
            note="the same words are elsewhere in the new version, with other text around "
            "them, and they occur more than once: check that this is the passage meant",
        )
    return Reanchored(Health.LOST, note="the quoted words are not in the new version")


def _telling_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The quote with as much of its surroundings as makes it occur once in `text` (at most
    `TELLING_LIMIT` characters each side; at least `KEEP_AROUND`)."""
    reach = KEEP_AROUND
    while True:
        lo, hi = max(0, start - reach), min(len(text), end + reach)
        if reach >= TELLING_LIMIT or (lo == 0 and hi == len(text)):
            return lo, hi
        if len(_occurrences(text, text[lo:hi])) == 1:
            return lo, hi
        reach *= 2


def _exact(old_at: int, new_at: int, size: int, *, moved: bool) -> Reanchored:
    note = f"moved from character {old_at} to {new_at}" if moved and old_at != new_at else ""
    return Reanchored(Health.EXACT, new_at, new_at + size, note=note)


def _place_in_new(alignment: Alignment, start: int, end: int) -> tuple[int, int]:
    """The characters of the new text that stand where old `[start, end)` stood (from where the
    diff puts its start to where it puts its end), widened to whole words and without the white
    space at either end."""
    new = alignment.new
    left, right = alignment.to_new(start), alignment.end_to_new(end)
    while 0 < left < len(new) and new[left - 1].isalnum() and new[left].isalnum():
        left -= 1
    while 0 < right < len(new) and new[right - 1].isalnum() and new[right].isalnum():
        right += 1
    while left < right and new[left].isspace():
        left += 1
    while right > left and new[right - 1].isspace():
        right -= 1
    return left, right


def find_quote(
    text: str, exact: str, prefix: str = "", suffix: str = "", start: int | None = None
) -> tuple[int, int] | None:
    """Where a W3C text-quote selector (with an optional text-position selector's `start`)
    points in `text`: the position when the words are there, else the one occurrence of the
    words, else the one occurrence with the selector's prefix and suffix. None when the words
    are not there, or occur more than once and nothing tells which is meant."""
    if not exact:
        return None
    if start is not None and text[start : start + len(exact)] == exact:
        return start, start + len(exact)
    found = _occurrences(text, exact)
    if len(found) == 1:
        return found[0], found[0] + len(exact)
    quote = TextQuote(exact, prefix, suffix, 0, len(exact))
    in_context = [at for at in found if (prefix or suffix) and _context_holds(text, at, quote)]
    if len(in_context) == 1:
        return in_context[0], in_context[0] + len(exact)
    return None
