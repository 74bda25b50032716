"""Near-duplicate text, without a database: fingerprints, passage alignment, claim similarity.

Everything here takes plain data and returns frozen objects; `db.appearances` stores and reads
the index rows, the operations change the case.

- **Folding.** All matching happens on the one folding search uses (`db.text.normalise`):
  `search_key` for look-ups, and `fold`, whose every folded character knows the stored
  characters it came from, so that a passage found in folded text becomes a span of the stored
  text.
- **Passages of sources** are fingerprinted as MinHash signatures (datasketch) of their word
  bigrams over overlapping windows of `WINDOW_WORDS` words (every `STRIDE_WORDS` words), so that
  a quote of a few dozen words inside a long article still shares most of its bigrams with one
  window. Each signature is cut into `SOURCE_BANDS` bands of `ROWS_PER_BAND` values
  (locality-sensitive hashing); each band becomes one 64-bit key stored in the case, so that a
  candidate look-up is an index scan on SQLite and PostgreSQL alike.
- **Alignment.** A candidate is scored on words: each folded word becomes one symbol, rapidfuzz
  finds the best window (`partial_ratio_alignment`) and the longest common subsequence inside
  it (`LCSseq.opcodes`), and the passage is cut to the first and last word that match.
- **Claims** are compared on character trigrams of their folded wording (Sørensen–Dice), with
  their own MinHash bands (`CLAIM_BANDS`) for the candidate look-up.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .normalise import fold, search_key

INDEX_VERSION = 2
"""Bumped whenever the fingerprints below change; a case built with another needs `reindex`."""

WINDOW_WORDS = 32
STRIDE_WORDS = 16
ROWS_PER_BAND = 1
SOURCE_BANDS = 16
"""Bands of one row: a window pair with bigram Jaccard similarity s shares a key with
probability 1 - (1 - s)^16 (0.97 at s = 0.2, a 10-word quote in a 32-word window with a word
changed), and windows of unrelated text of the same language share some too, so candidates are
ranked by how many keys they share. Chosen by measurement on generated articles (2,000 of 600
words, Zipf vocabulary; a 10/20/40-word quote planted in 50 with trims and changed words): rows
of two per band (16 or 32 bands) found 68–82 % of the 10-word plants and stored 530–1,060 keys a
source; one row per band found all of them, with 380 keys a source."""

CLAIM_ROWS_PER_BAND = 3
CLAIM_BANDS = 24
"""Claims sharing a band: 1 - (1 - s³)^24 for trigram Jaccard s; 0.98 at s = 0.54 (Dice 0.70,
the suggestion threshold), 0.003 at s = 0.05."""

CLAIM_WORD_ROWS_PER_BAND = 2
CLAIM_WORD_BANDS = 16
"""Bands of a claim's content words (`db.text.wording.retrieval_words`), so that a rewording
sharing few characters is still a candidate: 1 - (1 - s²)^16 for the Jaccard similarity s of
the two sets of words; 0.88 at s = 0.35, 0.97 at s = 0.45 (rewordings of the labelled set:
0.18–0.80, most above 0.35), 0.04 at s = 0.05."""

MIN_TRACE_WORDS = 3
"""A text of fewer words is refused: two words occur together by chance in unrelated articles."""

SUGGEST_SIMILARITY = 0.70
SAME_CLAIM_SIMILARITY = 0.90
"""Thresholds on the Dice similarity of two claims' folded character trigrams, the two levels
Meedan Check uses (its text defaults: suggest from 0.7, match from 0.9). Checked against the
labelled pairs in tests/data/similar_claims.json: same claims with case, punctuation, accents,
diacritics or one word changed score 0.92–1.0; the same claim reworded 0.82–0.98 (suggested);
another fact sharing most words 0.47–0.73 (a sentence differing in two words can be suggested,
never called the same claim)."""

APPEARANCE_MIN_WORDS = 3
APPEARANCE_MIN_DENSITY = 0.6
APPEARANCE_MIN_COVERAGE = 0.3
APPEARANCE_LONG_MATCH = 8
"""A passage is an appearance when at least 3 words match in order, at least 60 % of the
passage's words are matched words, and the match covers 30 % of the traced text (or 8 words of a
long text). The figure shown is the Dice similarity of the traced words and the passage."""

_WORD = re.compile(r"\w+")


if TYPE_CHECKING:
    import numpy as np


@functools.lru_cache(maxsize=4)
def _prototype(num_perm: int, seed: int) -> Any:
    """An empty datasketch MinHash whose copies share its permutations. datasketch loads on
    first use (its package imports scipy: 0.5–1.7 s), so opening a case does not pay for it."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=seed, scheme="affine32", hashfunc=zlib.crc32)


@dataclass(frozen=True)
class Words:
    """The folded words of a text and, for each, its span `[start, end)` in the stored text."""

    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


def words_of(text: str) -> Words:
    """Folded words of a stored text with their stored-text spans."""
    folded = fold(text)
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(folded.text):
        words.append(match.group())
        spans.append(folded.original_span(match.start(), match.end()))
    return Words(tuple(words), tuple(spans))


def align_key(text_key: str, query: Sequence[str]) -> tuple[Alignment, int, int] | None:
    """`align` on a stored folded text, with the passage's characters `[start, end)` in it."""
    aligned = align(query, _WORD.findall(text_key))
    if aligned is None:
        return None
    picked = list(itertools.islice(_WORD.finditer(text_key), aligned.first, aligned.last + 1))
    return aligned, picked[0].start(), picked[-1].end()


LOCATE_MARGIN = 400
"""Characters folded around a passage's place in the folded text, to find it in the stored one."""


def locate_passage(
    text: str,
    query: Sequence[str],
    hint: tuple[Alignment, int, int] | None = None,
) -> tuple[int, int, Alignment] | None:
    """Where in the stored `text` the folded words `query` appear: the span `[start, end)` of
    the passage in the stored text and its alignment, or None when they do not.

    With `hint` (what `align_key` found in the text's folded form) only the stretch of `text`
    around that place is folded with offsets; the whole text when the stretch does not give
    the same alignment."""
    if hint is not None:
        aligned, key_start, key_end = hint
        slack = LOCATE_MARGIN + (key_end - key_start)
        lo = max(0, key_start - slack)
        hi = min(len(text), key_end + slack + len(text) // 10)
        found = _locate_in(text[lo:hi], query)
        if found is not None and found[2].matched == aligned.matched:
            return found[0] + lo, found[1] + lo, found[2]
    return _locate_in(text, query)


_DIGIT_RUN = re.compile(
    r"\d{1,3}(?:[ .,'\u00a0\u202f\u066c]\d{3})+(?:[.,\u066b]\d+)?|\d+(?:[.,\u066b]\d+)?"
)
"""A number written with digits of any script, grouped by a space, point, comma or
apostrophe ("12 500", "12.500", "١٢٬٥٠٠") or not, with its decimals."""
_SENTENCE_GAP = re.compile(r"[.!?؟।。]\s|\n\s*\n")
NUMBER_REACH = 80
"""Characters beyond a passage's edge in which a number of the traced text is looked for."""


def _digits(run: str) -> str:
    from .anchor_numbers import ascii_digits

    return re.sub(r"\D", "", ascii_digits(run))


def include_numbers(text: str, start: int, end: int, traced: str) -> tuple[int, int]:
    """The passage `[start, end)` of `text` widened over the numbers of `traced` that stand
    just outside it, in the same sentence, however they are written ("12,500" is "12 500",
    "12.500", "١٢٥٠٠"): the passage is cut at the words that match, and a number written
    another way matches none, so a traced text ending with its number lost it."""
    wanted = {_digits(m.group()) for m in _DIGIT_RUN.finditer(traced)}
    if not wanted:
        return start, end
    wanted -= {_digits(m.group()) for m in _DIGIT_RUN.finditer(text, start, end)}
    if not wanted:
        return start, end
    lo = max(0, start - NUMBER_REACH)
    before = [m for m in _DIGIT_RUN.finditer(text, lo, start) if _digits(m.group()) in wanted]
    for m in reversed(before):
        if _SENTENCE_GAP.search(text, m.end(), start) is None:
            start = m.start()
    after = [m for m in _DIGIT_RUN.finditer(text, end, min(len(text), end + NUMBER_REACH))]
    for m in after:
        if _digits(m.group()) in wanted and _SENTENCE_GAP.search(text, end, m.start()) is None:
            end = m.end()
    return start, end


def shown_part(passage: str, traced: str, width: int) -> tuple[int, int]:
    """The part `[start, end)` of a passage to show in `width` characters: the whole passage
    when it fits, else a part holding the first number of `traced` the passage carries (the
    anchor the trace is about), cut at spaces; the passage's start when it carries none."""
    if len(passage) <= width:
        return 0, len(passage)
    wanted = {_digits(m.group()) for m in _DIGIT_RUN.finditer(traced)}
    anchor = next((m for m in _DIGIT_RUN.finditer(passage) if _digits(m.group()) in wanted), None)
    if anchor is None or anchor.end() <= width:
        start = 0
    else:  # the number a third of the way in
        start = max(0, min(anchor.start() - width // 3, len(passage) - width))
        space = passage.find(" ", start, anchor.start())
        start = space + 1 if space >= 0 else start
    end = min(len(passage), start + width)
    if end < len(passage):
        space = passage.rfind(" ", start, end)
        if anchor is not None and space > anchor.end():
            end = space
    return start, end


def _locate_in(text: str, query: Sequence[str]) -> tuple[int, int, Alignment] | None:
    folded = fold(text)
    aligned = align(query, _WORD.findall(folded.text))
    if aligned is None:
        return None
    picked = list(itertools.islice(_WORD.finditer(folded.text), aligned.first, aligned.last + 1))
    start = folded.original_span(picked[0].start(), picked[0].end())[0]
    end = folded.original_span(picked[-1].start(), picked[-1].end())[1]
    return start, end, aligned


def folded_words(text: str) -> list[str]:
    """The words of `text` after folding (no offsets; for look-ups)."""
    return _WORD.findall(search_key(text))


def folded_words_of_key(text_key: str) -> list[str]:
    """The words of text already folded (a stored `text_key`). A long text is read a piece at
    a time, cut at spaces (no word holds one), so that no single call holds the interpreter
    for long (the window stays responsive while a large source is indexed)."""
    if len(text_key) <= 2 * _PIECE:
        return _WORD.findall(text_key)
    words: list[str] = []
    start = 0
    while start < len(text_key):
        cut = text_key.find(" ", start + _PIECE)
        end = len(text_key) if cut < 0 else cut
        words.extend(_WORD.findall(text_key, start, end))
        start = end
    return words


# --- fingerprints -----------------------------------------------------------------------------


_PIECE = 1 << 15
"""Characters (or windows) handled in one call on a long text."""


def _band_keys(hashvalues: np.ndarray, bands: int, rows: int, salt: bytes) -> set[int]:
    keys: set[int] = set()
    for band in range(bands):
        piece = hashvalues[band * rows : (band + 1) * rows].astype("<u4").tobytes()
        digest = hashlib.blake2b(salt + bytes([band]) + piece, digest_size=8).digest()
        keys.add(int.from_bytes(digest, "big", signed=True))
    return keys


def _bigrams(words: Sequence[str]) -> list[bytes]:
    if len(words) == 1:
        return [words[0].encode()]
    return [f"{a} {b}".encode() for a, b in itertools.pairwise(words)]


def passage_band_keys(words: Sequence[str]) -> set[int]:
    """The band keys of every window of a text's folded words (a set of non-negative ints below
    2^36: the band's number above its 32-bit minimum hash).

    A window is two consecutive blocks of `STRIDE_WORDS` bigrams, so each bigram is hashed
    once and a window's signature is the element-wise minimum of its blocks' (what
    `MinHash.merge` computes). Empty for a text without words. The same function indexes a
    source and looks up a trace.
    """
    if not words:
        return set()
    import numpy as np

    minhash = _prototype(SOURCE_BANDS * ROWS_PER_BAND, 18).copy()
    grams = _bigrams(words)
    blocks = []
    for a in range(0, len(grams), STRIDE_WORDS):
        minhash.clear()
        minhash.update_batch(grams[a : a + STRIDE_WORDS])
        blocks.append(minhash.hashvalues.astype(np.uint64))
    stacked = np.stack(blocks)
    windows = np.minimum(stacked[:-1], stacked[1:]) if len(blocks) > 1 else stacked
    bands = np.arange(SOURCE_BANDS, dtype=np.uint64) << np.uint64(32)
    keys: set[int] = set()
    for first in range(0, len(windows), 256):  # a piece at a time, as above
        keys.update((windows[first : first + 256] | bands).ravel().tolist())
    return keys


def trigrams(text_key: str) -> set[str]:
    """Character trigrams of folded text, words joined by one space, padded at both ends."""
    squeezed = " " + " ".join(_WORD.findall(text_key)) + " "
    return {squeezed[i : i + 3] for i in range(len(squeezed) - 2)}


def claim_band_keys(text_key: str) -> set[int]:
    """Band keys of a claim's folded wording (character trigrams) and of its content words;
    empty without words."""
    grams = trigrams(text_key)
    if len(grams) <= 1:
        return set()
    minhash = _prototype(CLAIM_BANDS * CLAIM_ROWS_PER_BAND, 19).copy()
    minhash.update_batch([g.encode() for g in sorted(grams)])
    keys = _band_keys(minhash.hashvalues, CLAIM_BANDS, CLAIM_ROWS_PER_BAND, b"c")
    from .wording import retrieval_words

    words = retrieval_words(text_key)
    if words:
        minhash = _prototype(CLAIM_WORD_BANDS * CLAIM_WORD_ROWS_PER_BAND, 20).copy()
        minhash.update_batch([w.encode() for w in sorted(words)])
        keys |= _band_keys(minhash.hashvalues, CLAIM_WORD_BANDS, CLAIM_WORD_ROWS_PER_BAND, b"w")
    return keys


def claim_similarity(a: set[str], b: set[str]) -> float:
    """Sørensen–Dice similarity of two trigram sets, 0–1."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


# --- alignment --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Alignment:
    """Where traced words sit in a text: words `[first, last]` (inclusive) of the text, how many
    words match in order (`matched`), and the Dice similarity 0–1 of traced words and passage."""

    first: int
    last: int
    matched: int
    similarity: float

    @property
    def length(self) -> int:
        return self.last - self.first + 1


_OTHER = "\U0010fffd"
"""The one symbol of every word that is not a traced word: it never matches."""


def _encode(query: Sequence[str], text: Sequence[str]) -> tuple[str, str]:
    """One character per distinct traced word, so rapidfuzz compares words, not letters; the
    text's other words all become `_OTHER`."""
    codes: dict[str, str] = {}
    for word in query:
        if word not in codes:
            codes[word] = chr(0x10000 + len(codes))
    return (
        "".join(map(codes.__getitem__, query)),
        "".join(map(codes.get, text, itertools.repeat(_OTHER))),
    )


def align(query: Sequence[str], text: Sequence[str]) -> Alignment | None:
    """The passage of `text` (folded words) that best carries `query` (folded words), or None
    when it is no appearance (see `APPEARANCE_*`)."""
    if not query or not text:
        return None
    needle, hay = _encode(query, text)
    known = set(needle)
    if len(known.intersection(hay)) < min(APPEARANCE_MIN_WORDS, len(known)):
        return None
    if len(hay) <= len(needle):
        window_start, window = 0, hay
    else:
        from rapidfuzz import fuzz

        found = fuzz.partial_ratio_alignment(needle, hay)
        if found is None:
            return None
        window_start = found.dest_start
        # widen by a quarter on each side: a passage with words added is longer than the quote
        slack = max(2, len(needle) // 4)
        lo = max(0, found.dest_start - slack)
        hi = min(len(hay), found.dest_end + slack)
        window_start, window = lo, hay[lo:hi]
    matched_positions = _equal_positions(needle, window)
    if not matched_positions:
        return None
    matched = len(matched_positions)
    first = window_start + matched_positions[0]
    last = window_start + matched_positions[-1]
    length = last - first + 1
    if matched < min(APPEARANCE_MIN_WORDS, len(needle)):
        return None
    if matched / length < APPEARANCE_MIN_DENSITY:
        return None
    if matched / len(needle) < APPEARANCE_MIN_COVERAGE and matched < APPEARANCE_LONG_MATCH:
        return None
    return Alignment(first, last, matched, round(2 * matched / (len(needle) + length), 3))


def _equal_positions(needle: str, window: str) -> list[int]:
    """Positions in `window` of the words of a longest common subsequence with `needle`."""
    from rapidfuzz.distance import LCSseq

    positions: list[int] = []
    for op in LCSseq.opcodes(needle, window):
        if op.tag == "equal":
            positions.extend(range(op.dest_start, op.dest_end))
    return positions


def word_differences(
    a: str, b: str
) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The words of `a` and of `b` outside their longest common word sequence (folded), as
    spans `[start, end)` of each stored text: what a view marks as differing."""
    wa, wb = words_of(a), words_of(b)
    codes: dict[str, str] = {}
    for word in (*wa.words, *wb.words):
        codes.setdefault(word, chr(0x10000 + len(codes)))
    sa = "".join(codes[w] for w in wa.words)
    sb = "".join(codes[w] for w in wb.words)
    from rapidfuzz.distance import LCSseq

    same_a: set[int] = set()
    same_b: set[int] = set()
    for op in LCSseq.opcodes(sa, sb):
        if op.tag == "equal":
            same_a.update(range(op.src_start, op.src_end))
            same_b.update(range(op.dest_start, op.dest_end))
    return (
        tuple(s for i, s in enumerate(wa.spans) if i not in same_a),
        tuple(s for i, s in enumerate(wb.spans) if i not in same_b),
    )
