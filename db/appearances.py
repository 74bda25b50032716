"""Where else does this appear? The similarity index of a case, traces and similar claims.

The index is derived data kept beside the records it describes: `source_bands` holds the
locality-sensitive band keys of every window of a source's folded text, `claim_bands` those of
every claim's folded wording (`db.text.similarity`). Both are written in the unit of work that adds
or changes the record (`index_source`, `index_claim`), rebuilt by `rebuild_index_rows`
(`provdesk-cli reindex`, the Alembic revision that created them), and read through their
primary-key index (`band` first) on SQLite and PostgreSQL alike.

A trace looks up the sources sharing band keys with the traced text (plus, for a short text,
the sources whose full-text index holds all its words), aligns the text with each candidate's
folded words and keeps the passages that carry it (`db.text.similarity.align`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from .aligned_appearances import aligned_fields
from .appearance_order import originals_first
from .errors import InvalidInput, NotFound
from .meaning_checks import case_names, passage_differences, passage_window
from .models import Claim, ClaimBand, Hop, Source, SourceBand
from .other_languages import OtherLanguagePassage, other_language_passages
from .search import search
from .similarity_index import (
    IndexCounts as IndexCounts,
)
from .similarity_index import (
    drop_claim_index as drop_claim_index,
)
from .similarity_index import (
    drop_source_index as drop_source_index,
)
from .similarity_index import (
    index_claim as index_claim,
)
from .similarity_index import (
    index_source as index_source,
)
from .similarity_index import (
    rebuild_claim_index_rows as rebuild_claim_index_rows,
)
from .similarity_index import (
    rebuild_index_rows as rebuild_index_rows,
)
from .text import meaning
from .text import similarity as sim
from .text.anchors import AnchorDifference
from .text.normalise import search_key
from .text.spans import page_of
from .text.wording import retrieval_words

MAX_CANDIDATES = 400
"""Sources aligned per trace at most, those sharing the most band keys first."""
MAX_QUERY_KEYS = 4000
MIN_HITS_DIVISOR = 4
"""Candidates sharing fewer than a quarter of the keys the best candidate shares are not
aligned (measured on the benchmark: relays 7–15 of 16 keys, unrelated articles at most 2)."""
SHORT_TEXT_WORDS = sim.WINDOW_WORDS // 2
"""A traced text shorter than this also asks the full-text index (a short quote shares few
bigrams with a window of 32 words)."""
MAX_SIMILAR_CANDIDATES = 200
_BATCH = 500


def _alive(model: type[Source] | type[Claim]) -> list[Any]:
    """The condition that leaves out records in the Trash (their index keys stay, so a record
    restored from the Trash is found again at once)."""
    return [model.deleted_at.is_(None)]


# --- trace ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Appearance:
    """A passage of a source that carries the traced text.

    `start`/`end` are characters of the source's stored text, `page` 1-based (paged sources),
    `similarity` 0–1 (Dice similarity of the traced words and the passage's words),
    `matched_words` the words matched in order; `first` marks the candidate first appearance.
    """

    source_id: int
    title: str
    outlet: str
    url: str
    language: str
    published_on: dt.date | None
    imported_at: dt.datetime
    start: int
    end: int
    page: int | None
    passage: str
    similarity: float
    matched_words: int
    verbatim: bool
    first: bool = False
    differences: tuple[AnchorDifference, ...] = ()
    """Anchors of meaning in which the passage differs from the traced text."""
    note: str = ""
    """"negated", "edited — number differs: 45 → 4,500" (`db.text.meaning.appearance_note`);
    "" when the anchors agree."""
    aligned_with: int | None = None
    """For a passage found through a translation link: the source whose appearance it is
    aligned with (its translation or its original), not a match of the words."""


@dataclass(frozen=True)
class Trace:
    """The appearances of `text` ordered by publication date (undated ones after, by import
    time); `words` is how many folded words were traced, `candidates` how many sources were
    aligned."""

    text: str
    words: int
    candidates: int
    appearances: tuple[Appearance, ...]
    other_languages: tuple[OtherLanguagePassage, ...] = ()
    """Passages in other languages that may carry the text (same actors, numbers, dates):
    proposals to check against a translation, after every appearance (`db.other_languages`)."""


def _candidate_ids(session: Session, words: Sequence[str], text: str) -> list[int]:
    keys = sorted(sim.passage_band_keys(words))[:MAX_QUERY_KEYS]
    hits = func.count().label("hits")
    found: list[int] = []
    if keys:
        statement = (
            select(SourceBand.source_id, hits)
            .where(SourceBand.band.in_(bindparam("keys", expanding=True)))
            .group_by(SourceBand.source_id)
            .order_by(hits.desc(), SourceBand.source_id)
            .limit(MAX_CANDIDATES)
        )
        ranked = [(int(r[0]), int(r[1])) for r in session.execute(statement, {"keys": keys})]
        if ranked:
            # a relay shares most of the traced text's keys, unrelated text one or two
            least = max(1, ranked[0][1] // MIN_HITS_DIVISOR)
            found = [ident for ident, count in ranked if count >= least]
    if len(words) < SHORT_TEXT_WORDS:
        seen = set(found)
        for hit in search(session, text, kinds=("source",), limit=MAX_CANDIDATES):
            if hit.id not in seen:
                found.append(hit.id)
                seen.add(hit.id)
    return found


def _traceable_words(text: str) -> list[str]:
    words = sim.folded_words(text)
    if len(words) < sim.MIN_TRACE_WORDS:
        raise InvalidInput(
            f"too short to trace: {len(words)} word{'s' if len(words) != 1 else ''} "
            f"(give at least {sim.MIN_TRACE_WORDS} words; shorter phrases occur by chance)"
        )
    return words


def trace_text(session: Session, text: str, *, exclude_sources: Iterable[int] = ()) -> Trace:
    """Every source of the case that carries `text` verbatim or as a near variant.

    Raises `InvalidInput` when `text` has fewer than `MIN_TRACE_WORDS` words. Sources in
    `exclude_sources` are left out.
    """
    words = _traceable_words(text)
    excluded = set(exclude_sources)
    ids = [i for i in _candidate_ids(session, words, text) if i not in excluded]
    windows: dict[int, str] = {}
    appearances = _with_anchors(session, text, _locate(session, ids, words, text, windows), windows)
    appearances.sort(key=_order)
    for index, fields in reversed(aligned_fields(session, appearances, excluded)):
        appearances.insert(index + 1, replace(appearances[index], **fields))
    appearances = originals_first(session, appearances)
    others = other_language_passages(
        session, text, exclude_sources=excluded | {a.source_id for a in appearances}
    )
    return Trace(text, len(words), len(ids), tuple(appearances), others)


def _with_anchors(
    session: Session, text: str, found: list[Appearance], windows: dict[int, str]
) -> list[Appearance]:
    """The appearances with the anchors of meaning in which each passage differs from `text`
    (the passage read with the words around it that the alignment left out)."""
    from dataclasses import replace

    diffs = passage_differences(
        session,
        text,
        [
            (windows.get(a.source_id, a.passage), a.language) if not a.verbatim else None
            for a in found
        ],
    )
    return [
        replace(a, differences=d.differences, note=meaning.appearance_note(d))
        for a, d in zip(found, diffs, strict=True)
    ]


def _order(a: Appearance) -> tuple[int, dt.date, dt.datetime, int]:
    return (a.published_on is None, a.published_on or dt.date.min, a.imported_at, a.source_id)


def _locate(
    session: Session,
    source_ids: Sequence[int],
    words: Sequence[str],
    traced: str = "",
    windows: dict[int, str] | None = None,
) -> list[Appearance]:
    """The appearances in these sources, located in their stored text (and, in `windows`, each
    passage widened for the anchors of meaning, `_window`)."""
    found: list[Appearance] = []
    columns = (
        Source.id,
        Source.title,
        Source.outlet,
        Source.url,
        Source.language,
        Source.published_on,
        Source.created_at,
        Source.page_starts,
        Source.text,
    )
    carrying: dict[int, tuple[sim.Alignment, int, int]] = {}
    for start in range(0, len(source_ids), _BATCH):
        chunk = source_ids[start : start + _BATCH]
        # aligned first on the stored folded text (no folding, no offsets): most candidates
        # of a short text carry only some of its words
        for ident, key in session.execute(
            select(Source.id, Source.text_key).where(Source.id.in_(chunk), *_alive(Source))
        ):
            hint = sim.align_key(key, words)
            if hint is not None:
                carrying[int(ident)] = hint
    ids = list(carrying)
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        for row in session.execute(select(*columns).where(Source.id.in_(chunk))):
            located = sim.locate_passage(row.text, words, carrying[row.id])
            if located is None:
                continue
            begin, end, aligned = located
            begin, end = sim.include_numbers(row.text, begin, end, traced)
            if windows is not None and aligned.matched < len(words):
                windows[row.id] = passage_window(row.text, begin, end, len(traced) - (end - begin))
            found.append(
                Appearance(
                    source_id=row.id,
                    title=row.title,
                    outlet=row.outlet,
                    url=row.url,
                    language=row.language,
                    published_on=row.published_on,
                    imported_at=row.created_at,
                    start=begin,
                    end=end,
                    page=page_of(row.page_starts or [], begin),
                    passage=row.text[begin:end],
                    similarity=aligned.similarity,
                    matched_words=aligned.matched,
                    verbatim=aligned.matched == len(words) == aligned.length,
                )
            )
    return found


def trace_claim(session: Session, claim_id: int) -> Trace:
    """Trace a claim's wording."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound("claim", claim_id)
    return trace_text(session, claim.text)


def trace_hop(session: Session, hop_id: int) -> Trace:
    """Trace a hop's quote (its own source included: it is one of the appearances)."""
    hop = session.get(Hop, hop_id)
    if hop is None:
        raise NotFound("hop", hop_id)
    if not hop.quote.strip():
        raise InvalidInput(f"hop {hop_id} has no quote to trace")
    return trace_text(session, hop.quote)


# --- similar claims ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SimilarClaim:
    """A claim whose folded wording is close: `similarity` 0–1 (Dice of character trigrams);
    `same` ("probably the same claim") when it reaches `SAME_CLAIM_SIMILARITY` and the two
    claims' anchors of meaning agree; `differences` names the anchors that differ ("close
    wording, different facts", `db.text.meaning`)."""

    claim_id: int
    text: str
    verdict: str
    similarity: float
    same: bool
    differences: tuple[AnchorDifference, ...] = ()
    words: float = 0.0
    """Content-word similarity when the wording is not close but the anchors agree and share
    a fact (`db.text.meaning.REWORDING_SIMILARITY`): a rewording; 0 otherwise."""

    @property
    def different_facts(self) -> bool:
        """Differences named and not "probably the same" (a same claim may name the one detail
        word it says more: `db.text.meaning.DETAIL_WORDS`)."""
        return bool(self.differences) and not self.same

    @property
    def label(self) -> str:
        if self.same:
            return meaning.SAME
        return meaning.DIFFERENT_FACTS if self.different_facts else meaning.CLOSE


def _candidates(
    session: Session, keys: Any, params: dict[str, Any], excluded: set[int]
) -> list[int]:
    """Claims sharing band keys (`keys`: a list bound as `keys`, or a subquery), most first."""
    hits = func.count().label("hits")
    statement = (
        select(ClaimBand.claim_id, hits)
        .where(ClaimBand.band.in_(keys))
        .group_by(ClaimBand.claim_id)
        .order_by(hits.desc(), ClaimBand.claim_id)
        .limit(MAX_SIMILAR_CANDIDATES + len(excluded))
    )
    return [int(r[0]) for r in session.execute(statement, params)]


def similar_to_text(
    session: Session,
    text: str,
    *,
    exclude: Iterable[int] = (),
    limit: int = 20,
    indexed: int | None = None,
    band_keys: Callable[[str], Iterable[int]] | None = None,
) -> list[SimilarClaim]:
    """Claims whose wording is close to `text` (from `SUGGEST_SIMILARITY`), and claims that
    say it in other words (`db.text.meaning`: the anchors agree, the content words are close),
    closest first. `indexed`: the claim whose wording `text` is, when its band keys may be
    in the index already (read there in the same statement, not computed); `band_keys`: how
    its keys are made when they are not (`similarity.claim_band_keys` here by default)."""
    key = search_key(text)
    excluded = set(exclude)
    ids: list[int] = []
    if indexed is not None:
        stored = select(ClaimBand.band).where(ClaimBand.claim_id == indexed).scalar_subquery()
        ids = _candidates(session, stored, {}, excluded)
        if not ids and session.scalar(select(ClaimBand.claim_id).limit(1)) is None:
            return []  # an index with no claim in it: nothing to compare with
    if indexed is None or indexed not in ids:  # not in the index (yet): its keys computed
        keys = sorted((band_keys or sim.claim_band_keys)(key))
        if not keys:
            return []
        ids = _candidates(session, bindparam("keys", expanding=True), {"keys": keys}, excluded)
    ids = [i for i in ids if i not in excluded]
    if not ids:
        return []
    mine = sim.trigrams(key)
    my_words = retrieval_words(key)
    names = case_names(session)
    found: list[SimilarClaim] = []
    rows = session.execute(
        select(Claim.id, Claim.text, Claim.text_key, Claim.verdict).where(
            Claim.id.in_(ids), Claim.merged_into_id.is_(None), *_alive(Claim)
        )
    ).all()
    for ident, wording, other_key, verdict in rows:
        score = round(sim.claim_similarity(mine, sim.trigrams(other_key)), 3)
        if score < meaning.REWORDING_FLOOR:
            continue
        if score < sim.SUGGEST_SIMILARITY and not meaning.may_be_reworded(
            my_words, retrieval_words(other_key)
        ):
            continue
        check = meaning.check_pair(text, wording, score, names=names)
        if score >= sim.SUGGEST_SIMILARITY or check.probably_same or check.one_word_away:
            found.append(
                SimilarClaim(
                    int(ident),
                    wording,
                    verdict,
                    score,
                    check.probably_same,
                    check.differences,
                    check.words,
                )
            )
    found.sort(key=lambda s: (-s.similarity, s.claim_id))
    return found[:limit]


def similar_claims(
    session: Session,
    claim_id: int,
    *,
    limit: int = 20,
    band_keys: Callable[[str], Iterable[int]] | None = None,
) -> list[SimilarClaim]:
    """Claims whose wording is close to claim `claim_id`'s, closest first. The claim's band
    keys come from the index when it holds them, so the window never loads the MinHash
    library (datasketch, numpy and scipy: ~45 MB) to look at a claim; an index without any
    claim in it has nothing to offer."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound("claim", claim_id)
    return similar_to_text(
        session, claim.text, exclude=[claim_id], limit=limit, indexed=claim_id, band_keys=band_keys
    )
