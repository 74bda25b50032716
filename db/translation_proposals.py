"""Translation links the case proposes: a source that says it was translated ("This article
was translated and edited by …", ترجمة, перевод, çeviri) and a source in another language that
shares its anchors — numbers in any digit system and names across scripts (`db.text.names`
keys). A proposal is evidence for the reviewer, who links or dismisses it; nothing is linked
without the reviewer, and a dismissed pair is not proposed again."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Source
from .text.align_features import word_name_keys
from .text.align_lexicon import word_concept
from .text.anchor_numbers import digit_numbers
from .text.normalise import search_key

TRANSLATED_NOTICE = re.compile(
    r"translated(?: and edited)? (?:by|from|into)|translation (?:by|from)|ترجم|ترجمة"
    r"|перев[её]д|переведен|çevir|çevril|tercüme",
    re.IGNORECASE,
)
STATED_LANGUAGES = {
    "ar": r"arap|arabic|العربي|арабск",
    "tr": r"türk|turkish|التركي|турецк",
    "en": r"ingiliz|english|الإنجليزي|الانجليزي|английск",
    "ru": r"rus[çc]|russian|الروسي|русск",
    "fr": r"fransız|french|الفرنسي|французск",
}
"""Words naming the language a translation says it was made from (and their demonyms: they
are never a shared name)."""
_STATED = re.compile("|".join(f"(?P<{k}>{v})" for k, v in STATED_LANGUAGES.items()), re.I)


def stated_language(text: str, notice: re.Match[str]) -> str:
    """The language the translation's notice says it was made from ("Arapçadan çeviri",
    "translated from Arabic", "مترجم عن التركية", "перевод с арабского"), or ""."""
    near = text[max(0, notice.start() - 40) : notice.end() + 40]
    found = _STATED.search(near)
    return found.lastgroup or "" if found else ""


MIN_SHARED_ANCHORS = 3
"""Numbers and names a proposed original must share with the translation, at the least."""
DISMISSED = "dismissed_originals"
"""The key of a translation's `Source.details` listing the originals the reviewer dismissed."""
_WORD = re.compile(r"[^\W\d_]{4,}")  # a shorter word says too little


@dataclass(frozen=True)
class ProposedLink:
    """`translation` says it was translated (`notice`, its words) and `original`, in another
    language, shares `shared` of its `numbers` numbers and the names `names` (as the
    translation writes them)."""

    translation: int
    original: int
    notice: str
    shared: int
    numbers: int
    names: tuple[str, ...] = ()
    original_title: str = ""
    original_language: str = ""

    def evidence(self, isolate: Callable[[str], str] = str) -> str:
        """What the original shares: "5 of its 6 numbers and 2 names (Lavrov, Idlib)"."""
        parts = []
        if self.shared:
            parts.append(f"{self.shared} of its {self.numbers} number{'s' * (self.numbers != 1)}")
        if self.names:
            shown = ", ".join(map(isolate, self.names[:5])) + (", …" if len(self.names) > 5 else "")
            parts.append(f"{len(self.names)} name{'s' * (len(self.names) != 1)} ({shown})")
        return " and ".join(parts)

    def describe(self) -> str:
        """ "source 7 says “translated by”; source 3 (ar) shares 5 of its 6 numbers and 2
        names (Lavrov, Idlib)"."""
        language = f" ({self.original_language})" if self.original_language else ""
        return (
            f"source {self.translation} says “{self.notice}”; source {self.original}{language} "
            f"shares {self.evidence()}"
        )


def _numbers(text: str, language: str) -> set[str]:
    return {value for _s, _e, value in digit_numbers(search_key(text), language)}


def _base(language: str) -> str:
    return language.split("-")[0].lower()


def _names(text: str, language: str) -> dict[str, frozenset[str]]:
    """Candidate names of a text and their keys: capitalised words never written in lower case
    in it (every word in Arabic, which has no capitals), the lexicon's common words left out."""
    lang = _base(language)
    lower = {w for w in _WORD.findall(text) if w[:1].islower()} if lang != "ar" else set()
    found: dict[str, frozenset[str]] = {}
    for word in dict.fromkeys(_WORD.findall(text)):
        if lang != "ar" and (not word[:1].isupper() or word.lower() in lower):
            continue
        if word_concept(search_key(word), lang) is not None or _STATED.match(word):
            continue
        keys = word_name_keys(word, lang)
        if keys:
            found[word] = keys
    return found


@dataclass(frozen=True)
class ProposalSource:
    """What a proposal reads of one source (plain data: it may travel to another process)."""

    id: int
    language: str
    text: str
    translated_from_id: int | None
    title: str
    dismissed: tuple[int, ...] = ()


def proposal_sources(session: Session) -> list[ProposalSource]:
    """The live sources of the case as `proposals_among` reads them (one statement)."""
    rows = session.execute(
        select(
            Source.id,
            Source.language,
            Source.text,
            Source.translated_from_id,
            Source.title,
            Source.details,
        ).where(Source.deleted_at.is_(None))
    ).all()
    return [
        ProposalSource(
            r.id,
            r.language,
            r.text,
            r.translated_from_id,
            r.title,
            tuple((r.details or {}).get(DISMISSED, [])),
        )
        for r in rows
    ]


def _reaches(original_of: dict[int, int | None], start: int, goal: int) -> bool:
    """Whether walking up the originals from `start` reaches `goal` (as `check_link` refuses:
    linking `goal` as a translation of `start` would make a cycle)."""
    seen: set[int] = set()
    at: int | None = start
    while at is not None and at not in seen:
        if at == goal:
            return True
        seen.add(at)
        at = original_of.get(at)
    return False


def proposed_links(session: Session, translation_id: int | None = None) -> list[ProposedLink]:
    """Sources that say they were translated (only `translation_id` when given), each with the
    source in another language that shares most of its anchors (at least
    `MIN_SHARED_ANCHORS`); none that is linked already, no pair the reviewer dismissed."""
    return proposals_among((proposal_sources(session), translation_id))


def proposals_among(
    given: tuple[Sequence[ProposalSource], int | None],
) -> list[ProposedLink]:
    """`proposed_links` of the sources given (`proposal_sources`), for `translation_id` only
    when not None. Pure: no case, so it may run in a process of its own (one argument)."""
    rows, translation_id = given
    original_of = {r.id: r.translated_from_id for r in rows}
    numbers_of: dict[int, set[str]] = {}
    keys_of: dict[int, frozenset[str]] = {}
    found: list[ProposedLink] = []
    for t in rows:
        if translation_id is not None and t.id != translation_id:
            continue
        notice = TRANSLATED_NOTICE.search(t.text)
        if t.translated_from_id is not None or notice is None:
            continue
        numbers = _numbers(t.text, t.language)
        names = _names(t.text, t.language)
        dismissed = set(t.dismissed)
        stated = stated_language(t.text, notice)
        best: tuple[tuple[bool, int], int, list[str], int] | None = None
        for o in rows:
            if o.id == t.id or o.id in dismissed or _base(o.language) == _base(t.language):
                continue
            if _reaches(original_of, o.id, t.id):  # o is t's translation: the link would cycle
                continue
            if o.id not in numbers_of:
                numbers_of[o.id] = _numbers(o.text, o.language)
                keys_of[o.id] = frozenset().union(*_names(o.text, o.language).values())
            shared = len(numbers & numbers_of[o.id])
            met = [w for w, k in names.items() if k & keys_of[o.id]]
            score = shared + len(met)
            if score < MIN_SHARED_ANCHORS:
                continue
            rank = (_base(o.language) == stated, score)  # the stated language first
            if best is None or rank > best[0]:
                best = (rank, shared, met, o.id)
        if best is not None:
            _rank, shared, met, original = best
            o = next(r for r in rows if r.id == original)
            found.append(
                ProposedLink(
                    t.id,
                    original,
                    notice.group(),
                    shared,
                    len(numbers),
                    tuple(met),
                    o.title,
                    o.language,
                )
            )
    return found
