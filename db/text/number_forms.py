"""A query's terms as the full-text indexes hold them, a number in every way it is written.

A checker tracing a figure types its digits: `12000`. A source writes it `12,000` (English),
`12 000` or `12 000` (Russian, French: a space or narrow no-break space), `12.000` (Turkish,
German), `12'000` (Swiss), `١٢٬٠٠٠` (Arabic: Arabic-Indic digits and the Arabic thousands
separator) or `۱۲٬۰۰۰` (Persian digits), and a decimal `2.4`, `2,4` or `٢٫٤`. Neither tokenizer
folds one digit system into another (nor does `db.text.normalise`: a case stores digits as the
source wrote them), and they cut a number differently: FTS5's unicode61 at every separator
(`12,000` and `2.4` are phrases of two words); PostgreSQL's parser keeps `1.200`, `2.4` and
`200.5` as one word, cuts at a comma or a space, and writes a sign onto the number after it
(`-12`, `+12`, and the `-12` of `2025-12-01` or `10-12`), while Arabic-Indic digits are words
it cuts at every mark. So the query, not the index, spells a number out: its value is read as
`db.text.anchor_numbers` reads a number (`NUMBER`, `ascii_digits`), then written in each of the
ways above and in each digit system, and each writing cut as that index cuts it (`number_forms`):
a number term matches any of those forms. A number typed in groups (`12,000`, `١٢٬٠٠٠`, `12 000`)
is one number, so it finds the plain `12000` too; a number is matched whole (`1200` is not the
start of `12000`).

The terms are rendered into an FTS5 MATCH expression or a PostgreSQL tsquery by one function
(`expression`), which the other spellings of a query's names use too (`db.name_search`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .anchor_numbers import NUMBER, ascii_digits
from .normalise import search_key

_WORD = re.compile(r"\w+")
_POSTGRES_NUMBER = re.compile(r"\d+(?:\.\d+)*")
"""What PostgreSQL's parser makes one word of a number in Western digits (`1.200`, `200.5`)."""
_SYSTEMS = ("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
            "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9")  # fmt: skip
"""The digit systems a number is searched in: Western, Arabic-Indic (Arabic), Persian (Urdu)."""
_TO_SYSTEM = [str.maketrans("0123456789", digits) for digits in _SYSTEMS]
_SIGNS = ("-", "+")
"""What PostgreSQL's parser writes onto the number after it (a minus, a dash, a plus)."""


@dataclass(frozen=True)
class Term:
    """One term of a query: a folded word, or a number (its integer's and its fraction's
    digits, Western)."""

    word: str = ""
    integer: str = ""
    fraction: str = ""

    @property
    def is_number(self) -> bool:
        return bool(self.integer)

    def forms(self, dialect: str = "sqlite") -> tuple[tuple[str, ...], ...]:
        """Each a phrase of the index's words; a word has one form."""
        if not self.is_number:
            return ((self.word,),)
        return number_forms(self.integer, self.fraction, dialect)


def _groups(digits: str) -> list[str]:
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return [digits, *groups]


def _writings(integer: str, fraction: str) -> list[str]:
    """The ways a number is written in Western digits: plain, grouped by a comma, a dot or a
    space; a fraction after a dot or a comma (the other mark grouping)."""
    groups = _groups(integer)
    grouped = {",": ",".join(groups), ".": ".".join(groups), " ": " ".join(groups)}
    if not fraction:
        return [integer, *(grouped.values() if len(groups) > 1 else ())]
    written = [f"{integer}.{fraction}", f"{integer},{fraction}"]
    if len(groups) > 1:
        written += [f"{grouped[',']}.{fraction}", f"{grouped['.']},{fraction}"]
        written += [f"{grouped[' ']},{fraction}", f"{grouped[' ']}.{fraction}"]
    return written


@lru_cache(maxsize=256)
def number_forms(
    integer: str, fraction: str = "", dialect: str = "sqlite"
) -> tuple[tuple[str, ...], ...]:
    """The forms of a number (Western digits) in one index: each way it is written
    (`_writings`), in each digit system, cut into words as that index cuts it; on PostgreSQL
    also with a sign written onto its first word. No duplicates, the plain Western form
    first."""
    postgres = dialect == "postgresql"
    forms: list[tuple[str, ...]] = []
    for system, table in enumerate(_TO_SYSTEM):
        for written in _writings(integer, fraction):
            if postgres and system == 0:
                words = tuple(_POSTGRES_NUMBER.findall(written))
                forms += [words, *((sign + words[0], *words[1:]) for sign in _SIGNS)]
            else:
                forms.append(tuple(_WORD.findall(written.translate(table))))
    return tuple(dict.fromkeys(forms))


def _whole(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a word of its own (no letter written onto it: "و2357" and
    "1990s" are one word in both indexes)."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_" or after.isalnum() or after == "_")


@lru_cache(maxsize=512)
def query_terms(query: str) -> tuple[Term, ...]:
    """The terms of `query`, folded (`search_key`): a word, or a number read as
    `db.text.anchor_numbers` reads one (in any digit system, grouped or not, with a fraction)."""
    folded = search_key(query)
    western = ascii_digits(folded)  # the same length
    terms: list[Term] = []
    at = 0
    for found in NUMBER.finditer(western):
        start, end = found.span()
        if not _whole(western, start, end):
            continue
        terms += [Term(word) for word in _WORD.findall(folded, at, start)]
        integer = found["int"]
        if found["sep"]:
            integer = integer.replace(found["sep"], "")
        terms.append(Term(integer=integer, fraction=found["frac"] or ""))
        at = end
    terms += [Term(word) for word in _WORD.findall(folded, at)]
    return tuple(terms)


@dataclass(frozen=True)
class _Syntax:
    quote: str
    phrase: str
    """Between the words of a phrase (FTS5 reads one quoted string as a phrase)."""
    prefix: str
    either: str
    both: str


_SYNTAX = {
    "sqlite": _Syntax('"', " ", "*", " OR ", " AND "),
    "postgresql": _Syntax("'", "' <-> '", ":*", " | ", " & "),
}

Phrase = tuple[tuple[str, ...], bool]
"""A phrase of index words, and whether its last word is searched as the start of a word."""


def expression(groups: Sequence[Sequence[Phrase]], dialect: str) -> str:
    """An FTS5 MATCH expression ("sqlite") or a PostgreSQL tsquery ("postgresql") matching
    every group, a group by any of its phrases. Every word is quoted, so a reviewer's `NEAR(`
    or `"` is never syntax (words are folded `\\w+` runs: no quote inside)."""
    syntax = _SYNTAX[dialect]
    parts = []
    for group in groups:
        phrases = [
            syntax.quote + syntax.phrase.join(words) + syntax.quote + (syntax.prefix * prefix)
            for words, prefix in group
        ]
        parts.append(phrases[0] if len(phrases) == 1 else "(" + syntax.either.join(phrases) + ")")
    return syntax.both.join(parts)


def term_groups(terms: Sequence[Term], dialect: str) -> list[list[Phrase]]:
    """Each term as a group of its forms; the last, when a word, as the start of a word (results
    come while typing; a number is whole)."""
    last = len(terms) - 1
    return [
        [(form, at == last and not term.is_number) for form in term.forms(dialect)]
        for at, term in enumerate(terms)
    ]


@lru_cache(maxsize=512)
def query_expression(query: str, dialect: str = "sqlite") -> str | None:
    """The FTS5 MATCH expression or tsquery that search runs for `query` (before the last word
    is spelled out, `db.search_terms`); None when the query has no words."""
    terms = query_terms(query)
    return expression(term_groups(terms, dialect), dialect) if terms else None


def fts5_terms(query: str) -> str | None:
    """`query_expression` on SQLite."""
    return query_expression(query, "sqlite")


def tsquery_terms(query: str) -> str | None:
    """`query_expression` on PostgreSQL."""
    return query_expression(query, "postgresql")


def has_numbers(query: str) -> bool:
    """Whether a term of `query` is a number."""
    return any(term.is_number for term in query_terms(query))
