"""``petition-kiosk push action-network``: the organizer's one command that uses the network."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    CliError,
    ProgressBar,
    add_passphrase,
    add_trust_options,
    read_passphrase,
    read_secret,
    trust_options,
)


def cmd_push_action_network(args: argparse.Namespace) -> int:
    from kiosk.campaign import load_campaign
    from kiosk.export.action_network import ActionNetwork, PushError
    from kiosk.resources import default_campaign_dir
    from kiosk.services.keys import unlock_all
    from kiosk.services.pushing import push

    campaign = load_campaign(args.campaign or default_campaign_dir())
    api_key = read_secret(args.api_key_file, "API key", "--api-key-file", "Action Network API key")
    keys = unlock_all(args.key, read_passphrase(args))
    try:
        client = ActionNetwork(args.petition_url, api_key)
    except PushError as exc:
        raise CliError(str(exc)) from None
    ledger = args.ledger or args.key[0].resolve().parent / "action-network-push.sqlite"
    report = push(
        list(args.inputs),
        campaign,
        keys,
        client,
        ledger,
        tags=args.tag,
        autoresponse=args.trigger_autoresponse,
        dry_run=args.dry_run,
        show_names=args.show_names,
        progress=ProgressBar("pushing"),
        **trust_options(args),
    )
    for line in report.lines():
        print(line)
    return EXIT_PROBLEM if report.stopped else EXIT_OK


def register(sub) -> None:
    push = sub.add_parser("push", help="send signers to an online platform (uses the network)")
    targets = push.add_subparsers(dest="push_target", metavar="PLATFORM", required=True)
    an = targets.add_parser("action-network", help="sign them on an Action Network petition")
    an.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help=".pkbundle or .sqlite")
    an.add_argument(
        "--petition-url",
        required=True,
        help="the petition's API address: https://actionnetwork.org/api/v2/petitions/<id>",
    )
    an.add_argument("--api-key-file", type=Path, help="read the API key from FILE")
    an.add_argument(
        "--key",
        type=Path,
        action="append",
        required=True,
        help="organizer private key file (may be given several times)",
    )
    an.add_argument("--campaign", type=Path, help="campaign pack (default: built-in)")
    an.add_argument("--tag", action="append", default=[], help="add this existing tag")
    an.add_argument(
        "--trigger-autoresponse", action="store_true", help="send the petition's autoresponse"
    )
    an.add_argument("--dry-run", action="store_true", help="print what would be sent; send none")
    an.add_argument("--show-names", action="store_true", help="with --dry-run: print names")
    an.add_argument("--ledger", type=Path, help="push ledger (default: beside the first --key)")
    add_trust_options(an)
    add_passphrase(an)
    an.set_defaults(func=cmd_push_action_network)
