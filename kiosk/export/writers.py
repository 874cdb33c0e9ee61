"""The export formats as pipeline writers: each stages its files and can verify them.

The kiosk's export and the organizer's merge use these same writers; only their sources
differ (the kiosk's store, or the opened and de-duplicated records of many kiosks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.campaign import Campaign
from kiosk.core.exporting import ExportFailed
from kiosk.core.models import OpenedSignature, SealedSignature
from kiosk.export import csv_files
from kiosk.export.bundle import BUNDLE_SUFFIX, Identity, read_bundle, write_bundle
from kiosk.export.pipeline import StagedFile
from kiosk.fileio import atomic_write_bytes

# The CSV files each format name stands for.
CSV_FLAVOURS: dict[str, list[csv_files.Flavour]] = {
    "action-network": [csv_files.ACTION_NETWORK, csv_files.ACTION_NETWORK_DO_NOT_SUBSCRIBE],
    "nationbuilder": [csv_files.NATIONBUILDER],
    "mailchimp": [csv_files.MAILCHIMP],
    "csv": [csv_files.GENERIC],
}

Step = Callable[[int], None]


@dataclass
class BundleWriter:
    """The sealed bundle: records stay sealed, so no key is needed."""

    campaign_slug: str
    kiosk_id: str
    prefix: str
    items: Callable[[], Iterable[SealedSignature]]
    work: int = 0
    identity: Identity | None = None  # the kiosk's key, to sign the manifest

    def write(self, folder: Path, step: Step) -> list[StagedFile]:
        name = f"{self.prefix}{BUNDLE_SUFFIX}"
        counted = _counting(self.items(), step)
        _sha, uuids = write_bundle(
            folder / name, self.campaign_slug, self.kiosk_id, counted, self.identity
        )
        return [StagedFile(name, "bundle", tuple(uuids))]

    def verify(self, path: Path, staged: StagedFile) -> None:
        manifest, items = read_bundle(path)
        if manifest.record_count != len(staged.uuids) or tuple(i.uuid for i in items) != tuple(
            staged.uuids
        ):
            raise ExportFailed(f"{path.name}: the bundle read back differs from what was written")


@dataclass
class SheetsWriter:
    """Printable signature sheets (one file, or numbered parts for very long campaigns)."""

    campaign: Campaign
    prefix: str
    groups: Callable[[], list]  # SheetGroup list, built when writing starts
    language: str
    include_email: bool = False
    private_keys: list[X25519PrivateKey] | None = None
    work: int = 0

    def write(self, folder: Path, step: Step) -> list[StagedFile]:
        # reportlab, pikepdf and the fonts load here, not at kiosk start-up.
        from kiosk.export.pdf_sheets import write_sheets

        files = write_sheets(
            folder / f"{self.prefix}-sheets.pdf",
            self.campaign,
            self.groups(),
            language=self.language,
            include_email=self.include_email,
            progress=_as_progress(step),
            private_keys=self.private_keys,
        )
        return [
            StagedFile(
                f.path.name,
                "pdf",
                tuple(f.uuids),
                {"page_rows": f.page_rows, "read_back": f.read_back},
            )
            for f in files
        ]

    def verify(self, path: Path, staged: StagedFile) -> None:
        _verify_pdf(path, staged)


@dataclass
class BlankSheetsWriter:
    """Empty sheets in the same layout, for when a battery dies and the table goes to paper."""

    campaign: Campaign
    prefix: str
    pages: int
    language: str
    kiosk_id: str = ""
    work: int = 0

    def write(self, folder: Path, step: Step) -> list[StagedFile]:
        from kiosk.export.pdf_sheets import write_blank_sheets

        name = f"{self.prefix}-blank-sheets.pdf"
        write_blank_sheets(
            folder / name,
            self.campaign,
            self.pages,
            language=self.language,
            kiosk_id=self.kiosk_id,
        )
        return [StagedFile(name, "blank", (), {"page_rows": [0] * self.pages})]

    def verify(self, path: Path, staged: StagedFile) -> None:
        _verify_pdf(path, staged)


@dataclass
class CsvWriter:
    """Every requested CSV flavour, written in one pass over the opened records; or over rows
    rendered already (``rendered``: a merge's workers render them by ``renderer``)."""

    campaign: Campaign
    prefix: str
    flavours: list[csv_files.Flavour]
    items: Callable[[], Iterable[OpenedSignature]]
    work: int = 0
    postcodes: bool = False  # also the per-postcode count
    rendered: Callable[[], Iterable[csv_files.Rendered]] | None = None

    def renderer(self) -> csv_files.RowRenderer:
        return csv_files.RowRenderer(self.campaign, self.flavours, self.postcodes)

    def _rows(self) -> Iterable[csv_files.Rendered]:
        if self.rendered is not None:
            return self.rendered()
        render = self.renderer().render
        return (render(item) for item in self.items())

    def write(self, folder: Path, step: Step) -> list[StagedFile]:
        writers = [
            csv_files.CsvWriter(folder / f"{self.prefix}-{fl.filename}", fl, self.campaign)
            for fl in self.flavours
        ]
        held: list[list[str]] = [[] for _ in writers]
        areas: dict[tuple[str, str], int] = {}
        error: BaseException | None = None
        try:
            for n, (uuid, lines, area) in enumerate(self._rows(), 1):
                for writer, written, line in zip(writers, held, lines, strict=True):
                    if line is not None:
                        writer.add_line(line)
                        written.append(uuid)
                if area is not None:  # counted as written: one pass over the signers
                    areas[area] = areas.get(area, 0) + 1
                if n % 500 == 0:
                    step(n)
        except BaseException as exc:
            error = exc
            raise
        finally:
            for writer in writers:
                writer.close(error)
        staged = [
            StagedFile(w.path.name, w.flavour.name, tuple(uuids), {"rows": len(uuids)})
            for w, uuids in zip(writers, held, strict=True)
        ]
        if self.postcodes:
            staged.append(self._write_postcodes(folder, areas))
        return staged

    def _write_postcodes(self, folder: Path, areas: dict[tuple[str, str], int]) -> StagedFile:
        name = f"{self.prefix}-postcodes.csv"
        rows = sorted((c, z, n) for (c, z), n in areas.items())
        csv_files.write_rows(
            folder / name, ["country", "postal_code", "signatures"], rows, bom=True
        )
        return StagedFile(name, "postcodes", (), {"rows": len(rows), "bom": True})

    def verify(self, path: Path, staged: StagedFile) -> None:
        rows = csv_files.count_rows(path, staged.expected.get("bom", False))
        expected = staged.expected["rows"]
        if rows != expected:
            raise ExportFailed(f"{path.name}: {rows} rows read back, {expected} were written")


@dataclass
class TextWriter:
    """A plain UTF-8 text file (the merge report)."""

    name: str
    kind: str
    text: Callable[[], str]
    work: int = 0

    def write(self, folder: Path, step: Step) -> list[StagedFile]:
        data = self.text().encode("utf-8")
        atomic_write_bytes(folder / self.name, data)
        return [StagedFile(self.name, self.kind, (), {"data": data})]

    def verify(self, path: Path, staged: StagedFile) -> None:
        if path.read_bytes() != staged.expected["data"]:
            raise ExportFailed(f"{path.name}: the file read back differs from what was written")


def _verify_pdf(path: Path, staged: StagedFile) -> None:
    """Open the PDF and compare its pages and each page's signer rows with what was drawn;
    a part read back so while the workers drew (and unchanged since) is not read again."""
    from kiosk.export.pdf_sheets import read_back_stamp, verify_sheets

    early = staged.expected.get("read_back")
    if early is not None and early == read_back_stamp(path):
        return
    verify_sheets(path, staged.expected["page_rows"])


def _as_progress(step: Step) -> Callable[[int, int], bool]:
    def progress(done: int, _total: int) -> bool:
        step(done)  # raises ExportCancelled when the user cancelled
        return True

    return progress


def _counting(items: Iterable, step: Step, every: int = 500) -> Iterable:
    for n, item in enumerate(items, 1):
        if n % every == 0:
            step(n)
        yield item
