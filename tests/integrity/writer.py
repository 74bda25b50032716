"""A writer for the crash test: adds claims in units of work, forever, until it is killed.

Each unit of work adds CLAIMS_PER_UNIT claims, each with an evidence file, a hop and a final
verdict, so that a case that lost part of a unit shows it at once.
Usage: python writer.py CASE
"""

from __future__ import annotations

import os
import sys

from db import operations as ops
from db.case import open_case

CLAIMS_PER_UNIT = 2
ACTOR = "Crash Test Agency"


def main(location: str) -> None:
    case = open_case(location, reviewer="Writer")
    with case.change() as uow:
        actor = ops.find_or_add_actor(uow, ACTOR, "organisation")
    # Load the similarity index's libraries (datasketch, numpy: about a second on a first key)
    # before saying ready, so that the kills fall inside units of work, not inside an import.
    from db.text.similarity import claim_band_keys, passage_band_keys

    claim_band_keys("warm up the index")
    passage_band_keys(["warm", "up", "the", "index"])
    print("ready", flush=True)
    unit = 0
    while True:
        unit += 1
        with case.change() as uow:
            for k in range(CLAIMS_PER_UNIT):
                claim = ops.add_claim(uow, f"Unit {os.getpid()}-{unit} claim {k}")
                content = os.urandom(32_768)
                source = ops.import_evidence(
                    uow,
                    content=content,
                    file_name=f"unit-{unit}-{k}.bin",
                    media_type="application/octet-stream",
                    text=f"evidence {unit} {k}",
                )
                ops.add_hop(
                    uow, claim, actor_id=actor, relation="reported", source_id=source.source_id
                )
                ops.set_verdict(uow, claim, "false", "Checked against the evidence")


if __name__ == "__main__":
    main(sys.argv[1])
