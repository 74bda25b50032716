"""Where else? across languages: passages of sources in other languages that may carry a traced
text. A translation shares no words with its original, but it names the same actors and carries
the same numbers and dates; so a passage is proposed when it spells an actor the traced text
names (through the actors' name keys, `db.actor_names`, in any script and inflection) and shares
a number, a date or a known place with it (anchors of meaning, `db.text.anchors`), or names two
of its actors when the text has none of those.

A proposal, never a match: each one says which spellings and which numbers and dates it shares,
is marked "other language — check the translation", and ranks after every same-language
appearance (`db.appearances.Trace.other_languages`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from .models import Source
from .text.anchors import anchor_language, find_anchors
from .text.name_morphology import inflected_forms
from .text.names import mention_keys, surname
from .text.normalise import search_words
from .text.scripts import main_script
from .text.sentences import split_sentences

NOTE = "other language — check the translation"
MAX_SOURCES = 200
"""Sources read per trace at most (those the full-text index finds with the names first)."""
MAX_NAME_WORDS = 300
"""Words of the traced text looked up as names at most."""
_WORD = re.compile(r"[^\W\d_]{3,}")
_ACTORS_NAMED = text(
    "SELECT DISTINCT actors.id FROM actor_name_keys JOIN actors ON actors.id = "
    "actor_name_keys.actor_id WHERE actor_name_keys.key IN :keys AND actors.deleted_at IS NULL "
    "AND actors.merged_into_id IS NULL"
).bindparams(bindparam("keys", expanding=True))
_SPELLINGS = text(
    "SELECT id, name FROM actors WHERE id IN :ids UNION ALL "
    "SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN :ids"
).bindparams(bindparam("ids", expanding=True))


@dataclass(frozen=True)
class OtherLanguagePassage:
    """A passage of a source in another language that may carry the traced text: `names` the
    spellings of the text's actors met in it ("Лаврова"), `shared` the numbers and dates it
    shares with the text ("4500", "2023-01-19"); `start`/`end` characters of the source's
    stored text."""

    source_id: int
    title: str
    outlet: str
    url: str
    language: str
    published_on: dt.date | None
    start: int
    end: int
    passage: str
    names: tuple[str, ...]
    shared: tuple[str, ...]
    note: str = NOTE

    @property
    def score(self) -> int:
        return len(self.names) + 2 * len(self.shared)


def _name_forms(session: Session, text_: str) -> dict[str, int]:
    """Folded forms (inflected, with clitics) of the names of the actors `text_` names → actor."""
    words = list(dict.fromkeys(_WORD.findall(text_)))[:MAX_NAME_WORDS]
    keys = sorted({k for w in words for k in mention_keys(w)})
    if not keys:
        return {}
    ids = [int(i) for (i,) in session.execute(_ACTORS_NAMED, {"keys": keys})]
    if not ids:
        return {}
    forms: dict[str, int] = {}
    for ident, spelling in session.execute(_SPELLINGS, {"ids": ids}):
        for word in {surname(spelling), *([spelling] if " " not in spelling.strip() else [])}:
            for form in inflected_forms(word) if word else ():
                for folded in search_words(form):
                    if len(folded) >= 3:
                        forms.setdefault(folded, int(ident))
    return forms


def _comparable(kind: str, value: str) -> bool:
    """Anchors that read the same in every language: numbers, dates, known places (CLDR)."""
    return kind in ("number", "date") or (kind == "name" and value.startswith("place:"))


def _other_language(source_language: str, source_text: str, language: str, script: str) -> bool:
    mine = language.split("-")[0].lower()
    theirs = (source_language or "").split("-")[0].lower()
    if mine and theirs:
        return mine != theirs
    return main_script(source_text[:3000]) not in (script, None)


def other_language_passages(
    session: Session,
    text_: str,
    *,
    language: str | None = None,
    exclude_sources: Iterable[int] = (),
    limit: int = 20,
) -> tuple[OtherLanguagePassage, ...]:
    """Passages of sources in other languages than `text_`'s that may carry it, best first
    (most shared numbers and dates, then names; then by date)."""
    forms = _name_forms(session, text_)
    if not forms:
        return ()
    lang = anchor_language(text_, language)
    script = main_script(text_) or ""
    mine = {a.value for a in find_anchors(text_, lang) if _comparable(a.kind, a.value)}
    excluded = set(exclude_sources)
    expression = " OR ".join(f'"{f}"' for f in sorted(forms))
    found: list[OtherLanguagePassage] = []
    for row in _candidates(session, expression, excluded):
        if not _other_language(row.language, row.text, lang, script):
            continue
        best = _best_passage(row, forms, mine)
        if best is not None:
            found.append(best)
    found.sort(key=lambda p: (-p.score, p.published_on or dt.date.max, p.source_id))
    return tuple(found[:limit])


def _candidates(session: Session, expression: str, excluded: set[int]) -> list[Source]:
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres:
        query = expression.replace('"', "'").replace(" OR ", " | ")
        ids_sql = "SELECT id FROM sources WHERE search_vector @@ to_tsquery('simple', :q) LIMIT :n"
    else:
        query = expression
        ids_sql = "SELECT rowid FROM source_fts WHERE source_fts MATCH :q LIMIT :n"
    ids = [int(i) for (i,) in session.execute(text(ids_sql), {"q": query, "n": MAX_SOURCES})]
    ids = [i for i in ids if i not in excluded]
    if not ids:
        return []
    alive = select(Source).where(Source.id.in_(ids), Source.deleted_at.is_(None))
    return list(session.scalars(alive.order_by(Source.id)))


def _best_passage(
    source: Source, forms: dict[str, int], mine: set[str]
) -> OtherLanguagePassage | None:
    """The sentence (with the next one) of `source` naming the most of the text's actors and
    sharing the most of its numbers and dates; None when none qualifies."""
    sentences = split_sentences(source.text, source.language or None)
    best: tuple[int, int, int, tuple[str, ...], tuple[str, ...]] | None = None
    for at, sentence in enumerate(sentences):
        named: dict[int, str] = {}
        for word in re.finditer(r"\w+", sentence.text):
            for folded in search_words(word.group()):
                if folded in forms:
                    named.setdefault(forms[folded], word.group())
        if not named:
            continue
        end = sentences[at + 1].end if at + 1 < len(sentences) else sentence.end
        window = source.text[sentence.start : end]
        anchors = find_anchors(window, source.language or None)
        shared = tuple(
            dict.fromkeys(
                a.value for a in anchors if a.kind in ("number", "date") and a.value in mine
            )
        )
        if not shared and (mine or len(named) < 2):
            continue
        score = len(named) + 2 * len(shared)
        if best is None or score > best[0]:
            best = (score, sentence.start, end, tuple(named.values()), shared)
    if best is None:
        return None
    _score, start, end, names, shared = best
    return OtherLanguagePassage(
        source.id,
        source.title,
        source.outlet,
        source.url,
        source.language,
        source.published_on,
        start,
        end,
        source.text[start:end],
        names,
        shared,
    )
