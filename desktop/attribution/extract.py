"""Find attributions in a text: cue lexicon + word-order patterns, sentence by sentence.

Patterns (English and Russian, subject–verb–object): "X said (that) C", "“C,” X said",
"“C,” said X", "C, X said", "according to X, C", "C, according to X", "X quoted Y as saying C",
"Y was quoted by X as saying C", ", adding that C". Arabic (verb first): "قال X إن C",
"وأضاف أن C", "نقل X عن Y قوله C", "بحسب X، C". Turkish (verb last): "X, C söyledi",
"“C,” dedi X", "X'e göre C". Attributions whose cue lies in another's content nest under it.
Then mentions are resolved: a pronoun, an implicit subject, "the official" or a surname become
the fullest earlier name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .lexicon import Cue, Lexicon, available_languages, load_lexicon
from .model import Analysis, Attribution, DocumentAttribution, Span, span_text
from .text import Token, is_close_quote, is_open_quote, sentences, tokens

_BOUNDARY = frozenset(",;:()[]—–،؛")
_DASHES = frozenset("—–-")
_TRIM = frozenset(",.;:!?—–-…،؛؟")
_SKIP_BEFORE_VERB = frozenset(
    [
        "has",
        "have",
        "had",
        "also",
        "reportedly",
        "will",
        "would",
        "later",
        "then",
        "further",
        "again",
        "previously",
        "earlier",
        "recently",
        "repeatedly",
        "clearly",
        "publicly",
        "strongly",
        "firmly",
        "openly",
        "once",
        "today",
        "yesterday",
        "также",
        "ранее",
        "уже",
        "тоже",
        "вновь",
        "неоднократно",
        "еще",
        "ещё",
    ]
)
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_NOT_VERB_BEFORE = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "this",
        "these",
        "those",
        "to",
        "of",
        "for",
        "with",
        "from",
        "into",
        "such",
        "new",
        "recent",
        "previous",
    ]
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
            if found and found.cue.frame == "verb_that":
                ahead = {t.fold for t in self.t[found.end : found.end + 3]}
                if ahead & lex.complementizers:
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

    def _noun_use(self, m: _Match) -> bool:
        """Nouns and infinitives that look like reporting verbs ("the report", "to say",
        "the United States")."""
        if m.cue.frame not in ("verb", "quote_verb") or m.start == 0:
            return False
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
            if tok.is_word and not any(c.isalpha() for c in tok.text):
                break
            j -= 1
            count += 1
        start = j + 1
        while start < end and not self.t[start].is_word and start not in self.name_quote:
            start += 1
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
            return s.trim(j, min(quote[1] + 1, limit))
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


# word-order handlers --------------------------------------------------------------------


def _svo(s: _Sentence, index: int, raws: list[_Raw], floor: int) -> list[_Raw]:
    m = s.matches[index]
    cue = m.cue
    lex = s.lex
    limit = _content_limit(s, m.end)
    if cue.frame == "prep":
        return _prep(s, m, floor)
    if cue.frame == "passive":
        return _passive(s, m, floor)
    if cue.frame == "quote_verb":
        nested = _quoted_as(s, m, floor)
        if nested:
            return nested
    first = s.t[m.start]
    # ", adding that …": a participle continues the sentence's last speaker
    if (
        m.start > 0
        and (s.t[m.start - 1].text in (",", "،") or is_close_quote(s.t[m.start - 1]))
        and (first.fold.endswith("ing") and lex.language == "en")
    ):
        content = _content_after(s, m.end, limit)
        shared = len(raws) - 1 if raws else None
        if content is None:
            return []
        raw = _Raw([], [(m.start, m.end)], [content], cue.relation, "participle")
        raw.share_source_of = shared
        return [raw]
    subject = s.np_back(m.start, floor)
    # "“C,” said X" / "C, — сказал X": the verb after a comma, dash or quotation, then its subject
    if (
        subject is None
        and m.start > floor
        and (s.t[m.start - 1].text in (",", "—", "–", "،") or is_close_quote(s.t[m.start - 1]))
    ):
        after = s.np_forward(m.end, limit=14)
        if after is not None:
            tail = after[1]
            while (
                tail < s.n and s.t[tail].text == "," and tail + 1 < s.n and tail + 1 not in s.cue_at
            ):
                more = s.np_forward(tail + 1, limit=14)
                if more is None:
                    break
                tail = more[1]
            ends = tail >= s.n or s.t[tail].text in (".", "!", "?", ",", "؟", ";")
            word = s.t[after[0]]
            if ends and (
                word.text[0].isupper()
                or word.fold in lex.pronouns
                or word.fold in lex.determiners
                or lex.language == "ru"
            ):
                content = _content_before(s, m.start, floor)
                if content is not None:
                    source = s.trim(after[0], tail)
                    return [
                        _Raw(
                            [source] if source else [],
                            [(m.start, m.end)],
                            [content],
                            cue.relation,
                            "inverted",
                        )
                    ]
    relative = None
    shared = None
    if subject is None and m.start > floor and s.t[m.start - 1].fold in _RELATIVES:
        subject = (m.start - 1, m.start)
        relative = m.start - 1
    elif subject is None and m.start > floor and s.t[m.start - 1].fold in _AND and raws:
        shared = len(raws) - 1  # "He added that … and said …": the same speaker
    k = m.end
    if first.fold in lex.object_verbs or cue.words[0] in lex.object_verbs:
        # "told reporters in Ankara that …": leave the hearer out
        for j in range(m.end, min(limit, m.end + 7)):
            tok = s.t[j]
            if tok.fold in lex.complementizers or tok.text == ":" or is_open_quote(tok):
                k = j
                break
            if (
                tok.text == ","
                and j + 1 < s.n
                and (s.t[j + 1].fold in lex.complementizers or is_open_quote(s.t[j + 1]))
            ):
                k = j
                break
        else:
            # no clause follows the hearer: a quotation before the speaker is the content
            before = _content_before(s, subject[0] if subject else m.start, floor)
            if before is not None and s.quote_starting_at(before[0]) is not None:
                raw = _Raw(
                    [subject] if subject else [], [(m.start, m.end)], [before], cue.relation, "verb"
                )
                return [raw]
    content = _content_after(s, k, limit)
    if content is not None and subject is not None:
        # "“I don't know,” he said when asked …": the quotation before the speaker is the content
        # unless what follows the verb is a reported clause or a quotation of its own
        edge = subject[0] - 1
        while edge > floor and s.t[edge].text in (",", "—", "–"):
            edge -= 1
        quote_before = s.quote_ending_at(edge) if edge >= floor else None
        first_after = s.t[content[0]]
        if (
            quote_before is not None
            and quote_before[0] >= floor
            and not (
                first_after.fold in lex.complementizers
                or is_open_quote(first_after)
                or (content[0] > 0 and s.t[content[0] - 1].text == ":")
            )
        ):
            content = (quote_before[0], quote_before[1] + 1)
    if _words_in(s, content) < 2 and not (content and s.quote_starting_at(content[0])):
        floor_before = floor
        before_end = subject[0] if subject else m.start
        content = _content_before(s, before_end, floor_before)
        if content is None:
            return []
    contents = [content]
    # "The plan, the company said, would save …": the content around a parenthetical cue
    if (
        subject is not None
        and subject[0] - 1 > floor
        and s.t[subject[0] - 1].text == ","
        and m.end < s.n
        and s.t[m.end].text == ","
        and content[0] > m.end
        and s.quote_starting_at(content[0]) is None
        and not any(k in s.cue_at for k in range(floor, subject[0] - 1))
    ):
        head = s.trim(floor, subject[0] - 1)
        if head is not None and s.quote_ending_at(head[1] - 1) is None:
            contents.insert(0, head)
    raw = _Raw([subject] if subject else [], [(m.start, m.end)], contents, cue.relation, "verb")
    raw.relative = relative
    raw.share_source_of = shared
    return [raw]


def _prep(s: _Sentence, m: _Match, floor: int) -> list[_Raw]:
    """ "according to X, C" / "C, according to X" / "по словам X, C" / "citing X"."""
    source = s.np_forward(m.end)
    if s.lex.language == "ar" and source is not None:
        source = _ar_np(s, m.end)
    if source is None:
        return []
    s.add_region(m.start, source[1])
    raw = _Raw([source], [(m.start, m.end)], [], m.cue.relation, "prep")
    words_before = sum(1 for t in s.t[floor : m.start] if t.is_word)
    if m.cue.relation == "quoted":
        return [raw]  # its content is the nearest verb's, filled in later
    if words_before <= 2:
        k = source[1]
        content = _content_after(s, k, _next_cue_start(s, k) if False else s.n)
    else:
        content = _content_before(s, m.start, floor)
    if content is None:
        return []
    raw.content = [content]
    return [raw]


def _quoted_as(s: _Sentence, m: _Match, floor: int) -> list[_Raw]:
    """ "X quoted Y as saying C": X attributes to Y an attribution of C (nested)."""
    lex = s.lex
    for j in range(m.end + 1, min(s.n, m.end + 16)):
        for phrase in lex.quote_as:
            if tuple(t.fold for t in s.t[j : j + len(phrase)]) == phrase:
                inner_source = s.trim(m.end, j)
                as_end = j + len(phrase)
                content = _content_after(s, as_end, s.n)
                if inner_source is None or content is None:
                    return []
                outer_source = s.np_back(m.start, floor)
                outer = _Raw(
                    [outer_source] if outer_source else [],
                    [(m.start, m.end)],
                    [(m.end, content[1])],
                    "quoted",
                    "quoted_as",
                )
                inner = _Raw([inner_source], [(j, as_end)], [content], "said", "as")
                inner.parent = -1  # the raw before it
                outer.doubtful = _outlet_like(s, inner_source) and not (
                    outer_source is not None and _outlet_like(s, outer_source)
                )
                return [outer, inner]
    return []


def _passive(s: _Sentence, m: _Match, floor: int) -> list[_Raw]:
    """ "Y was quoted by X as saying C"."""
    lex = s.lex
    quoted = s.np_back(m.start, floor)
    for j in range(m.end, min(s.n, m.end + 14)):
        for phrase in lex.quote_as:
            if tuple(t.fold for t in s.t[j : j + len(phrase)]) == phrase:
                outer_source = s.trim(m.end, j)
                as_end = j + len(phrase)
                content = _content_after(s, as_end, s.n)
                if outer_source is None or content is None or quoted is None:
                    return []
                outer = _Raw(
                    [outer_source],
                    [(m.start, m.end)],
                    [quoted, (j, content[1])],
                    "quoted",
                    "passive",
                )
                inner = _Raw([quoted], [(j, as_end)], [content], "said", "as")
                inner.parent = -1
                return [outer, inner]
    return []


def _outlet_like(s: _Sentence, span: tuple[int, int]) -> bool:
    words = {t.fold for t in s.t[span[0] : span[1]]}
    return bool(words & s.lex.outlet_words)


def _ar_np(s: _Sentence, start: int) -> tuple[int, int] | None:
    """An Arabic noun phrase after a verb or preposition, up to what follows it."""
    lex = s.lex
    particles = {p[0] for p in lex.verb_particles if len(p) == 1}
    j = start
    stopped = False
    while j < s.n and j - start < 8:
        tok = s.t[j]
        if j > start and (j in s.cue_at or tok.fold in lex.complementizers):
            stopped = True
            break
        if s.boundary(j) or tok.text in (".", "!", "؟", "?") or is_open_quote(tok):
            stopped = True
            break
        if j > start and (
            tok.fold in particles
            or tok.fold in lex.quote_as_first
            or any(tuple(t.fold for t in s.t[j : j + len(p)]) == p for p in lex.statement_nouns)
        ):
            stopped = True
            break
        if (
            j > start
            and tok.fold.startswith("ل")
            and not tok.fold.startswith("ال")
            and len(tok.fold) > 3
        ):
            stopped = True
            break
        j += 1
    if not stopped:
        # no stop word: a noun and its definite complements ("وزارة الصحة تسجيل …")
        j = start + 1
        while j < s.n and s.t[j].fold.startswith(("ال", "لل")) and j - start < 6:
            j += 1
    return (start, j) if j > start else None


def _vso(s: _Sentence, index: int, raws: list[_Raw], floor: int) -> list[_Raw]:
    m = s.matches[index]
    lex = s.lex
    cue = m.cue
    if cue.frame == "prep":
        return _prep(s, m, floor)
    cue_spans = [(m.start, m.end)]
    k = m.end
    if k >= s.n:
        return []
    if cue.frame == "quote_verb":
        # "نقلت صحيفة الوطن عن مصدر دبلوماسي قوله إن …"
        for j in range(k + 1, min(s.n, k + 10)):
            if s.t[j].fold in lex.quote_from:
                outer_source = (k, j)
                inner_start = j + 1
                inner_end = inner_start
                as_tok: tuple[int, int] | None = None
                while inner_end < s.n and inner_end - inner_start < 8:
                    tok = s.t[inner_end]
                    if tok.fold in lex.quote_as_first:
                        as_tok = (inner_end, inner_end + 1)
                        break
                    if tok.fold in lex.complementizers or s.boundary(inner_end):
                        break
                    inner_end += 1
                after = as_tok[1] if as_tok else inner_end
                content = _content_after(s, after, s.n)
                if content is None or inner_end == inner_start:
                    break
                outer = _Raw(
                    [outer_source],
                    [(m.start, m.end), (j, j + 1)],
                    [(inner_start, content[1])],
                    "quoted",
                    "quoted_as",
                )
                inner = _Raw(
                    [(inner_start, inner_end)], [as_tok or (j, j + 1)], [content], "said", "as"
                )
                inner.parent = -1
                outer.doubtful = _outlet_like(s, (inner_start, inner_end)) and not _outlet_like(
                    s, outer_source
                )
                return [outer, inner]
    source: tuple[int, int] | None = None
    tok = s.t[k]
    if not (tok.fold in lex.complementizers or tok.text == ":" or is_open_quote(tok)):
        source = _ar_np(s, k)
        if source is not None:
            k = source[1]
    # what may stand between the subject and the content
    progressed = True
    while progressed and k < s.n:
        progressed = False
        for phrase in lex.statement_nouns:
            if tuple(t.fold for t in s.t[k : k + len(phrase)]) == phrase:
                cue_spans.append((k, k + len(phrase)))
                k += len(phrase)
                progressed = True
                break
        if (
            k < s.n
            and s.t[k].fold.startswith("ل")
            and not s.t[k].fold.startswith("ال")
            and s.t[k].fold not in lex.complementizers
        ):
            k += 1
            while k < s.n and s.t[k].fold.startswith("ال"):
                k += 1
            progressed = True
        for phrase in lex.verb_particles:
            if k < s.n and tuple(t.fold for t in s.t[k : k + len(phrase)]) == phrase:
                cue_spans.append((k, k + len(phrase)))
                k += len(phrase)
                progressed = True
                break
    content = _content_after(s, k, _next_cue_start(s, k))
    if content is None:
        return []
    raw = _Raw([source] if source else [], cue_spans, [content], cue.relation, "verb")
    return [raw]


def _sov(s: _Sentence, index: int, raws: list[_Raw], floor: int) -> list[_Raw]:
    m = s.matches[index]
    lex = s.lex
    cue = m.cue
    cue_spans = [(m.start, m.end)]
    if cue.frame == "post":
        # "X'e göre, C" / "X'in aktardığına göre, C"
        start = m.start
        if start > floor and s.t[start - 1].fold in lex.postposition_nouns:
            start -= 1
            cue_spans = [(start, m.end)]
        source = s._np_core(start, floor)
        if source is None:
            return []
        k = m.end
        content = _content_after(s, k, _next_cue_start(s, k))
        if content is None:
            return []
        s.add_region(source[0], m.end)
        return [_Raw([source], cue_spans, [content], cue.relation, "post")]
    # the clause that the verb closes
    cs = floor
    for r in raws:
        for _a, b in r.cue:
            if b <= m.start:
                cs = max(cs, b)
    while cs < m.start and (
        s.t[cs].fold in lex.clause_words or (not s.t[cs].is_word and not is_open_quote(s.t[cs]))
    ):
        cs += 1
    b = m.start
    while b > cs and s.t[b - 1].text in (",", "—"):
        b -= 1
    quote = s.quote_ending_at(b - 1) if b > cs else None
    if quote is not None and quote[0] >= cs:
        content: tuple[int, int] | None = (quote[0], quote[1] + 1)
        source = s.trim(cs, quote[0])
        if source is None:
            after = s.np_forward(m.end)
            if after is not None:
                source = after
        return [
            _Raw(
                [source] if source else [],
                cue_spans,
                [content],
                cue.relation,
                "verb",
                quotation=True,
            )
        ]
    segment = range(cs, m.start)
    for j in segment:
        for phrase in lex.statement_nouns:
            if (
                tuple(t.fold for t in s.t[j : j + len(phrase)]) == phrase
                and j + len(phrase) <= m.start
            ):
                src_end = j
                if src_end - 1 > cs and "'" in s.t[src_end - 1].text:
                    src_end -= 1  # the hearer: "BBC Türkçe'ye yaptığı açıklamada"
                    while (
                        src_end - 1 > cs
                        and s.t[src_end - 1].text[0].isupper()
                        and s.t[src_end - 2].text[0].isupper()
                    ):
                        src_end -= 1
                source = s.trim(cs, src_end)
                content = s.trim(j + len(phrase), m.start)
                if content is None:
                    return []
                return [
                    _Raw(
                        [source] if source else [],
                        [(j, j + len(phrase)), *cue_spans],
                        [content],
                        cue.relation,
                        "verb",
                    )
                ]
    comma = next((j for j in segment if s.t[j].text == ","), None)
    if comma is not None and comma - cs <= 10:
        source = s.trim(cs, comma)
        content = s.trim(comma + 1, m.start)
    else:
        first = cs
        end = first + 1
        while end < m.start - 1 and s.t[end].text[:1].isupper():
            end += 1
        source = s.trim(first, end)
        content = s.trim(end, m.start)
    if content is None:
        return []
    return [_Raw([source] if source else [], cue_spans, [content], cue.relation, "verb")]


# the whole text ---------------------------------------------------------------------------


_NOMINALISED = ("diğini", "dığını", "tiğini", "tığını", "duğunu", "düğünü", "tuğunu", "tüğünü")
_GENITIVE = ("nın", "nin", "nun", "nün", "ın", "in", "un", "ün")


def _sov_inner(s: _Sentence) -> dict[int, int]:
    """Turkish reported speech inside reported speech: "Gazete, diplomatın görüşmelerin
    bittiğini söylediğini aktardı" — the nominalised verb (söylediğini) → the verb that
    closes the clause (aktardı)."""
    out: dict[int, int] = {}
    for i, m in enumerate(s.matches):
        if m.cue.frame != "verb" or not s.t[m.end - 1].fold.endswith(_NOMINALISED):
            continue
        for j in range(i + 1, len(s.matches)):
            later = s.matches[j]
            if any(t.text in ".;" for t in s.t[m.end : later.start]):
                break
            if later.cue.frame == "verb" and not s.t[later.end - 1].fold.endswith(_NOMINALISED):
                out[i] = j
                break
    return out


def _sov_nested(s: _Sentence, m: _Match, outer: _Raw) -> list[_Raw]:
    """The inner attribution of `_sov_inner`: its source is the genitive that opens the
    outer content ("diplomatın"), its content what lies between that and its verb."""
    if not outer.content:
        return []
    start = outer.content[0][0]
    for j in range(start, m.start):
        fold = s.t[j].fold.split("'")[-1]
        if s.t[j].is_word and fold.endswith(_GENITIVE) and j + 1 < m.start:
            inner = _Raw(
                [(start, j + 1)], [(m.start, m.end)], [(j + 1, m.start)], m.cue.relation, "verb"
            )
            inner.parent = -1
            return [inner]
    return []


def _sentence_raws(s: _Sentence) -> list[_Raw]:
    handler = {"svo": _svo, "vso": _vso, "sov": _sov}.get(s.lex.order, _svo)
    raws: list[_Raw] = []
    consumed = -1
    inner = _sov_inner(s) if handler is _sov else {}
    for index, m in enumerate(s.matches):
        if m.start <= consumed or index in inner:
            continue
        if m.cue.frame in ("prep",) and handler is _sov:
            continue
        made = handler(s, index, raws, max(0, m.start - _REACH))
        nested = [i for i, outer in inner.items() if outer == index]
        if made and nested:
            made = made + _sov_nested(s, s.matches[nested[0]], made[-1])
        base = len(raws)
        for offset, raw in enumerate(made):
            if raw.parent == -1:
                raw.parent = base + offset - 1
            raws.append(raw)
        if len(made) > 1:
            consumed = max(b for r in made for _, b in r.cue)
    # "citing X": the content of the nearest verb attribution
    for i, raw in enumerate(raws):
        if raw.frame == "prep" and not raw.content:
            cue_start = raw.cue[0][0]
            verbs = [
                (abs(r.cue[0][0] - cue_start), j)
                for j in range(max(0, i - _NEAR), min(len(raws), i + _NEAR + 1))
                if (r := raws[j]).content and r.frame != "prep"
            ]
            if verbs:
                _, j = min(verbs)
                raw.content = list(raws[j].content)
                if cue_start < raws[j].cue[0][0]:
                    raw.extra["host"] = j
    raws = [r for r in raws if r.content]
    return raws


def _nest(raws: list[_Raw]) -> None:
    for i, raw in enumerate(raws):
        if raw.parent is not None:
            continue
        if "host" in raw.extra or raw.share_source_of is not None:
            continue
        best = None
        cue_a = raw.cue[0][0]
        # containers are near: look at a few attributions either side (linear time)
        for j in range(max(0, i - _NEAR), min(len(raws), i + _NEAR + 1)):
            other = raws[j]
            if j == i or other.parent == i:
                continue
            for a, b in other.content:
                if a <= cue_a < b and (
                    raw.source == [] or all(a <= sa and sb <= b for sa, sb in raw.source)
                ):
                    size = b - a
                    if best is None or size < best[0]:
                        best = (size, j)
        if best is not None:
            raw.parent = best[1]
    # ", adding that …" continues its speaker: it hangs where the speaker's attribution hangs
    for raw in raws:
        if raw.share_source_of is not None and raw.parent is None:
            raw.parent = raws[raw.share_source_of].parent
    # "The agency, citing an official, said …": the citing hangs under the agency
    for i, raw in enumerate(raws):
        host = raw.extra.get("host")
        if host is not None and raws[host].parent != i:
            raw.parent = host


def _spans(s: _Sentence, ranges: list[tuple[int, int]]) -> tuple[Span, ...]:
    out = sorted({(s.t[a].start, s.t[b - 1].end) for a, b in ranges if a < b})
    return tuple(out)


def _document(text: str, lex: Lexicon) -> tuple[tuple[DocumentAttribution, ...], str]:
    found: list[DocumentAttribution] = []
    head_start = len(text) - len(text.lstrip())
    line_end = text.find("\n", head_start)
    line_end = len(text) if line_end < 0 else line_end
    headline = (head_start, min(line_end, head_start + 400))
    date_match = _DATE.search(text, 0, min(len(text), 300))
    for pattern in lex.outlet_patterns:
        m = pattern.search(text, headline[0], headline[1])
        if m and m.group("actor").strip():
            actor = m.group("actor").strip(" \t\"“”«»'").rstrip(".")
            a = m.start("actor")
            found.append(
                DocumentAttribution(
                    "outlet",
                    actor,
                    (a, a + len(m.group("actor").rstrip().rstrip("."))),
                    (m.start(), a),
                )
            )
            break
    windows = [(max(0, len(text) - 3000), len(text)), (0, min(len(text), 3000))]
    for lo, hi in windows:
        best = None
        for pattern in lex.translation_patterns:
            for m in pattern.finditer(text, lo, hi):
                if m.group("actor").strip():
                    best = m
        if best is not None:
            raw = best.group("actor")
            actor = raw.strip().strip("\"“”«»'").rstrip(".").strip()
            a = best.start("actor") + (len(raw) - len(raw.lstrip()))
            found.append(
                DocumentAttribution(
                    "translator",
                    actor,
                    (a, a + len(raw.strip())),
                    (best.start(), best.start("actor")),
                )
            )
            break
    return tuple(found), date_match.group(1) if date_match else ""


def _continuation(text: str, start: int, end: int) -> Span | None:
    """The span of a sentence that is nothing but a quotation, marks included, or None."""
    if start >= end or text[start] not in '“«"„':
        return None
    closer = "»" if text[start] == "«" else '”“"' if text[start] == "„" else '”"'
    for at in range(start + 1, end):
        if text[at] in closer:
            rest = text[at + 1 : end].strip()
            return (start, at + 1) if all(c in ".!?…؟" for c in rest) else None
        if text[at] in "“«":
            return None
    return None


def _clean_name(name: str) -> str:
    name = " ".join(name.split()).strip(" ,،:;—–-")
    return name


def analyse(text: str, language: str) -> Analysis:
    """Find the attributions of `text` (any length; time grows linearly).

    `language` is a BCP 47 tag; only its primary subtag chooses the lexicon. Offsets in the
    result are Python `str` indices into `text` exactly as given. A language without a lexicon
    gives `Analysis(supported=False, message=…)` and no attributions, never an error.
    Raises LexiconError only when a lexicon file is broken.
    """
    lex = load_lexicon(language) if language else None
    tag = language.strip() or "?"
    if lex is None:
        have = ", ".join(available_languages())
        return Analysis(
            language=tag,
            supported=False,
            message=f"no cue lexicon for language {tag!r} (lexicons: {have}); nothing proposed",
        )
    out: list[Attribution] = []
    bounds = sentences(text)
    memory: list[tuple[str, bool]] = []  # (full name, outlet-like) of explicit mentions
    notes: list[str] = []
    last_quote: int | None = None  # an attribution whose quotation a next sentence may go on
    for s_start, s_end in bounds:
        if len(out) >= MAX_ATTRIBUTIONS:
            notes.append(
                f"stopped after the first {MAX_ATTRIBUTIONS:,} attributions "
                f"(at character {s_start:,} of {len(text):,})"
            )
            break
        # "“…,” said X. “And more.”": a quotation standing alone continues the one before
        more = _continuation(text, s_start, s_end) if last_quote is not None else None
        if more is not None and last_quote is not None:
            before = out[last_quote]
            content = (*before.content, more)
            out[last_quote] = replace(
                before, content=content, content_text=span_text(text, content)
            )
            continue
        last_quote = None
        if not lex.any_cue.search(text, s_start, s_end):
            continue
        toks = tokens(text, s_start, s_end)
        if not toks:
            continue
        sent = _Sentence(toks, lex)
        if not sent.matches:
            continue
        raws = _sentence_raws(sent)
        _nest(raws)
        base = len(out)
        for i, raw in enumerate(raws):
            if base + i >= MAX_ATTRIBUTIONS:
                break
            if raw.parent is not None and base + raw.parent >= MAX_ATTRIBUTIONS:
                raw.parent = None
            if raw.share_source_of is not None and not raw.source:
                raw.source = list(raws[raw.share_source_of].source)
            source = _spans(sent, raw.source)
            source_text = span_text(text, source)
            actor, guessed = _resolve(sent, raw, source_text, memory, lex, text)
            cue = _spans(sent, raw.cue)
            content = _spans(sent, raw.content)
            quotation = any(is_open_quote(sent.t[a]) for a, _ in raw.content if a < sent.n)
            out.append(
                Attribution(
                    index=base + i,
                    source=source,
                    cue=cue,
                    content=content,
                    parent=base + raw.parent if raw.parent is not None else None,
                    source_text=source_text,
                    cue_text=span_text(text, cue),
                    content_text=span_text(text, content),
                    actor=actor,
                    actor_guessed=guessed,
                    relation=raw.relation,
                    direction_doubtful=raw.doubtful,
                    sentence=(s_start, s_end),
                    quotation=quotation or raw.quotation,
                )
            )
        if len(out) > base and out[-1].quotation:
            last_quote = len(out) - 1
    if len(out) >= MAX_ATTRIBUTIONS and not notes:
        notes.append(f"stopped after the first {MAX_ATTRIBUTIONS:,} attributions")
    document, date = _document(text, lex)
    return Analysis(
        language=lex.language,
        supported=True,
        attributions=tuple(out),
        document=document,
        date=date,
        sentences=len(bounds),
        message="; ".join(notes),
        notes=tuple(notes),
    )


def _resolve(
    s: _Sentence,
    raw: _Raw,
    source_text: str,
    memory: list[tuple[str, bool]],
    lex: Lexicon,
    text: str,
) -> tuple[str, bool]:
    """The fullest earlier name for a mention, and whether that is a guess."""
    name = _clean_name(source_text)
    words = name.casefold().split()
    recent = memory[-_MEMORY:]
    people = [m for m in reversed(recent) if not m[1]]
    if raw.relative is not None:
        antecedent = s.np_back(raw.relative)
        if antecedent is not None:
            found = _clean_name(text[s.t[antecedent[0]].start : s.t[antecedent[1] - 1].end])
            return _longer(found, memory), False
    if not words:
        return (people[0][0], True) if people else ("", True)
    if len(words) == 1 and words[0] in lex.pronouns:
        return (people[0][0], True) if people else (name, True)
    # "according to X", "по словам X": usually an outlet or a document, not a pronoun's antecedent
    outlet = bool(set(words) & lex.outlet_words) or raw.frame in ("prep", "post")
    short = [w for w in words if w not in lex.determiners]
    if 0 < len(short) <= 2 and (len(short) < len(words) or len(words) == 1):
        head = short[-1]
        stem = _stem(head)
        for full, _is_outlet in reversed(recent):
            full_words = _words_of(full)
            if len(full_words) > len(short) and (head in full_words or stem in _stems_of(full)):
                guessed = len(short) < len(words)  # "the official" is a guess; "Lavrov" is not
                return full, guessed
    if (name, outlet) in recent:
        memory.remove((name, outlet))
    memory.append((name, outlet))
    return name, False


@lru_cache(maxsize=4096)
def _words_of(name: str) -> frozenset[str]:
    return frozenset(w.strip(",.“”«»\"'") for w in name.casefold().split())


def _stem(word: str) -> str:
    """A crude stem so that inflected forms meet: "Лаврова"/"Лавров", "Kaya'nın"/"Kaya"."""
    word = word.split("'")[0].split("’")[0]
    return word[:5] if len(word) >= 5 else word


@lru_cache(maxsize=4096)
def _stems_of(name: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _words_of(name) if len(w) >= 4)


def _longer(name: str, memory: list[tuple[str, bool]]) -> str:
    key = name.casefold()
    for full, _ in reversed(memory):
        if key and key.split()[-1][:5] in full.casefold() and len(full) > len(name):
            return full
    return name
