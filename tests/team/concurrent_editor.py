"""A reviewer in another process: reads a claim, then saves an edit over the version it read.

Usage: python concurrent_editor.py CASE NAME EDITS CLAIM_ID...
Prints JSON: the markers it saved and the conflicts it was told about.
"""

from __future__ import annotations

import json
import sys

from db import operations as ops
from db.case import open_case
from db.errors import VersionConflict
from db.queries import claim_detail


def main() -> None:
    location, name, edits, *claims = sys.argv[1:]
    case = open_case(location, reviewer=name)
    saved: dict[str, list[str]] = {c: [] for c in claims}
    conflicts = 0
    for number in range(int(edits)):
        claim = int(claims[number % len(claims)])
        marker = f"{name}:{number};"
        while True:
            with case.read() as session:
                seen = claim_detail(session, claim)
            try:
                with case.change() as uow:
                    ops.edit_claim(
                        uow, claim, expected_version=seen.version, notes=seen.notes + marker
                    )
            except VersionConflict:
                conflicts += 1
                continue
            saved[str(claim)].append(marker)
            break
    case.close()
    print(json.dumps({"saved": saved, "conflicts": conflicts}))


if __name__ == "__main__":
    main()
