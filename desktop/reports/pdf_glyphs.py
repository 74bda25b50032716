"""Each shaped glyph of the PDF report carries its own letters (its ToUnicode entry).

HarfBuzz may draw one cluster of letters (a letter and its marks: "كَّ") with several glyphs
(the letter, and one glyph for shadda and fatha). fpdf2 gives the whole cluster's text to the
first glyph in drawing order (here the marks) and none to the others, so a reader found no
text for the letter's glyph (pypdf read a control character, pdfplumber "(cid:3)"). Here the
letter drawn by its own glyph (the font's cmap) goes to that glyph; the others, marks to a mark
glyph and letters to a base glyph, as the font's glyph classes (GDEF) tell them apart.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence
from typing import Any

from fpdf.fonts import TTFFont

from db.text.direction import NUMBER_MARKS


def _is_mark_char(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _shape_text(
    self: Any, text: str, font_size_pt: float, text_shaping_params: dict[str, Any] | None
) -> Sequence[dict[str, Any]]:
    """fpdf2's `TTFFont.shape_text`, giving each glyph of a cluster its own letters."""
    if not text:
        return []
    infos, positions = self.perform_harfbuzz_shaping(text, font_size_pt, text_shaping_params)
    starts = sorted({int(gi.cluster) for gi in infos})
    owner: dict[int, list[int]] = {start: [] for start in starts}
    for index in range(len(text)):  # each letter to the cluster it falls in
        cluster = starts[max(bisect.bisect_right(starts, index) - 1, 0)]
        owner[cluster].append(index)
    classes = _classes(self.ttfont)
    by_cluster: dict[int, list[int]] = {}
    for seq, gi in enumerate(infos):
        by_cluster.setdefault(int(gi.cluster), []).append(seq)
    letters: dict[int, tuple[int, ...]] = {}
    for cluster, seqs in by_cluster.items():
        chars = owner.get(cluster, [])
        if len(seqs) == 1:
            letters[seqs[0]] = tuple(ord(text[i]) for i in chars)
            continue
        names = {s: self.ttfont.getGlyphName(infos[s].codepoint) for s in seqs}
        cmap = _cmap(self.ttfont)
        given: dict[int, list[int]] = {s: [] for s in seqs}
        rest = []
        for i in chars:  # a letter drawn by its own glyph goes to that glyph
            name = cmap.get(ord(text[i]))
            match = next((s for s in seqs if names[s] == name and not given[s]), None)
            if match is None:
                rest.append(i)
            else:
                given[match].append(i)
        for i in rest:  # the others: marks to a mark glyph, letters to a base glyph
            mark = _is_mark_char(text[i])
            pool = [s for s in seqs if (classes.get(names[s]) == 3) == mark] or seqs
            target = next((s for s in pool if not given[s]), pool[0])
            given[target].append(i)
        for s in seqs:
            letters[s] = tuple(ord(text[i]) for i in sorted(given[s]))
    out = []
    for seq, gi in enumerate(infos):
        name = self.ttfont.getGlyphName(gi.codepoint)
        if _only_marks(letters.get(seq, ())) and not positions[seq].x_advance:
            continue  # a mark around a number (`db.text.direction.isolate_ltr_runs`): no glyph
        width = round(self.scale * self.ttfont["hmtx"].metrics[name][0])
        glyph = self.subset.get_glyph(
            glyph=gi.codepoint, unicode=letters.get(seq, ()), glyph_name=name, glyph_width=width
        )
        if glyph is None:
            continue
        pos = positions[seq]
        out.append(
            {
                "mapped_char": self.subset.pick_glyph(glyph),
                "x_advance": pos.x_advance,
                "y_advance": pos.y_advance,
                "x_offset": pos.x_offset,
                "y_offset": pos.y_offset,
                "force_positioning": bool(
                    width != pos.x_advance or pos.x_offset or pos.y_offset or pos.y_advance
                ),
            }
        )
    return out


def _only_marks(letters: tuple[int, ...]) -> bool:
    return bool(letters) and all(chr(c) in NUMBER_MARKS for c in letters)


_CLASSES: dict[int, dict[str, int]] = {}
_CMAPS: dict[int, dict[int, str]] = {}


def _cmap(ttfont: Any) -> dict[int, str]:
    key = id(ttfont)
    if key not in _CMAPS:
        _CMAPS[key] = dict(ttfont.getBestCmap())
    return _CMAPS[key]


def _classes(ttfont: Any) -> dict[str, int]:
    """The font's glyph classes (GDEF: 1 base, 2 ligature, 3 mark), read once."""
    key = id(ttfont)
    if key not in _CLASSES:
        gdef = ttfont["GDEF"].table if "GDEF" in ttfont else None
        class_def = getattr(gdef, "GlyphClassDef", None)
        _CLASSES[key] = dict(class_def.classDefs) if class_def is not None else {}
    return _CLASSES[key]


class _LetteredFont(TTFFont):  # type: ignore[misc]
    __slots__ = ()
    shape_text = _shape_text


def give_glyphs_their_letters(font: Any) -> None:
    """Makes fpdf2's `font` (a TTFFont) map each shaped glyph to its own letters."""
    if isinstance(font, TTFFont):
        font.__class__ = _LetteredFont
