"""What a selection on one side of the side-by-side reading maps to on the other: within one
bead, the words the evidence links (`db.text.align_words`: a shared number, a name across
scripts, a lexicon word), or — where the selection holds no such word — the whole aligned
sentence, said in a note under the reading so that no precision is pretended."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.text.align_words import WordLink, links_in, word_links
from db.text.aligned_pair import Alignment
from db.text.direction import isolate

from ..common.placeholders import arg

EVIDENCE = {
    "number": QT_TRANSLATE_NOOP("AlignedSelection", "number"),
    "number differs": QT_TRANSLATE_NOOP("AlignedSelection", "number, differs"),
    "name": QT_TRANSLATE_NOOP("AlignedSelection", "name"),
    "month": QT_TRANSLATE_NOOP("AlignedSelection", "month"),
    "word": QT_TRANSLATE_NOOP("AlignedSelection", "lexicon"),
    "negation": QT_TRANSLATE_NOOP("AlignedSelection", "negation"),
}


translate = QCoreApplication.translate


@dataclass(frozen=True)
class SelectionMapping:
    """`beads` highlighted as a whole on the other side (paler when `words` are found);
    `words`: (bead, start, end) spans within the other side's bead text; `note` what the
    highlight rests on."""

    beads: list[int]
    words: list[tuple[int, int, int]] = field(default_factory=list)
    note: str = ""


def passage(alignment: Alignment, bead: int, side: str) -> str:
    """The text of a bead on one side, as the reading writes it (its sentences, one space
    between)."""
    b = alignment.beads[bead]
    if side == "original":
        return " ".join(alignment.original[i].text for i in b.original)
    return " ".join(alignment.translation[j].text for j in b.translation)


def map_selection(
    alignment: Alignment,
    languages: tuple[str | None, str | None],
    side: str,
    beads: list[int],
    within: tuple[int, int] | None,
) -> SelectionMapping:
    """The other side's highlight for a selection of `beads` on `side`; `within` is the
    selection's span inside the bead's text when it lies inside one bead."""
    other = "translation" if side == "original" else "original"
    if within is None or len(beads) != 1:
        return SelectionMapping(beads)
    bead = beads[0]
    mine, theirs = passage(alignment, bead, side), passage(alignment, bead, other)
    start, end = max(0, within[0]), min(len(mine), within[1])
    if not theirs or start >= end:
        return SelectionMapping(beads)
    if start == 0 and end >= len(mine):
        return SelectionMapping(beads)  # the whole sentence: the whole aligned sentence
    original = passage(alignment, bead, "original")
    translation = passage(alignment, bead, "translation")
    found = links_in(word_links(original, translation, *languages), side, start, end)
    if not found:
        return SelectionMapping(
            beads,
            note=translate(
                "AlignedSelection",
                "No number, name or lexicon word of the selection is matched on the other side: "
                "the whole aligned sentence is highlighted.",
            ),
        )
    spans = [(bead, *(w.translation if other == "translation" else w.original)) for w in found]
    return SelectionMapping(beads, spans, _note(found, side))


def _note(found: tuple[WordLink, ...], side: str) -> str:
    pairs = []
    for w in found:
        here, there = w.surface if side == "original" else w.surface[::-1]
        pairs.append(
            arg(
                translate("AlignedSelection", "%1 → %2 (%3)"),
                isolate(here),
                isolate(there),
                translate("AlignedSelection", EVIDENCE[w.evidence]),
            )
        )
    return arg(
        translate(
            "AlignedSelection",
            "Matched word for word: %1. Other words have no evidence of their own: the rest of "
            "the aligned sentence is shaded.",
        ),
        translate("AlignedSelection", ", ").join(pairs),
    )
