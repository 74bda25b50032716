"""A source text's keys made ahead of storing it: its folded search key and its similarity
band keys, computed where the text was read (a reader process, in parallel) so that the one
writer of a folder import only inserts them. Pure text work: no database, no SQLAlchemy.

The keys travel with the SHA-256 of the normalised text they were made from and the index
version they were made with; the writer uses them only when both match what it stores
(`matches`), and otherwise makes them itself.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from . import similarity as sim
from .normalise import normalise_text, search_key


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SourceKeys:
    text_sha256: str
    """Of the normalised text (`normalise_text`) the keys belong to."""
    text_key: str
    bands: tuple[int, ...]
    """Sorted band keys of every window (`similarity.passage_band_keys`)."""
    version: int = sim.INDEX_VERSION

    def matches(self, body: str) -> bool:
        """Whether these keys were made, with this index version, from `body` (normalised)."""
        return self.version == sim.INDEX_VERSION and self.text_sha256 == text_sha256(body)

    def to_json(self) -> dict[str, Any]:
        return {
            "text_sha256": self.text_sha256,
            "text_key": self.text_key,
            "bands": list(self.bands),
            "version": self.version,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SourceKeys:
        return cls(
            str(data["text_sha256"]),
            str(data["text_key"]),
            tuple(int(b) for b in data["bands"]),
            int(data["version"]),
        )


Progress = Callable[[int, int], None]
"""How far the band keys are: characters of the folded text done, of all."""

CHUNK_WORDS = 1 << 16
"""Words whose windows are banded in one piece (a multiple of `STRIDE_WORDS`)."""
_KEY_PIECE = 1 << 18
"""Characters of the folded text cut into words at a time."""


def body_keys(body: str, progress: Progress | None = None) -> SourceKeys:
    """The keys of an already normalised text; `progress(done, total)` as the band keys are
    made (a long text's take most of the time)."""
    key = search_key(body)
    bands = band_keys_of_key(key, progress)
    return SourceKeys(text_sha256(body), key, tuple(sorted(bands)))


def source_keys(text: str, progress: Progress | None = None) -> SourceKeys:
    """The keys of a text as a reader gives it (normalised here as a source stores it)."""
    return body_keys(normalise_text(text), progress)


def band_keys_of_key(
    text_key: str, progress: Progress | None = None, *, chunk_words: int = CHUNK_WORDS
) -> set[int]:
    """`similarity.passage_band_keys` of the words of a folded text, the same keys, made
    `chunk_words` words at a time: each piece runs one block of bigrams past its end, so that
    the window across the cut is banded too, and no list of all the text's words (or of its
    bigrams) is ever held — a 36 MB text needed 1.2 GB for those."""
    stride = sim.STRIDE_WORDS
    if chunk_words % stride:
        raise ValueError(f"chunk_words must be a multiple of {stride}")
    keys: set[int] = set()
    buffer: list[str] = []
    done = 0
    for words, end in _word_pieces(text_key):
        buffer.extend(words)
        # A piece of chunk_words words and the block after it (bigrams need one word more).
        while len(buffer) > chunk_words + stride + 1:
            keys |= sim.passage_band_keys(buffer[: chunk_words + stride + 1])
            del buffer[:chunk_words]
        done = end
        if progress is not None:
            progress(done, len(text_key))
    if buffer:
        keys |= sim.passage_band_keys(buffer)
    return keys


def _word_pieces(text_key: str) -> Iterator[tuple[list[str], int]]:
    """The words of a folded text a piece at a time (cut at spaces, which no word holds), each
    with where its piece ends."""
    start = 0
    while start < len(text_key):
        cut = text_key.find(" ", start + _KEY_PIECE)
        end = len(text_key) if cut < 0 else cut
        yield sim.folded_words_of_key(text_key[start:end]), end
        start = end
