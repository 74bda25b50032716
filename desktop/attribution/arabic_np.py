"""Arabic noun phrases after a verb or a preposition: the subject of a verb-first sentence
("قال وزير الخارجية أحمد عطاف إن …"), and a title's name after its genitive ("المدير العام
للوكالة رافائيل غروسي")."""

from __future__ import annotations

from .sentence import _Sentence
from .speaker import key
from .text import is_open_quote


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
            # "المدير العام للوكالة رافائيل غروسي": a title's genitive, then the name it goes with
            j = _ar_titled_name(s, start, j)
            break
        j += 1
    if not stopped:
        # no stop word: a noun and its definite complements ("وزارة الصحة تسجيل …")
        j = start + 1
        while j < s.n and s.t[j].fold.startswith(("ال", "لل")) and j - start < 6:
            j += 1
    return (start, j) if j > start else None


def _ar_titled_name(s: _Sentence, start: int, at: int) -> int:
    """Where a title's name ends when the title [start, at) has a genitive with li- at `at`
    ("المدير العام للوكالة رافائيل غروسي إن", "… لمنظمة الصحة العالمية، تيدروس …،"), or `at`
    when no title stands there or no name follows its genitive (the hearer: "قال الوزير
    للصحفيين إن")."""
    lex = s.lex
    if not any(t.fold in lex.title_words for t in s.t[start:at]):
        return at
    j = at + 1
    while j < s.n and s.t[j].fold.startswith(("ال", "لل")) and j - at < 6:
        j += 1
    if j < s.n and s.t[j].text in ("،", ","):
        j += 1
    name = j
    while (
        j < s.n
        and j - name < 5
        and s.t[j].is_word
        and j not in s.cue_at
        and s.t[j].fold not in lex.complementizers
        and s.t[j].fold not in lex.quote_as_first
        and not (s.t[j].fold.startswith("ل") and not s.t[j].fold.startswith("ال"))
        and key(s.t[j]) not in lex.time_words
        and key(s.t[j]) not in lex.time_before
        and not (j == name and s.t[j].fold.startswith("ال"))
    ):
        j += 1
    if j == name:
        return at
    stop = s.t[j] if j < s.n else None
    if stop is not None and not (
        stop.text in ("،", ",", ".", ":")
        or j in s.cue_at
        or stop.fold in lex.complementizers
        or stop.fold in lex.quote_as_first
        or key(stop) in lex.time_words
        or key(stop) in lex.time_before
        or any(p[0] == stop.fold for p in lex.verb_particles)
    ):
        return at  # no end to the name: not a name
    return j
