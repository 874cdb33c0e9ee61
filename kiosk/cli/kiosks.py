"""``petition-kiosk kiosks``: the organizer's registry of known kiosks, and a kiosk's own
fingerprint (read it aloud, or from the volunteer console, when you register it)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.common import EXIT_OK, CliError, add_data_dir, settings_from

DEFAULT_REGISTRY = Path("kiosks.json")


def _fingerprint_from(source: str) -> tuple[str, str]:
    """(fingerprint, kiosk id or "") from a bundle, a kiosk data folder, or typed digits."""
    from kiosk.core.exporting import ExportFailed
    from kiosk.services.trust import fingerprint_of, normalise_fingerprint

    path = Path(source)
    if path.is_file():
        from kiosk.export.bundle import read_bundle

        try:
            manifest, _ = read_bundle(path)
        except ExportFailed as exc:
            raise CliError(str(exc)) from None
        if not manifest.signed:
            raise CliError(f"{path.name}: its manifest is not signed by a kiosk")
        return fingerprint_of(manifest.kiosk_key), manifest.kiosk_id
    if path.is_dir():
        from kiosk.store.readonly import kiosk_identity

        found = kiosk_identity(path / "signatures.sqlite")
        if found is None:
            raise CliError(f"{path}: no kiosk database with an identity in this folder")
        public, kiosk_id = found
        return fingerprint_of(public), kiosk_id
    return normalise_fingerprint(source), ""


def cmd_kiosks_add(args: argparse.Namespace) -> int:
    from kiosk.services.trust import KioskRegistry, RegistryError

    try:
        fingerprint, kiosk_id = _fingerprint_from(args.source)
        registry = KioskRegistry.load(args.registry)
        registry.add(fingerprint, args.name or kiosk_id or fingerprint)
    except RegistryError as exc:
        raise CliError(str(exc)) from None
    print(
        f"Registered kiosk {fingerprint} ({args.name or kiosk_id or 'no name'}) in {args.registry}"
    )
    return EXIT_OK


def cmd_kiosks_remove(args: argparse.Namespace) -> int:
    from kiosk.services.trust import KioskRegistry, RegistryError

    try:
        removed = KioskRegistry.load(args.registry).remove(args.fingerprint)
    except RegistryError as exc:
        raise CliError(str(exc)) from None
    if not removed:
        raise CliError(f"{args.fingerprint} is not in {args.registry}", code=1)
    print(f"Removed kiosk {args.fingerprint}: its records are now left out of merges.")
    return EXIT_OK


def cmd_kiosks_list(args: argparse.Namespace) -> int:
    from kiosk.services.trust import KioskRegistry, RegistryError

    try:
        registry = KioskRegistry.load(args.registry)
    except RegistryError as exc:
        raise CliError(str(exc)) from None
    for fingerprint, name in sorted(registry.kiosks.items(), key=lambda kv: kv[1]):
        print(f"{fingerprint}  {name}")
    print(f"{len(registry.kiosks):,} kiosk(s) in {args.registry}")
    return EXIT_OK


def cmd_kiosks_show(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    from kiosk.crypto import kiosk_words
    from kiosk.store.readonly import kiosk_identity

    found = kiosk_identity(settings.database_path)
    if found is None:
        raise CliError(f"{settings.data_dir}: no kiosk database with an identity in this folder")
    public, kiosk_id = found
    fingerprint, _ = _fingerprint_from(str(settings.data_dir))
    print(f"Kiosk {kiosk_id}: fingerprint {fingerprint} · {kiosk_words(public)}")
    return EXIT_OK


def register(sub) -> None:
    kiosks = sub.add_parser("kiosks", help="the organizer's registry of known kiosks")
    actions = kiosks.add_subparsers(dest="kiosks_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="register a kiosk (bundle, data folder or fingerprint)")
    add.add_argument("source", help="a .pkbundle, a kiosk data folder, or 16 hex digits")
    add.add_argument("--name", help="what to call this kiosk")
    add.add_argument("--registry", type=Path, default=DEFAULT_REGISTRY, help="registry file")
    add.set_defaults(func=cmd_kiosks_add)
    remove = actions.add_parser("remove", help="forget a kiosk (a lost or stolen one)")
    remove.add_argument("fingerprint", help="its 16 hex digits")
    remove.add_argument("--registry", type=Path, default=DEFAULT_REGISTRY, help="registry file")
    remove.set_defaults(func=cmd_kiosks_remove)
    listing = actions.add_parser("list", help="list the registered kiosks")
    listing.add_argument("--registry", type=Path, default=DEFAULT_REGISTRY, help="registry file")
    listing.set_defaults(func=cmd_kiosks_list)
    show = actions.add_parser("show", help="this kiosk's id and fingerprint")
    add_data_dir(show)
    show.set_defaults(func=cmd_kiosks_show)
