"""Plain dataclasses that flow between the UI, the services and the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# A drawn signature: strokes of (x, y, pressure) points, y downwards, both divided by the pad's
# width (so x is 0..1 and y is 0..height/width: the drawing keeps its proportions).
Point = tuple[float, float, float]
Stroke = list[Point]


@dataclass
class SignatureDraft:
    """What an attendee entered, before validation. Lives only in memory."""

    fields: dict[str, str]
    consent_sign: bool
    consent_mailing: bool
    strokes: list[Stroke] = field(default_factory=list)
    language: str = "en"


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Receipt:
    """Returned only after the durable commit: proof that a signature was taken."""

    signature_id: str
    event_id: int
    signed_at: datetime
    event_count: int
    total_count: int


@dataclass(frozen=True)
class Event:
    id: int
    name: str
    place: str
    starts_at: datetime
    ends_at: datetime | None
    signature_count: int = 0

    @property
    def is_open(self) -> bool:
        return self.ends_at is None
