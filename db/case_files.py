"""Facts about case files that the case and its backups both need (so neither imports the other):
the SQLite header every case file starts with, and the suffix a case file carries."""

from __future__ import annotations

SQLITE_MAGIC = b"SQLite format 3\x00"
"""The first 16 bytes of every SQLite database file (sqlite.org/fileformat.html, 1.3)."""
CASE_SUFFIX = ".provdesk"
