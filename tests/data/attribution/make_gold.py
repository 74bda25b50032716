"""Turn passages_LANG.py into LANG.json with character offsets (Python str indices).

    python tests/data/attribution/make_gold.py        # rewrites en.json, ar.json, tr.json, ru.json

Every third passage (index % 3 == 2) is in the test split, the rest in the dev split.
A substring is found at word boundaries where it can be; a substring that occurs more than
once must say which occurrence it means, or the script stops.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "ar", "tr", "ru")


def _occurrences(text: str, needle: str) -> list[int]:
    bounded = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text)]
    if bounded:
        return bounded
    return [m.start() for m in re.finditer(re.escape(needle), text)]


def _span(text: str, item: object, where: str) -> list[int]:
    needle, nth = (item, None) if isinstance(item, str) else item  # type: ignore[misc]
    found = _occurrences(text, needle)
    if not found:
        sys.exit(f"{where}: {needle!r} is not in the text")
    if nth is None and len(found) > 1:
        sys.exit(f"{where}: {needle!r} occurs {len(found)} times; say which")
    start = found[nth or 0]
    return [start, start + len(needle)]


def _spans(text: str, value: object, where: str) -> list[list[int]]:
    items = value if isinstance(value, list) else [value]
    return sorted(_span(text, item, where) for item in items)


def build(language: str) -> list[dict[str, object]]:
    spec = importlib.util.spec_from_file_location(f"p_{language}", HERE / f"passages_{language}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = []
    for index, (text, attributions) in enumerate(module.PASSAGES):
        gold = []
        for number, a in enumerate(attributions):
            where = f"{language}[{index}].{number}"
            gold.append(
                {
                    "source": _spans(text, a["s"], where),
                    "cue": _spans(text, a["c"], where),
                    "content": _spans(text, a["t"], where),
                    "parent": a.get("p"),
                }
            )
        out.append(
            {
                "id": f"{language}-{index:02d}",
                "split": "test" if index % 3 == 2 else "dev",
                "text": text,
                "attributions": gold,
            }
        )
    return out


def main() -> None:
    for language in LANGUAGES:
        passages = build(language)
        path = HERE / f"{language}.json"
        path.write_text(json.dumps(passages, ensure_ascii=False, indent=1) + "\n", "utf-8")
        count = sum(len(p["attributions"]) for p in passages)  # type: ignore[arg-type]
        print(f"{language}: {len(passages)} passages, {count} attributions -> {path.name}")


if __name__ == "__main__":
    main()
