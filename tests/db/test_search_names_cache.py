"""The name search's index is kept between processes in the user's cache folder: the same results
with and without it, rebuilt when an actor, alias or source is added or renamed, and a corrupt,
tampered or unwritable cache is ignored — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from db import operations as ops
from db import search_named
from db.case import Case
from db.search import named_matches, search


def _new_process() -> None:
    """What a new command-line process starts with: no name index in memory."""
    search_named._INDEXES.clear()


def _cache_files() -> list[Path]:
    folder = Path(os.environ["XDG_CACHE_HOME"]) / "provdesk" / "names"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


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


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xffnot json",
        b"",
        b"[1, 2]",
        b'{"format": 1}',
        "tampered ids",
        "tampered outlets",
    ],
)
def test_a_corrupt_or_tampered_cache_is_ignored(any_case: Case, content: bytes | str) -> None:
    _case(any_case)
    built = _results(any_case)
    (cached,) = _cache_files()
    if isinstance(content, str):
        data = json.loads(cached.read_bytes())
        if content == "tampered ids":
            data["actors"] = {word: ["1; DROP TABLE hops"] for word in data["actors"]}
        else:
            data["outlets"] = {word: [7] for word in data["outlets"]}
        content = json.dumps(data).encode()
    cached.write_bytes(content)
    _new_process()
    assert _results(any_case) == built
    assert json.loads(cached.read_bytes())["actors"]  # rewritten whole


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
