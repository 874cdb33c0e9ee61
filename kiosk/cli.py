"""The ``petition-kiosk`` command: run the kiosk, and the organizer's and volunteer's tools.

Qt is imported only by ``run`` (and the UI benchmark), so the other subcommands work on a
machine with no screen.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.campaign import CampaignError
from kiosk.crypto import KeyFileError
from kiosk.settings import SettingsError, load_settings
from kiosk.store.database import StoreRefused

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A problem to report in one line, with exit code 2 (bad input) or 1."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def read_passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"cannot read the passphrase file: {exc}") from None
        passphrase = text.rstrip("\r\n")
        if not passphrase:
            raise CliError(f"{args.passphrase_file}: the passphrase file is empty")
        return passphrase
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("a passphrase is needed: give --passphrase-file FILE")
    passphrase = getpass.getpass("Organizer passphrase: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != passphrase:
        raise CliError("the two passphrases differ")
    return passphrase


def _settings(args: argparse.Namespace):
    return load_settings(
        data_dir=getattr(args, "data_dir", None),
        campaign_dir=getattr(args, "campaign", None),
        windowed=getattr(args, "windowed", None) or None,
        language=getattr(args, "lang", None),
    )


def _open(args: argparse.Namespace):
    from kiosk.bootstrap import open_kiosk
    from kiosk.logsetup import setup_logging

    settings = _settings(args)
    setup_logging(settings.logs_dir)
    return open_kiosk(settings)


# --- subcommands -----------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    from kiosk.app import run_app

    return run_app(_settings(args))


def cmd_keys_new(args: argparse.Namespace) -> int:
    from kiosk.crypto import key_id
    from kiosk.services.keys import create_key_pair

    folder = Path(args.out) if args.out else _settings(args).keys_dir
    if (folder / "organizer-key.json").exists():
        raise CliError(f"{folder / 'organizer-key.json'} exists already; it is not overwritten")
    passphrase = read_passphrase(args, confirm=True)
    public = create_key_pair(folder, passphrase)
    print(f"Organizer key {key_id(public)} written to {folder}:")
    print(f"  {folder / 'organizer-key.json'}  private, encrypted: keep it and the passphrase safe")
    print(f"  {folder / 'organizer.pub'}  public: give this to every kiosk")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from kiosk.demo import demo_drafts
    from kiosk.services.keys import create_key_pair, import_public_key

    kiosk = _open(args)
    try:
        if not kiosk.signing.ready:
            if args.public_key:
                kiosk.signing.set_public_key(import_public_key(kiosk.settings, args.public_key))
            else:
                passphrase = read_passphrase(args)
                kiosk.signing.set_public_key(create_key_pair(kiosk.settings.keys_dir, passphrase))
        if args.event:
            kiosk.events.start(args.event, args.place or "")
        drafts = demo_drafts(args.count, seed=args.seed)
        for start in range(0, len(drafts), 1000):
            kiosk.signing.sign_many(drafts[start : start + 1000])
        event_count, total = kiosk.signing.counts()
        print(f"Added {args.count} demo signatures: {event_count} in this event, {total} in all.")
    finally:
        kiosk.close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from kiosk.integrity import check_kiosk

    settings = _settings(args)
    private_key = None
    if args.passphrase_file:
        from kiosk.services.keys import unlock_private_key

        private_key = unlock_private_key(settings, read_passphrase(args), args.key)
    report = check_kiosk(settings, private_key)
    for line in report.lines:
        print(line)
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    print("OK" if report.ok else f"{len(report.problems)} problem(s) found")
    return EXIT_OK if report.ok else EXIT_PROBLEM


def cmd_pin_set(args: argparse.Namespace) -> int:
    """Reset a forgotten PIN: proving the organizer passphrase is the way back in."""
    from kiosk.services.keys import unlock_private_key

    kiosk = _open(args)
    try:
        if kiosk.settings.private_key_path.is_file():
            unlock_private_key(kiosk.settings, read_passphrase(args))
        pin = Path(args.pin_file).read_text(encoding="utf-8").strip() if args.pin_file else None
        if pin is None:
            pin = getpass.getpass("New PIN (4-12 digits): ")
        from kiosk.services.pin import PinError

        try:
            kiosk.pin.set_pin(pin)
        except PinError as exc:
            raise CliError(str(exc)) from None
        print("PIN set.")
    finally:
        kiosk.close()
    return EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    from kiosk.bench import run_benchmarks

    return run_benchmarks(args.only, quick=args.quick)


# --- parser ----------------------------------------------------------------------------------


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, help="data folder (default: the user data dir)")
    parser.add_argument("--campaign", type=Path, help="campaign pack folder (default: built-in)")


def _add_passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", type=Path, help="read the organizer passphrase from FILE"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="petition-kiosk",
        description="Offline petition kiosk: signatures sealed to the organizer's key.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="start the kiosk (the default)")
    _add_data_dir(run)
    run.add_argument("--windowed", action="store_true", help="run in a window, for trying it out")
    run.add_argument("--lang", help="start in this language (en, ru, uk, es)")
    run.set_defaults(func=cmd_run)

    keys = sub.add_parser("keys", help="organizer key pairs")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    keys_new = keys_sub.add_parser("new", help="make an organizer key pair")
    keys_new.add_argument("--out", type=Path, help="folder for the key files")
    _add_data_dir(keys_new)
    _add_passphrase(keys_new)
    keys_new.set_defaults(func=cmd_keys_new)

    demo = sub.add_parser("demo", help="add realistic demo signatures in many scripts")
    _add_data_dir(demo)
    _add_passphrase(demo)
    demo.add_argument("--count", type=int, default=100, help="how many (default 100)")
    demo.add_argument("--public-key", type=Path, help="seal to this organizer public key")
    demo.add_argument("--event", help="start a new event with this name first")
    demo.add_argument("--place", help="the new event's place")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.set_defaults(func=cmd_demo)

    check = sub.add_parser("check", help="check integrity and counts; exit 1 on a problem")
    _add_data_dir(check)
    _add_passphrase(check)
    check.add_argument("--key", type=Path, help="private key file (default: the data dir's)")
    check.set_defaults(func=cmd_check)

    pin = sub.add_parser("pin", help="the volunteer PIN")
    pin_sub = pin.add_subparsers(dest="pin_command", metavar="ACTION", required=True)
    pin_set = pin_sub.add_parser("set", help="set or reset the PIN (needs the passphrase)")
    _add_data_dir(pin_set)
    _add_passphrase(pin_set)
    pin_set.add_argument("--pin-file", type=Path, help="read the new PIN from FILE")
    pin_set.set_defaults(func=cmd_pin_set)

    bench = sub.add_parser("bench", help="print performance figures")
    bench.add_argument("--only", choices=["store", "ui", "export"], help="run one benchmark")
    bench.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    bench.set_defaults(func=cmd_bench)

    from kiosk.cli_export import add_export_commands

    add_export_commands(sub, _add_data_dir, _add_passphrase)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["run", *(argv if argv is not None else sys.argv[1:])])
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except CliError as exc:
        print(f"petition-kiosk: {exc}", file=sys.stderr)
        return exc.code
    except (CampaignError, StoreRefused, KeyFileError, SettingsError) as exc:
        print(f"petition-kiosk: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("petition-kiosk: interrupted", file=sys.stderr)
        return 130
