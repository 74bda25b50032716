"""The name index of a case kept between processes, in the user's cache folder.

Every command-line search needs the folded words of the case's actor and outlet names
(`db.search_named`); folding a thousand names costs several times the full-text query of a rare
word. The words are written as JSON (never pickle: a cache file may have been tampered with) to
a file named by the case's identity (the SQLite file's real path; the PostgreSQL server and
database) and holding the `_TOKEN` aggregate they were built under. A file that is missing,
unreadable, malformed or built under another token is ignored and the index rebuilt; a cache
that cannot be written is left alone. Nothing here ever raises.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

FORMAT = 1
"""Raise when the folding or the file's layout changes, so older files are not used."""
APPLICATION = "provdesk"

Words = tuple[dict[str, set[int]], dict[str, set[str]]]
"""Word → actor ids, word → outlets."""


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


def _path(identity: str) -> Path:
    import platformdirs  # only when a cache is read or written

    name = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:40]
    return Path(platformdirs.user_cache_dir(APPLICATION)) / "names" / f"{name}.json"


def load(identity: str, token: list[int | None]) -> Words | None:
    """The words kept for this case under `token`; None if there are none to trust."""
    try:
        data = json.loads(_path(identity).read_bytes())
        if not (
            isinstance(data, dict)
            and data.get("format") == FORMAT
            and data.get("case") == identity
            and data.get("token") == token
        ):
            return None
        actors: dict[str, set[int]] | None = _sets_of(data["actors"], int)
        outlets: dict[str, set[str]] | None = _sets_of(data["outlets"], str)
        if actors is None or outlets is None:
            return None
        return actors, outlets
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None


def _sets_of(by_word: dict[str, list[Any]], kind: type) -> dict[str, Any] | None:
    """Word → set of things, if every thing is of `kind` (a tampered file is not trusted);
    one pass in C over a thousand names, where a loop in Python would cost a millisecond."""
    values = by_word.values()
    if not set(map(type, chain.from_iterable(values))) <= {kind}:
        return None
    return dict(zip(by_word.keys(), map(set, values), strict=True))


def save(identity: str, token: list[int | None], words: Words) -> None:
    """Keep the words for the next process; a folder that cannot be written is no error."""
    actors, outlets = words
    data = {
        "format": FORMAT,
        "case": identity,
        "token": token,
        "actors": {word: sorted(ids) for word, ids in actors.items()},
        "outlets": {word: sorted(names) for word, names in outlets.items()},
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
    except (OSError, ValueError):
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
