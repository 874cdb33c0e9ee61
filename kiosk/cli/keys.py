"""``petition-kiosk keys new``: the organizer's key pair."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.common import EXIT_OK, CliError, add_data_dir, add_passphrase, read_passphrase


def cmd_keys_new(args: argparse.Namespace) -> int:
    from kiosk.cli.common import settings_from
    from kiosk.core.credentials import passphrase_problem
    from kiosk.crypto import key_id, organizer_fingerprint
    from kiosk.services.keys import PRIVATE_KEY_FILE, PUBLIC_KEY_FILE, create_key_pair

    folder = Path(args.out) if args.out else settings_from(args).keys_dir
    if (folder / PRIVATE_KEY_FILE).exists():
        raise CliError(f"{folder / PRIVATE_KEY_FILE} exists already; it is not overwritten")
    passphrase = read_passphrase(args, confirm=True)
    if problem := passphrase_problem(passphrase):
        raise CliError(problem.render())
    public = create_key_pair(folder, passphrase)
    print(f"Organizer key {key_id(public)} written to {folder}:")
    print(f"  fingerprint: {organizer_fingerprint(public)}  (kiosks show the same when paired)")
    print(f"  {folder / PRIVATE_KEY_FILE}  private, encrypted: keep it and the passphrase safe")
    print(f"  {folder / PUBLIC_KEY_FILE}  public: give this to every kiosk")
    return EXIT_OK


def cmd_keys_backup(args: argparse.Namespace) -> int:
    from kiosk.cli.common import open_services
    from kiosk.crypto import organizer_fingerprint

    services = open_services(args)
    try:
        copy = services.keys.back_up_private_key(args.to)
        public = services.keys.public_key()
        print(f"Organizer key backed up to {copy} and read back.")
        if public is not None:
            print(f"  fingerprint: {organizer_fingerprint(public)}")
        print("Keep the stick and the passphrase apart; then 'keys forget' removes it here.")
    finally:
        services.close()
    return EXIT_OK


def cmd_keys_forget(args: argparse.Namespace) -> int:
    from kiosk.cli.common import open_services

    services = open_services(args)
    try:
        services.keys.forget_private_key(args.backup)
    finally:
        services.close()
    print("The organizer private key is no longer on this kiosk; it can still seal signatures.")
    return EXIT_OK


def register(sub) -> None:
    keys = sub.add_parser("keys", help="organizer key pairs")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    keys_new = keys_sub.add_parser("new", help="make an organizer key pair")
    keys_new.add_argument("--out", type=Path, help="folder for the key files")
    add_data_dir(keys_new)
    add_passphrase(keys_new)
    keys_new.set_defaults(func=cmd_keys_new)
    backup = keys_sub.add_parser("backup", help="copy this kiosk's private key file to a drive")
    add_data_dir(backup)
    backup.add_argument("--to", type=Path, required=True, help="folder on a USB stick")
    backup.set_defaults(func=cmd_keys_backup)
    forget = keys_sub.add_parser("forget", help="remove the private key from this kiosk")
    add_data_dir(forget)
    forget.add_argument(
        "--backup", type=Path, required=True, help="the backup copy (checked before removal)"
    )
    forget.set_defaults(func=cmd_keys_forget)
