"""Two repairs of the aligner's path where the dynamic programme, which sees only lengths and
shared anchors, pairs a sentence whose name was swapped wrongly (`db.text.alignment`):

- **An omitted sentence beside an added one** that name two people, places or bodies in each
  other's place, with lengths that agree, are one sentence whose name was swapped ("İBB Genel
  Sekreteri Can Akın Çağlar …" / "Istanbul municipality secretary general Ali Rıza Yıldız …"):
  nothing but the name could tie them, so the programme left them apart. They become a 1–1
  pair, and `drift.pair_drift` flags the name.
- **A pair that shares one anchor at most beside a sentence with no counterpart** that agrees
  better with the pair's other side (more anchors shared, fewer on one side only) and names a
  person, place or body in the place of one there: the lone sentence is the counterpart ("وطالبت منظمة أطباء بلا حدود
  بفتح الطرق …" belongs with "The International Committee of the Red Cross called for roads to
  be opened …", not with the translator's added "Yemen has suffered … since 2014"). The pair
  and the lone sentence trade places.

Both keep the path's order and cover every sentence once."""

from __future__ import annotations

from collections.abc import Sequence

from .drift_names import name_differences

Path = list[tuple[tuple[int, ...], tuple[int, ...], float]]
Keys = list[frozenset[str]]

SWAP_LENGTHS = (0.6, 1.6)
"""How far a translation's sentence may be from the length its counterpart and the pair's
ratio expect (a share of that length) for the two to be taken for a pair."""


def repaired(
    path: Path,
    sentences: tuple[Sequence[str], Sequence[str]],
    languages: tuple[str | None, str | None],
    keys: tuple[Keys, Keys],
    ratio: float,
) -> Path:
    """The path with both repairs of the module's docstring (`ratio`: characters of the
    translation for one of the original)."""
    original, translation = sentences

    def fits(i: int, j: int) -> bool:
        share = len(translation[j]) / max(len(original[i]) * ratio, 1.0)
        return SWAP_LENGTHS[0] <= share <= SWAP_LENGTHS[1]

    def shared(i: int, j: int) -> int:
        return len(keys[0][i] & keys[1][j])

    def score(i: int, j: int) -> int:
        """Anchors shared less those one side has alone (the larger side's count)."""
        both = shared(i, j)
        return both - max(len(keys[0][i]) - both, len(keys[1][j]) - both)

    out: Path = []
    for step in path:
        if not out:
            out.append(step)
            continue
        (o1, t1, c1), (o2, t2, c2) = out[-1], step
        o, t = o1 + o2, t1 + t2
        if len(o) == 1 and len(t) == 1 and (o1 or t1) and not (o1 and t1) and not (o2 and t2):
            # an omitted sentence beside an added one
            i, j = o[0], t[0]
            if fits(i, j) and name_differences(original[i], translation[j], *languages):
                out[-1] = (o, t, c1 + c2)
                continue
        elif len(o) + len(t) == 3 and all(len(x) <= 1 for x in (o1, t1, o2, t2)):
            # a 1–1 pair beside a lone sentence: which of the two sentences on the lone one's
            # side is the pair's counterpart
            alternative = _traded(out[-1], step)
            if alternative is not None:
                pair = next(p for p in (out[-1], step) if p[0] and p[1])
                new = next(p for p in alternative if p[0] and p[1])
                i, j = pair[0][0], pair[1][0]
                ni, nj = new[0][0], new[1][0]
                if (
                    shared(i, j) <= 1
                    and score(ni, nj) > score(i, j)
                    and fits(ni, nj)
                    and name_differences(original[ni], translation[nj], *languages)
                ):
                    out[-1] = alternative[0]
                    out.append(alternative[1])
                    continue
        out.append(step)
    return out


def _traded(
    first: tuple[tuple[int, ...], tuple[int, ...], float],
    second: tuple[tuple[int, ...], tuple[int, ...], float],
) -> (
    tuple[
        tuple[tuple[int, ...], tuple[int, ...], float],
        tuple[tuple[int, ...], tuple[int, ...], float],
    ]
    | None
):
    """The two steps with the pair's sentence and the lone sentence of one side traded (the
    pair then holds the lone one), or None when the two steps are not a pair and a lone
    sentence."""
    (o1, t1, c1), (o2, t2, c2) = first, second
    cost = c1 + c2
    if o1 and t1 and not o2 and t2:  # pair, added → added, pair
        return ((), t1, 0.0), (o1, t2, cost)
    if o1 and t1 and o2 and not t2:  # pair, omitted → omitted, pair
        return (o1, (), 0.0), (o2, t1, cost)
    if not o1 and t1 and o2 and t2:  # added, pair → pair, added
        return (o2, t1, cost), ((), t2, 0.0)
    if o1 and not t1 and o2 and t2:  # omitted, pair → pair, omitted
        return (o1, t2, cost), (o2, (), 0.0)
    return None
