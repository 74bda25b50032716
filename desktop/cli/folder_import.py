"""`provdesk-cli import DIR …`: a folder (or several files) imported with one summary."""

from __future__ import annotations

import argparse
import sys

from .common import CliError, Context, print_json
from .visible import unescaped


def import_many(ctx: Context, args: argparse.Namespace) -> int:
    """Import every supported file under the given folders and files; print the summary.

    Exit status 0 when everything readable was imported (unsupported and unreadable files are
    listed, not errors), 1 when a file needs the reviewer (a password, --allow-partial) or the
    import was interrupted."""
    from desktop.sources.folder import Outcome, import_folder

    if args.password_stdin:
        raise CliError("--password-stdin takes one PDF; import an encrypted PDF on its own")
    if args.page:
        raise CliError("--page takes one web capture; import the capture on its own")
    case = ctx.case()
    shown = [0]

    def progress(done: int, total: int, _path: object) -> None:
        if sys.stderr.isatty() and (done == total or done - shown[0] >= 25):
            shown[0] = done
            print(f"\r{done:,}/{total:,} files", end="", file=unescaped(sys.stderr), flush=True)

    summary = import_folder(
        case,
        args.file,
        language=args.language,
        allow_partial=args.allow_partial,
        progress=progress,
        ocr_language=args.ocr_language,
    )
    if sys.stderr.isatty() and shown[0]:
        print(file=sys.stderr)
    if args.json:
        print_json(
            {
                "counts": summary.counts(),
                "cancelled": summary.cancelled,
                "files": [
                    {
                        "path": r.shown,
                        "outcome": r.outcome.value,
                        "source": r.source_id,
                        "reason": r.reason,
                    }
                    for r in summary.results
                ],
            }
        )
    else:
        print(summary.line())
        for result in summary.of(Outcome.REFUSED):
            print(f"refused {result.shown}: {result.reason}")
        for result in summary.of(Outcome.UNSUPPORTED):
            print(f"skipped {result.shown}: {result.reason}")
    return 0 if summary.complete else 1
