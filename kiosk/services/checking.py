"""``petition-kiosk check``: is the store healthy, and do its counts add up?

Read-only from start to end (the store's read-only opener): it never migrates or repairs, so
it is safe on a suspect file or on a write-protected stick."""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy.orm import Session

from kiosk.core.record_codec import NewerRecord, decode_record
from kiosk.crypto import SealError, key_id, unseal
from kiosk.settings import Settings
from kiosk.store import repository as repo
from kiosk.store.database import StoreRefused, integrity_check
from kiosk.store.readonly import check_revision, open_read_only


@dataclass
class CheckReport:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_kiosk(settings: Settings, private_key: X25519PrivateKey | None = None) -> CheckReport:
    report = CheckReport()
    path = settings.database_path
    report.lines.append(f"Database: {path}")
    if not path.exists():
        report.problems.append("no database in this data folder")
        return report
    try:
        check_revision(path, allow_older=False)
        with open_read_only(path) as session:
            result = integrity_check(session.get_bind())
            report.lines.append(f"integrity_check: {'; '.join(result[:3])}")
            if result != ["ok"]:
                report.problems.append("integrity_check did not return ok")
            _check_counts(session, report)
            if private_key is not None:
                _check_records(session, private_key, report)
    except StoreRefused as exc:
        report.problems.append(str(exc))
    return report


def _check_counts(session: Session, report: CheckReport) -> None:
    actual = repo.rows_per_event(session)
    for event in repo.list_events(session):
        state = "open" if event.is_open else f"ended {event.ends_at:%Y-%m-%d %H:%M}"
        rows = actual.get(event.id, 0)
        report.lines.append(
            f"Event {event.id} '{event.name}' ({state}): {event.signature_count} signatures"
            + (f", {event.removed_count} removed after export" if event.removed_count else "")
        )
        if rows != event.stored_count:
            report.problems.append(
                f"event {event.id}: counters say {event.stored_count} kept, {rows} rows are stored"
            )
    report.lines.append(f"Total: {repo.counted_rows(session)} signatures stored")
    report.lines.append(f"Not yet in a verified export: {repo.unexported_count(session)}")
    for kid, count in repo.key_ids_in_use(session).items():
        report.lines.append(f"Sealed to key {kid}: {count}")


def _check_records(session: Session, private_key: X25519PrivateKey, report: CheckReport) -> None:
    mine = key_id(private_key.public_key())
    opened = failed = newer = other = 0
    for item in repo.iter_sealed(session):
        if item.key_id != mine:
            other += 1
            continue
        try:
            decode_record(unseal(item.sealed, private_key, item.uuid))
            opened += 1
        except NewerRecord:
            newer += 1
        except (SealError, ValueError, KeyError):
            failed += 1
    report.lines.append(f"Opened with key {mine}: {opened}; sealed to other keys: {other}")
    if newer:
        report.problems.append(
            f"{newer} record(s) were sealed by a newer Petition Kiosk: update this one to read them"
        )
    if failed:
        report.problems.append(f"{failed} record(s) sealed to key {mine} could not be opened")
