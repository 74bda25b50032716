"""Verb-last patterns (Turkish): "X, C söyledi", "“C,” dedi X", reported speech inside
reported speech ("… söylediğini aktardı") nested under the outer verb."""

from __future__ import annotations

from .sentence import (
    _content_after,
    _Match,
    _next_cue_start,
    _Raw,
    _Sentence,
)
from .text import is_open_quote


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
