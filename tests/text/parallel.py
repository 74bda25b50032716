"""Our parallel test documents (tests/data/alignment/*.txt) and their gold alignments.

A document is a list of beads; a bead is (original sentences, translation sentences). The file
format is one bead a line, `ORIGINAL ||| TRANSLATION`, " ## " between sentences of one side."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "alignment"
PAIRS = ("ar-en", "tr-en", "ru-en")
DRIFT_KINDS = ("number", "negation", "date", "name")
_LABEL = re.compile(r"^# drift: (\w+)")

Bead = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True)
class ParallelDocument:
    name: str
    original_language: str
    translation_language: str
    original: tuple[str, ...]
    translation: tuple[str, ...]
    gold: tuple[Bead, ...]

    @property
    def original_text(self) -> str:
        return " ".join(self.original)

    @property
    def translation_text(self) -> str:
        return " ".join(self.translation)


def _side(text: str) -> list[str]:
    return [s.strip() for s in text.split(" ## ") if s.strip()]


def load_pair(pair: str, directory: Path = DATA) -> list[ParallelDocument]:
    lo, lt = pair.split("-")
    docs: list[ParallelDocument] = []
    name = ""
    beads: list[tuple[list[str], list[str]]] = []

    def flush() -> None:
        if not name:
            return
        orig: list[str] = []
        trans: list[str] = []
        gold: list[Bead] = []
        for a, b in beads:
            gold.append(
                (
                    tuple(range(len(orig), len(orig) + len(a))),
                    tuple(range(len(trans), len(trans) + len(b))),
                )
            )
            orig.extend(a)
            trans.extend(b)
        docs.append(ParallelDocument(name, lo, lt, tuple(orig), tuple(trans), tuple(gold)))

    for line in (directory / f"{pair}.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("=== "):
            flush()
            name, beads = line[4:].strip(), []
            continue
        left, _, right = line.partition("|||")
        beads.append((_side(left), _side(right)))
    flush()
    return docs


def drift_labels(pair: str, directory: Path) -> dict[str, list[tuple[int, str]]]:
    """Drifts planted by hand in a translation: a line `# drift: KIND (detail)` labels the bead
    on the next line. Document → (bead index, kind), in file order."""
    labels: dict[str, list[tuple[int, str]]] = {}
    name, bead, pending = "", 0, []
    for line in (directory / f"{pair}.txt").read_text(encoding="utf-8").splitlines():
        if m := _LABEL.match(line):
            pending.append(m.group(1))
        elif line.startswith("=== "):
            name, bead = line[4:].strip(), 0
            labels[name] = []
        elif line.strip() and not line.startswith("#"):
            labels[name].extend((bead, kind) for kind in pending)
            bead, pending = bead + 1, []
    return labels


def strict_f1(gold: tuple[Bead, ...], found: list[Bead] | tuple[Bead, ...]) -> tuple[int, int, int]:
    """(correct, gold, found) beads, counted strictly: a bead is right only if both sides are
    exactly the gold's (1-0 and 0-1 beads count, as in the aligners' published figures)."""
    g = set(gold)
    f = set(found)
    return len(g & f), len(g), len(f)


def held_out(docs: list[ParallelDocument]) -> list[ParallelDocument]:
    """Every third document: never looked at while choosing the aligner's parameters."""
    return docs[2::3]


def development(docs: list[ParallelDocument]) -> list[ParallelDocument]:
    return [d for i, d in enumerate(docs) if i % 3 != 2]
