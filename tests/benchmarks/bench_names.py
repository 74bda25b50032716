"""Name keys across scripts and inflections, on our labelled list (not a test: prints figures).

    .venv/bin/python tests/benchmarks/bench_names.py [--romaniser anyascii|unidecode|icu]

The list (tests/data/names_across_scripts.json) holds people, places, organisations and outlets
of the Middle East, Turkey and Russia, each in Latin, Cyrillic and Arabic spellings with
inflected forms. It prints, overall, per script pair and on the held-out third:

- recall of the true pairs: two spellings of one entity whose keys meet (`name_keys` for the
  listed spellings, `mention_keys` for the inflected forms, as met in text);
- precision of the top match: for each spelling, the most alike other spelling among those
  whose keys meet (`name_similarity`) is a spelling of the same entity;

and the same figures for a baseline measured in the same run (two spellings match when their
romanisations are equal). `--romaniser` swaps the transliteration library under the keys, to
compare them on the same list (unidecode and PyICU must be installed for that).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from db.text import names
from db.text.names import mention_keys, name_keys, name_similarity, romanise

DATA = Path(__file__).resolve().parents[1] / "data" / "names_across_scripts.json"


def spellings() -> list[tuple[str, str, str, bool]]:
    """(spelling, entity id, kind of spelling, held out) for every spelling of the list."""
    rows = []
    for entity in json.loads(DATA.read_text(encoding="utf-8"))["entities"]:
        for kind in ("latin", "cyrillic", "arabic", "inflected"):
            for spelling in entity[kind]:
                label = kind if kind != "inflected" else f"inflected {script_of(spelling)}"
                rows.append((spelling, entity["id"], label, entity["held_out"]))
    return rows


def script_of(text: str) -> str:
    if any("\u0400" <= c <= "\u04ff" for c in text):
        return "cyrillic"
    if any("\u0600" <= c <= "\u06ff" for c in text):
        return "arabic"
    return "latin"


Keys = Callable[[str], frozenset[str]]


def measure(rows: list[tuple[str, str, str, bool]], keys_of: Keys, mention_keys_of: Keys):
    """Listed spellings go through `keys_of`, inflected forms met in text `mention_keys_of`."""
    keys = {row[0]: (mention_keys_of if "inflected" in row[2] else keys_of)(row[0]) for row in rows}
    by_key: dict[str, set[int]] = defaultdict(set)
    for index, row in enumerate(rows):
        for key in keys[row[0]]:
            by_key[key].add(index)
    recall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_entity: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        by_entity[row[1]].append(index)
    for members in by_entity.values():
        for i, j in itertools.combinations(members, 2):
            a, b = rows[i], rows[j]
            if a[0] == b[0]:
                continue
            hit = int(bool(keys[a[0]] & keys[b[0]]))
            for group in ("all", " ~ ".join(sorted((a[2], b[2]))), *held(a)):
                recall[group][0] += hit
                recall[group][1] += 1
    precision: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for index, row in enumerate(rows):
        candidates = {j for key in keys[row[0]] for j in by_key[key]} - {index}
        candidates = {j for j in candidates if rows[j][0] != row[0]}
        if not candidates:
            continue
        top = max(candidates, key=lambda j: (name_similarity(row[0], rows[j][0]), -j))
        hit = int(rows[top][1] == row[1])
        for group in ("all", f"query {row[2]}", *held(row)):
            precision[group][0] += hit
            precision[group][1] += 1
    return recall, precision


def false_same(rows: list[tuple[str, str, str, bool]]) -> dict[str, list[int]]:
    """Of the pairs of full spellings (two parts or more each) of two different entities whose
    `name_keys` meet, how many `db.text.name_parts.compare_names` still calls one person (lower
    is better; a lone surname stays a candidate of every namesake, so it is left out)."""
    from db.text.name_parts import compare_names
    from db.text.names import name_parts

    listed = [row for row in rows if "inflected" not in row[2] and len(name_parts(row[0])) > 1]
    by_key: dict[str, set[int]] = defaultdict(set)
    for index, row in enumerate(listed):
        for key in name_keys(row[0]):
            by_key[key].add(index)
    pairs = {
        (i, j)
        for members in by_key.values()
        for i, j in itertools.combinations(sorted(members), 2)
        if listed[i][1] != listed[j][1]
    }
    figures: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for i, j in sorted(pairs):
        same = int(compare_names(listed[i][0], listed[j][0]).same)
        for group in ("all", *(held(listed[i]) if listed[i][3] or listed[j][3] else ())):
            figures[group][0] += same
            figures[group][1] += 1
    return figures


def held(row: tuple[str, str, str, bool]) -> tuple[str, ...]:
    return ("held-out third",) if row[3] else ()


def show(title: str, figures: dict[str, list[int]]) -> None:
    print(title)
    for group in sorted(figures, key=lambda g: (g != "all", g != "held-out third", g)):
        hits, total = figures[group]
        print(f"  {group:40} {hits / total:6.3f}  ({hits}/{total})")


def use_romaniser(name: str) -> None:
    if name == "unidecode":
        from unidecode import unidecode

        names.anyascii = unidecode  # type: ignore[assignment]
    elif name == "icu":
        import icu  # type: ignore[import-not-found]

        latin = icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")
        names.anyascii = latin.transliterate  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--romaniser", choices=("anyascii", "unidecode", "icu"), default="anyascii")
    args = parser.parse_args()
    use_romaniser(args.romaniser)
    rows = spellings()
    entities = len({row[1] for row in rows})
    print(f"{entities} entities, {len(rows)} spellings; romaniser: {args.romaniser}")
    recall, precision = measure(rows, name_keys, mention_keys)
    show("Recall of the true pairs (name_keys meet)", recall)
    show("Precision of the top match (most alike among those whose keys meet)", precision)
    shared = false_same(rows)
    print("Different entities (full names) whose keys meet, the part comparison calling them one")
    for group, (same, total) in sorted(shared.items()):
        print(f"  {group:40} {same:>5} of {total:<5} key meets")
    plain = lambda s: frozenset({romanise(s)})  # noqa: E731
    base_recall, base_precision = measure(rows, plain, plain)
    print("Baseline, same run (equal romanisation):")
    print(f"  recall {base_recall['all'][0] / base_recall['all'][1]:.3f}", end="")
    print(f"  precision {base_precision['all'][0] / max(base_precision['all'][1], 1):.3f}")


if __name__ == "__main__":
    main()
