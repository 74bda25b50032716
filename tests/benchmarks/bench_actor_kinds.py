"""How often a new actor's guessed kind (`db.text.actor_kinds.guess_actor_kind`) is the one a
desk files the name under, on tests/data/actor_kind_names.json, per language and split (dev /
held-out), against the baseline measured in the same run: every new actor a person (what
`hop add --actor` did before).

Usage: python tests/benchmarks/bench_actor_kinds.py
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from db.text.actor_kinds import guess_actor_kind

DATA = Path(__file__).resolve().parents[1] / "data" / "actor_kind_names.json"


def main() -> None:
    names = json.loads(DATA.read_text("utf-8"))["names"]
    right: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for entry in names:
        guess = guess_actor_kind(entry["name"])
        cell = right[(entry["language"], entry["split"])]
        cell[0] += guess.kind == entry["kind"]
        cell[1] += entry["kind"] == "person"
        cell[2] += 1
        if guess.kind != entry["kind"]:
            print(
                f"  wrong: {entry['name']!r} → {guess.kind} ({guess.evidence}); "
                f"labelled {entry['kind']} [{entry['split']}]"
            )
    print(f"{'language':8} {'split':5} {'guessed':>9} {'all person':>11}")
    for (language, split), (good, person, total) in sorted(right.items()):
        print(f"{language:8} {split:5} {good:>4}/{total:<4} {person:>6}/{total:<4}")


if __name__ == "__main__":
    main()
