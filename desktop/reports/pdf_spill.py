"""What the PDF report must remember per claim or per page, kept in temporary files: each
object's offset, each page's object, each claim's first page, the outline's entries and the
contents' lines. Only a block of each is in memory (the one being appended to and the one last
read), so the report's memory does not grow with its length; they are read back mostly in
order (the front, the footers, the outline and the cross-reference table each go through them
once), a block at a time.
"""

from __future__ import annotations

import struct
import tempfile
import weakref
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, overload

BLOCK = 2048
"""Records per block: what is held in memory of each file, twice (appending, reading)."""


def _temporary() -> BinaryIO:
    file = tempfile.TemporaryFile()  # noqa: SIM115 (closed with its owner)
    return file


class Records:
    """Records of one `struct` format by index, in a temporary file: appended, read back and
    rewritten in place in any order (in order is fastest). Closed with the object."""

    def __init__(self, fmt: str) -> None:
        self.record = struct.Struct("<" + fmt)
        self.file = _temporary()
        weakref.finalize(self, self.file.close)
        self.tail = bytearray()
        """The records after the last full block, not yet in the file."""
        self.flushed = 0
        """Records in the file (whole blocks)."""
        self._block_at = -1
        self._block = b""

    def __len__(self) -> int:
        return self.flushed + len(self.tail) // self.record.size

    def append(self, *values: Any) -> None:
        self.tail += self.record.pack(*values)
        if len(self.tail) >= BLOCK * self.record.size:
            self.file.seek(self.flushed * self.record.size)
            self.file.write(self.tail)
            self.flushed += BLOCK
            self.tail.clear()

    def extend(self, rows: Iterable[tuple[Any, ...]]) -> None:
        for row in rows:
            self.append(*row)

    def _index(self, index: int) -> int:
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError(f"record {index} of {count}")
        return index

    def get(self, index: int) -> tuple[Any, ...]:
        """Record `index` (negative from the end)."""
        index = self._index(index)
        size = self.record.size
        if index >= self.flushed:
            return self.record.unpack_from(self.tail, (index - self.flushed) * size)
        block = index // BLOCK
        if block != self._block_at:
            self.file.seek(block * BLOCK * size)
            self._block = self.file.read(BLOCK * size)
            self._block_at = block
        return self.record.unpack_from(self._block, (index - block * BLOCK) * size)

    def put(self, index: int, *values: Any) -> None:
        """Record `index` rewritten."""
        index = self._index(index)
        data = self.record.pack(*values)
        size = self.record.size
        if index >= self.flushed:
            at = (index - self.flushed) * size
            self.tail[at : at + size] = data
            return
        self.file.seek(index * size)
        self.file.write(data)
        if index // BLOCK == self._block_at:
            self._block_at = -1

    def rows(self, start: int = 0) -> Iterator[tuple[Any, ...]]:
        """The records from `start` in order."""
        for index in range(start, len(self)):
            yield self.get(index)


class Numbers(Records):
    """Integers (64 bits) by index, in a temporary file (`Records`)."""

    def __init__(self, values: Iterable[int] = ()) -> None:
        super().__init__("q")
        for value in values:
            self.append(value)

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self.get(i)[0] for i in range(*index.indices(len(self)))]
        value: int = self.get(index)[0]
        return value

    def __setitem__(self, index: int, value: int) -> None:
        self.put(index, value)

    def __iter__(self) -> Iterator[int]:
        for index in range(len(self)):
            yield self[index]


class Texts:
    """Strings by index, in a temporary file (UTF-8), with where each ends (`Numbers`)."""

    def __init__(self) -> None:
        self.file = _temporary()
        weakref.finalize(self, self.file.close)
        self.ends = Numbers()
        self.size = 0

    def append(self, text: str) -> None:
        data = text.encode("utf-8")
        self.file.seek(self.size)
        self.file.write(data)
        self.size += len(data)
        self.ends.append(self.size)

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, index: int) -> str:
        end = self.ends[index]
        start = self.ends[index - 1] if index % len(self.ends) else 0
        self.file.seek(start)
        return self.file.read(end - start).decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        for index in range(len(self)):
            yield self[index]
