"""Extracted text kept by SHA-256 in the user cache folder, so a file is parsed once.

Text from encrypted PDFs is never cached: the reviewer gave a password to read it, and the cache
folder is not the place to leave it readable.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

import platformdirs

from .result import ReadSource

#: Raise when what the readers produce changes, so older cached text is not used.
READER_VERSION = 2
APPLICATION = "provdesk"


def cache_dir(kind: str) -> Path:
    return Path(platformdirs.user_cache_dir(APPLICATION)) / kind


def _entry(sha256: str) -> Path:
    return cache_dir("text") / f"{sha256}.v{READER_VERSION}.json"


def load(sha256: str) -> ReadSource | None:
    try:
        data = json.loads(_entry(sha256).read_text(encoding="utf-8"))
        return ReadSource.from_json(data)
    except (OSError, ValueError, TypeError):
        return None


def store(sha256: str, read: ReadSource) -> None:
    if read.details.get("encrypted"):
        return
    entry = _entry(sha256)
    with contextlib.suppress(OSError):
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=entry.parent, suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(read.to_json(), handle, ensure_ascii=False)
        os.replace(temp, entry)
