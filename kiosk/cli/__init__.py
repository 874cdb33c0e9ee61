"""The ``petition-kiosk`` command: run the kiosk, and the organizer's and volunteer's tools.

One module per command group (``run``, ``keys``, ``volunteer``, ``organizer``, ``push``), each
with a
``register(subparsers)``; they share ``common`` and never import each other.  Building the
parser imports nothing heavy: each command imports what it needs when it runs, and Qt is
imported only by ``run`` (and the UI benchmark), so the other commands work with no screen.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from kiosk import __version__
from kiosk.cli import keys, kiosks, organizer, push, run, volunteer
from kiosk.cli.common import EXIT_PROBLEM, CliError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="petition-kiosk",
        description="Offline petition kiosk: signatures sealed to the organizer's key.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in (run, keys, kiosks, volunteer, organizer, push):
        group.register(sub)
    return parser


def _expected_errors() -> tuple[type[Exception], ...]:
    """Problems with a message for a person: printed in one line, never as a traceback."""
    from kiosk.campaign import CampaignError
    from kiosk.core.exporting import ExportFailed
    from kiosk.crypto import KeyFileError
    from kiosk.export.action_network import PushError
    from kiosk.settings import SettingsError
    from kiosk.store.errors import StoreRefused

    return (CampaignError, StoreRefused, KeyFileError, SettingsError, ExportFailed, PushError)


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
    except _expected_errors() as exc:
        print(f"petition-kiosk: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("petition-kiosk: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:  # a read-only or full data folder, a missing file: one line
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"petition-kiosk: {where}{exc.strerror or type(exc).__name__}", file=sys.stderr)
        return EXIT_PROBLEM
