"""The name index of a case kept between processes, in the user's cache folder.

Every command-line search needs the folded words of the case's actor and outlet names
(`db.search_named`) and the name keys its actors have (`db.name_search`: whether a query word may
name one at all); folding a thousand names costs several times the full-text query of a rare
word. The words are written as JSON (never pickle: a cache file may have been tampered with) to
a file named by the case's identity (the SQLite file's real path; the PostgreSQL server and
database) and holding the `_TOKEN` aggregate they were built under and the audit head (newest
event) under which they were last current: a process finds them current by the head alone while
the case has not changed. A file that is missing,
unreadable, malformed or built under another token is ignored and the index rebuilt; a cache
that cannot be written is left alone. Nothing here ever raises.

A table of words is kept as two texts, its sorted words and their numbers ("n,n,…"), a line each
(`WordTable`): checked whole in C when read, split into lines, and a word's numbers parsed only
when a query asks for that word — reading the index costs a tenth of a millisecond, where a JSON
object of lists of ids cost a millisecond for a thousand names.

The folder is kept small: when a file is written, files of cases not searched for `MAX_AGE_DAYS`
days are removed, and beyond `MAX_FILES` the least recently searched.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

FORMAT = 2
"""Raise when the folding or the file's layout changes, so older files are not used."""
APPLICATION = "provdesk"
MAX_AGE_DAYS = 30
"""A case's file not read for this long is removed (it is rebuilt if the case is searched)."""
MAX_FILES = 200
"""At most this many cases' files are kept, the most recently searched."""
_TOUCH_AFTER = 86_400.0
"""A file read is marked as used (its time set to now) when its time is older than this."""

_NOT_NUMBERS = str.maketrans("", "", "0123456789,\n")
"""Deletes what a table's numbers are written with: whatever is left was not written here."""


@dataclass(frozen=True)
class WordTable:
    """Word → numbers (actor ids, or outlets by their place in a list): the sorted words, and
    beside each its numbers as written ("n,n,…"), parsed only for the words asked for."""

    words: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()

    @classmethod
    def of(cls, by_word: dict[str, set[int]]) -> WordTable:
        items = sorted(by_word.items())
        return cls(
            tuple(w for w, _n in items), tuple(",".join(map(str, sorted(n))) for _w, n in items)
        )

    @classmethod
    def read(cls, words: str, numbers: str) -> WordTable | None:
        """The table `written()` gave; None when the texts are not one (a tampered file): a
        check in C of the whole, for what a loop over a thousand words would cost."""
        if not words:
            return cls() if not numbers else None
        if numbers.translate(_NOT_NUMBERS) or any(
            bad in f"\n{numbers}\n" for bad in ("\n\n", "\n,", ",\n", ",,")
        ):
            return None
        table = cls(tuple(words.split("\n")), tuple(numbers.split("\n")))
        if len(table.words) != len(table.numbers) or list(table.words) != sorted(table.words):
            return None
        return table

    def written(self) -> tuple[str, str]:
        return "\n".join(self.words), "\n".join(self.numbers)

    def exact(self, word: str) -> set[int]:
        at = bisect.bisect_left(self.words, word)
        if at < len(self.words) and self.words[at] == word:
            return _numbers(self.numbers[at])
        return set()

    def prefixed(self, prefix: str) -> set[int]:
        """The numbers of every word that begins with `prefix`."""
        found: set[int] = set()
        at = bisect.bisect_left(self.words, prefix)
        while at < len(self.words) and self.words[at].startswith(prefix):
            found |= _numbers(self.numbers[at])
            at += 1
        return found

    def largest(self) -> int:
        return max(map(int, ",".join(self.numbers).split(","))) if self.numbers else -1


def _numbers(written: str) -> set[int]:
    return set(map(int, written.split(",")))


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
    import platformdirs  # only when a cache is read or written

    return Path(platformdirs.user_cache_dir(APPLICATION)) / "names"


def _path(identity: str) -> Path:
    name = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:40]
    return _folder() / f"{name}.json"


def load(
    identity: str, token: list[int | None] | None = None, head: list[object] | None = None
) -> Words | None:
    """The words kept for this case under `token`, or kept when the case's newest audit event
    was `head` (`db.search_named._HEAD`); None if there are none to trust."""
    try:
        path = _path(identity)
        with path.open("rb") as handle:
            used = os.fstat(handle.fileno()).st_mtime
            data = json.loads(handle.read())
        if not (
            isinstance(data, dict)
            and data.get("format") == FORMAT
            and data.get("case") == identity
            and (
                (token is not None and data.get("token") == token)
                or (head is not None and data.get("head") == head)
            )
        ):
            return None
        words = _words(data)
        if words is not None and time.time() - used > _TOUCH_AFTER:
            os.utime(path)  # searched again: kept by `_prune`
        return words
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None


def _words(data: dict[str, object]) -> Words | None:
    texts = [data[part] for part in ("actor_words", "actor_ids", "outlet_words", "outlet_places")]
    outlets, keys = data["outlets"], data["keys"]
    if not all(isinstance(part, str) for part in texts):
        return None
    if not (isinstance(outlets, list) and all(isinstance(o, str) for o in outlets)):
        return None
    if not (
        keys is None or (isinstance(keys, str) and keys.startswith("\n") and keys.endswith("\n"))
    ):
        return None
    actor_words, actor_ids, outlet_words, outlet_places = (str(part) for part in texts)
    actors, outlet_table = (
        WordTable.read(actor_words, actor_ids),
        WordTable.read(outlet_words, outlet_places),
    )
    if actors is None or outlet_table is None or outlet_table.largest() >= len(outlets):
        return None
    return Words(actors, outlet_table, tuple(outlets), None if keys is None else NameKeys(keys))


def save(identity: str, token: list[int | None], head: list[object] | None, words: Words) -> None:
    """Keep the words for the next process, with the `_TOKEN` they were built under and the
    audit head under which they were last current; a folder that cannot be written is no
    error."""
    actor_words, actor_ids = words.actors.written()
    outlet_words, outlet_places = words.outlet_words.written()
    data = {
        "format": FORMAT,
        "case": identity,
        "token": token,
        "head": head,
        "actor_words": actor_words,
        "actor_ids": actor_ids,
        "outlet_words": outlet_words,
        "outlet_places": outlet_places,
        "outlets": list(words.outlets),
        "keys": None if words.keys is None else words.keys.lines,
    }
    temporary = None
    try:
        path = _path(identity)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
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
            elif path.suffix == ".json" and path != keep:
                if now - used > MAX_AGE_DAYS * 86_400:
                    path.unlink()
                else:
                    kept.append((used, path))
    kept.sort(reverse=True)
    for _used, path in kept[max(MAX_FILES - 1, 0) :]:
        with contextlib.suppress(OSError):
            path.unlink()
