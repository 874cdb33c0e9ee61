"""What signature sheets are drawn from, without loading reportlab (the kiosk imports this at
start; the drawing code loads only when sheets are written)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.core.models import Event, OpenedSignature, SealedSignature, StoredRow

# Reads the named rows of one event from the kiosk's database; it travels to the sheet workers
# (pickled), so each reads its own rows.
RowReader = Callable[[list[StoredRow]], list[SealedSignature]]


@dataclass
class SheetGroup:
    """The signatures of one event at one kiosk: they share a page header."""

    kiosk_id: str
    event: Event
    count: int
    items: Iterable[OpenedSignature] | Iterable[SealedSignature] | Iterable[StoredRow]
    reader: RowReader | None = None  # for StoredRow items
