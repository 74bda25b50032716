"""Sign-off commands: four-eyes review of final verdicts (sign off, send back, withdraw)."""

from __future__ import annotations

import argparse

from db.vocabulary import Verdict

from .case_commands import _choice
from .common import Context, add_text, parse_id


def cmd_signoff(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        ops.sign_off(uow, args.claim, args.note)
    print(f"claim {args.claim}: verdict signed off by {ctx.reviewer}")
    return 0


def cmd_send_back(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        ops.send_back(uow, args.claim, args.why)
    print(f"claim {args.claim}: sent back, in progress again")
    return 0


def cmd_withdraw_signoff(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        ops.withdraw_signoff(uow, args.claim, verdict=args.verdict)
    print(f"claim {args.claim}: awaiting sign-off again")
    return 0


def cmd_four_eyes(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        ops.set_four_eyes(uow, args.state == "on")
    print(f"four-eyes sign-off is {args.state}")
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("signoff", help="sign off a final verdict set by another reviewer")
    p.add_argument("claim", type=parse_id)
    add_text(p, "--note", what="note")
    p.set_defaults(run=cmd_signoff)
    p = commands.add_parser("send-back", help="return a final verdict for more work, with a reason")
    p.add_argument("claim", type=parse_id)
    add_text(p, "--why", what="reason", required=True, help="why it goes back")
    p.set_defaults(run=cmd_send_back)
    p = commands.add_parser(
        "withdraw-signoff", help="take back your own sign-off or send-back of a verdict"
    )
    p.add_argument("claim", type=parse_id)
    p.add_argument(
        "--verdict",
        type=_choice(Verdict),
        help="the final verdict a sent-back claim returns to",
    )
    p.set_defaults(run=cmd_withdraw_signoff)
    p = commands.add_parser(
        "four-eyes", help="require a second reviewer's sign-off for final verdicts"
    )
    p.add_argument("state", choices=["on", "off"])
    p.set_defaults(run=cmd_four_eyes)
