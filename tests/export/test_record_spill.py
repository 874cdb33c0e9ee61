"""The merge's spill: opened records set aside on disk, encrypted, and read back unchanged."""

import errno
import os
import random
from datetime import UTC, datetime

import pytest
from cryptography.exceptions import InvalidTag

from kiosk.core.exporting import ExportFailed
from kiosk.core.models import Event, OpenedSignature
from kiosk.core.record_codec import DRAWN_MARK
from kiosk.export import record_spill
from kiosk.export.dedupe import (
    IdentityIndex,
    dedupe,
    identity_hashes,
    micros,
    new_hash_key,
    signature_key,
)
from kiosk.export.record_spill import RecordSpill, SpilledRecords, pack
from tests.helpers import opened


def _spill_of(items: list[OpenedSignature]) -> RecordSpill:
    spill = RecordSpill()
    spill.add([pack(i) for i in items[:2]])
    spill.add([pack(i) for i in items[2:]])  # numbering carries on across batches
    return spill


def _file_bytes(spill: RecordSpill) -> bytes:
    handle = spill._file
    handle.seek(0)
    return handle.read()


def test_records_come_back_equal_with_their_event_times_and_drawing():
    closed = Event(
        7,
        "Campus day",
        "Hall",
        datetime(2026, 9, 20, 9, tzinfo=UTC),
        datetime(2026, 9, 20, 17, tzinfo=UTC),
        12,
        3,
    )
    drawn = opened(
        1,
        {"first_name": "Ann", "email": "ann@example.org"},
        mailing=True,
        strokes=[[(0.1, 0.2, 0.5), (0.3, 0.4, 0.6)], [(0.9, 0.9, 1.0)]],
    )
    items = [
        drawn,
        OpenedSignature(
            "id-2", "kiosk-b", closed, opened(2, {"first_name": "Олена"}, kiosk="kiosk-b").record
        ),
        opened(3, {"first_name": "Cy"}, strokes=DRAWN_MARK),
    ]
    spill = _spill_of(items)
    assert len(spill) == 3
    assert [spill.get(n) for n in (2, 0, 1)] == [items[2], items[0], items[1]]
    again = spill.get(1)
    assert again.event == closed and again.event.ends_at.tzinfo is not None
    assert spill.get(0).record.strokes == drawn.record.strokes
    assert spill.get(0).event is spill.get(2).event  # one object per event, as sheets group


def test_the_file_holds_no_signer_data_and_a_changed_byte_is_refused():
    spill = _spill_of(
        [opened(n, {"first_name": "Zenobia", "email": f"z{n}@example.org"}) for n in range(4)]
    )
    raw = _file_bytes(spill)
    assert raw and b"Zenobia" not in raw and b"example.org" not in raw
    os.pwrite(spill._file.fileno(), bytes([raw[5] ^ 1]), 5)  # inside the first record
    with pytest.raises(InvalidTag):
        spill.get(0)
    assert spill.get(1).record.fields["first_name"] == "Zenobia"


def test_closing_the_spill_closes_its_file():
    spill = _spill_of([opened(1, {"first_name": "Ann"})])
    handle = spill._file
    spill.close()
    assert handle.closed


def test_spilled_records_read_as_a_list_in_the_order_given():
    items = [opened(n, {"first_name": f"P{n}"}) for n in range(6)]
    view = SpilledRecords(_spill_of(items), [4, 0, 5])
    assert len(view) == 3 and view == [items[4], items[0], items[5]]
    assert [i.uuid for i in view] == ["id-4", "id-0", "id-5"]
    assert view[-1] == items[5] and view[1:] == [items[0], items[5]]
    assert view != [items[4]] and SpilledRecords(view.spill(), []) == []


def test_a_dropped_signer_does_not_hold_their_identities():
    # B shares A's email, so B is dropped; B's name and postcode stay free for C.
    a = opened(1, {"first_name": "Ann", "last_name": "Lee", "email": "ann@example.org"})
    b = opened(
        2,
        {
            "first_name": "Bob",
            "last_name": "Ray",
            "email": "ann@example.org",
            "postal_code": "LS1 4AP",
        },
        minutes=1,
    )
    c = opened(3, {"first_name": "Bob", "last_name": "Ray", "postal_code": "LS14AP"}, minutes=2)
    result = dedupe([c, b, a])
    assert [k.uuid for k in result.kept] == ["id-1", "id-3"]
    assert [(d.uuid, d.kept_uuid, d.reason) for d in result.dropped] == [("id-2", "id-1", "email")]


def test_the_outcome_does_not_depend_on_the_order_of_the_inputs():
    rng = random.Random(5)
    names = ["Ann", "Bob", "Cy"]
    items = [
        opened(
            n,
            {
                "first_name": rng.choice(names),
                "last_name": "Lee",
                "email": rng.choice(["", "a@example.org", "b@example.org"]),
                "postal_code": rng.choice(["", "M1 1AA"]),
            },
            minutes=rng.randrange(3),
        )
        for n in range(40)
    ]
    first = dedupe(items)
    for _ in range(5):
        rng.shuffle(items)
        again = dedupe(items)
        assert [k.uuid for k in again.kept] == [k.uuid for k in first.kept]
        assert again.dropped == first.dropped


def test_the_index_leaves_out_ids_it_is_told_to_and_hashes_by_a_key_of_its_own():
    items = [
        opened(1, {"email": "ann@example.org"}),
        opened(2, {"email": "ann@example.org"}, minutes=1),
    ]
    key = new_hash_key()
    index = IdentityIndex()
    for item in items:
        signature = signature_key(item.uuid)
        index.add(signature, micros(item.record.signed_at), *identity_hashes(item, key))
    # id-1 arrived with two contents
    kept, dropped = index.decide(lambda n: items[n].uuid, {signature_key("id-1")})
    assert list(kept) == [1] and dropped == []
    assert identity_hashes(items[0], key) != identity_hashes(items[0], new_hash_key())
    assert identity_hashes(opened(3, {"first_name": "No", "last_name": "Email"}), key) == (0, 0)


class _FullDisk:
    """A temporary file on a disk with no space left."""

    def __init__(self, *args, **kwargs):
        self.closed = False

    def seek(self, *args):
        return 0

    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self):
        self.closed = True


def test_a_full_disk_stops_the_spill_in_words_naming_the_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(record_spill.tempfile, "TemporaryFile", _FullDisk)
    spill = RecordSpill(tmp_path)
    with pytest.raises(
        ExportFailed, match=r"could not be written \(No space left on device\)"
    ) as e:
        spill.add([pack(opened(1, {"first_name": "Ann"}))])
    assert f"working file in {tmp_path} " in str(e.value)
    assert len(spill) == 0  # nothing counted that was not written
    spill.close()


def test_a_merge_sets_its_records_aside_in_the_working_folder(
    kiosk, tmp_path, organizer_key, monkeypatch
):
    from kiosk.core.exporting import ExportRequest
    from kiosk.core.models import SignatureDraft
    from kiosk.services.merging import merge

    kiosk.signing.sign(SignatureDraft({"first_name": "Ann", "last_name": "Lee"}, True, False))
    bundle = kiosk.exports.export(ExportRequest(tmp_path, formats=("bundle",))).files[0].path
    work = tmp_path / "work"
    monkeypatch.setenv("PETITION_KIOSK_WORK_DIR", str(work))
    work.mkdir()
    folders = []
    real = record_spill.tempfile.TemporaryFile

    def spy(*args, **kwargs):
        folders.append(kwargs.get("dir"))
        return real(*args, **kwargs)

    monkeypatch.setattr(record_spill.tempfile, "TemporaryFile", spy)
    out = tmp_path / "merged"
    out.mkdir()
    report = merge(
        [bundle], out, kiosk.campaign, [organizer_key], formats=("csv",),
        accept_unknown_kiosks=True,
    )  # fmt: skip
    assert folders == [work] and len(report.result.kept) == 1
    assert list(work.iterdir()) == []  # nothing named there, even while the report lives


def test_a_merge_on_a_full_disk_says_so_and_writes_nothing(
    kiosk, tmp_path, organizer_key, monkeypatch
):
    from kiosk.core.exporting import ExportRequest
    from kiosk.core.models import SignatureDraft
    from kiosk.services.merging import merge

    kiosk.signing.sign(SignatureDraft({"first_name": "Ann", "last_name": "Lee"}, True, False))
    bundle = kiosk.exports.export(ExportRequest(tmp_path, formats=("bundle",))).files[0].path
    monkeypatch.setattr(record_spill.tempfile, "TemporaryFile", _FullDisk)
    out = tmp_path / "merged"
    out.mkdir()
    with pytest.raises(ExportFailed, match="free some space there and merge again"):
        merge(
            [bundle],
            out,
            kiosk.campaign,
            [organizer_key],
            formats=("csv",),
            accept_unknown_kiosks=True,
        )
    assert list(out.iterdir()) == []


def test_records_read_back_where_there_is_no_pread(monkeypatch):
    """Windows has no os.pread: the spill seeks and reads instead."""
    items = [opened(n, {"first_name": f"P{n}"}) for n in range(5)]
    spill = _spill_of(items)
    monkeypatch.delattr(record_spill.os, "pread")
    assert [spill.get(n) for n in (4, 1, 3)] == [items[4], items[1], items[3]]
