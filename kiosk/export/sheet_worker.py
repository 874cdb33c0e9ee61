"""Drawing one chunk of signature-sheet pages to its own PDF, in a worker process."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.campaign import Campaign
from kiosk.core.models import Event, OpenedSignature, SealedSignature, StoredRow
from kiosk.export.opening import OpenStats, open_signatures
from kiosk.export.pdf_layout import SheetLayout, new_canvas
from kiosk.export.sheet_groups import RowReader


@dataclass(frozen=True)
class PageSpec:
    kiosk_id: str
    event: Event | None
    page: int
    first_number: int
    rows: list[OpenedSignature] | list[SealedSignature] | list[StoredRow]
    reader: RowReader | None = None  # reads StoredRow rows from the database


_LAYOUTS: dict[tuple, SheetLayout] = {}


def layout_for(campaign: Campaign, language: str, include_email: bool) -> SheetLayout:
    """One layout per campaign and language in each process (fonts, wrapped statement)."""
    key = (campaign.folder, campaign.slug, language, include_email)
    if key not in _LAYOUTS:
        _LAYOUTS[key] = SheetLayout(campaign, language, include_email)
    return _LAYOUTS[key]


def _opened(rows: list, keys: list[X25519PrivateKey], stats: OpenStats) -> list[OpenedSignature]:
    if not rows or isinstance(rows[0], OpenedSignature):
        return rows
    return list(open_signatures(rows, keys, stats, for_print=True))


def _read_rows(pages: list[PageSpec], stats: OpenStats) -> list[list]:
    """Each page's rows, with StoredRow pages read from the database in one pass per reader;
    a row gone or changed since it was listed counts as damaged."""
    wanted: dict[RowReader, list[StoredRow]] = {}
    for spec in pages:
        if spec.reader is not None:
            wanted.setdefault(spec.reader, []).extend(spec.rows)  # type: ignore[arg-type]
    read = {
        row.uuid: row for reader, refs in wanted.items() for row in reader(refs)
    }  # fmt: skip
    out = []
    for spec in pages:
        if spec.reader is None:
            out.append(spec.rows)
            continue
        rows = [read[ref.uuid] for ref in spec.rows if ref.uuid in read]  # type: ignore[union-attr]
        stats.damaged += len(spec.rows) - len(rows)
        out.append(rows)
    return out


def render_chunk(
    path: Path,
    campaign: Campaign,
    language: str,
    include_email: bool,
    pages_total: int,
    pages: list[PageSpec],
    raw_keys: list[bytes],
) -> int:
    """Draw some pages to their own PDF.

    Sealed rows are opened here, so decryption runs on every core too; the keys arrive as raw
    bytes through the worker's pipe and live only in its memory.  Returns how many rows could
    not be opened (the caller refuses to deliver short sheets)."""
    layout = layout_for(campaign, language, include_email)
    keys = [X25519PrivateKey.from_private_bytes(raw) for raw in raw_keys]
    stats = OpenStats()
    canvas = new_canvas(str(path), layout.title)
    layout.begin(canvas)
    for spec, page_rows in zip(pages, _read_rows(pages, stats), strict=True):
        rows = _opened(page_rows, keys, stats)
        layout.page_furniture(canvas, spec.kiosk_id, spec.event, spec.page, pages_total, len(rows))
        for index, item in enumerate(rows):
            layout.draw_row(canvas, index, spec.first_number + index, item)
        canvas.showPage()
    canvas.save()
    return stats.damaged + stats.other_key + stats.newer
