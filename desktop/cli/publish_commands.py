"""`provdesk-cli publish-url`: the address where the desk publishes this case's reviews.

ClaimReview needs an absolute `url` for each review (`URL#claim-N`); the case keeps the address
once (an audited change), so every export of the case, in the window or here, uses the same.
`export --base-url` overrides it for one report.
"""

from __future__ import annotations

import argparse

from .common import Context


def cmd_publish_url(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    if args.clear:
        with ctx.case().change() as uow:
            ops.set_publish_url(uow, "")
        print("the case has no publishing URL now; ClaimReview exports need --base-url")
        return 0
    if args.url is None:
        with ctx.case().read() as session:
            url = ops.publish_url(session)
        if url:
            print(url)
        else:
            print("no publishing URL set (provdesk-cli publish-url https://…)")
        return 0
    with ctx.case().change() as uow:
        kept = ops.set_publish_url(uow, args.url)
    print(f"reviews of this case are published at {kept} (ClaimReview url: {kept}#claim-N)")
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "publish-url",
        help="show or set where this case's reviews are published (ClaimReview url)",
        description="Show, set or clear the absolute http(s) address where the desk publishes "
        "this case's report; ClaimReview gives each review the url ADDRESS#claim-N. "
        "Kept in the case (an audited change); `export --base-url` overrides it once.",
    )
    parser.add_argument("url", nargs="?", metavar="URL", help="e.g. https://desk.example.org/r/1")
    parser.add_argument("--clear", action="store_true", help="forget the publishing URL")
    parser.set_defaults(run=cmd_publish_url)
