"""The organizer's exports from a terminal: ``export`` a kiosk, ``merge`` many kiosks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    CliError,
    ProgressBar,
    add_data_dir,
    add_passphrase,
    add_trust_options,
    open_services,
    parse_formats,
    read_passphrase,
    settings_from,
    trust_options,
)
from kiosk.core.exporting import FORMATS, MERGE_FORMATS, ExportFailed, ExportRequest

if TYPE_CHECKING:
    from kiosk.services.keys import EarlyUnlock


def _make_out_dir(path: Path) -> Path:
    """Create the destination (private: the files may hold names) unless it exists."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"cannot create {path}: {exc.strerror}", code=EXIT_PROBLEM) from None
    return path


def _early_unlock(args: argparse.Namespace) -> EarlyUnlock | None:
    """With the formats and a passphrase file given, the key unlocks while the store opens."""
    from kiosk.services.keys import EarlyUnlock, needs_key

    if args.formats is None or not needs_key(args.formats) or not args.passphrase_file:
        return None
    return EarlyUnlock(args.key or settings_from(args).private_key_path, read_passphrase(args))


def cmd_export(args: argparse.Namespace) -> int:
    if args.formats is not None and "pdf" in args.formats:
        from kiosk.export import worker_pool

        # Loads the drawing code while the store opens.  Not for the default formats: a
        # kiosk holding only the public key writes no sheets (the export warms up then).
        worker_pool.warm_up()
    early = _early_unlock(args)
    services = open_services(args)
    services.keys.early = early
    try:
        formats = args.formats
        notes = []
        if formats is None:
            formats = FORMATS
            if not services.keys.has_private_key() and args.key is None:
                formats = ("bundle",)
                notes.append(
                    "This kiosk holds only the organizer's public key, so only the sealed "
                    "bundle was written; the organizer opens it with 'petition-kiosk merge'."
                )
        passphrase = None
        if services.keys.needs_key(formats):  # read once: the file may be a pipe
            passphrase = early.passphrase if early is not None else read_passphrase(args)
        request = ExportRequest(
            out_dir=_make_out_dir(args.out),
            formats=formats,
            passphrase=passphrase,
            language=args.lang or services.campaign.default_language,
            include_email=args.emails,
            blank_pages=args.blank,
        )
        try:
            report = services.exports.export(request, ProgressBar("exporting"), key_file=args.key)
        except ExportFailed as exc:
            raise CliError(str(exc), code=EXIT_PROBLEM) from None
        for line in [*report.lines(), *notes]:
            print(line)
        print(f"Not yet in a verified bundle: {services.admin.unexported_count():,}")
    finally:
        services.close()
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from kiosk.campaign import load_campaign
    from kiosk.crypto import KeyFileError
    from kiosk.export import worker_pool
    from kiosk.resources import default_campaign_dir
    from kiosk.services.keys import unlock
    from kiosk.services.merging import merge

    # The workers' server loads while the keys unlock.
    worker_pool.warm_up(worker_pool.SHEETS if "pdf" in args.formats else worker_pool.OPENING)
    campaign = load_campaign(args.campaign or default_campaign_dir())
    passphrase = read_passphrase(args)
    try:
        keys = [unlock(path, passphrase) for path in args.key]
    except KeyFileError as exc:
        raise CliError(str(exc), code=EXIT_PROBLEM) from None
    try:
        report = merge(
            list(args.inputs),
            _make_out_dir(args.out),
            campaign,
            keys,
            **trust_options(args),
            formats=args.formats,
            language=args.lang or campaign.default_language,
            include_email=args.emails,
            progress=ProgressBar("merging"),
        )
    except ExportFailed as exc:
        raise CliError(str(exc), code=EXIT_PROBLEM) from None
    for line in report.lines():
        print(line)
    return EXIT_OK


def register(sub) -> None:
    export = sub.add_parser("export", help="write PDF sheets, CSVs and a sealed bundle")
    add_data_dir(export)
    add_passphrase(export)
    export.add_argument("--out", type=Path, required=True, help="destination folder")
    export.add_argument(
        "--formats",
        type=lambda t: parse_formats(t, FORMATS),
        default=None,
        help=f"comma-separated, from {','.join(FORMATS)} (default: all that this kiosk can)",
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
    merge.add_argument(
        "--key",
        type=Path,
        action="append",
        required=True,
        help="organizer private key file (may be given several times)",
    )
    add_trust_options(merge)
    merge.add_argument("--campaign", type=Path, help="campaign pack (default: built-in)")
    merge.add_argument(
        "--formats",
        type=lambda t: parse_formats(t, MERGE_FORMATS),
        default=MERGE_FORMATS,
        help=f"from {','.join(MERGE_FORMATS)}",
    )
    merge.add_argument("--emails", action="store_true", help="print emails on the sheets")
    merge.add_argument("--lang", help="language of the sheets")
    add_passphrase(merge)
    merge.set_defaults(func=cmd_merge)
