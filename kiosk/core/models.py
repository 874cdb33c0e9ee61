"""Plain dataclasses that flow between the UI, the services and the store."""

from __future__ import annotations

import struct
from array import array
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from sys import intern

# A drawn signature: strokes of (x, y, pressure) points, y downwards, both divided by the pad's
# width (so x is 0..1 and y is 0..height/width: the drawing keeps its proportions).
Point = tuple[float, float, float]
Stroke = list[Point]
# The same stroke as its values in point order (x, y, pressure, x, …) in an array("d"): how
# sheets take a drawing, without a tuple for every point.
StrokeValues = array
# A point's three values as C doubles, the layout of a StrokeValues array.
POINT_DOUBLES = struct.Struct("=3d")


def pad_point(x: float, y: float, pressure: float) -> Point:
    """A point as the pad records it (values already on the pad, 0-1): x and y to 1/10,000
    of the pad's width, finer than any pen, and pressure to 1/1,000.  Done as each point
    arrives, during the stroke, rather than for hundreds of points once Sign is tapped.  An
    integer over a power of ten is the nearest float to the decimal, so it prints as short
    as round() would make it, at a third of round()'s cost."""
    return (
        (x * 1e4 + 0.5) // 1 / 1e4,
        (y * 1e4 + 0.5) // 1 / 1e4,
        (pressure * 1e3 + 0.5) // 1 / 1e3,
    )


@dataclass
class SignatureDraft:
    """What an attendee entered, before validation. Lives only in memory."""

    fields: dict[str, str]
    consent_sign: bool
    consent_mailing: bool
    strokes: list[Stroke] = field(default_factory=list)
    language: str = "en"


@dataclass(frozen=True, slots=True)  # slots: a merge holds 100,000s of these
class SignerRecord:
    """A validated signer: the plaintext that gets sealed. Never stored as is."""

    fields: dict[str, str]
    consent_sign: bool
    consent_mailing: bool
    privacy_notice_version: str
    strokes: list[Stroke]
    language: str
    signed_at: datetime
    event_name: str
    kiosk_id: str
    signature_id: str

    def __reduce__(self) -> tuple:
        # Records come back from merge workers by the hundred thousand: rebuilt in one call
        # (the dataclass default sets each slot from Python), with the names and values that
        # every record repeats as one string each.
        return _shared_record, (
            tuple(self.fields.items()), self.consent_sign, self.consent_mailing,
            self.privacy_notice_version, self.strokes, self.language, self.signed_at,
            self.event_name, self.kiosk_id, self.signature_id,
        )  # fmt: skip


def _shared_record(
    items: tuple[tuple[str, str], ...],
    consent_sign: bool,
    consent_mailing: bool,
    notice: str,
    strokes: list[Stroke],
    language: str,
    signed_at: datetime,
    event_name: str,
    kiosk_id: str,
    signature_id: str,
) -> SignerRecord:
    return SignerRecord(
        {intern(key): value for key, value in items},
        consent_sign, consent_mailing, intern(notice), strokes, intern(language), signed_at,
        intern(event_name), intern(kiosk_id), signature_id,
    )  # fmt: skip


@dataclass(frozen=True)
class Receipt:
    """Returned only after the durable commit: proof that a signature was taken."""

    signature_id: str
    event_id: int
    signed_at: datetime
    event_count: int
    total_count: int


class EventError(ValueError):
    """An event name or place that cannot be used; the message says why."""


@dataclass(frozen=True)
class Event:
    """An event at a kiosk. ``id`` is the store's row id (or a bundle's local number)."""

    id: int
    name: str
    place: str
    starts_at: datetime
    ends_at: datetime | None
    signature_count: int = 0  # collected so far: never goes down
    removed_count: int = 0  # removed from the kiosk after a verified export

    @property
    def stored_count(self) -> int:
        return self.signature_count - self.removed_count

    @property
    def is_open(self) -> bool:
        return self.ends_at is None

    @property
    def identity(self) -> tuple[str, str, datetime]:
        """What makes two copies the same event (a kiosk's row and its bundle's entry)."""
        return (self.name, self.place, self.starts_at)


@dataclass(frozen=True, slots=True)  # slots: a merge holds 100,000s of these
class SealedSignature:
    """A stored signature as the store and bundles hold it: metadata plus the sealed blob."""

    uuid: str
    kiosk_id: str
    event: Event
    signed_at: datetime
    key_id: str
    sealed: bytes
    kiosk_sig: bytes | None = None  # the kiosk's signature over the values above
    kiosk_key: bytes | None = None  # the kiosk's Ed25519 public key (raw), from its store


@dataclass(frozen=True, slots=True)
class StoredRow:
    """A signature still in a kiosk's database, named by its row: sheet workers read these
    themselves (see kiosk.store.sealed_rows)."""

    row_id: int
    uuid: str


@dataclass(frozen=True, slots=True)  # slots: a merge holds 100,000s of these
class OpenedSignature:
    """A signature opened with the organizer's private key (exports only)."""

    uuid: str
    kiosk_id: str
    event: Event
    record: SignerRecord
    # Opened for printing: the drawing as each stroke's values (record.strokes then only
    # says whether one was drawn).  None: the drawing is record.strokes.
    drawing: list[StrokeValues] | None = field(default=None, compare=False)

    def strokes_to_draw(self) -> list[Stroke] | list[StrokeValues]:
        return self.record.strokes if self.drawing is None else self.drawing

    def __reduce__(self) -> tuple:
        return OpenedSignature, (self.uuid, self.kiosk_id, self.event, self.record, self.drawing)


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    wait_seconds: int = 0  # > 0: the pad is locked for this long
    failures: int = 0
    weak: bool = False  # right, but set under an older, shorter rule: ask for a new one
    tries_left: int = 0  # wrong PINs still allowed before the pad pauses


@dataclass(frozen=True)
class WipeResult:
    """What "Remove exported" did. ``pin`` is the PIN check that allowed (or refused) it."""

    pin: PinCheck
    removed: int = 0
    kept: int = 0
    backups_removed: int = 0  # backup copies that held removed signatures


@dataclass(frozen=True)
class KioskStatus:
    """The console's tiles: what a volunteer (or an organizer over SSH) needs at a glance."""

    event_name: str | None
    at_event: int
    collected: int
    unexported: int
    last_export_at: datetime | None = None
    last_export_to: str = ""
    last_export_kinds: tuple[str, ...] = ()
    free_bytes: int | None = None
    battery_percent: int | None = None
    on_battery: bool | None = None


@dataclass(frozen=True)
class Drive:
    """A place an end-of-day export can go: a USB stick, an SD card, or a folder."""

    label: str
    root: Path
    size_bytes: int
    free_bytes: int
    removable: bool
    device: str = ""
