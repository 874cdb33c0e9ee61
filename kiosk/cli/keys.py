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


def register(sub) -> None:
    keys = sub.add_parser("keys", help="organizer key pairs")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    keys_new = keys_sub.add_parser("new", help="make an organizer key pair")
    keys_new.add_argument("--out", type=Path, help="folder for the key files")
    add_data_dir(keys_new)
    add_passphrase(keys_new)
    keys_new.set_defaults(func=cmd_keys_new)
