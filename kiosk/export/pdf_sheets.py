"""Writing signature sheets: pages are drawn in chunks, in parallel, and joined.

ReportLab keeps every page's content in memory until ``save()``, and drawing is CPU-bound.
So the records are opened here, one at a time, cut into chunks of pages (page numbers are
known up front from the counts), each chunk is drawn to its own PDF by a worker process, and
the chunks are joined in order with qpdf (pikepdf).  Memory stays flat however many
signatures there are, and every core helps.  Chunks live in a hidden folder beside the
destination (they hold what the final PDF holds) and are removed whatever happens.

Workers never outlive the export: a failure or a cancel terminates them at once, and each
worker watches the kiosk process and exits when it is gone (even after a SIGKILL).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import BinaryIO, cast

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.campaign import Campaign
from kiosk.core.exporting import ExportCancelled, ExportFailed, Progress, no_progress
from kiosk.export.opening import raw_private_bytes
from kiosk.export.pdf_layout import (
    GREY,
    HEADER_ROW_H,
    MARGIN,
    REGULAR,
    ROW_H,
    ROW_MARK,
    SheetLayout,
    new_canvas,
)
from kiosk.export.sheet_groups import SheetGroup
from kiosk.export.sheet_worker import PageSpec, layout_for, render_chunk
from kiosk.export.worker_pool import shut_down as worker_pool_shut_down
from kiosk.export.worker_pool import worker_pool
from kiosk.fileio import atomic_writer

__all__ = [
    "SheetGroup",
    "SheetLayout",
    "read_back_stamp",
    "verify_sheets",
    "write_blank_sheets",
    "write_sheets",
]


def _join(chunks: list[Path], path: Path, title: str) -> None:
    import pikepdf  # loaded when the first file is joined, often after the workers are gone

    with atomic_writer(path) as handle:
        if len(chunks) == 1:
            handle.write(chunks[0].read_bytes())
            return
        sources = [pikepdf.open(chunk) for chunk in chunks]
        try:
            with pikepdf.Pdf.new() as joined:
                for source in sources:
                    joined.pages.extend(source.pages)
                joined.docinfo["/Title"] = title
                joined.docinfo["/Creator"] = "Petition Kiosk"
                # The chunks' streams are compressed already: copied as they are, not
                # decoded and compressed again (qpdf's default, ten times slower).
                joined.save(
                    cast(BinaryIO, handle),
                    compress_streams=False,
                    stream_decode_level=pikepdf.StreamDecodeLevel.none,
                )
        finally:
            for source in sources:
                source.close()


@dataclass
class _Part:
    """One output file in the making: its chunks, and what the ledger and the check need."""

    chunks: list[Path] = field(default_factory=list)
    uuids: list[str] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # signer rows on each page
    outstanding: int = 0  # chunks still being drawn


def _worker_count(pages: int, chunk_pages: int) -> int:
    if pages <= chunk_pages:
        return 0  # one chunk: drawing in this process is quicker than starting a worker
    return max(1, min(os.cpu_count() or 1, 4))


@dataclass
class SheetFile:
    path: Path
    pages: int
    uuids: list[str]  # the signatures printed in this file, for the export ledger
    page_rows: list[int] = field(default_factory=list)  # signer rows on each page
    read_back: tuple[int, int] | None = None  # (size, mtime_ns) when verify_sheets passed


def read_back_stamp(path: Path) -> tuple[int, int]:
    """What tells a file read back earlier from one changed since."""
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def verify_sheets(path: Path, page_rows: list[int]) -> None:
    """Open a written sheet file and check its page count and the signer rows on every page
    (each row is wrapped in a marked-content tag, counted in the page's content)."""
    import pikepdf

    mark = ROW_MARK.encode("ascii") + b" BMC"
    try:
        with pikepdf.open(path) as pdf:
            if len(pdf.pages) != len(page_rows):
                raise ExportFailed(
                    f"{path.name}: {len(pdf.pages)} pages read back, {len(page_rows)} written"
                )
            for number, (page, expected) in enumerate(zip(pdf.pages, page_rows, strict=True), 1):
                found = sum(
                    stream.read_bytes().count(mark)
                    for stream in _content_streams(page.obj.get("/Contents"))
                )
                if found != expected:
                    raise ExportFailed(
                        f"{path.name}: page {number} holds {found} rows, {expected} were written"
                    )
    except pikepdf.PdfError:
        raise ExportFailed(f"{path.name}: the PDF cannot be read back (damaged?)") from None


def _content_streams(contents) -> list:
    import pikepdf

    if contents is None:
        return []
    if isinstance(contents, pikepdf.Array):
        return list(contents)
    return [contents]


def part_paths(path: Path, parts: int) -> list[Path]:
    if parts == 1:
        return [path]
    return [
        path.with_name(f"{path.stem}-part-{i:02d}-of-{parts:02d}{path.suffix}")
        for i in range(1, parts + 1)
    ]


def write_sheets(
    path: Path,
    campaign: Campaign,
    groups: list[SheetGroup],
    *,
    language: str,
    include_email: bool = False,
    progress: Progress = no_progress,
    chunk_pages: int = 60,
    pages_per_file: int = 1500,
    private_keys: list[X25519PrivateKey] | None = None,
) -> list[SheetFile]:
    """Write signature sheets; rows stream from ``groups``, opened or still sealed (then
    ``private_keys`` opens them in the workers).

    Over ``pages_per_file`` pages the sheets go to numbered part files (page numbers run on
    across them): joining costs memory per page, and parts keep it flat and print easier."""
    layout = layout_for(campaign, language, include_email)
    pages_total = sum(layout.pages_for(g.count) for g in groups) if groups else 1
    workers = _worker_count(pages_total, chunk_pages)
    if workers:  # equal chunks, a multiple of the workers: none draws alone at the end
        rounds = -(-pages_total // (workers * chunk_pages))
        chunk_pages = -(-pages_total // (workers * rounds))
    pages_per_file = max(chunk_pages, pages_per_file - pages_per_file % chunk_pages)
    targets = part_paths(path, -(-pages_total // pages_per_file))
    total = sum(g.count for g in groups)
    folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    pool: Pool | None = worker_pool(workers) if workers else None
    files: list[SheetFile] = []
    part = _Part()
    closed: deque[_Part] = deque()  # parts wholly submitted, joined once their chunks are in
    pending: deque[tuple[_Part, AsyncResult[int]]] = deque()
    unopened = 0
    raw_keys = raw_private_bytes(private_keys or [])
    batch: list[PageSpec] = []
    page = done = 0

    def collect() -> None:
        nonlocal unopened
        owner, result = pending.popleft()
        unopened += result.get()
        owner.outstanding -= 1

    def submit() -> None:
        nonlocal batch, unopened, part
        chunk = folder / f"{page:07d}.pdf"
        part.chunks.append(chunk)
        args = (chunk, campaign, language, include_email, pages_total, batch, raw_keys)
        if pool is None:
            unopened += render_chunk(*args)
        else:
            part.outstanding += 1
            pending.append((part, pool.apply_async(render_chunk, args)))
            while len(pending) > workers:  # bounded: memory stays flat
                collect()
        batch = []
        if page % pages_per_file == 0 or page == pages_total:
            closed.append(part)
            part = _Part()
        join_ready()

    def join_ready() -> None:
        """Join each closed part whose chunks are all drawn, while the workers go on with the
        next part's pages (they used to wait, idle, for every join)."""
        while closed and closed[0].outstanding == 0:
            finished = closed.popleft()
            if unopened:
                raise ExportFailed(
                    f"{unopened} signatures could not be opened, so the sheets "
                    "would be incomplete; run 'petition-kiosk check'."
                )
            target = targets[len(files)]
            _join(finished.chunks, target, layout.title)
            # Read back now, while the workers draw the next part, not at the end.
            verify_sheets(target, finished.rows)
            files.append(
                SheetFile(
                    target, len(finished.rows), finished.uuids, finished.rows,
                    read_back_stamp(target),
                )
            )  # fmt: skip
            for chunk in finished.chunks:
                chunk.unlink()

    def add_page(group: SheetGroup | None, first: int, rows: list) -> None:
        nonlocal page
        page += 1
        batch.append(
            PageSpec(
                group.kiosk_id if group else "",
                group.event if group else None,
                page,
                first,
                rows,
                group.reader if group else None,
            )
        )
        part.uuids.extend(item.uuid for item in rows)
        part.rows.append(len(rows))
        if len(batch) == chunk_pages or page == pages_total:
            submit()

    try:
        for group in groups:
            rows: list = []
            number = 1
            for item in group.items:
                rows.append(item)
                if len(rows) == layout.rows_per_page:
                    add_page(group, number, rows)
                    number += len(rows)
                    done += len(rows)
                    rows = []
                    if not progress(done, total):
                        raise ExportCancelled()
            if rows or number == 1:
                add_page(group, number, rows)
                done += len(rows)
        if not groups:
            add_page(None, 1, [])
        while pending:
            collect()
        if pool is not None:  # done drawing: the workers and their server go before the join
            pool.close()
            pool.join()
            worker_pool_shut_down()
        join_ready()
        if done != total:  # a source yielded fewer records than it counted
            raise ExportFailed(
                "some signatures could not be opened, so the sheets would be "
                "incomplete; run 'petition-kiosk check' and ask an organizer."
            )
    except BaseException:
        if pool is not None:
            pool.terminate()  # a failed or cancelled export stops drawing at once
        for written in files:
            written.path.unlink(missing_ok=True)
        raise
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        shutil.rmtree(folder, ignore_errors=True)
    progress(total, total)
    return files


def write_blank_sheets(
    path: Path, campaign: Campaign, pages: int, *, language: str, kiosk_id: str = ""
) -> int:
    """Empty sheets in the same layout, for when the table goes back to paper."""
    layout = layout_for(campaign, language, True)
    with atomic_writer(path) as handle:
        canvas = new_canvas(handle, layout.title)
        layout.begin(canvas)
        for page in range(1, pages + 1):
            layout.page_furniture(canvas, kiosk_id, None, page, pages, None)
            canvas.setFont(REGULAR, 8)
            canvas.setFillColor(GREY)
            for row in range(layout.rows_per_page):
                base = layout.table_top - HEADER_ROW_H - (row + 1) * ROW_H
                canvas.drawString(
                    MARGIN + 3,
                    base + ROW_H / 2 - 3,
                    str((page - 1) * layout.rows_per_page + row + 1),
                )
            canvas.showPage()
        canvas.save()
    return pages
