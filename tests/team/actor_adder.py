"""A reviewer in another process adding hops whose actors are new names, as `hop add --actor`
does: find the actor by name, create it if there is none, add the hop — one unit of work each.

Usage: python actor_adder.py CASE CLAIM_ID ROUNDS GO_FILE
Waits until GO_FILE exists (so that the processes start together), then for each round adds a
hop by the actor "Newcomer <round>".
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from db import operations as ops
from db.case import open_case


def main() -> None:
    location, claim, rounds, go = sys.argv[1:]
    case = open_case(location, reviewer="adder")
    while not Path(go).exists():
        time.sleep(0.005)
    for number in range(int(rounds)):
        with case.change() as uow:
            name = f"Newcomer {number}"
            actor = ops.find_actor(uow, name)
            if actor is None:
                actor = ops.add_actor(uow, name)
            ops.add_hop(uow, int(claim), actor_id=actor, relation="said")
    case.close()


if __name__ == "__main__":
    main()
