"""How well `db.text.sentences.split_sentences` finds the sentences of our parallel documents
when they are laid out as a reader stores them (not a test: prints figures).

    PYTHONPATH=. python tests/benchmarks/bench_sentences.py

The gold sentences are those of the development sets' documents (tests/data/alignment/ and
align_kinds…kinds3, align_blind…blind4; never align_blind5), both sides. Each document is laid
out five ways: one paragraph (sentences joined by spaces), one sentence a line, the paragraph
hard-wrapped at 72 columns, and a headline (the first sentence less its stop, on a line of its
own) above the rest as one line, or wrapped at 72 columns (a headline longer than the wrapped
lines is not told from them: it counts as missed). For each layout it prints precision and recall of
whole sentences (a found sentence counts when its words are exactly a gold sentence's) and
checks that every span slices the text it was split from.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from db.text.sentences import split_sentences
from tests.text.parallel import DATA, PAIRS, load_pair

SETS = ("alignment", "align_kinds", "align_kinds2", "align_kinds3", "align_blind", "align_blind2",
        "align_blind3", "align_blind4")  # fmt: skip
_STOPS = ".!?؟…"


def _layouts(sentences: tuple[str, ...]) -> dict[str, tuple[str, list[str]]]:
    joined = " ".join(sentences)
    head = sentences[0].rstrip(_STOPS).rstrip()
    rest = " ".join(sentences[1:])
    return {
        "paragraph": (joined, list(sentences)),
        "lines": ("\n".join(sentences), list(sentences)),
        "wrapped 72": (textwrap.fill(joined, 72), list(sentences)),
        "headline": (head + "\n" + rest, [head, *sentences[1:]]),
        "headline 72": (head + "\n" + textwrap.fill(rest, 72), [head, *sentences[1:]]),
    }


def main() -> None:
    counts: dict[str, list[int]] = {}
    for name in SETS:
        folder = DATA.with_name(name)
        for pair in PAIRS:
            if not (folder / f"{pair}.txt").exists():
                continue
            for doc in load_pair(pair, folder):
                sides = ((doc.original, doc.original_language),
                         (doc.translation, doc.translation_language))  # fmt: skip
                for sentences, language in sides:
                    if len(sentences) < 2:
                        continue
                    for layout, (text, gold) in _layouts(sentences).items():
                        found = split_sentences(text, language)
                        assert all(text[s.start : s.end] == s.text for s in found)
                        got = [" ".join(s.text.split()) for s in found]
                        want = [" ".join(g.split()) for g in gold]
                        hit = len(set(got) & set(want))
                        cell = counts.setdefault(layout, [0, 0, 0])
                        cell[0] += hit
                        cell[1] += len(got)
                        cell[2] += len(want)
    print("whole sentences found: precision / recall (found, gold)")
    for layout, (hit, found_n, gold_n) in counts.items():
        print(f"  {layout:<11} P {hit / found_n:.3f}  R {hit / gold_n:.3f}  ({found_n}, {gold_n})")


if __name__ == "__main__":
    main()
