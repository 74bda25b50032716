"""Sentences and tokens with their offsets into the text exactly as given (nothing normalised).

Regular expressions only (no model): sentence ends are `. ! ? ؟ …` before a space, and the line
breaks that end a sentence (`_ends_line`: a paragraph break, a line before a list line, a line
ended by hand by the one rule of `db.text.line_ends.hand_ended_lines`); a line wrapped at a width
(a PDF's, an OCR'd screenshot's, hard-wrapped text's) goes on into the next line; a quotation that closes within `QUOTE_REACH` characters is kept in one sentence; no
sentence is longer than `MAX_SENTENCE` characters, so time stays linear on any input.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from db.text.line_ends import hand_ended_lines

MAX_SENTENCE = 30_000
QUOTE_REACH = 25_000

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_END = re.compile(r"[.!?؟…]+[\"”»’)\]]*(?=\s)|\n")
_BLANK_OR_LIST = re.compile(r"[ \t\r\f\v]*(?:\n|$)|\s*(?:[-–—•*·▪‣]\s|\d{1,3}[.)]\s)")
"""What follows a line break that ends a sentence whatever the line: an empty line (a paragraph
break, the end of the text) or a list line (a bullet, a dash, "1." or "1)")."""
_QUOTE_CHARS = re.compile(r'[“«„‹"”»›]')
_OPEN = '“«„‹"'
_CLOSE = '”»›"'
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "gov",
        "sen",
        "rep",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
    ]
)


class Token(NamedTuple):
    start: int
    end: int
    text: str
    fold: str
    is_word: bool


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of `text[start:end]`, offsets into `text`."""
    out = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        first = word[0]
        out.append(
            Token(m.start(), m.end(), word, word.casefold(), first.isalnum() or first == "_")
        )
    return out


class _Closers:
    """Where the next closing quotation mark of each kind is (found once, reused)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.next: dict[str, int] = {}

    def closes_soon(self, at: int) -> bool:
        """Whether the quotation opened at `at` closes within QUOTE_REACH characters."""
        opener = self.text[at]
        closers = (
            "»" if opener == "«" else "“”" if opener == "„" else "›" if opener == "‹" else '”"'
        )
        for c in closers:
            known = self.next.get(c)
            if known is None or known <= at:
                found = self.text.find(c, at + 1)
                known = found if found >= 0 else len(self.text) + QUOTE_REACH
                self.next[c] = known
            if known < at + QUOTE_REACH:
                return True
        return False


def sentences(text: str) -> list[tuple[int, int]]:
    """`(start, end)` of each sentence, leading and trailing white space left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    depth = 0
    scanned = 0
    closers = _Closers(text)
    by_hand = frozenset(hand_ended_lines(text)) if "\n" in text else frozenset()
    for m in _END.finditer(text):
        end = m.end()
        if m.group() == "\n" and not _ends_line(text, m.start(), by_hand):
            continue
        if m.group() != "\n":
            # abbreviations and initials ("Mr.", "U.S.", "J.") do not end a sentence
            word = re.search(r"([\w.]+)\.$", text[max(start, m.start() - 12) : m.start() + 1])
            if m.group() == "." and word:
                w = word.group(1)
                if w.casefold() in _ABBREVIATIONS or (len(w) == 1 and w.isupper()):
                    continue
        # quotation depth over the part scanned since the last look
        for q in _QUOTE_CHARS.finditer(text, scanned, m.end()):
            i = q.start()
            c = q.group()
            if c in "“«„‹" or (c == '"' and depth == 0):
                if depth == 0 and not closers.closes_soon(i):
                    continue
                depth += 1
            elif c in "”»›" or (c == '"' and depth > 0):
                depth = max(0, depth - 1)
        scanned = m.end()
        if depth > 0 and end - start < MAX_SENTENCE and m.group() != "\n":
            continue
        # a line break ends an open quotation only at a paragraph break (an empty line)
        if (
            depth > 0
            and m.group() == "\n"
            and end - start < MAX_SENTENCE
            and text[end : end + 1] != "\n"
        ):
            continue
        depth = 0
        _add(text, spans, start, end)
        start = end
    _add(text, spans, start, len(text))
    return spans


def _ends_line(text: str, at: int, by_hand: frozenset[int]) -> bool:
    """Whether the line break at `at` ends a sentence: a paragraph break or a list line after
    it, or a line ended by hand; a line wrapped at a width does not end one."""
    return at in by_hand or _BLANK_OR_LIST.match(text, at + 1) is not None


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _add(text, spans, start, cut)
        start = cut
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def is_open_quote(token: Token) -> bool:
    return token.text in _OPEN


def is_close_quote(token: Token) -> bool:
    return token.text in _CLOSE or token.text == "“"
