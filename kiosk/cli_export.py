"""Organizer subcommands: export, merge and wipe (added to the ``petition-kiosk`` parser)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from kiosk.export.model import ExportFailed


class ProgressBar:
    """A one-line progress bar on stderr (only when it is a terminal)."""

    def __init__(self, label: str):
        self.label = label
        self.shown = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> bool:
        if self.shown and total:
            width = 30
            filled = int(width * done / total)
            sys.stderr.write(
                f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
            )
            sys.stderr.flush()
            if done >= total:
                sys.stderr.write("\n")
        return True


def _formats(text: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    formats = tuple(f.strip() for f in text.split(",") if f.strip())
    unknown = [f for f in formats if f not in allowed]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(unknown) or '(none)'}; choose from {', '.join(allowed)}"
        )
    return formats


def cmd_export(args: argparse.Namespace) -> int:
    from kiosk.cli import CliError, _open, read_passphrase
    from kiosk.services.exporting import ExportOptions
    from kiosk.services.keys import unlock_private_key

    kiosk = _open(args)
    try:
        keys = []
        if any(f != "bundle" for f in args.formats):
            keys = [unlock_private_key(kiosk.settings, read_passphrase(args), args.key)]
        options = ExportOptions(
            out_dir=args.out,
            formats=args.formats,
            private_keys=keys,
            language=args.lang or kiosk.campaign.default_language,
            include_email=args.emails,
            blank_pages=args.blank,
        )
        try:
            report = kiosk.exports.export(options, ProgressBar("exporting"))
        except ExportFailed as exc:
            raise CliError(str(exc), code=1) from None
        for line in report.lines():
            print(line)
        print(f"Not yet in a verified bundle: {kiosk.exports.unexported_count()}")
    finally:
        kiosk.close()
    return 0 if all(f.verified for f in report.files) else 1


def cmd_merge(args: argparse.Namespace) -> int:
    from kiosk.campaign import load_campaign
    from kiosk.cli import CliError, read_passphrase
    from kiosk.crypto import load_private_key
    from kiosk.resources import default_campaign_dir
    from kiosk.services.merging import merge

    campaign = load_campaign(args.campaign or default_campaign_dir())
    key = load_private_key(args.key, read_passphrase(args))
    try:
        report = merge(
            list(args.inputs),
            args.out,
            campaign,
            [key],
            formats=args.formats,
            language=args.lang or campaign.default_language,
            include_email=args.emails,
            progress=ProgressBar("merging"),
        )
    except ExportFailed as exc:
        raise CliError(str(exc), code=1) from None
    for line in report.lines():
        print(line)
    return 0


def cmd_wipe(args: argparse.Namespace) -> int:
    from kiosk.cli import CliError, _open

    kiosk = _open(args)
    try:
        if args.pin_file:
            pin = args.pin_file.read_text(encoding="utf-8").strip()
        elif sys.stdin.isatty():
            pin = getpass.getpass("Volunteer PIN: ")
        else:
            raise CliError("the PIN is needed: give --pin-file FILE")
        check = kiosk.pin.check(pin)
        if not check.ok:
            wait = f" Try again in {check.wait_seconds} s." if check.wait_seconds else ""
            raise CliError(f"wrong PIN; nothing was wiped.{wait}", code=1)
        removed, kept = kiosk.exports.wipe_exported()
        print(
            f"Removed {removed} signatures that are in a verified bundle; {kept} kept "
            "(not yet in a verified bundle)."
        )
    finally:
        kiosk.close()
    return 0


def add_export_commands(sub, add_data_dir, add_passphrase) -> None:
    from kiosk.services.exporting import FORMATS
    from kiosk.services.merging import MERGE_FORMATS

    export = sub.add_parser("export", help="write PDF sheets, CSVs and a sealed bundle")
    add_data_dir(export)
    add_passphrase(export)
    export.add_argument("--out", type=Path, required=True, help="destination folder")
    export.add_argument(
        "--formats",
        type=lambda t: _formats(t, FORMATS),
        default=FORMATS,
        help=f"comma-separated, from {','.join(FORMATS)} (default: all)",
    )
    export.add_argument(
        "--blank",
        type=int,
        default=0,
        metavar="N",
        help="also write N blank paper sheets in the same layout",
    )
    export.add_argument("--emails", action="store_true", help="print emails on the sheets")
    export.add_argument("--lang", help="language of the sheets (default: the pack's first)")
    export.add_argument("--key", type=Path, help="private key file (default: the data dir's)")
    export.set_defaults(func=cmd_export)

    merge = sub.add_parser("merge", help="merge bundles and databases from many kiosks")
    merge.add_argument(
        "inputs", nargs="+", type=Path, metavar="INPUT", help=".pkbundle or .sqlite files"
    )
    merge.add_argument("--out", type=Path, required=True, help="destination folder")
    merge.add_argument("--key", type=Path, required=True, help="organizer private key file")
    merge.add_argument("--campaign", type=Path, help="campaign pack (default: built-in)")
    merge.add_argument(
        "--formats",
        type=lambda t: _formats(t, MERGE_FORMATS),
        default=MERGE_FORMATS,
        help=f"from {','.join(MERGE_FORMATS)}",
    )
    merge.add_argument("--emails", action="store_true", help="print emails on the sheets")
    merge.add_argument("--lang", help="language of the sheets")
    add_passphrase(merge)
    merge.set_defaults(func=cmd_merge)

    wipe = sub.add_parser("wipe", help="after a verified export: remove exported signatures")
    add_data_dir(wipe)
    wipe.add_argument("--pin-file", type=Path, help="read the volunteer PIN from FILE")
    wipe.set_defaults(func=cmd_wipe)
