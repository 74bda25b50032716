"""A query's terms as the full-text indexes hold them, a number in every way it is written.

A checker tracing a figure types its digits: `12000`. A source writes it `12,000` (English),
`12 000` or `12 000` (Russian, French: a space or narrow no-break space), `12.000` (Turkish,
German), `١٢٬٠٠٠` (Arabic: Arabic-Indic digits and the Arabic thousands separator) or `۱۲٬۰۰۰`
(Persian digits). Both tokenizers cut a number at its separators (FTS5's unicode61 at every one;
PostgreSQL's parser at a comma or space, while it keeps `1.200` as one word), and neither
folds one digit system into another (nor does `db.text.normalise`: a case stores digits as the
source wrote them). So the query, not the index, spells a number out: a number term matches any
of its forms — the digits plain, in groups of three as a phrase (`"12 000"`, which `12,000`,
`12 000` and `12.000` all tokenize to), and PostgreSQL's dotted word (`1.200`), each in Western,
Arabic-Indic and Persian digits. A number typed in groups (`12,000`, `١٢٬٠٠٠`, `12 000`) is
read as one number first, so it finds the plain `12000` too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .normalise import search_key

_GROUPED = re.compile(r"(?<!\w)\d{1,3}(?:[ ,.'\u066c]\d{3})+(?!\w)|\w+")
"""A number written in groups of three (separators already folded: any white space is one space,
’ is '), or a word."""
_GROUP_SEPARATORS = re.compile(r"[ ,.'\u066c]")
_SYSTEMS = ("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
            "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9")  # fmt: skip
"""The digit systems a number is searched in: Western, Arabic-Indic (Arabic), Persian (Urdu)."""
_TO_SYSTEM = [str.maketrans("0123456789", digits) for digits in _SYSTEMS]


@dataclass(frozen=True)
class Term:
    """One term of a query: its forms, each a phrase of index words (most terms: one word)."""

    forms: tuple[tuple[str, ...], ...]


def _western(word: str) -> str | None:
    """The digits of `word` in Western digits, or None when it is not all digits."""
    if not word or not all(unicodedata.category(c) == "Nd" for c in word):
        return None
    try:
        return "".join(str(unicodedata.decimal(c)) for c in word)
    except ValueError:
        return None


def number_forms(digits: str) -> tuple[tuple[str, ...], ...]:
    """The forms of a number given in Western `digits`: plain, grouped by three (a phrase of its
    groups) and dotted (one word), in each digit system; no duplicates, plain Western first."""
    groups: list[str] = []
    rest = digits
    while len(rest) > 3:
        groups.insert(0, rest[-3:])
        rest = rest[:-3]
    groups.insert(0, rest)
    forms: list[tuple[str, ...]] = []
    for table in _TO_SYSTEM:
        system_groups = [g.translate(table) for g in groups]
        forms.append((digits.translate(table),))
        if len(groups) > 1:
            forms.append(tuple(system_groups))
    if len(groups) > 1:  # PostgreSQL's one word (FTS5 reads it as the phrase above)
        forms.append((".".join(groups),))
    return tuple(dict.fromkeys(forms))


def query_terms(query: str) -> list[Term]:
    """The terms of `query`, folded (`search_key`): a word, or a number with all its forms."""
    terms = []
    for found in _GROUPED.finditer(search_key(query)):
        token = found.group()
        digits = _western(_GROUP_SEPARATORS.sub("", token))
        if digits is not None:
            terms.append(Term(number_forms(digits)))
        else:
            terms.append(Term(((token,),)))
    return terms


def fts5_terms(query: str) -> str | None:
    """An FTS5 MATCH expression: every term (the last as a prefix, unless a number: `1200`
    is not the start of `12000`), a number as any of its forms. None when the query has no words. Plain words give `fts5_match_expression`'s."""
    terms = query_terms(query)
    if not terms:
        return None
    parts = []
    for n, term in enumerate(terms):
        star = "*" if n == len(terms) - 1 and len(term.forms) == 1 else ""
        forms = [f'"{" ".join(form)}"{star}' for form in term.forms]
        parts.append(forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")")
    # FTS5 takes no implicit AND after a parenthesised group
    return (" AND " if any(len(t.forms) > 1 for t in terms) else " ").join(parts)


def tsquery_terms(query: str) -> str | None:
    """A PostgreSQL tsquery: every term (the last as a prefix, unless a number), a number as
    any of its forms."""
    terms = query_terms(query)
    if not terms:
        return None
    parts = []
    for n, term in enumerate(terms):
        star = ":*" if n == len(terms) - 1 and len(term.forms) == 1 else ""
        forms = [" <-> ".join(f"'{w}'" for w in form) + star for form in term.forms]
        parts.append(forms[0] if len(forms) == 1 else "(" + " | ".join(forms) + ")")
    return " & ".join(parts)


def has_numbers(query: str) -> bool:
    """Whether a term of `query` has more than one form (a number)."""
    return any(len(term.forms) > 1 for term in query_terms(query))
