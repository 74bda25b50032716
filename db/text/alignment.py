"""Sentence alignment of a translation with its original, the classic way: Gale–Church sentence
lengths plus lexical anchors (numbers in any digit system, names matched across scripts, a
small bilingual lexicon, question and quotation marks) in a dynamic programme over 1–1, 1–2,
2–1, 1–0 (omitted in the translation) and 0–1 (added by the translator) beads. A translator's
note ("Translated from Arabic by …", `db.text.translator_notes`) is always a 0–1 bead. Last,
a sentence whose name was swapped is paired rather than split (`db.text.align_repair`).

The programme runs in a band around a guide path drawn through sentences that share a rare
anchor, so a 200-sentence pair takes milliseconds and a 5,000-sentence pair seconds; the band
widens by itself when the best path touches its edge. No model, no download."""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from . import align_repair
from .align_features import SentenceFeatures, document_features, key_weights, name_keys
from .align_lexicon import MONTHS
from .align_repair import repaired
from .translator_notes import is_translator_note

WHEN = frozenset(
    "c:" + w
    for w in (*MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)
"""The lexicon's months and weekdays: a month changed is, like a number changed, one miss."""

ProgressCallback = Callable[[int, int], bool]
"""Called with (rows done, rows in all); returning False cancels the alignment."""

BEADS = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))
_PRIOR = {(1, 1): 0.89, (2, 1): 0.045, (1, 2): 0.045, (1, 0): 0.01, (0, 1): 0.01}
_PRIOR_COST = {b: -math.log(p) for b, p in _PRIOR.items()}
EXPECTED_RATIO = {("ar", "en"): 1.4, ("ru", "en"): 1.15, ("tr", "en"): 1.1}
"""Characters of the English text for one character of the other language (a prior)."""


@dataclass(frozen=True)
class Parameters:
    variance: float = 4.0  # Gale–Church's s² (characters)
    match_bonus: float = 1.0  # per unit of weight of an anchor both sides share
    miss_penalty: float = 2.0  # per unit of weight of an anchor on one side only
    skip_cost: float = 0.5  # a sentence with no counterpart, beyond its prior
    unsupported_merge: float = 2.0  # a 2–1 or 1–2 bead one of whose two sentences shares no
    # anchor with the other side (an omitted or added sentence is not merged into a pair)
    no_overlap: float = 6.0  # a bead whose two sides share no anchor at all: nothing but
    # their lengths says they render each other, so an omitted sentence next to an added one
    # is left as 1–0 + 0–1 unless the lengths agree well
    partial_omission: float = 0.3  # what an omitted sentence costs once the translation is
    # found to render less than half of the original (a partial translation): its
    # unrendered sentences are then left unpaired rather than merged into pairs
    changed_number: float = 0.5  # share of a changed number's miss forgiven (see `changed`)
    band: int = 12  # half-width of the band around the guide path (sentences)


DEFAULTS = Parameters()
BODY = "x:o"
"""The key of a sentence naming an organisation no list holds (`align_features`)."""


class AlignmentCancelled(Exception):
    """The progress callback asked to stop."""


def ratio_of(lo: str | None, lt: str | None, left: Sequence[str], right: Sequence[str]) -> float:
    """Characters of the translation for one of the original, from both texts' lengths within
    bounds around the language pair's prior (`EXPECTED_RATIO`)."""
    a, b = (lo or "").split("-")[0].lower(), (lt or "").split("-")[0].lower()
    prior = EXPECTED_RATIO.get((a, b)) or (
        1 / EXPECTED_RATIO[(b, a)] if (b, a) in EXPECTED_RATIO else 1.0
    )
    total_l = sum(len(s) for s in left)
    total_r = sum(len(s) for s in right)
    if not total_l or not total_r:
        return prior
    return min(max(total_r / total_l, prior * 0.75), prior * 1.33)


def _guide(
    left: Sequence[frozenset[str]], right: Sequence[frozenset[str]], weights: dict[str, float]
) -> list[tuple[int, int]]:
    """Points (i, j) where a rare anchor (a number or a name) is in exactly one sentence of each
    side; the longest chain of them rising on both sides, from (0, 0) to (n, m)."""
    where_l: dict[str, list[int]] = defaultdict(list)
    where_r: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(left):
        for k in keys:
            if k[0] in "#no":
                where_l[k].append(i)
    for j, keys in enumerate(right):
        for k in keys:
            if k[0] in "#no":
                where_r[k].append(j)
    points = sorted(
        {
            (where_l[k][0], where_r[k][0])
            for k in where_l
            if len(where_l[k]) == 1 and len(where_r.get(k, ())) == 1
        }
    )
    # longest chain strictly rising in both coordinates (quadratic; points are few)
    best: list[int] = [1] * len(points)
    back: list[int] = [-1] * len(points)
    for b, (i, j) in enumerate(points):
        for a in range(b):
            if points[a][0] < i and points[a][1] < j and best[a] + 1 > best[b]:
                best[b], back[b] = best[a] + 1, a
    chain: list[tuple[int, int]] = []
    if points:
        at = max(range(len(points)), key=best.__getitem__)
        while at >= 0:
            chain.append(points[at])
            at = back[at]
        chain.reverse()
    n, m = len(left), len(right)
    return [(0, 0), *[(i + 1, j + 1) for i, j in chain], (n, m)]


def _band(guide: list[tuple[int, int]], n: int, m: int, width: int) -> list[tuple[int, int]]:
    centre = [0.0] * (n + 1)
    for (i0, j0), (i1, j1) in itertools.pairwise(guide):
        for i in range(i0, i1 + 1):
            centre[i] = j0 + (j1 - j0) * ((i - i0) / (i1 - i0) if i1 > i0 else 1.0)
    rows: list[tuple[int, int]] = []
    for i in range(n + 1):
        lo = max(0, int(centre[i]) - width)
        hi = min(m, math.ceil(centre[i]) + width)
        rows.append((lo, hi))
    # neighbouring rows overlap so that every path step stays inside
    for i in range(1, n + 1):
        lo, hi = rows[i]
        plo, phi = rows[i - 1]
        rows[i] = (min(lo, phi), max(hi, plo))
    rows[0] = (0, max(rows[0][1], 0))
    rows[n] = (min(rows[n][0], m), m)
    return rows


Path = align_repair.Path
Keys = align_repair.Keys


def align_sentences(
    left: Sequence[str],
    right: Sequence[str],
    left_language: str | None,
    right_language: str | None,
    *,
    parameters: Parameters = DEFAULTS,
    progress: ProgressCallback | None = None,
) -> Path:
    """The beads aligning `left` (the original's sentences) with `right` (the translation's):
    (left indexes, right indexes, cost), in order, covering every sentence once."""
    return align_with_evidence(
        left, right, left_language, right_language, parameters=parameters, progress=progress
    )[0]


def align_with_evidence(
    left: Sequence[str],
    right: Sequence[str],
    left_language: str | None,
    right_language: str | None,
    *,
    parameters: Parameters = DEFAULTS,
    progress: ProgressCallback | None = None,
) -> tuple[Path, Keys, Keys]:
    """`align_sentences`, with the anchor keys of each sentence of each side (numbers "#…",
    names "n:…" matched across the two sides, lexicon concepts "c:…", punctuation "p:…")."""
    n, m = len(left), len(right)
    fl = document_features(left, left_language)
    fr = document_features(right, right_language)
    nl, nr = name_keys(fl, fr)
    kl = [f.keys | k for f, k in zip(fl, nl, strict=True)]
    kr = [f.keys | k for f, k in zip(fr, nr, strict=True)]
    weights = key_weights(kl, kr)
    ratio = ratio_of(left_language, right_language, left, right)
    guide = _guide(kl, kr, weights)
    notes = [is_translator_note(s) for s in right]  # "added by the translator", never paired
    width = parameters.band
    omission = parameters.skip_cost + _PRIOR_COST[(1, 0)]
    while True:
        rows = _band(guide, n, m, width)
        path, touched = _programme(
            fl, fr, kl, kr, weights, ratio, rows, parameters, omission, progress, notes
        )
        full = all(lo == 0 and hi == m for lo, hi in rows)
        if touched and not full:
            width *= 2
            continue
        rendered = sum(len(o) for o, t, _ in path if o and t)
        if n and rendered < n / 2 and omission > parameters.partial_omission:
            omission = parameters.partial_omission
            continue
        if parameters.match_bonus:  # not for the lengths-only baseline
            path = repaired(path, (left, right), (left_language, right_language), (kl, kr), ratio)
        return path, kl, kr


def _programme(
    fl: Sequence[SentenceFeatures],
    fr: Sequence[SentenceFeatures],
    kl: Sequence[frozenset[str]],
    kr: Sequence[frozenset[str]],
    weights: dict[str, float],
    ratio: float,
    rows: list[tuple[int, int]],
    p: Parameters,
    omission: float,
    progress: ProgressCallback | None,
    notes: Sequence[bool],
) -> tuple[Path, bool]:
    n, m = len(fl), len(fr)
    var = p.variance
    cum_l = [0, *itertools.accumulate(f.length for f in fl)]
    cum_r = [0, *itertools.accumulate(f.length for f in fr)]
    inf = float("inf")
    cost: list[dict[int, float]] = [dict() for _ in range(n + 1)]
    back: list[dict[int, tuple[int, int]]] = [dict() for _ in range(n + 1)]
    cost[0][0] = 0.0
    union_l = [kl[i] | kl[i + 1] for i in range(n - 1)]
    union_r = [kr[j] | kr[j + 1] for j in range(m - 1)]
    skip = p.skip_cost
    bonus, penalty = p.match_bonus, p.miss_penalty
    unsupported = p.unsupported_merge
    nil = p.no_overlap

    def anchors(a: frozenset[str], b: frozenset[str]) -> float:
        if not a or not b:
            return penalty * (total(a) + total(b)) + nil
        shared = sum(weights[k] for k in a & b)
        # an anchor changed (45 on one side, 4,500 on the other; a month for another) costs as
        # one miss, not two, so that a pair whose number or date drifted still aligns and its
        # drift is flagged; sharing nothing else is no evidence against the pair then (both
        # carry a number or a day)
        both = numbered(a) and numbered(b)
        bodies = BODY in a and BODY in b  # an organisation in another's place
        unrelated = not shared and not both and not bodies
        miss = max(total(a) - shared, total(b) - shared)
        if both:
            miss -= changed(a, b)
        return float(penalty * miss - bonus * shared + nil * unrelated)

    def changed(a: frozenset[str], b: frozenset[str]) -> float:
        """Half the weight of the numbers (and organisations) that changed (one of each side
        left unshared, paired in order of weight): a number changed is one drift, not two
        unrelated sentences."""
        only_a = sorted(weights[k] for k in numbers(a) - b)
        only_b = sorted(weights[k] for k in numbers(b) - a)
        return p.changed_number * sum(min(x, y) for x, y in zip(only_a, only_b, strict=False))

    def numbers(keys: frozenset[str]) -> frozenset[str]:
        found = number_keys.get(keys)
        if found is None:
            found = number_keys[keys] = frozenset(k for k in keys if k[0] in "#o")
        return found

    number_keys: dict[frozenset[str], frozenset[str]] = {}

    def supported(first: frozenset[str], second: frozenset[str], other: frozenset[str]) -> bool:
        """Each of two merged sentences shares with the other side an anchor of its own (one
        the other merged sentence does not carry): a sentence that brings nothing is not
        merged in."""
        return bool((first - second) & other) and bool((second - first) & other)

    def numbered(keys: frozenset[str]) -> bool:
        n = has_number.get(keys)
        if n is None:
            n = has_number[keys] = any(k[0] in "#o" or k in WHEN for k in keys)
        return n

    has_number: dict[frozenset[str], bool] = {}

    totals: dict[frozenset[str], float] = {}

    def total(keys: frozenset[str]) -> float:
        t = totals.get(keys)
        if t is None:
            t = totals[keys] = sum(weights[k] for k in keys)
        return t

    sqrt2 = math.sqrt(2)

    def length(lo: int, lt: int) -> float:
        delta = abs(lt - lo * ratio) / math.sqrt(var * max((lo * ratio + lt) / 2, 1.0))
        return -math.log(max(math.erfc(delta / sqrt2), 1e-12))

    step = max(1, n // 100)
    for i in range(n + 1):
        if progress is not None and i % step == 0 and not progress(i, n):
            raise AlignmentCancelled
        lo, hi = rows[i]
        ci = cost[i]
        bi = back[i]
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, arg = inf, (0, 0)
            for a, b in BEADS:
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0:
                    continue
                prev = cost[pi].get(pj)
                if prev is None or (a and b and (notes[pj] or notes[j - 1])):
                    continue
                if b == 0:
                    c = prev + omission
                elif a == 0:
                    c = prev + _PRIOR_COST[(a, b)] + skip
                else:
                    c = prev + _PRIOR_COST[(a, b)]
                    ka = kl[pi] if a == 1 else union_l[pi]
                    kb = kr[pj] if b == 1 else union_r[pj]
                    c += length(cum_l[i] - cum_l[pi], cum_r[j] - cum_r[pj]) + anchors(ka, kb)
                    if (a == 2 and not supported(kl[pi], kl[pi + 1], kb)) or (
                        b == 2 and not supported(kr[pj], kr[pj + 1], ka)
                    ):
                        c += unsupported
                if c < best:
                    best, arg = c, (a, b)
            if best < inf:
                ci[j] = best
                bi[j] = arg
    if progress is not None:
        progress(n, n)
    # walk back
    path: Path = []
    i, j = n, m
    touched = False
    while i > 0 or j > 0:
        a, b = back[i][j]
        lo, hi = rows[i]
        if (j == lo and lo > 0) or (j == hi and hi < m):
            touched = True
        path.append(
            (tuple(range(i - a, i)), tuple(range(j - b, j)), cost[i][j] - cost[i - a][j - b])
        )
        i, j = i - a, j - b
    path.reverse()
    return path, touched
