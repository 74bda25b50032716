"""Write `db/text/name_tables.py`: the name keys' tables that are made from fixed word lists
through the Russian morphology (the exonyms' keys, the words of descriptions), stored so that
the window and the command line never load the morphology for a name in Latin or Arabic script.

    python packaging/build_name_tables.py          # write the module
    python packaging/build_name_tables.py --check  # exit 1 when it is stale

`tests/text/test_name_tables.py` fails when the module no longer matches what `db.text.names`
makes; a stale module is not used anyway for a changed word list (its fingerprint differs).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET = ROOT / "db" / "text" / "name_tables.py"


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # as ruff format writes a string


def module_text() -> str:
    from db.text import names
    from db.text.exonyms import EXONYM_GROUPS

    exonyms = names.exonym_table()
    words = sorted(names.not_surname_table())
    lines = [
        '"""Tables of `db.text.names` made ahead through the Russian morphology (pymorphy3): the',
        "keys of the exonyms and the words of descriptions. Written by",
        "packaging/build_name_tables.py: do not edit; each is used only while its fingerprint",
        'matches the word list it was made from."""',
        "",
        "from __future__ import annotations",
        "",
        f'EXONYMS_OF = "{names.fingerprint(EXONYM_GROUPS)}"',
        "EXONYMS: dict[str, str] = {",
        *(f"    {_quoted(key)}: {_quoted(value)}," for key, value in sorted(exonyms.items())),
        "}",
        f'NOT_SURNAMES_OF = "{names.fingerprint(names._DESCRIPTION_WORDS)}"',
        "NOT_SURNAMES: frozenset[str] = frozenset(",
        "    (",
        *(f"        {_quoted(word)}," for word in words),
        "    )",
        ")",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    text = module_text()
    if "--check" in sys.argv:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET.relative_to(ROOT)} is stale: run {Path(__file__).name}")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
