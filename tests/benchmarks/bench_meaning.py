"""The meaning check on labelled claim pairs (not a test: prints figures).

    .venv/bin/python tests/benchmarks/bench_meaning.py [--show-errors]

Reads `tests/data/meaning_pairs.json` (50+ pairs a language: English, Arabic, Turkish,
Russian; each a claim and the same claim reworded / in other words, or with one fact changed:
polarity, a number, an actor or place, a date, modality; every third pair held out) and prints,
per language and for the held-out third:

1. the anchors alone: how often they agree on pairs that are the same claim (recall, target
   ≥ 0.90) and disagree on pairs whose facts differ (target: every one);
2. end to end, "probably the same claim" (`db.text.meaning`: wording at or above
   `SAME_CLAIM_SIMILARITY` AND anchors that agree) against wording alone, the baseline measured
   in the same run: the confusion table, precision on "probably the same" (target 1.00 on the
   pairs whose facts differ), and how many different-facts pairs wording alone would have
   called the same.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from db.text.meaning import check_pair
from db.text.normalise import search_key
from db.text.similarity import SAME_CLAIM_SIMILARITY, claim_similarity, trigrams

PAIRS = Path(__file__).resolve().parents[1] / "data" / "meaning_pairs.json"


def _ratio(n: int, d: int) -> str:
    return f"{n / d:.2f} ({n}/{d})" if d else "—"


def evaluate(pairs: list[dict], names: list, show_errors: bool) -> dict[str, Counter[str]]:
    """Counts per group of pairs: tp/fn/fp/tn for the anchors, the check and wording alone."""
    counts: dict[str, Counter[str]] = {"all": Counter(), "held_out": Counter()}
    for pair in pairs:
        score = claim_similarity(trigrams(search_key(pair["a"])), trigrams(search_key(pair["b"])))
        check = check_pair(pair["a"], pair["b"], score, names=[tuple(n) for n in names])
        same = pair["same"]
        outcomes = {
            "anchors": check.anchors.agree,
            "check": check.probably_same,
            "wording": score >= SAME_CLAIM_SIMILARITY,
        }
        for group in ("all", "held_out") if pair["held_out"] else ("all",):
            c = counts[group]
            for what, said_same in outcomes.items():
                cell = ("tp" if said_same else "fn") if same else ("fp" if said_same else "tn")
                c[f"{what}:{cell}"] += 1
            c[f"kind:{pair['kind']}:{'ok' if check.anchors.agree == same else 'wrong'}"] += 1
        if show_errors and check.anchors.agree != same:
            print(f"  WRONG {pair['kind']:12} {score:.2f} {check.anchors.describe() or 'agree'}")
            print(f"        a: {pair['a']}\n        b: {pair['b']}")
    return counts


def report(label: str, c: Counter[str]) -> None:
    same = c["anchors:tp"] + c["anchors:fn"]
    differ = c["anchors:fp"] + c["anchors:tn"]
    print(f"\n{label}: {same} pairs of the same claim, {differ} whose facts differ")
    print(f"  anchors agree on the same claim (recall):     {_ratio(c['anchors:tp'], same)}")
    print(f"  anchors differ where facts differ:             {_ratio(c['anchors:tn'], differ)}")
    print("  'probably the same'     said same   not same")
    for what, name in (("check", "with anchors"), ("wording", "wording alone")):
        print(f"   {name:15} same claim {c[what + ':tp']:9} {c[what + ':fn']:10}")
        print(f"   {'':15} facts differ {c[what + ':fp']:7} {c[what + ':tn']:10}")
        said = c[what + ":tp"] + c[what + ":fp"]
        print(f"   {'':15} precision {_ratio(c[what + ':tp'], said)}")
    kinds = sorted({k.split(":")[1] for k in c if k.startswith("kind:")})
    print(
        "  by kind (anchors right): "
        + ", ".join(
            f"{k} {c[f'kind:{k}:ok']}/{c[f'kind:{k}:ok'] + c[f'kind:{k}:wrong']}" for k in kinds
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    data = json.loads(PAIRS.read_text(encoding="utf-8"))
    held_out: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for language, block in data["languages"].items():
        counts = evaluate(block["pairs"], block["names"], args.show_errors)
        report(f"{language} ({len(block['pairs'])} pairs)", counts["all"])
        held_out.update(counts["held_out"])
        total.update(counts["all"])
    report("all languages", total)
    report("held-out third, all languages", held_out)


if __name__ == "__main__":
    main()
