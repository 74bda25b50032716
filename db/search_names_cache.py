"""The name index of a case kept between processes, in the user's cache folder.

Every command-line search needs the folded words of the case's actor and outlet names
(`db.search_named`) and the name keys its actors have (`db.name_search`: whether a query word may
name one at all); folding a thousand names costs several times the full-text query of a rare
word. The words are written as plain text (never pickle: a cache file may have been tampered with) to
a file named by the case's identity (the SQLite file's real path; the PostgreSQL server and
database): a first line naming the format, a line of JSON holding the `_TOKEN` aggregate they
were built under, the audit head (newest event) under which they were last current and a
checksum of the rest, then the tables. A process finds them current by the head alone while the
case has not changed. A file that is missing, unreadable, malformed, of another checksum or
built under another token is ignored and the index rebuilt; a cache that cannot be written is
left alone. Nothing here ever raises.

A table of words is kept as two texts, its sorted words and their numbers ("n,n,…"), a line each
(`WordTable`): split into lines when read, and a word's numbers parsed only when a query asks
for that word. The checksum (BLAKE2, in C) stands for the checks a loop over every word would
cost, which were most of a command-line search's fixed cost beside its full-text look-up: what
a file that passes it says is used as it is, and a number that is no number, or an outlet
beyond the list, finds nothing rather than raise.

The folder is kept small: when a file is written, files of cases not searched for `MAX_AGE_DAYS`
days are removed, and beyond `MAX_FILES` the least recently searched.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

FORMAT = 3
"""Raise when the folding or the file's layout changes, so older files are not used."""
_MAGIC = b"provdesk-names %d" % FORMAT
SUFFIX = ".names"
_OLD_SUFFIX = ".json"
"""The files of earlier formats: removed when the folder is kept small."""
_APART = "\x1e"
"""Between the tables of a file (no word, number or line of them holds it)."""
APPLICATION = "provdesk"
MAX_AGE_DAYS = 30
"""A case's file not read for this long is removed (it is rebuilt if the case is searched)."""
MAX_FILES = 200
"""At most this many cases' files are kept, the most recently searched."""
_TOUCH_AFTER = 86_400.0
"""A file read is marked as used (its time set to now) when its time is older than this."""


@dataclass(frozen=True)
class WordTable:
    """Word → numbers (actor ids, or outlets by their place in a list): the sorted words, a line
    each, and beside them their numbers as written ("n,n,…"), a line each. A word is found by a
    substring search in C and its numbers parsed only when asked for: nothing is split when the
    table is read."""

    lines: str = "\n"
    """"\n" + the sorted words, each followed by "\n"."""
    numbers: str = ""

    @classmethod
    def of(cls, by_word: dict[str, set[int]]) -> WordTable:
        items = sorted(by_word.items())
        return (
            cls.read(
                "\n".join(w for w, _n in items),
                "\n".join(",".join(map(str, sorted(n))) for _w, n in items),
            )
            or cls()
        )

    @classmethod
    def read(cls, words: str, numbers: str) -> WordTable | None:
        """The table `written()` gave; None when the texts do not pair a word with its numbers
        (the file's checksum vouches for the rest)."""
        if not words:
            return cls() if not numbers else None
        if words.count("\n") != numbers.count("\n") or "\n\n" in words or words[-1] == "\n":
            return None
        return cls(f"\n{words}\n", numbers)

    def written(self) -> tuple[str, str]:
        return self.lines[1:-1], self.numbers

    def _numbers_from(self, at: int, lines: int) -> set[int]:
        """The numbers of `lines` words from the word that starts at `at` in `lines`."""
        first = self.lines.count("\n", 0, at)  # the word's line (the text starts with one)
        found: set[int] = set()
        for written in self.numbers.split("\n", first + lines)[first - 1 : first - 1 + lines]:
            found |= _numbers(written)
        return found

    def exact(self, word: str) -> set[int]:
        at = self.lines.find(f"\n{word}\n")
        return set() if at < 0 else self._numbers_from(at + 1, 1)

    def prefixed(self, prefix: str) -> set[int]:
        """The numbers of every word that begins with `prefix` (the words are sorted: they
        follow one another)."""
        at = self.lines.find(f"\n{prefix}")
        if at < 0:
            return set()
        end = at + 1
        while end < len(self.lines) and self.lines.startswith(prefix, end):
            end = self.lines.index("\n", end) + 1
        return self._numbers_from(at + 1, self.lines.count("\n", at + 1, end))


def _numbers(written: str) -> set[int]:
    try:
        return set(map(int, written.split(",")))
    except ValueError:  # not written here
        return set()


@dataclass(frozen=True)
class NameKeys:
    """The name keys of a case's actors, as one text of lines, asked whole (a substring search in
    C: nothing is split or parsed for a look-up)."""

    lines: str

    @classmethod
    def of(cls, keys: list[str]) -> NameKeys | None:
        """None when a key cannot be written as a line."""
        if any("\n" in key or not key for key in keys):
            return None
        return cls("".join(f"\n{key}" for key in sorted(keys)) + "\n")

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and f"\n{key}\n" in self.lines


@dataclass(frozen=True)
class Words:
    """The case's folded names: actor words → actor ids, outlet words → places in `outlets`, and
    the name keys of its actors (None: not known, ask the database)."""

    actors: WordTable
    outlet_words: WordTable
    outlets: tuple[str, ...]
    keys: NameKeys | None


def case_identity(engine: Engine) -> str | None:
    """What names the case whatever process opens it; None for a case in memory."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        database = url.database
        if not database or database == ":memory:" or database.startswith("file:"):
            return None
        return "sqlite:" + os.path.realpath(database)
    host = url.host or "localhost"
    return f"{url.get_backend_name()}://{host}:{url.port or ''}/{url.database or ''}"


def token_of(row: tuple[object, ...]) -> list[int | None]:
    """The `_TOKEN` aggregate as JSON can hold it (PostgreSQL sums are decimals)."""
    return [None if value is None else int(str(value)) for value in row]


def _folder() -> Path:
    return _folder_under(os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME"))


@functools.lru_cache(maxsize=4)
def _folder_under(cache_home: str | None, home: str | None) -> Path:
    """The folder, worked out once per process while the user's folders stay (a quarter of a
    millisecond each time: a search asks for it once)."""
    import platformdirs  # only when a cache is read or written

    return Path(platformdirs.user_cache_dir(APPLICATION)) / "names"


def _path(identity: str) -> Path:
    return _path_in(_folder(), identity)


@functools.lru_cache(maxsize=16)
def _path_in(folder: Path, identity: str) -> Path:
    name = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:40]
    return folder / f"{name}{SUFFIX}"


def _checksum(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=16).hexdigest()


def load(
    identity: str, token: list[int | None] | None = None, head: list[object] | None = None
) -> Words | None:
    """The words kept for this case under `token`, or kept when the case's newest audit event
    was `head` (`db.search_named._HEAD`); None if there are none to trust."""
    try:
        path = _path(identity)
        with path.open("rb") as handle:
            used = os.fstat(handle.fileno()).st_mtime
            magic, _, rest = handle.read().partition(b"\n")
        line, _, body = rest.partition(b"\n")
        if magic != _MAGIC:
            return None
        facts = json.loads(line)
        if not (
            isinstance(facts, dict)
            and facts.get("case") == identity
            and (
                (token is not None and facts.get("token") == token)
                or (head is not None and facts.get("head") == head)
            )
            and facts.get("sum") == _checksum(body)
        ):
            return None
        words = _words(body.decode("utf-8"))
        if words is not None and time.time() - used > _TOUCH_AFTER:
            os.utime(path)  # searched again: kept by `_prune`
        return words
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None


def _words(body: str) -> Words | None:
    parts = body.split(_APART)
    if len(parts) != 5:
        return None
    actor_words, actor_ids, outlet_words, outlet_places, rest = parts
    outlets, keys = json.loads(rest)
    if not (isinstance(outlets, list) and all(isinstance(o, str) for o in outlets)):
        return None
    if not (keys is None or isinstance(keys, str)):
        return None
    actors, outlet_table = (
        WordTable.read(actor_words, actor_ids),
        WordTable.read(outlet_words, outlet_places),
    )
    if actors is None or outlet_table is None:
        return None
    return Words(actors, outlet_table, tuple(outlets), None if keys is None else NameKeys(keys))


def save(identity: str, token: list[int | None], head: list[object] | None, words: Words) -> None:
    """Keep the words for the next process, with the `_TOKEN` they were built under and the
    audit head under which they were last current; a folder that cannot be written is no
    error."""
    tables = [*words.actors.written(), *words.outlet_words.written()]
    if any(_APART in table for table in tables):
        return
    rest = json.dumps([list(words.outlets), None if words.keys is None else words.keys.lines])
    body = _APART.join([*tables, rest]).encode("utf-8")
    facts = {"case": identity, "token": token, "head": head, "sum": _checksum(body)}
    line = json.dumps(facts, ensure_ascii=True, separators=(",", ":")).encode()
    temporary = None
    try:
        path = _path(identity)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(b"\n".join([_MAGIC, line, body]))
        os.replace(temporary, path)
        temporary = None
        _prune(path.parent, keep=path)
    except (OSError, ValueError):
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _prune(folder: Path, keep: Path) -> None:
    """Remove the files of cases not searched for `MAX_AGE_DAYS` days, then the least recently
    searched beyond `MAX_FILES` (and temporary files a stopped process left behind)."""
    now = time.time()
    kept: list[tuple[float, Path]] = []
    for entry in os.scandir(folder):
        path = Path(entry.path)
        with contextlib.suppress(OSError):
            used = entry.stat().st_mtime
            if path.suffix == ".tmp":
                if now - used > 3600:
                    path.unlink()
            elif path.suffix == _OLD_SUFFIX:
                path.unlink()
            elif path.suffix == SUFFIX and path != keep:
                if now - used > MAX_AGE_DAYS * 86_400:
                    path.unlink()
                else:
                    kept.append((used, path))
    kept.sort(reverse=True)
    for _used, path in kept[max(MAX_FILES - 1, 0) :]:
        with contextlib.suppress(OSError):
            path.unlink()
