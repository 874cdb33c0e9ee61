"""Volunteer chores behind the PIN: backups and the first-run key set-up."""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.settings import Settings
from kiosk.store.database import backup_database, backup_name

log = logging.getLogger(__name__)


def backup_now(settings: Settings, folder: Path | None = None) -> Path:
    """Copy the (sealed) database to ``folder`` (default: the data dir's backups folder)."""
    destination_dir = folder or settings.backups_dir
    destination = destination_dir / backup_name(settings.database_path, "backup")
    backup_database(settings.database_path, destination)
    log.info("backup written to %s", destination)
    return destination
