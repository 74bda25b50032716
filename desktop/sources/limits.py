"""Limits that keep a hostile file from exhausting memory, time or the disk."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

MB = 1024 * 1024


def _env_mb(name: str, default: int) -> int:
    try:
        return int(float(os.environ.get(name, "")) * MB)
    except ValueError:
        return default


@dataclass(frozen=True)
class ReadLimits:
    """How much a file may cost to read. `from_environment()` lets a site raise or lower them
    without code: PROVDESK_MAX_IMPORT_MB, PROVDESK_READER_MEMORY_MB, PROVDESK_READER_SECONDS."""

    #: Refused before a byte is read: larger files are not read at all.
    max_file_bytes: int = 200 * MB
    #: Address space of each reader process (RLIMIT_AS).
    memory_bytes: int = 2048 * MB
    #: Wall-clock time for reading one file, all processes together.
    seconds: float = 300.0
    #: Reader processes for the pages of a large PDF.
    processes: int = field(default_factory=lambda: max(1, min(2, os.cpu_count() or 1)))
    #: A PDF with at least this many pages is read by more than one process.
    parallel_min_pages: int = 16
    #: pypdf's limit on what one compressed stream may expand to (stops decompression bombs).
    max_stream_bytes: int = 64 * MB
    #: Added to the deadline for each scanned page read by OCR (a long scan takes its time).
    ocr_page_seconds: float = 60.0
    #: The longest text a source may hold (characters).
    max_text_chars: int = 50_000_000

    @classmethod
    def from_environment(cls) -> ReadLimits:
        base = cls()
        seconds = os.environ.get("PROVDESK_READER_SECONDS", "")
        return cls(
            max_file_bytes=_env_mb("PROVDESK_MAX_IMPORT_MB", base.max_file_bytes),
            memory_bytes=_env_mb("PROVDESK_READER_MEMORY_MB", base.memory_bytes),
            seconds=float(seconds) if seconds.replace(".", "", 1).isdigit() else base.seconds,
        )
