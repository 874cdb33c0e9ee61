"""The kiosk's attendee path, opened on its own: the signing service on a plain sqlite3
connection, without SQLAlchemy or Alembic (about 15 MB the welcome and sign screens never
need).  The whole store (services.py) opens later, around the same signing service.
"""

from __future__ import annotations

from kiosk.campaign import Campaign
from kiosk.services.keys import KeyPolicy
from kiosk.services.signing import SigningService
from kiosk.settings import Settings
from kiosk.store.signature_writer import SignatureWriter
from kiosk.store.sqlite_file import HEAD_REVISION, inspect_database


def open_signing(settings: Settings, campaign: Campaign) -> SigningService:
    """Raises StoreRefused or KeyFileError with a message for a person, as the store does."""
    path = settings.database_path
    path.parent.mkdir(parents=True, exist_ok=True)
    if inspect_database(path) != HEAD_REVISION:
        # A new kiosk, or one to upgrade (or one from a newer version, refused): the store's
        # own checks, backup and migrations run first.
        from kiosk.store.database import open_database

        open_database(path, settings.backups_dir).dispose()
    keys = KeyPolicy(settings, campaign)
    return SigningService(campaign, keys.public_key(), SignatureWriter(path))
