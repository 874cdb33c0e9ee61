"""What signature sheets are drawn from, without loading reportlab (the kiosk imports this at
start; the drawing code loads only when sheets are written)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.core.models import Event, OpenedSignature, SealedSignature


@dataclass
class SheetGroup:
    """The signatures of one event at one kiosk: they share a page header."""

    kiosk_id: str
    event: Event
    count: int
    items: Iterable[OpenedSignature] | Iterable[SealedSignature]
