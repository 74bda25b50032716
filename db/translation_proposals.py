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
from .text.anchor_numbers import digit_numbers
from .text.normalise import search_key
from .text.proposal_names import NameIndex, NameWord, OriginFinder, text_names

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
"""Numbers and names a proposed original must share with the translation, at the least (one
is enough when the translation names the original's outlet or author); and half of the
translation's numbers when it has two or more."""
DISMISSED = "dismissed_originals"
"""The key of a translation's `Source.details` listing the originals the reviewer dismissed."""
SHOWN = 5
"""Names and numbers listed in a proposal's evidence at most (the rest counted)."""
NUMBER_WEIGHT = 2.0
"""How much more the numbers' share weighs than the names' (a relay of the same story in a
third language names the same people; a translation keeps every number of its original)."""
TRANSLATED_PENALTY = 0.5
"""Taken from the score of a candidate that itself says it was translated."""


def _listed(items: Sequence[str], isolate: Callable[[str], str] = str) -> str:
    shown = ", ".join(map(isolate, items[:SHOWN]))
    return shown + (", …" if len(items) > SHOWN else "")


@dataclass(frozen=True)
class ProposedLink:
    """`translation` says it was translated (`notice`, its words) and `original`, in another
    language, shares `shared` of its `numbers` numbers (the original holds
    `original_numbers`) and the names `names` (as the translation writes them); `named`: the
    translation's words naming the original's outlet or author `origin` ("كوزي خبر" /
    "Kuzey Haber"), "" when it names neither. `unshared_numbers` and `unshared_names`: the
    translation's own that the original lacks. `runner_up`: the next candidate, described."""

    translation: int
    original: int
    notice: str
    shared: int
    numbers: int
    names: tuple[str, ...] = ()
    original_title: str = ""
    original_language: str = ""
    original_numbers: int = 0
    named: str = ""
    origin: str = ""
    unshared_numbers: tuple[str, ...] = ()
    unshared_names: tuple[str, ...] = ()
    runner_up: str = ""
    origin_kind: str = "outlet"
    """What `origin` is of the original: "outlet" or "author"."""

    def evidence(self, isolate: Callable[[str], str] = str) -> str:
        """What the original shares: "5 of its 6 numbers and 2 names (Lavrov, Idlib)"."""
        parts = []
        if self.shared:
            parts.append(f"{self.shared} of its {self.numbers} number{'s' * (self.numbers != 1)}")
        if self.names:
            parts.append(
                f"{len(self.names)} name{'s' * (len(self.names) != 1)} "
                f"({_listed(self.names, isolate)})"
            )
        return " and ".join(parts)

    def named_line(self, isolate: Callable[[str], str] = str) -> str:
        """ "names the original's outlet Kuzey Haber (as كوزي خبر)", or ""."""
        if not self.named:
            return ""
        line = f"names the original's {self.origin_kind} {isolate(self.origin)}"
        if search_key(self.named) != search_key(self.origin):
            line += f" (as {isolate(self.named)})"
        return line

    def not_shared(self, isolate: Callable[[str], str] = str) -> str:
        """What the original lacks: "not shared: numbers 45, 2019; names Idlib"."""
        parts = []
        if self.unshared_numbers:
            parts.append(f"numbers {_listed(self.unshared_numbers, isolate)}")
        if self.unshared_names:
            parts.append(f"names {_listed(self.unshared_names, isolate)}")
        return "not shared: " + ("; ".join(parts) if parts else "none")

    def describe(self) -> str:
        """ "source 7 says “translated by”; source 3 (ar) shares 5 of its 6 numbers and 2
        names (Lavrov, Idlib)"."""
        language = f" ({self.original_language})" if self.original_language else ""
        return (
            f"source {self.translation} says “{self.notice}”; source {self.original}{language} "
            f"shares {self.evidence()}"
        )

    def details(self) -> list[str]:
        """The evidence line by line: the named origin, what the original holds, what it
        lacks, the next candidate."""
        lines = [self.named_line()] if self.named else []
        lines.append(
            f"numbers: {self.shared} of the translation's {self.numbers}, "
            f"{self.shared} of the original's {self.original_numbers}"
        )
        lines.append(self.not_shared())
        if self.runner_up:
            lines.append(f"next: {self.runner_up}")
        return lines


def _numbers(text: str, language: str) -> set[str]:
    return {value for _s, _e, value in digit_numbers(search_key(text), language)}


def _base(language: str) -> str:
    return language.split("-")[0].lower()


def _names(text: str, language: str) -> dict[str, NameWord]:
    """The candidate names of a text (`db.text.proposal_names.text_names`), a language's name
    ("Arapçadan", "Arabic") left out: it says where the text was translated from."""
    return {n.word: n for n in text_names(text, language) if not _STATED.match(n.word)}


@dataclass(frozen=True)
class ProposalSource:
    """What a proposal reads of one source (plain data: it may travel to another process)."""

    id: int
    language: str
    text: str
    translated_from_id: int | None
    title: str
    dismissed: tuple[int, ...] = ()
    origins: tuple[str, ...] = ()
    """The source's outlet and author: the names a translation may give as its origin."""
    outlet: str = ""


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
            Source.outlet,
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
            _origins(r.outlet, r.details or {}),
            r.outlet or "",
        )
        for r in rows
    ]


def _origins(outlet: str, details: dict[str, object]) -> tuple[str, ...]:
    author = details.get("author")
    return tuple(
        x.strip() for x in (outlet, author if isinstance(author, str) else "") if x and x.strip()
    )


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


@dataclass(frozen=True)
class _Candidate:
    original: ProposalSource
    shared: tuple[str, ...]
    met: tuple[str, ...]
    named: str
    origin: str
    rank: tuple[bool, bool, float, int]
    theirs: int


def _dice(shared: int, mine: int, theirs: int) -> float:
    return 2 * shared / (mine + theirs) if mine + theirs else 0.0


def proposals_among(
    given: tuple[Sequence[ProposalSource], int | None],
) -> list[ProposedLink]:
    """`proposed_links` of the sources given (`proposal_sources`), for `translation_id` only
    when not None. Pure: no case, so it may run in a process of its own (one argument).

    The original proposed is, in this order: the one whose outlet or author the translation
    names (in any script), the one in the language the translation says it was made from,
    the one whose numbers and names match best on both sides (the Dice share of the numbers
    of both texts plus the share of the translation's names it holds: a long text sharing
    many numbers by chance shares a small part of its own), one that does not itself say it
    was translated, the most shared anchors."""
    rows, translation_id = given
    original_of = {r.id: r.translated_from_id for r in rows}
    numbers_of: dict[int, set[str]] = {}
    names_of: dict[int, NameIndex] = {}
    translated = {r.id for r in rows if TRANSLATED_NOTICE.search(r.text)}
    found: list[ProposedLink] = []
    for t in rows:
        if translation_id is not None and t.id != translation_id:
            continue
        notice = TRANSLATED_NOTICE.search(t.text)
        if t.translated_from_id is not None or notice is None:
            continue
        numbers = _numbers(t.text, t.language)
        names = _names(t.text, t.language)
        origin = OriginFinder(t.text, t.language)
        dismissed = set(t.dismissed)
        stated = stated_language(t.text, notice)
        candidates: list[_Candidate] = []
        for o in rows:
            if o.id == t.id or o.id in dismissed or _base(o.language) == _base(t.language):
                continue
            if _reaches(original_of, o.id, t.id):  # o is t's translation: the link would cycle
                continue
            if o.id not in numbers_of:
                numbers_of[o.id] = _numbers(o.text, o.language)
                names_of[o.id] = NameIndex(_names(o.text, o.language).values())
            shared = tuple(sorted(numbers & numbers_of[o.id], key=_number_order))
            met = tuple(w for w, n in names.items() if names_of[o.id].meets(n))
            named = origin.named(o.origins, o.language)
            score = len(shared) + len(met)
            if score < (1 if named else MIN_SHARED_ANCHORS):
                continue
            if not named and len(numbers) >= 2 and 2 * len(shared) < len(numbers):
                continue  # a translation keeps its original's numbers: most of them shared
            share = NUMBER_WEIGHT * _dice(len(shared), len(numbers), len(numbers_of[o.id]))
            share += len(met) / len(names) if names else 0.0
            if o.id in translated:  # a sibling translation shares as much as the original
                share -= TRANSLATED_PENALTY
            rank = (bool(named), _base(o.language) == stated, round(share, 3), score)
            used = next((x for x in o.origins if named and origin.named((x,), o.language)), "")
            candidates.append(_Candidate(o, shared, met, named, used, rank, len(numbers_of[o.id])))
        if not candidates:
            continue
        candidates.sort(key=lambda c: c.rank, reverse=True)
        best = candidates[0]
        o = best.original
        found.append(
            ProposedLink(
                t.id,
                o.id,
                notice.group(),
                len(best.shared),
                len(numbers),
                best.met,
                o.title,
                o.language,
                original_numbers=best.theirs,
                named=best.named,
                origin=best.origin,
                unshared_numbers=tuple(sorted(numbers - set(best.shared), key=_number_order)),
                unshared_names=_unshared_names(t.language, names, best),
                runner_up=_runner_up(candidates[1], len(numbers)) if len(candidates) > 1 else "",
                origin_kind="outlet" if best.origin and best.origin == o.outlet else "author",
            )
        )
    return found


def _unshared_names(language: str, names: dict[str, NameWord], best: _Candidate) -> tuple[str, ...]:
    """The translation's names the original lacks (but those naming the original's outlet):
    none for a script without capitals, whose every unknown word is a candidate name."""
    if _base(language) in _NO_CAPITALS:
        return ()
    named = set(_WORDS.findall(best.named))
    return tuple(w for w in names if w not in best.met and w not in named)


_NO_CAPITALS = frozenset({"ar", "fa", "ur", "he"})
_WORDS = re.compile(r"[^\W\d_]+")


def _number_order(value: str) -> tuple[float, str]:
    try:
        return float(value.rstrip("%")), value
    except ValueError:
        return float("inf"), value


def _runner_up(c: _Candidate, numbers: int) -> str:
    """ "source 1 (ru): 9 of 10 numbers (it holds 13), 4 names, its outlet or author not
    named"."""
    o = c.original
    language = f" ({o.language})" if o.language else ""
    named = f"names {c.named}" if c.named else "its outlet or author not named"
    return (
        f"source {o.id}{language}: {len(c.shared)} of {numbers} numbers "
        f"(it holds {c.theirs}), {len(c.met)} names, {named}"
    )
