"""Bundle records, version 2 (framed binary) and version 1 (JSON lines), one at a time."""

import io
import json
import os
from datetime import UTC, datetime

import pytest

from kiosk.core.models import Event, SealedSignature
from kiosk.export import bundle_records as br
from tests import bundle_parts

EVENT = Event(0, "Campus", "Leeds", datetime(2026, 3, 1, 9, tzinfo=UTC), None)
EVENTS = {0: EVENT}


def _item(sealed: bytes = b"\n\x00" + os.urandom(3000)) -> SealedSignature:
    return SealedSignature(
        "3f1c-id", "kiosk-1", EVENT, datetime(2026, 3, 1, 10, tzinfo=UTC), "key-1",
        sealed, b"s" * 64, b"k" * 32,
    )  # fmt: skip


def test_a_frame_holds_the_sealed_bytes_as_they_are_and_reads_back_whole():
    item = _item()  # sealed bytes with a newline and a zero byte in them
    data = br.frame(item, 0)
    assert item.sealed in data and len(data) < len(item.sealed) + 250  # no base64
    (split,) = br.frames(io.BytesIO(data))
    assert split == data
    assert br.parse_frame(data, EVENTS, 1, b"k" * 32) == item


def test_the_same_record_as_a_version_1_line_reads_the_same():
    item = _item()
    line = bundle_parts.as_line(br.frame(item, 0))
    (split,) = br.lines(io.BytesIO(line))
    assert br.parse_line(split, EVENTS, 1, b"k" * 32) == item


@pytest.mark.parametrize("event", [[], [0], True, "0", 99, None, 1.0])
def test_an_event_is_named_by_its_number_only(event):
    data = bundle_parts.with_head(br.frame(_item(), 0), event=event)
    with pytest.raises(br.BundleError, match="record 7 names an event"):
        br.parse_frame(data, {0: EVENT, 1: EVENT}, 7, None)


def test_broken_frames_are_refused_in_words():
    data = br.frame(_item(), 0)
    with pytest.raises(br.BundleError, match="ends inside a record"):
        list(br.frames(io.BytesIO(data + data[:-1])))
    with pytest.raises(br.BundleError, match="ends inside a record"):
        list(br.frames(io.BytesIO(data + b"\x00\x00")))
    huge = io.BytesIO((br.MAX_RECORD + 1).to_bytes(4, "big") + b"x" * 100)
    with pytest.raises(br.BundleError, match="far too long"):
        list(br.frames(huge))
    head = json.dumps(bundle_parts.head(data)).encode()
    for body in (head, head + b"\n", head + b"\n" + b"x" * (br.MAX_SEALED + 1)):
        with pytest.raises(br.BundleError, match="sealed data is missing or too long"):
            br.parse_frame(bundle_parts.framed(body), EVENTS, 3, None)
    with pytest.raises(br.BundleError, match="record 3 is not JSON"):
        br.parse_frame(bundle_parts.framed(b"{\xff\nsealed"), EVENTS, 3, None)


@pytest.mark.parametrize(("run", "block"), [(1, 1 << 20), (3, 1 << 20), (4, 5000), (500, 777)])
def test_runs_of_frames_split_back_into_the_frames_read_one_by_one(run, block):
    written = [br.frame(_item(b"\n" + os.urandom(n * 37)), 0) for n in range(11)]
    data = b"".join(written)
    runs = list(br.frame_runs(io.BytesIO(data), run, block))
    assert [count for _, count in runs] == [min(run, 11 - i) for i in range(0, 11, run)]
    assert b"".join(chunk for chunk, _ in runs) == data  # hashed as stored
    assert [f for chunk, _ in runs for f in br.split_frames(chunk)] == written
    assert list(br.frames(io.BytesIO(data), block)) == written


def test_broken_runs_are_refused_as_single_frames_are():
    data = br.frame(_item(), 0)
    for broken in (data + data[:-1], data + b"\x00\x00"):
        with pytest.raises(br.BundleError, match="ends inside a record"):
            list(br.frame_runs(io.BytesIO(broken), 10, 1000))
    huge = io.BytesIO(data + (br.MAX_RECORD + 1).to_bytes(4, "big") + b"x" * 100)
    with pytest.raises(br.BundleError, match="far too long"):
        list(br.frame_runs(huge, 10))


def test_a_bundle_from_a_newer_version_says_to_update(tmp_path):
    from kiosk.core.exporting import ExportFailed
    from kiosk.export.bundle import read_bundle, write_bundle

    bundle = tmp_path / "k.pkbundle"
    write_bundle(bundle, "campaign", "kiosk-1", [_item()])
    manifest, records = bundle_parts.parts(bundle)
    newer = bundle_parts.write(tmp_path / "newer.pkbundle", manifest, b"".join(records), version=3)
    with pytest.raises(ExportFailed, match=r"newer\.pkbundle: .*version 3.* update this one"):
        read_bundle(newer)
    for odd_version in ("2", 2.0, True):
        odd = bundle_parts.write(
            tmp_path / "odd.pkbundle", manifest, b"".join(records), version=odd_version
        )
        with pytest.raises(ExportFailed, match=r"version .* is not supported$"):
            read_bundle(odd)
