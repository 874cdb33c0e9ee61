"""Queries and writes on the signature database.  Callers own the transaction (a Session)."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from kiosk.core.models import Event, SealedSignature, StoredRow
from kiosk.store.schema import EventRow, ExportItemRow, ExportRow, MetaRow, SignatureRow
from kiosk.store.signature_writer import read_time


def _event(row: EventRow) -> Event:
    return Event(
        row.id,
        row.name,
        row.place,
        row.starts_at,
        row.ends_at,
        row.signature_count,
        row.removed_count,
    )


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(MetaRow, key)
    return row.value if row else None


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(MetaRow, key)
    if row:
        row.value = value
    else:
        session.add(MetaRow(key=key, value=value))


def open_or_start_event(session: Session, now: datetime) -> Event:
    """The open event; if the volunteer has none, one named after today is opened."""
    event = open_event(session)
    return event or add_event(session, f"Event {now:%Y-%m-%d}", "", now)


def open_event(session: Session) -> Event | None:
    row = session.scalars(
        select(EventRow).where(EventRow.ends_at.is_(None)).order_by(EventRow.id.desc()).limit(1)
    ).first()
    return _event(row) if row else None


def list_events(session: Session) -> list[Event]:
    return [_event(r) for r in session.scalars(select(EventRow).order_by(EventRow.id))]


def add_event(session: Session, name: str, place: str, starts_at: datetime) -> Event:
    row = EventRow(name=name, place=place, starts_at=starts_at, signature_count=0)
    session.add(row)
    session.flush()
    return _event(row)


def rename_event(session: Session, event_id: int, name: str, place: str) -> None:
    session.execute(update(EventRow).where(EventRow.id == event_id).values(name=name, place=place))


def close_event(session: Session, event_id: int, ends_at: datetime) -> None:
    session.execute(update(EventRow).where(EventRow.id == event_id).values(ends_at=ends_at))


def add_signature(
    session: Session,
    *,
    uuid: str,
    event_id: int,
    kiosk_id: str,
    signed_at: datetime,
    key_id: str,
    sealed: bytes,
) -> int:
    """Insert a sealed signature and bump its event's counter; returns the event's new count."""
    # A Core insert: the ORM unit of work would double the cost of the kiosk's hottest path.
    session.execute(
        insert(cast(Table, SignatureRow.__table__)).values(
            uuid=uuid,
            event_id=event_id,
            kiosk_id=kiosk_id,
            signed_at=signed_at,
            key_id=key_id,
            sealed=sealed,
        )
    )
    return session.execute(
        update(EventRow)
        .where(EventRow.id == event_id)
        .values(signature_count=EventRow.signature_count + 1)
        .returning(EventRow.signature_count)
    ).scalar_one()


def total_count(session: Session) -> int:
    return session.scalar(select(func.coalesce(func.sum(EventRow.signature_count), 0))) or 0


def counted_rows(session: Session) -> int:
    """Rows actually present (slow; for checks, not for the live counter)."""
    return session.scalar(select(func.count()).select_from(SignatureRow)) or 0


def iter_sealed(
    session: Session, event_ids: list[int] | None = None, up_to_id: int | None = None
) -> Iterator[SealedSignature]:
    """Stored signatures in signing order, streamed (never all in memory), still sealed."""
    events = {event.id: event for event in list_events(session)}
    public = get_meta(session, "identity_public")
    kiosk_key = base64.b64decode(public) if public else None
    # The driver's own cursor: the ORM's rows and time parsing were 2.4 s of the parent's CPU
    # for 100,000 signatures, while the sheet workers waited for rows.
    sql = (
        "SELECT uuid, kiosk_id, event_id, signed_at, key_id, sealed, kiosk_sig "
        f"FROM {SignatureRow.__tablename__}"
    )
    where, params = [], []
    if event_ids is not None:
        where.append(f"event_id IN ({', '.join('?' * len(event_ids))})")
        params += event_ids
    if up_to_id is not None:
        where.append("id <= ?")
        params.append(up_to_id)
    if where:
        sql += " WHERE " + " AND ".join(where)
    for uuid, kiosk_id, event_id, signed_at, key, sealed, sig in _driver_rows(
        session, sql + " ORDER BY id", params
    ):
        yield SealedSignature(
            uuid, kiosk_id, events[event_id], read_time(signed_at), key, sealed, sig, kiosk_key
        )


def _driver_rows(session: Session, sql: str, params: list) -> Iterator[tuple]:
    """Rows from the driver's own cursor on the session's connection, streamed: no ORM rows
    for the statements that read every signature."""
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(1000):
            yield from rows
    finally:
        cursor.close()


def iter_row_refs(
    session: Session, event_id: int, key_ids: set[str], up_to_id: int
) -> Iterator[StoredRow]:
    """One event's rows sealed to ``key_ids``, in signing order, named only (id and
    signature id): what the sheet workers read for themselves (kiosk.store.sealed_rows)."""
    keys = sorted(key_ids)
    sql = (
        f"SELECT id, uuid FROM {SignatureRow.__tablename__} WHERE event_id = ? AND id <= ? "
        f"AND key_id IN ({', '.join('?' * len(keys))}) ORDER BY id"
    )
    for row_id, uuid in _driver_rows(session, sql, [event_id, up_to_id, *keys]):
        yield StoredRow(row_id, uuid)


def unsigned_rows(session: Session) -> list[tuple]:
    """(row id, uuid, event start, kiosk, time, key id, sealed) of rows without a kiosk sig."""
    query = (
        select(
            SignatureRow.id,
            SignatureRow.uuid,
            EventRow.starts_at,
            SignatureRow.kiosk_id,
            SignatureRow.signed_at,
            SignatureRow.key_id,
            SignatureRow.sealed,
        )
        .join(EventRow, EventRow.id == SignatureRow.event_id)
        .where(SignatureRow.kiosk_sig.is_(None))
    )
    return [tuple(row) for row in session.execute(query)]


def set_kiosk_sig(session: Session, row_id: int, signature: bytes) -> None:
    session.execute(
        update(SignatureRow).where(SignatureRow.id == row_id).values(kiosk_sig=signature)
    )


def rows_per_event(session: Session) -> dict[int, int]:
    """Signature rows actually stored, per event (``check`` compares them with the counters)."""
    query = select(SignatureRow.event_id, func.count()).group_by(SignatureRow.event_id)
    return {event_id: count for event_id, count in session.execute(query).all()}


def counts_by_event(session: Session, key_ids: set[str], up_to_id: int) -> dict[int, int]:
    query = (
        select(SignatureRow.event_id, func.count())
        .where(SignatureRow.key_id.in_(key_ids), SignatureRow.id <= up_to_id)
        .group_by(SignatureRow.event_id)
    )
    return {event_id: count for event_id, count in session.execute(query).all()}


def last_signature_id(session: Session) -> int:
    return session.scalar(select(func.max(SignatureRow.id))) or 0


def signature_uuids(session: Session) -> set[str]:
    return set(session.scalars(select(SignatureRow.uuid)))


def key_ids_in_use(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(SignatureRow.key_id, func.count()).group_by(SignatureRow.key_id)
    ).all()
    return {key: count for key, count in rows}


def record_export(
    session: Session,
    *,
    uuid: str,
    created_at: datetime,
    kind: str,
    destination: str,
    signature_uuids: list[str],
    content_sha256: str,
    verified_at: datetime | None,
) -> None:
    row = ExportRow(
        uuid=uuid,
        created_at=created_at,
        kind=kind,
        destination=destination,
        record_count=len(signature_uuids),
        content_sha256=content_sha256,
        verified_at=verified_at,
    )
    session.add(row)
    session.flush()
    if signature_uuids:
        # The driver's executemany in the session's transaction: the ORM's bulk insert cost
        # 14 µs a row under the profiler (0.14 s for 10,000 signatures), this about 9.  In
        # sorted order, both indexes grow at one end instead of at random pages.
        session.connection().exec_driver_sql(
            f"INSERT INTO {ExportItemRow.__tablename__} (export_id, signature_uuid) VALUES (?, ?)",
            [(row.id, u) for u in sorted(signature_uuids)],
        )


def _safely_exported():
    """Signatures in a sealed bundle that was read back and verified: the copy that may
    replace the kiosk's own (PDFs and CSVs lose nothing either, but only bundles re-import)."""
    return (
        select(ExportItemRow.signature_uuid)
        .join(ExportRow, ExportRow.id == ExportItemRow.export_id)
        .where(ExportRow.verified_at.is_not(None), ExportRow.kind == "bundle")
    )


def verified_exported_uuids(session: Session) -> set[str]:
    return set(session.scalars(_safely_exported()))


def unexported_count(session: Session) -> int:
    query = (
        select(func.count())
        .select_from(SignatureRow)
        .where(SignatureRow.uuid.not_in(_safely_exported()))
    )
    return session.scalar(query) or 0


def delete_signatures(session: Session, uuids: set[str]) -> int:
    """Delete signatures and note them as removed on their events (the collected-so-far
    counters stay as they are); returns how many were removed."""
    removed = 0
    ids = sorted(uuids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        per_event = session.execute(
            select(SignatureRow.event_id, func.count())
            .where(SignatureRow.uuid.in_(chunk))
            .group_by(SignatureRow.event_id)
        ).all()
        for event_id, count in per_event:
            session.execute(
                update(EventRow)
                .where(EventRow.id == event_id)
                .values(removed_count=EventRow.removed_count + count)
            )
            removed += count
        session.execute(delete(SignatureRow).where(SignatureRow.uuid.in_(chunk)))
    return removed


def checkpoint(session: Session) -> None:
    """Fold the write-ahead log back into the database file and truncate it."""
    session.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def exports_recorded(session: Session, uuids: list[str]) -> bool:
    """Whether the ledger holds any of these export ids (an interrupted export's notes)."""
    return bool(session.scalar(select(func.count()).where(ExportRow.uuid.in_(uuids))))


def exports_recorded_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ExportRow)) or 0


def forget_exports(session: Session) -> None:
    """Drop the whole ledger (tests and a kiosk reset; signatures stay)."""
    session.execute(delete(ExportItemRow))
    session.execute(delete(ExportRow))


def last_export(session: Session) -> tuple[datetime, str, list[str]] | None:
    """(when, where, which kinds) of the newest export the ledger records."""
    newest = session.scalar(select(func.max(ExportRow.created_at)))
    if newest is None:
        return None
    rows = session.execute(
        select(ExportRow.kind, ExportRow.destination).where(ExportRow.created_at == newest)
    ).all()
    folder = str(Path(rows[0][1]).parent) if rows else ""
    return newest, folder, sorted({kind for kind, _ in rows})
