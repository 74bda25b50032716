"""File names as text: the operating system gives bytes, which Python hands over with the bytes
that are not UTF-8 as lone surrogates ("surrogate escapes"); such a string cannot be stored,
printed or shown. `readable` makes it text a person can read, a replacement character for each
byte that does not decode, and `name_bytes` keeps the name's own bytes to record beside it."""

from __future__ import annotations

import os

REPLACEMENT = "\ufffd"


def readable(value: str | os.PathLike[str]) -> str:
    """The text of a file name or path (or any string that may hold lone surrogates), with
    U+FFFD where its bytes are not UTF-8; text that is already clean comes back unchanged."""
    text = os.fspath(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return text
    try:
        raw = text.encode("utf-8", "surrogateescape")  # the name's bytes as the OS gave them
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")  # a lone surrogate of another origin
    return raw.decode("utf-8", "replace")


def name_bytes(value: str | os.PathLike[str]) -> bytes | None:
    """The bytes of a file name that is not clean UTF-8 (None for one that is)."""
    text = os.fspath(value)
    if readable(text) == text:
        return None
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")
