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

from dataclasses import replace
from functools import lru_cache

from .lexicon import Lexicon, available_languages, load_lexicon
from .model import Analysis, Attribution, DocumentAttribution, Span, span_text
from .sentence import _DATE, _MEMORY, _NEAR, _REACH, MAX_ATTRIBUTIONS, _Raw, _Sentence
from .speaker import kicker_end, speaker_range
from .text import is_open_quote, sentences, tokens
from .verb_last import _sov, _sov_inner, _sov_nested
from .word_order import _svo, _vso


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


def _line_start(text: str, at: int) -> bool:
    """Whether only white space stands between the line's start and `at` (looked at backwards
    from `at`, so a long text of one line costs no more than a short one)."""
    i = at - 1
    while i >= 0 and text[i] != "\n":
        if not text[i].isspace():
            return False
        i -= 1
    return True


def _colon(s: _Sentence) -> _Raw | None:
    """A headline's or a line's colon cue: "Minister: border will reopen", "Лавров: …" — a
    short name or title before the colon (no label like "Photo:"), a clause after it."""
    colon = next((i for i, t in enumerate(s.t[:8]) if t.text == ":"), None)
    if colon is None or colon == 0:
        return None
    head = s.t[:colon]
    if (not head[0].text[:1].isupper() and s.lex.language != "ar") or head[
        0
    ].fold in s.lex.colon_exclusions:
        return None
    if any(i in s.cue_at for i in range(colon)):
        return None  # "X told reporters: …" is the verb's
    if not all(t.is_word and not t.text.isdigit() for t in head if t.text not in "'’-."):
        return None
    lex = s.lex
    plain = lex.official_words | lex.organisation_words | lex.title_words | lex.outlet_words
    if lex.language != "ar" and not all(
        t.text[:1].isupper() or t.fold in plain or not t.is_word for t in head
    ):
        return None  # "The agenda had three items: …" is no speaker
    content = s.trim(colon + 1, s.n)
    if content is None or sum(1 for t in s.t[content[0] : content[1]] if t.is_word) < 3:
        return None
    return _Raw([(0, colon)], [(colon, colon + 1)], [content], "said", "colon")


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
    # ", adding that …" continues its speaker: it hangs where the speaker's attribution hangs,
    # or inside the speaker's quotation when it stands there ("“…, pointing out that …”")
    for raw in raws:
        if raw.share_source_of is not None and raw.parent is None:
            speaker = raws[raw.share_source_of]
            cue_a = raw.cue[0][0]
            inside = any(a < cue_a < b for a, b in speaker.content)
            raw.parent = raw.share_source_of if inside else speaker.parent
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
        # a kicker at the head of a line ("BREAKING:", "عاجل:") is no part of the sentence
        at_line_start = _line_start(text, s_start)
        body = kicker_end(text, s_start, s_end, lex) if at_line_start else s_start
        headed = at_line_start and ":" in text[body : min(s_end, body + 120)]
        if not headed and not lex.any_cue.search(text, body, s_end):
            continue
        toks = tokens(text, body, s_end)
        if not toks:
            continue
        sent = _Sentence(toks, lex)
        colon = _colon(sent) if headed else None
        if not sent.matches and colon is None:
            continue
        raws = _sentence_raws(sent)
        if colon is not None:
            raws.insert(0, colon)
            for raw in raws[1:]:
                if raw.parent is not None:
                    raw.parent += 1
                if raw.share_source_of is not None:
                    raw.share_source_of += 1
                if "host" in raw.extra:
                    raw.extra["host"] += 1
        for raw in raws:  # openers, particles and times around a subject are no speaker
            raw.source = [
                r for a, b in raw.source if (r := speaker_range(sent.t, a, b, lex)) is not None
            ]
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
                    directive=any(
                        sent.cue_at[k].cue.directive for k, _ in raw.cue if k in sent.cue_at
                    ),
                )
            )
        if len(out) > base and out[-1].quotation:
            last_quote = len(out) - 1
        # the main clause's speaker is who a later "he" means, not one named inside the
        # content ("X told reporters that Y had said …. He added …" → X)
        for a in out[base:]:
            if a.parent is None and not a.actor_guessed and a.actor:
                entry = next((m for m in memory if m[0] == a.actor), None)
                if entry is not None:
                    memory.remove(entry)
                    memory.append(entry)
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
        # a left-out subject goes on with the last speaker only after an explicit
        # continuation ("added", "وأضاف", a participle sharing the clause's subject);
        # otherwise the text names no source, and that is what the reviewer is shown
        if _continues(s, raw, lex) and people:
            return people[0][0], True
        return "", True
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


def _continues(s: _Sentence, raw: _Raw, lex: Lexicon) -> bool:
    if raw.share_source_of is not None or raw.frame == "participle" or not raw.cue:
        return True
    first = s.t[raw.cue[0][0]].fold
    if first in lex.continuation:
        return True
    # Arabic: "وأكد" — "and he stressed", the conjunction carries the subject over
    return lex.language == "ar" and first.startswith(("و", "ف")) and len(first) > 3


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
