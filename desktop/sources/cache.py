"""Extracted text kept by SHA-256 in the user cache folder, so a file is parsed once.

Each entry is two files: the text as UTF-8 (written and read in a few milliseconds even for a
long book, without holding up the window) and its metadata as JSON. Text from encrypted PDFs is
never cached: the reviewer gave a password to read it, and the cache folder is not the place to
leave it readable.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import replace
from pathlib import Path

import platformdirs

from .result import ReadSource

#: Raise when what the readers produce changes, so older cached text is not used.
READER_VERSION = 5
APPLICATION = "provdesk"


def cache_dir(kind: str) -> Path:
    return Path(platformdirs.user_cache_dir(APPLICATION)) / kind


def _entry(sha256: str, suffix: str) -> Path:
    return cache_dir("text") / f"{sha256}.v{READER_VERSION}.{suffix}"


def load(sha256: str) -> ReadSource | None:
    try:
        meta = json.loads(_entry(sha256, "json").read_text(encoding="utf-8"))
        length = meta.pop("text_length")
        text = _entry(sha256, "txt").read_bytes().decode("utf-8")
        if len(text) != length:  # a half-written or damaged entry
            return None
        return ReadSource.from_json({**meta, "text": text})
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _write(path: Path, data: bytes) -> None:
    fd, temp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(temp, path)


def store(sha256: str, read: ReadSource) -> None:
    if read.details.get("encrypted"):
        return
    meta = replace(read, text="", keys=None).to_json()
    meta["text_length"] = len(read.text)
    with contextlib.suppress(OSError):
        cache_dir("text").mkdir(parents=True, exist_ok=True)
        _write(_entry(sha256, "txt"), read.text.encode("utf-8"))
        _write(_entry(sha256, "json"), json.dumps(meta, ensure_ascii=False).encode("utf-8"))
