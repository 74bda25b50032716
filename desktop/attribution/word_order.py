"""Word-order patterns that find source and content around a cue: subject–verb–object
(English, Russian), verb first (Arabic), verb last (Turkish), prepositional cues ("according
to X"), "X quoted Y as saying" and the passive "Y was quoted by X"."""

from __future__ import annotations

from .arabic_np import _ar_np
from .sentence import (
    _AND,
    _RELATIVES,
    _content_after,
    _content_before,
    _content_limit,
    _Match,
    _next_cue_start,
    _Raw,
    _Sentence,
    _words_in,
)
from .text import is_close_quote, is_open_quote


def _svo(s: _Sentence, index: int, raws: list[_Raw], floor: int) -> list[_Raw]:
    m = s.matches[index]
    cue = m.cue
    lex = s.lex
    limit = _content_limit(s, m.end)
    if cue.frame == "prep":
        return _prep(s, m, floor)
    if cue.frame == "passive":
        return _passive(s, m, floor)
    if cue.frame == "noun":
        return _possessive(s, m)
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
                tail < s.n
                and s.t[tail].text == ","
                and tail + 1 < s.n
                and tail + 1 not in s.cue_at
                and s.t[tail + 1].fold not in lex.clause_words  # "said X, who heads …"
                and s.quote_starting_at(tail + 1) is None
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
                    pieces = [content, *_second_quote(s, tail)]
                    return [
                        _Raw(
                            [source] if source else [],
                            [(m.start, m.end)],
                            pieces,
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
            and s.quote_starting_at(content[0]) is not None
            and s.t[content[0] - 1].text == ","
        ):
            # "“…,” he said, “…”": one content in two pieces
            raw = _Raw(
                [subject],
                [(m.start, m.end)],
                [(quote_before[0], quote_before[1] + 1), content],
                cue.relation,
                "verb",
            )
            return [raw]
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
        before_end = subject[0] if subject else m.start
        edge = s.t[before_end - 1] if before_end > floor else None
        if edge is None or not (edge.text in (",", "—", "–", "،") or is_close_quote(edge)):
            return []  # "… what they pledged": no clause before the speaker to report
        content = _content_before(s, before_end, floor)
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
    if subject is None and relative is None and shared is None and lex.language == "en":
        return []  # "said" with no one saying it ("Said to be …", "the said agreement")
    raw = _Raw([subject] if subject else [], [(m.start, m.end)], contents, cue.relation, "verb")
    raw.relative = relative
    raw.share_source_of = shared
    return [raw]


def _second_quote(s: _Sentence, at: int) -> list[tuple[int, int]]:
    """ "“…,” said X, “…”": the quotation that goes on after the speaker, if any."""
    if at < s.n and s.t[at].text == "," and at + 1 < s.n:
        quote = s.quote_starting_at(at + 1)
        if quote is not None:
            return [(quote[0], quote[1] + 1)]
    return []


_MAIN_VERBS = frozenset(["was", "were", "is", "are"])


def _possessive(s: _Sentence, m: _Match) -> list[_Raw]:
    """ "Lavrov's claim that C …": the possessor is the source, the clause the content (up to
    the main clause's verb: "… was rejected")."""
    owner = m.start - 1
    source = s._np_core(m.start, max(0, m.start - 6)) or (owner, m.start)
    start = m.end
    end = s.clause_end(start, s.n)
    for j in range(start + 3, end - 1):
        participle = s.t[j + 1].fold.endswith(("ed", "en")) or s.t[j + 1].fold == "by"
        if s.t[j].fold in _MAIN_VERBS and s.t[j - 1].is_word and participle:
            end = j  # "… was rejected by": the sentence's own verb ends the content
            break
    content = s.trim(start, end)
    if content is None:
        return []
    return [_Raw([source], [(m.start, m.end)], [content], "said", "noun")]


def _prep(s: _Sentence, m: _Match, floor: int) -> list[_Raw]:
    """ "according to X, C" / "C, according to X" / "по словам X, C" / "citing X"."""
    source = s.np_forward(m.end)
    if s.lex.language == "ar" and source is not None:
        source = _ar_np(s, m.end)
    if source is None:
        return []
    s.add_region(m.start, source[1])
    raw = _Raw([source], [(m.start, m.end)], [], m.cue.relation, "prep")
    dash = max((k for k in range(floor, m.start) if s.t[k].text in ("—", "–")), default=-1)
    if dash >= 0 and not any(k in s.cue_at for k in range(floor, dash)):
        floor = dash + 1  # "BAGHDAD, May 8 (Wire) — According to X, C": after the dateline
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


_AR_NOT_SUBJECT = frozenset(
    ["في", "من", "على", "إلى", "عن", "خلال", "بعد", "قبل", "وفي", "ومن", "كما", "فيما", "بينما"]
)


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
    particles = {p[0] for p in lex.verb_particles if len(p) == 1}
    if tok.fold in particles and k + 1 < s.n and s.t[k + 1].fold in lex.complementizers:
        cue_spans.append((k, k + 1))  # "شدد على أن", "أشار إلى أن": the particle is the cue's
        k += 1
        tok = s.t[k]
    before = s._np_core(m.start, floor) if m.start > floor else None
    if before is not None and s.t[before[0]].fold not in _AR_NOT_SUBJECT:
        source = before  # subject first: "الوزير قال إن …", "المعارضة اتهمت الحكومة …"
    elif not (tok.fold in lex.complementizers or tok.text == ":" or is_open_quote(tok)):
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
