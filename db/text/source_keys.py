"""A source text's keys made ahead of storing it: its folded search key and its similarity
band keys, computed where the text was read (a reader process, in parallel) so that the one
writer of a folder import only inserts them. Pure text work: no database, no SQLAlchemy.

The keys travel with the SHA-256 of the normalised text they were made from and the index
version they were made with; the writer uses them only when both match what it stores
(`matches`), and otherwise makes them itself.
"""

from __future__ import annotations

import hashlib
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


def body_keys(body: str) -> SourceKeys:
    """The keys of an already normalised text."""
    key = search_key(body)
    bands = sim.passage_band_keys(sim.folded_words_of_key(key))
    return SourceKeys(text_sha256(body), key, tuple(sorted(bands)))


def source_keys(text: str) -> SourceKeys:
    """The keys of a text as a reader gives it (normalised here as a source stores it)."""
    return body_keys(normalise_text(text))
