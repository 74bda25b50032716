"""How well and how fast the attribution assistant finds who said what.

    PYTHONPATH=. python tests/benchmarks/bench_attribution.py [--split dev|test|all] [--show]
        [--wrap N]

For each language (en, ar, tr, ru) and split of tests/data/attribution/LANG.json it prints
token-level precision, recall and F1 per role (source, cue, content: a token counts for a role
when it overlaps one of that role's spans) and attribution-level P/R/F1 (a found attribution
matches a gold one when their cue spans overlap and its content covers at least half of the
gold content's tokens; one to one). Then the time to analyse a 5,000-word article (median of
7 runs; the goal is ≤ 200 ms on this machine). A benchmark, not a test: it fails nothing.

`--wrap N` reads every passage hard-wrapped at N columns (spaces turned into line breaks, so the
gold offsets still hold), as a PDF's or a mail's lines are.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.attribution import analyse  # noqa: E402
from desktop.attribution.text import tokens  # noqa: E402

DATA = ROOT / "tests" / "data" / "attribution"
LANGUAGES = ("en", "ar", "tr", "ru")
ROLES = ("source", "cue", "content")


def _token_set(
    toks: list[tuple[int, int]], spans: list[list[int]] | list[tuple[int, int]]
) -> set[int]:
    return {i for i, (a, b) in enumerate(toks) if any(a < e and s < b for s, e in spans)}


def _prf(tp: int, found: int, gold: int) -> tuple[float, float, float]:
    p = tp / found if found else (1.0 if not gold else 0.0)
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _match(toks: list[tuple[int, int]], found: dict, gold: dict) -> bool:
    cue_overlap = any(a < e and s < b for a, b in found["cue"] for s, e in gold["cue"])
    if not cue_overlap:
        return False
    gold_content = _token_set(toks, gold["content"])
    if not gold_content:
        return False
    covered = gold_content & _token_set(toks, found["content"])
    return len(covered) * 2 >= len(gold_content)


def hard_wrapped(text: str, width: int) -> str:
    """`text` with the space before each word that would pass `width` columns turned into a
    line break (same length, same offsets)."""
    out = list(text)
    column, space = 0, -1
    for i, c in enumerate(text):
        if c == "\n":
            column, space = 0, -1
            continue
        if c == " ":
            space = i
        column += 1
        if column > width and space >= 0:
            out[space] = "\n"
            column, space = i - space, -1
    return "".join(out)


def evaluate(
    language: str, split: str, show: bool = False, wrap: int = 0
) -> dict[str, tuple[float, float, float]]:
    passages = json.loads((DATA / f"{language}.json").read_text("utf-8"))
    counts = {role: [0, 0, 0] for role in (*ROLES, "attribution")}
    for passage in passages:
        if split != "all" and passage["split"] != split:
            continue
        text = hard_wrapped(passage["text"], wrap) if wrap else passage["text"]
        toks = [(t.start, t.end) for t in tokens(text)]
        found = [a.as_json() for a in analyse(text, language).attributions]
        gold = passage["attributions"]
        for role in ROLES:
            g = set().union(*(_token_set(toks, a[role]) for a in gold)) if gold else set()
            f = set().union(*(_token_set(toks, a[role]) for a in found)) if found else set()
            counts[role][0] += len(g & f)
            counts[role][1] += len(f)
            counts[role][2] += len(g)
        used: set[int] = set()
        matched = 0
        for g_item in gold:
            for i, f_item in enumerate(found):
                if i not in used and _match(toks, f_item, g_item):
                    used.add(i)
                    matched += 1
                    break
        counts["attribution"][0] += matched
        counts["attribution"][1] += len(found)
        counts["attribution"][2] += len(gold)
        if show and (matched < len(gold) or len(found) > matched):
            print(f"  {passage['id']}: {text}")
            for g_item in gold:
                print(
                    "    gold ",
                    [text[s:e] for s, e in g_item["source"]],
                    [text[s:e] for s, e in g_item["cue"]],
                    [text[s:e] for s, e in g_item["content"]],
                )
            for f_item in found:
                print(
                    "    found",
                    [text[s:e] for s, e in f_item["source"]],
                    [text[s:e] for s, e in f_item["cue"]],
                    [text[s:e] for s, e in f_item["content"]],
                )
    return {role: _prf(*c) for role, c in counts.items()}


def evaluate_news(split: str, show: bool = False) -> tuple[dict[str, list[int]], list[int]]:
    """The English news set (tests/data/attribution/news_en.json): per phenomenon the gold
    attributions found ([found, gold]); overall [matched, found, gold]; for carried-over
    speakers, also whether the resolved actor is the one a reader names."""
    articles = json.loads((DATA / "news_en.json").read_text("utf-8"))
    per: dict[str, list[int]] = {}
    overall = [0, 0, 0]
    for article in articles:
        if split != "all" and article["split"] != split:
            continue
        text = article["text"]
        toks = [(t.start, t.end) for t in tokens(text)]
        found = [a.as_json() for a in analyse(text, "en").attributions]
        used: set[int] = set()
        for g in article["attributions"]:
            key = g["phenomenon"] or "plain"
            cell = per.setdefault(key, [0, 0])
            cell[1] += 1
            for i, f in enumerate(found):
                if i not in used and _match(toks, f, g):
                    used.add(i)
                    cell[0] += 1
                    if g["actor"]:
                        actor = per.setdefault(f"{key} (actor)", [0, 0])
                        actor[1] += 1
                        actor[0] += g["actor"] in f["actor"]
                    break
            else:
                if show:
                    print(f"  {article['id']} missed {key}:", [text[s:e] for s, e in g["cue"]],
                          [text[s:e][:70] for s, e in g["content"]])  # fmt: skip
        if show:
            for i, f in enumerate(found):
                if i not in used:
                    print(f"  {article['id']} extra:", f["source_text"], "|", f["cue_text"], "|",
                          f["content_text"][:70])  # fmt: skip
        overall[0] += len(used)
        overall[1] += len(found)
        overall[2] += len(article["attributions"])
    return per, overall


def article(words: int = 5000) -> str:
    """A long English article made of the evaluation passages, paragraphs of five passages."""
    passages = [p["text"] for p in json.loads((DATA / "en.json").read_text("utf-8"))]
    out: list[str] = []
    count = 0
    i = 0
    while count < words:
        text = passages[i % len(passages)]
        out.append(text + ("\n\n" if i % 5 == 4 else " "))
        count += len(text.split())
        i += 1
    return "".join(out)


def timing(words: int = 5000) -> tuple[float, float, int]:
    """Median wall-clock and CPU milliseconds of 7 runs, and the attributions found. On a
    shared machine the CPU time is the fairer figure: the wall clock also counts waiting."""
    text = article(words)
    analyse(text, "en")  # lexicon loaded once, as in the app
    wall, cpu = [], []
    for _ in range(7):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = analyse(text, "en")
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu), len(result.attributions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default=None)
    parser.add_argument("--show", action="store_true", help="print the passages that miss")
    parser.add_argument("--wrap", type=int, default=0, metavar="N", help="hard-wrap at N columns")
    args = parser.parse_args()
    splits = [args.split] if args.split else ["dev", "test"]
    print(f"{'lang':4} {'split':5} " + " ".join(f"{r:>17}" for r in (*ROLES, "attribution")))
    print(f"{'':4} {'':5} " + " ".join(f"{'P    R    F1':>17}" for _ in range(4)))
    for language in LANGUAGES:
        for split in splits:
            scores = evaluate(language, split, args.show, args.wrap)
            cells = " ".join(
                f"{scores[r][0]:5.2f}{scores[r][1]:5.2f}{scores[r][2]:5.2f}  "
                for r in (*ROLES, "attribution")
            )
            print(f"{language:4} {split:5} {cells}")
    if args.wrap:
        print(f"(passages hard-wrapped at {args.wrap} columns)")
        return
    print("\nEnglish news set (60 articles, PARC-style gold; test = the held-out third):")
    for split in splits:
        per, (matched, found_n, gold_n) = evaluate_news(split, args.show)
        p, r, f = _prf(matched, found_n, gold_n)
        print(f"  {split:5} attribution P {p:.2f} R {r:.2f} F1 {f:.2f}  ({gold_n} gold)")
        for key in sorted(per):
            hit, total = per[key]
            print(f"        {key:<28} found {hit:4}/{total:<4} {hit / total:5.2f}")
    wall, cpu, found = timing()
    words = len(article().split())
    print(
        f"{words:,}-word English article: {wall:.0f} ms wall, {cpu:.0f} ms CPU "
        f"(median of 7; goal ≤ 200 ms), {found} attributions"
    )


if __name__ == "__main__":
    main()
