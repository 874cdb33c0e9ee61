"""Volunteer chores behind the PIN: backups, the unexported count, and removing what a
verified bundle holds (the PIN is asked again right before)."""

from __future__ import annotations

import logging
import shutil
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.models import KioskStatus, WipeResult
from kiosk.services.pin import PinService
from kiosk.settings import Settings
from kiosk.store import repository as repo
from kiosk.store.database import backup_database, backup_name
from kiosk.store.quick_read import DEFAULT_LANGUAGE_KEY, IDLE_TIMEOUT_KEY
from kiosk.store.readonly import stored_signature_ids

WAL_FILES = ("-wal", "-shm", "-journal")

log = logging.getLogger(__name__)


def battery(root: Path = Path("/sys/class/power_supply")) -> tuple[int | None, bool | None]:
    """(charge percent, running on battery) where Linux reports a battery; else (None, None)."""
    for supply in sorted(root.glob("BAT*")) if root.is_dir() else []:
        try:
            percent = int((supply / "capacity").read_text().strip())
            state = (supply / "status").read_text().strip()
        except (OSError, ValueError):
            continue
        return percent, state == "Discharging"
    return None, None


class AdminService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        settings: Settings,
        pins: PinService,
        identity: tuple[str, str] = ("", ""),
    ):
        self._sessions = sessions
        self.settings = settings
        self.pins = pins
        self._identity = identity

    def kiosk_identity(self) -> tuple[str, str]:
        """(kiosk id, its fingerprint read aloud): what the organizer registers."""
        return self._identity

    def default_language(self) -> str | None:
        """The language the volunteer chose for the kiosk to start and reset in, if any."""
        with self._sessions() as session:
            return repo.get_meta(session, DEFAULT_LANGUAGE_KEY)

    def set_default_language(self, language: str) -> None:
        with self._sessions.begin() as session:
            repo.set_meta(session, DEFAULT_LANGUAGE_KEY, language)
        log.info("default language set to %s", language)

    def idle_timeout(self) -> int | None:
        with self._sessions() as session:
            value = repo.get_meta(session, IDLE_TIMEOUT_KEY)
        return int(value) if value and value.isdigit() else None

    def set_idle_timeout(self, seconds: int) -> None:
        with self._sessions.begin() as session:
            repo.set_meta(session, IDLE_TIMEOUT_KEY, str(int(seconds)))
        log.info("idle timeout set to %s s", seconds)

    def backup(self, folder: Path | None = None) -> Path:
        """Copy the (sealed) database to ``folder`` (default: the data dir's backups folder)."""
        destination_dir = folder or self.settings.backups_dir
        destination = destination_dir / backup_name(self.settings.database_path, "backup")
        backup_database(self.settings.database_path, destination)
        log.info("backup written")
        return destination

    def status(self) -> KioskStatus:
        """The console's tiles: counts, the last export, free space, and the battery."""
        with self._sessions() as session:
            event = repo.open_event(session)
            last = repo.last_export(session)
            status = KioskStatus(
                event_name=event.name if event else None,
                at_event=event.signature_count if event else 0,
                collected=repo.total_count(session),
                unexported=repo.unexported_count(session),
            )
        free = shutil.disk_usage(self.settings.data_dir).free
        percent, on_battery = battery()
        return replace(
            status,
            last_export_at=last[0] if last else None,
            last_export_to=last[1] if last else "",
            last_export_kinds=tuple(last[2]) if last else (),
            free_bytes=free,
            battery_percent=percent,
            on_battery=on_battery,
        )

    def unexported_count(self) -> int:
        with self._sessions() as session:
            return repo.unexported_count(session)

    def wipe_exported(self, pin: str) -> WipeResult:
        """Check the PIN, then delete the signatures that a verified bundle holds."""
        check = self.pins.check(pin)
        if not check.ok:
            return WipeResult(check)
        with self._sessions.begin() as session:
            safe = repo.verified_exported_uuids(session) & repo.signature_uuids(session)
            removed = repo.delete_signatures(session, safe)
            kept = repo.counted_rows(session)
        with self._sessions() as session:
            # Fold the WAL back so the deleted (sealed, zeroed) pages leave no copy behind.
            repo.checkpoint(session)
        backups = self._remove_backups_holding(safe) if safe else 0
        log.info("wiped %s exported signatures, %s kept, %s backups", removed, kept, backups)
        return WipeResult(check, removed, kept, backups)

    def _remove_backups_holding(self, removed: set[str]) -> int:
        """Backups are copies of the database: one holding a removed signature would keep
        it on the kiosk.  Unreadable ones go too (they cannot be shown to hold none)."""
        gone = 0
        for backup in sorted(self.settings.backups_dir.glob("*.sqlite")):
            ids = stored_signature_ids(backup)
            if ids is None or ids & removed:
                for part in (backup, *(backup.with_name(backup.name + s) for s in WAL_FILES)):
                    part.unlink(missing_ok=True)
                gone += 1
        return gone
