"""Merging the output of many kiosks: bundles and database files in, one campaign out.

Inputs are read through the same opener as the kiosk's own exports, and the merged files go
through the same writers and pipeline: verified, and delivered all together or not at all.
"""

from __future__ import annotations

import functools
import gc
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ParamSpec, TypeVar

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.campaign import Campaign
from kiosk.core.exporting import MERGE_FORMATS, ExportFailed, Progress, no_progress
from kiosk.core.models import Event, OpenedSignature, SealedSignature
from kiosk.crypto import key_id
from kiosk.export.bundle import RecordBatch, read_bundle_batches
from kiosk.export.csv_files import RowRenderer
from kiosk.export.dedupe import DedupeResult, IdentityIndex, new_hash_key
from kiosk.export.opening import OpenStats, PackedBatch, open_in_parallel
from kiosk.export.pipeline import ExportRun, ExportWriter
from kiosk.export.record_spill import RecordSpill, SpilledRecords
from kiosk.export.sheet_groups import SheetGroup
from kiosk.export.writers import CSV_FLAVOURS, CsvWriter, SheetsWriter, TextWriter
from kiosk.services.trust import KioskRegistry, TrustCheck, TrustReport
from kiosk.settings import working_dir
from kiosk.store.errors import StoreRefused

log = logging.getLogger(__name__)

_P = ParamSpec("_P")
_R = TypeVar("_R")


def without_gc_sweeps(run: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run with Python's cycle collector paused.  A merge builds 100,000s of records (a
    million objects, none in a cycle), and every full sweep walked them all again: 0.4 s of
    a 100-kiosk merge.  Reference counting still frees everything else as it goes."""

    @functools.wraps(run)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():  # paused already, by the caller
            return run(*args, **kwargs)
        gc.disable()
        try:
            return run(*args, **kwargs)
        finally:
            gc.enable()

    return paused


@dataclass
class MergeReport:
    inputs: list[tuple[str, int]] = field(default_factory=list)  # (file name, records)
    stats: OpenStats = field(default_factory=OpenStats)
    result: DedupeResult = field(default_factory=DedupeResult)
    files: list[Path] = field(default_factory=list)
    trust: TrustReport = field(default_factory=TrustReport)

    def lines(self) -> list[str]:
        out = [f"input {name}: {count} sealed signatures" for name, count in self.inputs]
        out += self.trust.lines()
        out.append(
            f"opened: {self.stats.opened}; sealed to another key: "
            f"{self.stats.other_key}; damaged: {self.stats.damaged}"
            + (f"; from a newer version: {self.stats.newer}" if self.stats.newer else "")
        )
        reasons: dict[str, int] = {}
        for dropped in self.result.dropped:
            reasons[dropped.reason] = reasons.get(dropped.reason, 0) + 1
        out.append(
            f"kept: {len(self.result.kept)}; dropped as duplicates: "
            f"{len(self.result.dropped)}"
            + (
                f" ({', '.join(f'{n} by {r}' for r, n in sorted(reasons.items()))})"
                if reasons
                else ""
            )
        )
        out.extend(f"wrote {path.name}" for path in self.files)
        return out

    def text(self) -> str:
        lines = [*self.lines(), "", "dropped (signature id, kept signature id, matched by):"]
        lines += [f"{d.uuid}\t{d.kept_uuid}\t{d.reason}" for d in self.result.dropped]
        return "\n".join(lines) + "\n"


def _read_database(path: Path, campaign: Campaign) -> Iterator[SealedSignature]:
    """A kiosk database's records, row by row (never all in memory), read-only."""
    # The ORM loads only for database inputs: a merge of bundles is 20 MB lighter without it.
    from kiosk.store import repository as repo
    from kiosk.store.readonly import open_read_only

    try:
        with open_read_only(path) as session:
            slug = repo.get_meta(session, "campaign")
            if slug and slug != campaign.slug:
                raise ExportFailed(
                    f"{path} holds signatures for campaign '{slug}', not '{campaign.slug}'"
                )
            yield from repo.iter_sealed(session)
    except StoreRefused as exc:
        # The store's refusals are written for a kiosk starting up ("choose another data
        # folder"); for a merge input only the first sentence, what is wrong, applies.
        reason = str(exc).split(". ")[0].rstrip(".")
        raise ExportFailed(f"{reason}; it cannot be merged.") from None
    except (KeyError, ValueError, TypeError) as exc:  # a row pointing nowhere, a bad time
        raise ExportFailed(
            f"{path.name}: a signature row is malformed ({type(exc).__name__}); "
            "not a database this version wrote"
        ) from None


def read_inputs(
    paths: list[Path], campaign: Campaign, report: MergeReport, trust: TrustCheck | None = None
) -> Iterator[SealedSignature | RecordBatch]:
    """Every record of every input that passes ``trust`` (its kiosk's signature, a
    registered kiosk), and every batch of a bundle's stored records whose kiosk it admits
    (parsed where they are opened); what it leaves out is counted in ``trust.report``."""
    for path in paths:
        for item, vouched_by in _records(path, campaign, report):
            if trust is None:
                yield item
            elif isinstance(item, RecordBatch):
                if trust.admit_batch(item):
                    yield item
            elif trust.admit(item, path.name, vouched_by):
                yield item


def _records(
    path: Path, campaign: Campaign, report: MergeReport
) -> Iterator[tuple[SealedSignature | RecordBatch, bytes | None]]:
    """Each record, with the kiosk key whose signed manifest vouches for it; a bundle's
    records come as batches of stored records, which that manifest vouches for."""
    if not path.is_file():
        raise ExportFailed(f"{path}: file not found")
    with path.open("rb") as handle:
        is_zip = handle.read(4) == b"PK\x03\x04"
    if is_zip:
        manifest, batches = read_bundle_batches(path)
        if manifest.campaign != campaign.slug:
            raise ExportFailed(
                f"{path} is a bundle for campaign '{manifest.campaign}', not '{campaign.slug}'"
            )
        if not manifest.signed:
            raise ExportFailed(
                f"{path.name}: the manifest is not signed by the kiosk it names "
                "(forged, altered, or from a version before kiosks signed bundles)"
            )
        report.inputs.append((path.name, manifest.record_count))
        for batch in batches:
            yield batch, manifest.kiosk_key
    else:
        count = 0
        for count, row in enumerate(_read_database(path, campaign), 1):  # noqa: B007
            yield row, None
        report.inputs.append((path.name, count))


def _subset(kept: Sequence[OpenedSignature], positions: list[int]) -> Sequence[OpenedSignature]:
    if isinstance(kept, SpilledRecords):
        numbers = kept.numbers()
        return SpilledRecords(kept.spill(), [numbers[p] for p in positions])
    return [kept[p] for p in positions]


def _sheet_groups(kept: Sequence[OpenedSignature]) -> list[SheetGroup]:
    """One group per event at each kiosk, holding the places of its records in ``kept``
    (read again, one at a time, as the group's pages are drawn)."""
    groups: dict[tuple[str, tuple], tuple[Event, list[int]]] = {}
    for position, item in enumerate(kept):
        key = (item.kiosk_id, item.event.identity)
        groups.setdefault(key, (item.event, []))[1].append(position)
    ordered = sorted(groups.items(), key=lambda g: (g[1][0].starts_at, g[0][0]))
    return [
        SheetGroup(kiosk, event, len(positions), _subset(kept, positions))
        for (kiosk, _), (event, positions) in ordered
    ]


def _set_aside(opened: Iterable[PackedBatch], spill: RecordSpill, index: IdentityIndex) -> None:
    """Every opened record into the spill, and what de-duplication needs of it into the
    index (the two number records alike)."""
    for batch in opened:
        spill.add(batch.entries)
        index.extend(batch.ids, batch.times, batch.emails, batch.names)


@without_gc_sweeps
def collect(
    paths: list[Path],
    campaign: Campaign,
    private_keys: list[X25519PrivateKey],
    keep_strokes: bool = False,
    *,
    registry: KioskRegistry | None = None,
    accept_unknown_kiosks: bool = False,
    allow_unreadable: bool = False,
    renderer: RowRenderer | None = None,
) -> MergeReport:
    """Check, open (on every core) and de-duplicate every input, keeping the earliest; merge
    and push share this.  Drawings are kept only for sheets: they are most of a record.
    The records wait in an encrypted spill file (``report.result.kept`` reads them from it),
    so memory holds only an index of them; with ``renderer``, their CSV lines wait there too.

    Raises ExportFailed when a record is not signed by its kiosk, or (unless
    ``allow_unreadable``) when records are sealed to an organizer key not given."""
    report = MergeReport()
    key_ids = {key_id(k.public_key()) for k in private_keys}
    trust = TrustCheck(registry, key_ids, accept_unknown_kiosks)
    report.trust = trust.report
    sealed = read_inputs(paths, campaign, report, trust)
    # Every opened record is re-checked as the kiosk checks a signer: anyone holding the
    # public key can seal anything (a name of millions of characters, say).
    hash_key = new_hash_key()
    opened = open_in_parallel(
        sealed,
        private_keys,
        report.stats,
        keep_strokes=keep_strokes,
        fields=campaign.fields,
        on_batch=trust.batch_opened,
        hash_key=hash_key,
        renderer=renderer,
    )
    spill, index = RecordSpill(working_dir()), IdentityIndex()
    try:  # whatever stops the merge closes the spill (its file goes with it)
        _set_aside(opened, spill, index)
        if trust.malformed is not None:  # a bundle's record, found by the worker that parsed it
            raise trust.malformed
        # An id that arrived with two contents: neither copy is kept (nor replaces a signer).
        conflicts = trust.conflicting_keys()
        if conflicts:
            named = index.numbers_of(conflicts)
            trust.name_conflicts(conflicts, {key: spill.uuid(n) for key, n in named.items()})
        kept, dropped = index.decide(spill.uuid, conflicts)
        del index  # before the writers start: the result needs only the kept numbers
        report.result = DedupeResult(SpilledRecords(spill, kept), dropped)
        _refuse_untrusted(trust, allow_unreadable)
    except BaseException:
        spill.close()
        raise
    return report


def _refuse_untrusted(trust: TrustCheck, allow_unreadable: bool) -> None:
    if trust.report.forged:
        raise ExportFailed(
            "; ".join(trust.report.lines()[: len(trust.report.forged)]) + ": refused"
        )
    if trust.report.unreadable and not allow_unreadable:
        raise ExportFailed(
            "; ".join(
                f"{name}: {n:,} record(s) sealed to an organizer key not given"
                for name, n in trust.report.unreadable.items()
            )
            + " (give every --key, or --allow-unreadable)"
        )


@without_gc_sweeps
def merge(
    paths: list[Path],
    out_dir: Path,
    campaign: Campaign,
    private_keys: list[X25519PrivateKey],
    *,
    formats: tuple[str, ...] = MERGE_FORMATS,
    language: str = "en",
    include_email: bool = False,
    progress: Progress = no_progress,
    **trust,
) -> MergeReport:
    """Open every input, drop duplicates (keeping the earliest), write the campaign's outputs.

    Opened records (without their drawings unless sheets are asked for) wait in the
    encrypted spill of ``collect`` until the writers read them, earliest first."""
    unknown = set(formats) - set(MERGE_FORMATS)
    if unknown:
        raise ExportFailed(f"merge cannot write: {', '.join(sorted(unknown))}")
    flavours = [fl for name in formats for fl in CSV_FLAVOURS.get(name, [])]
    renderer = None
    if flavours or "postcodes" in formats:  # the workers render the rows as they open them
        renderer = RowRenderer(campaign, flavours, "postcodes" in formats)
    report = collect(paths, campaign, private_keys, "pdf" in formats, renderer=renderer, **trust)
    names = ", ".join(p.name for p in paths[:3]) + (" …" if len(paths) > 3 else "")
    if report.stats.newer:  # before "damaged": an organizer behind their kiosks, not a forger
        raise ExportFailed(
            f"{names}: {report.stats.newer:,} sealed record(s) were written by a newer "
            "Petition Kiosk than this one: update it and merge again; nothing was written"
        )
    if report.stats.damaged:
        raise ExportFailed(
            f"{names}: {report.stats.damaged:,} sealed record(s) are damaged or not valid "
            "signatures (forged?); nothing was written"
        )
    kept = report.result.kept
    prefix = f"{campaign.slug}-merged"
    writers: list[ExportWriter] = []
    if "pdf" in formats:
        writers.append(
            SheetsWriter(
                campaign,
                prefix,
                lambda: _sheet_groups(kept),
                language,
                include_email,
                work=len(kept),
            )
        )
    if renderer is not None:
        writers.append(
            CsvWriter(
                campaign,
                prefix,
                renderer.flavours,
                lambda: kept,
                len(kept),
                renderer.postcodes,
                # The lines the workers rendered; records from elsewhere render here.
                rendered=kept.rendered if isinstance(kept, SpilledRecords) else None,
            )
        )
    writers.append(TextWriter(f"{prefix}-report.txt", "report", report.text))
    with ExportRun(out_dir, writers, None, progress) as run:
        delivered = run.run()
    report.files = [d.path for d in delivered]
    log.info(
        "merged %s inputs: %s kept, %s dropped", len(paths), len(kept), len(report.result.dropped)
    )
    return report
