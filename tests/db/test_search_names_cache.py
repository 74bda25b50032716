"""The name search's index is kept between processes in the user's cache folder: the same results
with and without it, rebuilt when an actor, alias or source is added or renamed, and a corrupt,
tampered or unwritable cache is ignored — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from db import name_search, search_named
from db import operations as ops
from db import search_names_cache as names_cache
from db.case import Case
from db.name_search import expand_query
from db.search import expansion_of, named_matches, search


def _new_process() -> None:
    """What a new command-line process starts with: no name index in memory."""
    search_named._INDEXES.clear()


def _cache_files() -> list[Path]:
    folder = Path(os.environ["XDG_CACHE_HOME"]) / "provdesk" / "names"
    return sorted(folder.glob("*" + names_cache.SUFFIX)) if folder.is_dir() else []


def _tables(path: Path) -> tuple[bytes, dict[str, object], list[str]]:
    """A cache file's first line, its facts and its tables (actor words, actor ids, outlet
    words, outlet places, the rest)."""
    magic, line, body = path.read_bytes().split(b"\n", 2)
    return magic, json.loads(line), body.decode().split("\x1e")


def _written(path: Path, magic: bytes, facts: dict[str, object], tables: list[str]) -> None:
    """Write a cache file; its checksum is made again when `facts` has none."""
    body = "\x1e".join(tables).encode()
    if "sum" not in facts:
        facts = {**facts, "sum": names_cache._checksum(body)}
    path.write_bytes(b"\n".join([magic, json.dumps(facts).encode(), body]))


def _case(case: Case) -> dict[str, int]:
    with case.change() as uow:
        lavrov = ops.add_actor(uow, "Sergey Lavrov", aliases=["Лавров"])
        fidan = ops.add_actor(uow, "Hakan Fidan")
        tass = ops.add_source(uow, title="Wire", outlet="TASS Agency", text="Report text")
        first = ops.add_claim(uow, "The talks resume in spring")
        second = ops.add_claim(uow, "Ceasefire talks begin")
        third = ops.add_claim(uow, "Nothing about anyone")
        ops.add_hop(uow, first, actor_id=lavrov, relation="said", quote="resume")
        ops.add_hop(uow, second, actor_id=fidan, relation="reported", source_id=tass)
    return {"lavrov": lavrov, "fidan": fidan, "first": first, "second": second, "third": third}


QUERIES = ["lavrov", "Лавров", "sergey lav", "hakan", "tass", "agency", "talks", "fid", "nobody"]


def _results(case: Case) -> list[object]:
    with case.read() as session:
        return [
            (named_matches(session, q), [(h.kind, h.id, h.rank) for h in search(session, q)])
            for q in QUERIES
        ]


def _found(case: Case, query: str) -> search_named.Named:
    _new_process()
    with case.read() as session:
        return named_matches(session, query)


def test_results_are_the_same_with_and_without_the_cache(
    any_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _case(any_case)
    built = _results(any_case)  # folds the names and writes the cache
    assert len(_cache_files()) == 1
    assert built[0][0] == search_named.Named((ids["lavrov"],), ())
    assert built[4][0] == search_named.Named((), ("TASS Agency",))

    _new_process()

    def not_folded(_session: object) -> None:
        raise AssertionError("the names were folded again although the cache is current")

    with monkeypatch.context() as patch:
        patch.setattr(search_named, "_fold_names", not_folded)
        assert _results(any_case) == built  # read back from the cache

    _new_process()
    monkeypatch.setattr(search_named.names_cache, "case_identity", lambda _engine: None)
    assert _results(any_case) == built  # no cache at all


def test_the_cache_is_rebuilt_when_names_change(any_case: Case) -> None:
    ids = _case(any_case)
    assert _found(any_case, "peskov") == search_named.Named()
    with any_case.change() as uow:
        peskov = ops.add_actor(uow, "Dmitry Peskov")
    assert _found(any_case, "peskov").actor_ids == (peskov,)
    with any_case.change() as uow:
        ops.add_alias(uow, ids["fidan"], "Хакан Фидан")
    assert _found(any_case, "фидан").actor_ids == (ids["fidan"],)
    with any_case.change() as uow:
        ops.edit_actor(uow, ids["lavrov"], name="Sergei Lavroff", aliases=[])
    assert _found(any_case, "lavroff").actor_ids == (ids["lavrov"],)
    assert _found(any_case, "sergey") == search_named.Named()
    with any_case.change() as uow:
        source = ops.add_source(uow, title="Daily", outlet="Anadolu Ajansi")
    assert _found(any_case, "anadolu").outlets == ("Anadolu Ajansi",)
    with any_case.change() as uow:
        ops.edit_source(uow, source, outlet="Kommersant")
    assert _found(any_case, "kommersant").outlets == ("Kommersant",)
    assert _found(any_case, "anadolu") == search_named.Named()
    assert len(_cache_files()) == 1


def test_an_unchanged_case_is_trusted_by_its_newest_audit_event(
    any_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process that finds the case as the cache last saw it (the same newest audit event)
    neither reads every actor and source for the token nor folds a name; a change that leaves
    the names alone costs the token once, no folding, and the cache is current again."""
    ids = _case(any_case)
    built = _results(any_case)
    asked: list[str] = []
    real = search_named.statement_rows

    def recorded(
        session: Session, sql: str, params: Mapping[str, object] | None = None
    ) -> list[tuple[object, ...]]:
        asked.append(sql)
        return real(session, sql, params)

    def not_folded(_session: object) -> None:
        raise AssertionError("the names were folded again although they did not change")

    monkeypatch.setattr(search_named, "statement_rows", recorded)
    monkeypatch.setattr(search_named, "_fold_names", not_folded)
    _new_process()
    assert _results(any_case) == built
    assert search_named._HEAD in asked and search_named._TOKEN not in asked
    with any_case.change() as uow:
        ops.add_claim(uow, "Another claim, no new name")
    for first in (True, False):  # the token once, then the head alone again
        asked.clear()
        _new_process()
        assert [named for named, _hits in _results(any_case)] == [n for n, _h in built]
        assert asked.count(search_named._TOKEN) == (1 if first else 0)
    monkeypatch.undo()
    with any_case.change() as uow:
        ops.edit_actor(uow, ids["fidan"], name="Hakan Fidanov")
    assert _found(any_case, "fidanov").actor_ids == (ids["fidan"],)


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xffnot json",
        b"",
        b"[1, 2]",
        b'{"format": 1}',
        b'{"format": 1, "actors": {"lavrov": [1]}}',
        "tampered ids",
        "tampered outlets",
        "unsorted words",
        "words without their ids",
        "tampered keys",
        "an older format",
        "cut short",
    ],
)
def test_a_corrupt_or_tampered_cache_is_ignored(any_case: Case, content: bytes | str) -> None:
    _case(any_case)
    built = _results(any_case)
    (cached,) = _cache_files()
    if isinstance(content, str):
        magic, facts, tables = _tables(cached)
        words = tables[0].split("\n")
        if content == "tampered ids":
            tables[1] = "\n".join("1; DROP TABLE hops" for _word in words)
        elif content == "tampered outlets":
            tables[3] = "\n".join("7" for _word in tables[2].split("\n"))
        elif content == "unsorted words":
            tables[0] = "\n".join(reversed(words))
        elif content == "words without their ids":
            tables[1] = "\n".join(tables[1].split("\n")[1:])
        elif content == "tampered keys":
            tables[4] = json.dumps([[], ["a list", "not lines"]])
        elif content == "an older format":
            magic = b"provdesk-names 2"
        _written(cached, magic, facts, tables)  # the checksum as it was
        if content == "cut short":
            cached.write_bytes(cached.read_bytes()[:-20])
        content = cached.read_bytes()
    cached.write_bytes(content)
    _new_process()
    assert _results(any_case) == built
    assert _tables(cached)[2][0]  # rewritten whole


@pytest.mark.parametrize("tampered", ["ids", "outlets", "keys", "parts"])
def test_a_cache_whose_checksum_was_made_again_never_raises(any_case: Case, tampered: str) -> None:
    """The checksum vouches for a file: one rewritten with a checksum of its own is used as it
    says, but what it says wrong finds nothing rather than raise."""
    _case(any_case)
    _results(any_case)
    (cached,) = _cache_files()
    magic, facts, tables = _tables(cached)
    if tampered == "ids":
        tables[1] = "\n".join("1; DROP TABLE hops" for _word in tables[0].split("\n"))
    elif tampered == "outlets":
        tables[3] = "\n".join("7" for _word in tables[2].split("\n"))
    elif tampered == "keys":
        tables[4] = json.dumps([{"not": "a list"}, 7])
    else:
        tables = tables[:3]
    del facts["sum"]
    _written(cached, magic, facts, tables)
    _new_process()
    found = _found(any_case, "lavrov")  # no exception
    if tampered == "ids":
        assert found == search_named.Named()
    assert _found(any_case, "tass").outlets in ((), ("TASS Agency",))


def test_an_unwritable_cache_folder_is_no_error(
    any_case: Case, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _case(any_case)
    built = _results(any_case)
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    _new_process()
    assert _results(any_case) == built


def test_other_spellings_are_asked_of_the_case_only_for_a_word_with_a_name_key(
    any_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache holds the name keys of the case's actors: a word that has none of them ("talks")
    is expanded without a statement, a name ("lavrov") still finds its other spellings."""
    _case(any_case)
    _new_process()
    with any_case.read() as session:
        expanded = {q: expand_query(session, q) for q in ("lavrov", "talks", "fidan")}
    assert "лавров" in expanded["lavrov"].alternatives[0]
    _new_process()
    asked: list[frozenset[str]] = []
    real = name_search._spellings_for

    def spellings_for(session: Session, keys: frozenset[str]) -> list[str]:
        asked.append(keys)
        return real(session, keys)

    monkeypatch.setattr(name_search, "_spellings_for", spellings_for)
    with any_case.read() as session:
        assert {q: expansion_of(session, q) for q in expanded} == expanded
    assert len(asked) == 2  # lavrov and fidan; not talks


def _aged(path: Path, days: float) -> None:
    when = time.time() - days * 86_400
    os.utime(path, (when, when))


def test_the_cache_folder_keeps_the_recently_searched_cases(
    any_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files of cases not searched for MAX_AGE_DAYS days go when a file is written, and beyond
    MAX_FILES the least recently searched; a file read again counts as searched."""
    _case(any_case)
    folder = Path(os.environ["XDG_CACHE_HOME"]) / "provdesk" / "names"
    folder.mkdir(parents=True)
    for n in range(6):
        (folder / f"other-{n}.names").write_text("")
        _aged(folder / f"other-{n}.names", days=n * 10)  # 0, 10, … 50 days unread
    (folder / "of-an-older-format.json").write_text("{}")
    (folder / "left-by-a-stopped-process.tmp").write_text("")
    _aged(folder / "left-by-a-stopped-process.tmp", days=1)
    _results(any_case)  # builds and writes this case's file
    (ours,) = set(_cache_files()) - {folder / f"other-{n}.names" for n in range(6)}
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [ours.name, "other-0.names", "other-1.names", "other-2.names"]
    )

    _aged(ours, days=names_cache.MAX_AGE_DAYS - 1)
    _new_process()
    _results(any_case)  # read back: marked as searched now
    assert time.time() - ours.stat().st_mtime < 3600

    monkeypatch.setattr(names_cache, "MAX_FILES", 2)
    with any_case.change() as uow:
        ops.add_actor(uow, "Dmitry Peskov")  # the names changed: the file is written again
    _new_process()
    _results(any_case)
    assert sorted(p.name for p in folder.iterdir()) == sorted([ours.name, "other-0.names"])


_WORDS = st.text(alphabet="abcçı", min_size=1, max_size=4)


@given(
    table=st.dictionaries(_WORDS, st.sets(st.integers(0, 10**6), min_size=1, max_size=3)),
    asked=st.lists(_WORDS, max_size=6),
)
def test_a_table_of_words_finds_what_a_dictionary_would(
    table: dict[str, set[int]], asked: list[str]
) -> None:
    """A word's numbers, and every number of the words that begin with a prefix, as the table
    is written to a file and read back (substring searches in its text, nothing split)."""
    written = names_cache.WordTable.of(table)
    read = names_cache.WordTable.read(*written.written())
    assert read == written
    for word in asked:
        assert read.exact(word) == table.get(word, set())
        assert read.prefixed(word) == set().union(
            *(numbers for known, numbers in table.items() if known.startswith(word))
        )
