"""A source's search and similarity keys are made by the reader process that read its file, and
the writer stores exactly the keys it would have made itself; keys that do not belong to the
stored text are never used."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db import operations as ops
from db.case import Case
from db.models import Source, SourceBand
from db.text import similarity as sim
from db.text.normalise import normalise_text, search_key
from db.text.source_keys import SourceKeys, source_keys, text_sha256
from desktop.sources.folder import Outcome, import_folder
from desktop.sources.limits import ReadLimits
from desktop.sources.reader import load_bytes, read_bytes

ARTICLES = [
    "ANKARA — The foreign minister said the talks would resume next week; “there are no red "
    "lines,” an official told reporters. ﬁnal ﬂights were cancelled.",
    "قال مسؤول أمني إنه لا توجد خطوط حمراء في العلاقات، وأكد الوزير أن التحضيرات جارية.",
    "Министр иностранных дел заявил на пресс-конференции, что переговоры продолжатся. İSTANBUL",
]


def _stored(case: Case) -> dict[str, tuple[str, list[int]]]:
    """Each source's text with its stored search key and band keys."""
    with case.read() as session:
        found = {}
        for ident, text, key in session.execute(select(Source.id, Source.text, Source.text_key)):
            bands = session.scalars(
                select(SourceBand.band)
                .where(SourceBand.source_id == ident)
                .order_by(SourceBand.band)
            ).all()
            found[text] = (key, list(bands))
    return found


def _not_in_the_writer(words: object) -> set[int]:
    raise AssertionError("band keys made by the writer")


def test_keys_from_the_readers_are_the_writers_keys(
    sqlite_case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for n, article in enumerate(ARTICLES):
        (folder / f"article-{n}.txt").write_text(article * (1 + n * 10), encoding="utf-8")
    limits = ReadLimits.from_environment()
    read = read_bytes(load_bytes(folder / "article-2.txt", limits), use_cache=False)
    assert read.keys is not None  # made in the reader process
    assert read.keys == source_keys(read.text)
    with monkeypatch.context() as writer:  # the writer makes no band keys of its own
        writer.setattr(sim, "passage_band_keys", _not_in_the_writer)
        summary = import_folder(sqlite_case, [folder])
    assert len(summary.of(Outcome.IMPORTED)) == len(ARTICLES), summary.line()
    stored = _stored(sqlite_case)
    assert len(stored) == len(ARTICLES)
    for text, (key, bands) in stored.items():
        # what the writer makes from the stored text when no keys come with it
        assert key == search_key(text)
        assert bands == sorted(sim.passage_band_keys(sim.folded_words_of_key(key)))
        assert bands  # every article has windows


def test_keys_of_another_text_or_index_version_are_not_used(sqlite_case: Case) -> None:
    other = source_keys("a different text altogether, with its own words and windows")
    later = normalise_text(ARTICLES[1])
    stale = SourceKeys(text_sha256(later), "bogus key", (1, 2, 3), sim.INDEX_VERSION - 1)
    with sqlite_case.change() as uow:
        ops.add_source(uow, title="wrong text", text=ARTICLES[0], keys=other)
        ops.add_source(uow, title="old index", text=ARTICLES[1], keys=stale)
    stored = _stored(sqlite_case)
    for wording in (normalise_text(ARTICLES[0]), later):
        key, bands = stored[wording]
        assert key == search_key(wording)
        assert bands == sorted(sim.passage_band_keys(sim.folded_words_of_key(key)))
