"""What every subcommand shares: one-line errors, secrets from a file or the terminal, the
data-dir options, opening the services, and a progress bar."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.settings import Settings, load_settings

if TYPE_CHECKING:
    from kiosk.app.services import Services

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A problem to report in one line, with exit code 2 (bad input) or 1."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def read_secret(
    file: Path | None, what: str, option: str, prompt: str, confirm: bool = False
) -> str:
    """A passphrase or PIN: from ``file`` (first line), else typed at a terminal (hidden).

    ``what`` names it in messages ("passphrase", "PIN"); ``option`` is the flag that gives the
    file, named when there is no terminal to ask at."""
    if file is not None:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"cannot read the {what} file: {exc}") from None
        secret = text.rstrip("\r\n")
        if not secret:
            raise CliError(f"{file}: the {what} file is empty")
        return secret
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(f"the {what} is needed: give {option} FILE")
    secret = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"Repeat the {what}: ") != secret:
        raise CliError(f"the two {what}s differ")
    return secret


def read_passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    return read_secret(
        getattr(args, "passphrase_file", None),
        "passphrase",
        "--passphrase-file",
        "Organizer passphrase",
        confirm,
    )


def read_pin(args: argparse.Namespace, prompt: str = "Volunteer PIN") -> str:
    return read_secret(getattr(args, "pin_file", None), "PIN", "--pin-file", prompt)


def settings_from(args: argparse.Namespace) -> Settings:
    return load_settings(
        data_dir=getattr(args, "data_dir", None),
        campaign_dir=getattr(args, "campaign", None),
        windowed=getattr(args, "windowed", None) or None,
        language=getattr(args, "lang", None),
    )


def open_services(args: argparse.Namespace) -> Services:
    from kiosk.app.services import open_services as open_
    from kiosk.logsetup import setup_logging

    settings = settings_from(args)
    setup_logging(settings.logs_dir)
    return open_(settings)


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, help="data folder (default: the user data dir)")
    parser.add_argument("--campaign", type=Path, help="campaign pack folder (default: built-in)")


def add_passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", type=Path, help="read the organizer passphrase from FILE"
    )


def parse_formats(text: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    formats = tuple(f.strip() for f in text.split(",") if f.strip())
    unknown = [f for f in formats if f not in allowed]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(unknown) or '(none)'}; choose from {', '.join(allowed)}"
        )
    return formats


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


def add_trust_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--registry", type=Path, help="kiosk registry (default: kiosks.json beside the first --key)"
    )
    parser.add_argument(
        "--accept-unknown-kiosks",
        action="store_true",
        help="also take records from kiosks not in the registry",
    )
    parser.add_argument(
        "--allow-unreadable",
        action="store_true",
        help="go on when records are sealed to an organizer key not given",
    )


def trust_options(args: argparse.Namespace) -> dict:
    from kiosk.services.trust import KioskRegistry, RegistryError

    path = args.registry or args.key[0].resolve().parent / "kiosks.json"
    try:
        registry = KioskRegistry.load(path)
    except RegistryError as exc:
        raise CliError(str(exc)) from None
    if not registry.kiosks and not args.accept_unknown_kiosks:
        raise CliError(
            f"no kiosk is registered in {path}: register each kiosk "
            "('petition-kiosk kiosks add BUNDLE --registry FILE') or pass --accept-unknown-kiosks"
        )
    return {
        "registry": registry,
        "accept_unknown_kiosks": args.accept_unknown_kiosks,
        "allow_unreadable": args.allow_unreadable,
    }
