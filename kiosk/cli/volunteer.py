"""The kiosk's own chores from a terminal: demo data, checks, the PIN, and wiping."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    CliError,
    add_data_dir,
    add_passphrase,
    open_services,
    read_passphrase,
    read_pin,
    settings_from,
)
from kiosk.core.exporting import plural


def cmd_demo(args: argparse.Namespace) -> int:
    from kiosk.demo import demo_drafts

    services = open_services(args)
    try:
        if not services.signing.ready:
            if args.public_key:
                services.setup.install_key(None, args.public_key)
            else:
                services.setup.install_key(read_passphrase(args), None)
        if args.event:
            services.events.start(args.event, args.place or "")
        drafts = demo_drafts(args.count, seed=args.seed)
        for start in range(0, len(drafts), 1000):
            services.signing.sign_many(drafts[start : start + 1000])
        event_count, total = services.signing.counts()
        print(
            f"Added {plural(args.count, 'demo signature')}: {event_count:,} in this event, "
            f"{total:,} in all."
        )
    finally:
        services.close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from kiosk.services.checking import check_kiosk

    settings = settings_from(args)
    private_key = None
    if args.passphrase_file:
        from kiosk.services.keys import unlock

        private_key = unlock(args.key or settings.private_key_path, read_passphrase(args))
    report = check_kiosk(settings, private_key)
    for line in report.lines:
        print(line)
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    print("OK" if report.ok else f"{plural(len(report.problems), 'problem')} found")
    return EXIT_OK if report.ok else EXIT_PROBLEM


def cmd_pin_set(args: argparse.Namespace) -> int:
    """Reset a forgotten PIN: proving the organizer passphrase is the way back in."""
    from kiosk.core.credentials import CredentialError

    services = open_services(args)
    try:
        if services.keys.has_private_key():
            services.keys.unlock(read_passphrase(args))
        pin = read_pin(args, "New PIN")
        try:
            services.pin.set_pin(pin)
        except CredentialError as exc:
            raise CliError(str(exc)) from None
        print("PIN set.")
    finally:
        services.close()
    return EXIT_OK


def cmd_wipe(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        result = services.admin.wipe_exported(read_pin(args))
        if not result.pin.ok:
            wait = result.pin.wait_seconds
            again = f" Try again in {wait} s." if wait else ""
            raise CliError(f"wrong PIN; nothing was wiped.{again}", code=EXIT_PROBLEM)
        print(
            f"Removed {plural(result.removed, 'signature')} that are in a verified bundle; "
            f"{result.kept:,} kept (not yet in a verified bundle)."
        )
        if result.backups_removed:
            print(f"Removed {plural(result.backups_removed, 'backup')} that held them.")
    finally:
        services.close()
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    """The console's tiles in a terminal (a volunteer over SSH)."""
    services = open_services(args)
    try:
        status = services.admin.status()
    finally:
        services.close()
    event = f"'{status.event_name}'" if status.event_name else "no open event"
    print(f"Signed at this event ({event}): {status.at_event:,}")
    print(f"Collected on this kiosk in total: {status.collected:,}")
    print(f"Not yet in a verified export: {plural(status.unexported, 'signature')}")
    if status.last_export_at is not None:
        when = status.last_export_at.astimezone().strftime("%Y-%m-%d %H:%M")
        what = ", ".join(status.last_export_kinds)
        print(f"Last export: {when} to {status.last_export_to} ({what})")
    else:
        print("Last export: none yet")
    if status.free_bytes is not None:
        print(f"Free space on the data disk: {status.free_bytes / 2**30:,.1f} GiB")
    if status.battery_percent is not None:
        source = "on battery" if status.on_battery else "charging or full"
        print(f"Battery: {status.battery_percent} % ({source})")
    return EXIT_OK


def register(sub) -> None:
    demo = sub.add_parser("demo", help="add realistic demo signatures in many scripts")
    add_data_dir(demo)
    add_passphrase(demo)
    demo.add_argument("--count", type=int, default=100, help="how many (default 100)")
    demo.add_argument("--public-key", type=Path, help="seal to this organizer public key")
    demo.add_argument("--event", help="start a new event with this name first")
    demo.add_argument("--place", help="the new event's place")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.set_defaults(func=cmd_demo)

    check = sub.add_parser("check", help="check integrity and counts; exit 1 on a problem")
    add_data_dir(check)
    add_passphrase(check)
    check.add_argument("--key", type=Path, help="private key file (default: the data dir's)")
    check.set_defaults(func=cmd_check)

    pin = sub.add_parser("pin", help="the volunteer PIN")
    pin_sub = pin.add_subparsers(dest="pin_command", metavar="ACTION", required=True)
    pin_set = pin_sub.add_parser("set", help="set or reset the PIN (needs the passphrase)")
    add_data_dir(pin_set)
    add_passphrase(pin_set)
    pin_set.add_argument("--pin-file", type=Path, help="read the new PIN from FILE")
    pin_set.set_defaults(func=cmd_pin_set)

    status = sub.add_parser("status", help="counts, last export, free space and battery")
    add_data_dir(status)
    status.set_defaults(func=cmd_status)

    wipe = sub.add_parser("wipe", help="after a verified export: remove exported signatures")
    add_data_dir(wipe)
    wipe.add_argument("--pin-file", type=Path, help="read the volunteer PIN from FILE")
    wipe.set_defaults(func=cmd_wipe)
