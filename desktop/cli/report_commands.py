"""`provdesk-cli export`: write a provenance report of some claims, a search, or the case."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db.queries import ClaimFilter
from db.vocabulary import Verdict
from desktop.reports.formats import FORMATS
from desktop.reports.words import LANGUAGES as REPORT_LANGUAGES

from ..wording import count
from .common import CliError, Context, parse_id


def _verdict(text: str) -> str:
    try:
        return str(Verdict.parse(text).value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    from desktop.reports.export import ExportError, export_report
    from desktop.reports.model import ExportCancelled
    from desktop.reports.scope import ReportScope

    if args.csv_dir and args.format != "csv":
        raise CliError("--csv-dir only goes with --format csv")
    scope = ReportScope(
        claim_ids=tuple(args.claim or ()),
        search=args.search or "",
        where=ClaimFilter(verdicts=tuple(args.verdict or ())),
    )
    if scope.claim_ids and (scope.search or args.verdict):
        raise CliError("give either --claim or --search/--verdict, not both")
    try:
        result = export_report(
            ctx.case(),
            scope,
            args.format,
            Path(args.output),
            reviewer=ctx.reviewer,
            csv_folder=args.csv_dir,
            base_url=args.base_url,
            sign_as=ctx.reviewer if args.sign else None,
            language=args.language,
        )
    except ExportError as exc:
        raise CliError(str(exc)) from None
    except ExportCancelled as exc:
        raise CliError(str(exc)) from None
    if not args.quiet:
        print(
            f"wrote {args.format} report of {count(result.claims, 'claim', 'claims')} "
            f"to {result.path}"
            + (
                f" ({count(result.left_out, 'claim', 'claims')} left out: {result.left_out_why})"
                if result.left_out
                else ""
            ),
            file=sys.stderr,
        )
        if result.signature is not None:
            print(
                f"signed it with the desk key {result.signing_key}: {result.signature}",
                file=sys.stderr,
            )
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "export",
        help="write a provenance report (HTML, PDF, Markdown, CSV, JSON, PROV, ClaimReview)",
        description="Write a report of some claims (--claim), the claims a search or verdict "
        "filter finds (--search, --verdict), or the whole case. Every report carries the "
        "SHA-256 of each evidence file it cites, the head of the case's audit log, the time, "
        "the app version and the reviewer who exported it.",
    )
    parser.add_argument(
        "--format",
        "-f",
        required=True,
        choices=list(FORMATS),
        metavar="FMT",
        help=f"one of: {', '.join(FORMATS)}",
    )
    parser.add_argument(
        "--claim",
        type=parse_id,
        action="append",
        metavar="ID",
        help="a claim to include (repeat for more)",
    )
    parser.add_argument(
        "--search", metavar="WORDS", help="claims whose wording or quotes hold these words"
    )
    parser.add_argument(
        "--verdict",
        type=_verdict,
        action="append",
        metavar="V",
        help="claims with this verdict (repeat for more)",
    )
    parser.add_argument(
        "--output",
        "-o",
        required=True,
        metavar="OUT",
        help="the file to write (a folder with --csv-dir)",
    )
    parser.add_argument(
        "--csv-dir",
        action="store_true",
        help="with --format csv: write claims.csv, hops.csv and report.csv into the folder OUT instead of a zip",
    )
    parser.add_argument(
        "--base-url",
        default="",
        metavar="URL",
        help="the absolute http(s) address the report will be published at (ClaimReview `url` "
        "is URL#claim-N); default: the case's publishing URL (provdesk-cli publish-url); "
        "ClaimReview is refused without either",
    )
    parser.add_argument(
        "--sign",
        action="store_true",
        help="sign the report with the desk's key (kept in the OS keyring): the report names the "
        "key's fingerprint and a detached signature OUT.sig is written beside it; check it with "
        "`provdesk-cli verify-report OUT`",
    )
    parser.add_argument(
        "--language",
        default="en",
        choices=list(REPORT_LANGUAGES),
        metavar="LANG",
        help="the language of the report's own words in HTML, PDF and Markdown (headings, "
        f"labels, dates): one of {', '.join(REPORT_LANGUAGES)}; default en. The case's values "
        "and the data formats' fields are the same in every language",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="print nothing on success")
    parser.set_defaults(run=cmd_export, reads_only=True)
