"""One sentence for the attribution finder: its tokens, quotations, cue matches, and the
spans a cue's source and content may take (PARC: source, cue, content)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .lexicon import Cue, Lexicon
from .speaker import time_length
from .text import Token, is_close_quote, is_open_quote

_BOUNDARY = frozenset(",;:()[]—–،؛")
_DASHES = frozenset("—–-")
_TRIM = frozenset(",.;:!?—–-…،؛؟")


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_SKIP_BEFORE_VERB = _set(
    """has have had also reportedly will would later then further again previously earlier
    recently repeatedly clearly publicly strongly firmly openly once today yesterday также
    ранее уже тоже вновь неоднократно еще ещё"""
)
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_NOT_VERB_BEFORE = _set(
    """the a an his her its their our my this these those to of for with from into such new
    recent previous"""
)
_PREPOSITIONS = frozenset(
    ["in", "on", "at", "during", "after", "before", "with", "from", "by", "under", "since"]
)
_RELATIVES = frozenset(["who", "which", "который", "которая", "которые", "которого", "которой"])
_AR_PREFIXES = ("و", "ف")
_AND = frozenset(["and", "и", "ve", "و"])
_MAX_NP = 12
MAX_ATTRIBUTIONS = 5_000
"""More than this in one text (a book, a data dump) and the rest is left out, and said so."""
_REACH = 200  # how far back (tokens) a content before its cue may start
_NEAR = 8  # how many attributions either side may hold one in their content
_MEMORY = 40  # how many earlier names a short mention is compared with
_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


@dataclass
class _Raw:
    source: list[tuple[int, int]]  # token ranges [a, b)
    cue: list[tuple[int, int]]
    content: list[tuple[int, int]]
    relation: str
    frame: str
    parent: int | None = None  # index into the sentence's raws
    doubtful: bool = False
    relative: int | None = None  # token index of a relative pronoun source
    share_source_of: int | None = None
    quotation: bool = False
    extra: dict[str, int] = field(default_factory=dict)


@dataclass
class _Match:
    start: int
    end: int
    cue: Cue


class _Sentence:
    """One sentence's tokens, quotations and cue matches."""

    def __init__(self, toks: list[Token], lex: Lexicon) -> None:
        self.t = toks
        self.n = len(toks)
        self.lex = lex
        self.quotes = self._quotes()
        self.quote_open = dict(self.quotes)
        self.quote_close = {b: a for a, b in self.quotes}
        self.name_quote = {i for a, b in self.quotes if self._is_name(a, b) for i in (a, b)}
        self.matches = self._matches()
        self.match_starts = [m.start for m in self.matches]
        self.cue_at: dict[int, _Match] = {}
        for m in self.matches:
            for i in range(m.start, m.end):
                self.cue_at[i] = m
        self.region_of: dict[int, tuple[int, int]] = {}  # prep cue + its source: np_back skips it

    # quotations -------------------------------------------------------------------------
    def _quotes(self) -> list[tuple[int, int]]:
        pairs = []
        opened: int | None = None
        for i, tok in enumerate(self.t):
            if opened is None and is_open_quote(tok):
                opened = i
            elif opened is not None and is_close_quote(tok) and i > opened:
                pairs.append((opened, i))
                opened = None
        return pairs

    def _is_name(self, a: int, b: int) -> bool:
        inner = self.t[a + 1 : b]
        return 0 < len(inner) <= 4 and all(t.is_word for t in inner) and inner[0].text[0].isupper()

    def quote_ending_at(self, i: int) -> tuple[int, int] | None:
        a = self.quote_close.get(i)
        return (a, i) if a is not None and a not in self.name_quote else None

    def quote_starting_at(self, i: int) -> tuple[int, int] | None:
        b = self.quote_open.get(i)
        return (i, b) if b is not None and i not in self.name_quote else None

    def boundary(self, i: int) -> bool:
        tok = self.t[i]
        if tok.text in _BOUNDARY or (tok.text in _DASHES and not tok.is_word):
            return True
        return (is_open_quote(tok) or is_close_quote(tok)) and i not in self.name_quote

    # cues ------------------------------------------------------------------------------
    def _matches(self) -> list[_Match]:
        out: list[_Match] = []
        lex = self.lex
        i = 0
        while i < self.n:
            fold = self.t[i].fold
            options = list(lex.cues.get(fold, ()))
            if lex.language == "ar" and fold.startswith(_AR_PREFIXES) and len(fold) > 3:
                options += lex.cues.get(fold[1:], ())
            found = None
            for cue in options:
                end = i + len(cue.words)
                if end > self.n:
                    continue
                if all(self.t[i + k].fold == w for k, w in enumerate(cue.words[1:], 1)):
                    found = _Match(i, end, cue)
                    break
            adjacent = (
                lex.language == "en"  # "denied claims": the second is a noun
                and bool(out)
                and out[-1].end == i
                and out[-1].cue.frame == "verb"
            )
            if self._possessive_noun(i):
                found = _Match(i, i + 1, Cue((fold,), "said", "noun"))
            if found and found.cue.frame == "verb_that":
                if self._reports_here(found):
                    found = _Match(
                        found.start, found.end, Cue(found.cue.words, found.cue.relation, "verb")
                    )
                else:
                    found = None
            if found and not adjacent and not self._noun_use(found):
                out.append(found)
                i = found.end
            else:
                i += 1
        return out

    def _reports_here(self, m: _Match) -> bool:
        """Whether a verb that reports only with a clause has one: a complementizer soon after
        ("showed that", "told them that"), a colon or quotation right after, or a quotation
        just before ("“…,” he warned")."""
        lex = self.lex
        reach = 7 if self.t[m.start].fold in lex.object_verbs else 3
        ahead = {t.fold for t in self.t[m.end : m.end + reach]}
        if ahead & lex.complementizers:
            return True
        nxt = self.t[m.end] if m.end < self.n else None
        if nxt is not None and (nxt.text == ":" or is_open_quote(nxt)):
            return True
        if (
            nxt is not None
            and nxt.text == ","
            and m.end + 1 < self.n
            and is_open_quote(self.t[m.end + 1])
        ):
            return True
        for k in range(m.start - 1, max(-1, m.start - 5), -1):
            if k in self.quote_close:
                return True  # "“…,” he warned": a closed quotation, then only the speaker
            if not (self.t[k].is_word or self.t[k].text == ","):
                return False
        return False

    def _possessive_noun(self, i: int) -> bool:
        """ "Lavrov's claim that …", "his remarks that …": a noun cue whose source is its
        possessor and whose content is the clause that follows."""
        if i == 0 or self.t[i].fold not in self.lex.possessive_nouns:
            return False
        before = self.t[i - 1].fold
        owner = before.endswith(("'s", "’s")) or before in ("his", "her", "their", "its", "our")
        follows = {t.fold for t in self.t[i + 1 : i + 3]}
        return owner and bool(follows & self.lex.complementizers)

    def _noun_use(self, m: _Match) -> bool:
        """Nouns and infinitives that look like reporting verbs ("the report", "to say",
        "the United States")."""
        if m.cue.frame not in ("verb", "quote_verb"):
            return False
        if m.start == 0:
            # a capitalised verb opening an English sentence ("Asked whether …", "Reports
            # of …") is a participle or a noun, not a reporting verb with its subject
            return self.lex.language == "en" and m.cue.frame == "verb"
        word = self.t[m.start].text
        if (
            word[0].isupper()
            and self.lex.language != "ar"
            and self.t[m.start - 1].text not in '“«"—–-:'
        ):
            return True
        if self.lex.language != "en":
            return False
        if m.end < self.n and self.t[m.end].fold == "by" and m.cue.frame == "verb":
            return True  # "published by", a participle, not a report
        before = self.t[m.start - 1].fold
        if before in _NOT_VERB_BEFORE or before in _BE:
            return True
        # "was widely expected": a form of "be", an adverb, then the participle
        return m.start > 1 and self.t[m.start - 2].fold in _BE and before.endswith("ly")

    # noun phrases ----------------------------------------------------------------------
    def in_region(self, i: int) -> tuple[int, int] | None:
        return self.region_of.get(i)

    def add_region(self, a: int, b: int) -> None:
        for i in range(a, b):
            self.region_of[i] = (a, b)

    def np_back(self, verb: int, floor: int = 0) -> tuple[int, int] | None:
        """The subject before token `verb`: a run of words back to a boundary."""
        j = verb - 1
        while j >= floor and self.t[j].fold in _SKIP_BEFORE_VERB:
            j -= 1
        if j < floor:
            return None
        if self.t[j].text in (",", "،"):
            # "X, a spokesman for Y, said": an appositive between two commas
            p = j - 1
            while p >= floor and p > j - 14 and self.t[p].text not in (",", "،", ";", ":"):
                if (
                    is_open_quote(self.t[p]) or is_close_quote(self.t[p])
                ) and p not in self.name_quote:
                    break
                p -= 1
            if p >= floor and self.t[p].text in (",", "،") and p < j - 1:
                head = self._np_core(p, floor)
                if head is not None:
                    if any(k in self.cue_at for k in range(p + 1, j)):
                        return head
                    return head[0], j
            return None
        region = self.in_region(j)
        if region is not None:
            j = region[0] - 1
            if j < floor:
                return None
        return self._np_core(j + 1, floor)

    def _np_core(self, end: int, floor: int) -> tuple[int, int] | None:
        j = end - 1
        count = 0
        while j >= floor and count < _MAX_NP:
            tok = self.t[j]
            if j in self.cue_at or self.in_region(j):
                break
            if self.boundary(j) and j not in self.name_quote:
                break
            if tok.is_word and tok.fold in self.lex.clause_words:
                break
            if not tok.is_word and tok.text not in "'’-." and j not in self.name_quote:
                break
            if tok.is_word and not any(c.isalpha() for c in tok.text) and _DATE.fullmatch(tok.text):
                break
            j -= 1
            count += 1
        start = j + 1
        while start < end and not self.t[start].is_word and start not in self.name_quote:
            start += 1
        if (
            start < end
            and self.t[start].fold in _PREPOSITIONS
            and not time_length(self.t, start, end, self.lex)
        ):
            return None  # "In a poll published …": a prepositional phrase is no subject
            # ("On Tuesday the minister …" is a time before one: `speaker_range` drops it)
        return (start, end) if start < end else None

    def np_forward(self, start: int, limit: int = _MAX_NP) -> tuple[int, int] | None:
        """A run of words from `start` to a boundary, a clause word or a cue."""
        j = start
        while j < self.n and j - start < limit:
            tok = self.t[j]
            if j in self.cue_at and j > start:
                break
            if self.boundary(j) and j not in self.name_quote:
                break
            if tok.text in (".", "!", "?", "؟"):
                break
            if (
                j > start
                and tok.is_word
                and (tok.fold in self.lex.complementizers or tok.fold in self.lex.clause_words)
            ):
                break
            j += 1
        return (start, j) if j > start else None

    # content ---------------------------------------------------------------------------
    def clause_end(self, start: int, stop: int) -> int:
        """Where a content that begins at `start` ends (exclusive), at most `stop`."""
        j = start
        depth_quote = self.quote_starting_at(start)
        if depth_quote is not None:
            return min(depth_quote[1] + 1, stop)
        while j < stop:
            tok = self.t[j]
            if tok.text in (";", "؛"):
                break
            if tok.text in (",", "،") and j + 1 < stop:
                nxt = self.t[j + 1]
                if j + 1 in self.cue_at or nxt.fold in ("while", "whereas", "but", "а", "но"):
                    break
            j += 1
        return j

    def trim(self, a: int, b: int) -> tuple[int, int] | None:
        """Leave out punctuation at the ends of a token range (not quotation marks)."""
        while a < b and self.t[a].text in _TRIM and not is_open_quote(self.t[a]):
            a += 1
        while b > a and (
            (self.t[b - 1].text in _TRIM and not is_close_quote(self.t[b - 1]))
            or self.t[b - 1].fold in self.lex.clause_words
        ):
            b -= 1
        if (
            a < b
            and is_close_quote(self.t[b - 1])
            and not (self.quote_close.get(b - 1, -1) >= a)
            and not any(is_open_quote(self.t[k]) for k in range(a, b - 1))
        ):
            b -= 1
            while b > a and not self.t[b - 1].is_word:
                b -= 1
        return (a, b) if a < b else None


def _next_cue_start(s: _Sentence, after: int) -> int:
    k = bisect.bisect_left(s.match_starts, after)
    return s.matches[k].start if k < len(s.matches) else s.n


def _content_limit(s: _Sentence, after: int) -> int:
    """Where a content that follows its cue must stop: at the next attribution that stands in
    its own clause ("…, Reuters reported", ", adding …"); an attribution inside the content
    ("said it expects …") is passed over, to nest in it."""
    k = bisect.bisect_left(s.match_starts, after)
    while k < len(s.matches):
        m = s.matches[k]
        if m.cue.frame != "verb" or m.start == 0:
            return m.start
        before = s.t[m.start - 1]
        if before.text in _BOUNDARY or is_close_quote(before):
            return m.start
        subject = s._np_core(m.start, after)
        if subject is None:
            return m.start
        if subject[0] <= after:  # "said it expects …": the inner one nests in this content
            k += 1
            continue
        edge = s.t[subject[0] - 1]
        if edge.text in _BOUNDARY or is_close_quote(edge):
            return subject[0]
        k += 1
    return s.n


def _content_after(s: _Sentence, k: int, limit: int) -> tuple[int, int] | None:
    """A reported clause or quotation that starts at or soon after token `k`."""
    lex = s.lex
    while k < limit and s.t[k].text in (":", ",", "،", "—", "–", "-"):
        k += 1
    if k >= limit or k in s.cue_at:
        return None
    # a quotation a little further on ("said during a press conference, “…”")
    for j in range(k, min(limit, k + 25)):
        tok = s.t[j]
        if tok.fold in lex.complementizers:
            break
        quote = s.quote_starting_at(j)
        if quote is not None and (j == k or s.t[j - 1].text in (",", ":", "،", "—")):
            # a quotation is whole, attributions inside it ("“… we expect …”") nest in it
            return s.trim(j, quote[1] + 1)
    end = s.clause_end(k, limit)
    for j in range(k, min(end, k + 12)):
        if s.t[j].fold in lex.complementizers:
            return s.trim(j, s.clause_end(j, limit))
        if s.t[j].text in (";", ".", "؛"):
            break
    return s.trim(k, end)


def _content_before(s: _Sentence, end: int, floor: int) -> tuple[int, int] | None:
    """The content that ends at token `end` (exclusive): a quotation or a clause."""
    b = end
    while b > floor and s.t[b - 1].text in (",", "،", "—", "–", "-", ":"):
        b -= 1
    if b <= floor:
        return None
    quote = s.quote_ending_at(b - 1)
    if quote is not None and quote[0] >= floor:
        return quote[0], quote[1] + 1
    # "C, the agency said": the clause from the sentence start (or after a cue's region),
    # without a dateline before it ("MOSCOW, 2023-01-19 — …", "date 2023-01-19 …")
    a = floor
    for j in range(floor, min(b, floor + 4)):
        if _DATE.fullmatch(s.t[j].text):
            a = j + 1
            break
    return s.trim(a, b)


def _words_in(s: _Sentence, span: tuple[int, int] | None) -> int:
    if span is None:
        return 0
    return sum(1 for t in s.t[span[0] : span[1]] if t.is_word)
