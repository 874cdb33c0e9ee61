"""ORM rows.  A signature row holds only what counting and exporting need; the rest is sealed."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, LargeBinary, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Store aware datetimes as UTC; SQLite itself keeps no time zone."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Collected so far: bumped in the same transaction as each insert (counting never scans
    # the signatures) and never lowered, so the public count does not drop after an export.
    signature_count: Mapped[int] = mapped_column(Integer, default=0)
    # Rows deleted after a verified export; signature_count - removed_count rows are stored.
    removed_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SignatureRow(Base):
    __tablename__ = "signatures"
    __table_args__ = (Index("ix_signatures_event_id", "event_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    kiosk_id: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    key_id: Mapped[str] = mapped_column(String(32))
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    # The kiosk's Ed25519 signature over the row's outer values and the sealed bytes' hash.
    kiosk_sig: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class MetaRow(Base):
    """Kiosk-wide settings that must travel with the database: kiosk id, PIN hash, lockout."""

    __tablename__ = "kiosk_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String)


class ExportRow(Base):
    """The ledger: one row per export or bundle written, with what it held."""

    __tablename__ = "exports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(32))
    destination: Mapped[str] = mapped_column(String)
    record_count: Mapped[int] = mapped_column(Integer)
    content_sha256: Mapped[str] = mapped_column(String(64))
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ExportItemRow(Base):
    __tablename__ = "export_items"

    export_id: Mapped[int] = mapped_column(ForeignKey("exports.id"), primary_key=True)
    signature_uuid: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
