import json
import math
import struct
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import crypto
from kiosk.core.models import SignerRecord
from kiosk.core.record_codec import (
    SIZE_CLASS,
    NewerRecord,
    decode_record,
    encode_drawing,
    encode_record,
    padded_size,
)


def _record(name="Борис") -> SignerRecord:
    return SignerRecord(
        fields={"first_name": name, "last_name": "O'Brien"},
        consent_sign=True,
        consent_mailing=True,
        privacy_notice_version="v1",
        strokes=[[(0.1, 0.2, 0.5), (0.3, 0.4, 0.6)]],
        language="ru",
        signed_at=datetime(2026, 11, 27, 12, 0, tzinfo=UTC),
        event_name="Campus",
        kiosk_id="kiosk-abc",
        signature_id="5f0c-id",
    )


def test_seal_round_trip_and_padding():
    key = crypto.generate_private_key()
    plain = encode_record(_record())
    assert len(plain) == padded_size(len(plain)) and len(plain) % SIZE_CLASS == 0
    sealed = crypto.seal(plain, key.public_key(), "5f0c-id")
    assert "Борис".encode() not in sealed
    assert decode_record(crypto.unseal(sealed, key, "5f0c-id")) == _record()


def _version_2(record: SignerRecord) -> bytes:
    """A record as kiosks before version 3 sealed it: the drawing as JSON after the newline."""
    head = encode_record(record).split(b"\n", 1)[0].replace(b'"v":3', b'"v":2')
    strokes = json.dumps(record.strokes, separators=(",", ":")).encode()
    return head + b"\n" + strokes + b" " * 200


def test_the_drawing_follows_the_record_in_binary_and_can_be_skipped():
    from kiosk.core.record_codec import DRAWN_MARK

    plain = encode_record(_record())
    head, drawing = plain.split(b"\n", 1)
    assert b"strokes" not in head and b"0.1" not in drawing  # binary, not decimals
    # One stroke of two points, then the six values as little-endian doubles.
    expected = struct.pack("<HH6d", 1, 2, 0.1, 0.2, 0.5, 0.3, 0.4, 0.6)
    assert drawing == expected + b" " * (len(drawing) - len(expected))
    assert decode_record(plain, strokes=False).strokes == DRAWN_MARK
    blank = encode_record(replace(_record(), strokes=[]))
    assert decode_record(blank).strokes == decode_record(blank, strokes=False).strokes == []
    # Whatever follows the drawing must be padding, read or skipped.
    tainted = plain[:-2] + b"=1"
    for strokes in (True, False):
        with pytest.raises(ValueError, match="padding"):
            decode_record(tainted, strokes=strokes)


def test_a_drawing_keeps_every_validated_point_exactly():
    """Validated points come back as the very floats that went in."""
    from kiosk.core.fields import FieldSpec
    from kiosk.core.validation import validate_draft
    from kiosk.demo import demo_drafts

    specs = [FieldSpec("first_name", "name", True, {"en": "First name"})]
    for draft in demo_drafts(100, seed=9):
        _, strokes = validate_draft(draft, specs)
        record = replace(_record(), strokes=strokes)
        assert decode_record(encode_record(record)) == record
    corners = [[(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.0001, 0.9999, 0.001)]]
    assert decode_record(encode_record(replace(_record(), strokes=corners))).strokes == corners


@pytest.mark.parametrize(
    "strokes",
    [
        [[(1.5, 0.2, 0.5)]],
        [[(-0.1, 0.2, 0.5)]],
        [[(0.1, 0.2)]],
        [[(0.1, 0.2, 0.5, 0.1)], [(0.2, 0.3)]],
        [[(float("nan"), 0.2, 0.5)]],
        [[(0.2, 0.2, 0.5), (float("inf"), 0.2, 0.5)]],
    ],
)
def test_a_point_off_the_pad_is_refused_not_stored_wrong(strokes):
    with pytest.raises(ValueError):
        encode_record(replace(_record(), strokes=strokes))


def test_a_damaged_drawing_is_refused_read_or_skipped():
    plain = encode_record(_record())
    head, drawing = plain.split(b"\n", 1)
    size = len(drawing.rstrip(b" "))
    damaged = {
        "cut short": head + b"\n" + drawing[: size - 3],
        "a count past the end": head + b"\n" + b"\x05\x00" + drawing[2:],
        "a value past the pad": head + b"\n" + drawing[:4] + struct.pack("<d", 2.0) + drawing[12:],
        "a value not a number": head
        + b"\n"
        + drawing[:4]
        + struct.pack("<d", math.nan)
        + drawing[12:],
        "an odd byte": head + b"\n" + drawing[:3],
        "nothing at all": head + b"\n",
    }
    for name, data in damaged.items():
        for strokes in (True, False):
            if name.startswith("a value") and not strokes:
                continue  # the values are not read when only "was one drawn" is asked
            with pytest.raises(ValueError):
                decode_record(data, strokes=strokes)
                pytest.fail(f"{name} (strokes={strokes}) was read")


def test_records_sealed_by_the_second_format_still_open():
    """Version 2 kept the drawing as JSON after the newline (kiosks before this one)."""
    from kiosk.core.record_codec import DRAWN_MARK

    v2 = _version_2(_record())
    assert decode_record(v2) == _record()
    assert decode_record(v2, strokes=False).strokes == DRAWN_MARK
    blank = _version_2(replace(_record(), strokes=[]))
    assert decode_record(blank, strokes=False).strokes == []
    drawing = v2.split(b"\n", 1)[1].rstrip(b" ")
    # What stands where the drawing goes must look like one even when it is skipped (when
    # it is read, validation judges its points).
    forged = v2.replace(drawing, b'["=HYPERLINK()"]'.ljust(len(drawing)))
    with pytest.raises(ValueError, match="not a list of numbers"):
        decode_record(forged, strokes=False)
    tainted = v2[:-2] + b"=1"
    for strokes in (True, False):
        with pytest.raises(ValueError):
            decode_record(tainted, strokes=strokes)


def test_records_sealed_by_the_first_format_still_open():
    """Version 1 kept the drawing inside the JSON (kiosks before this one wrote it)."""
    from kiosk.core.record_codec import DRAWN_MARK

    record = _record()
    v1 = (
        json.dumps(
            {
                "v": 1,
                "id": record.signature_id,
                "fields": record.fields,
                "consent_sign": True,
                "consent_mailing": True,
                "privacy_notice_version": "v1",
                "strokes": [[[0.1, 0.2, 0.5], [0.3, 0.4, 0.6]]],
                "language": "ru",
                "signed_at": record.signed_at.isoformat(),
                "event": "Campus",
                "kiosk": "kiosk-abc",
            },
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode()
        + b" " * 100
    )
    assert decode_record(v1) == record
    assert decode_record(v1, strokes=False).strokes == DRAWN_MARK
    for unknown in (b'"v":"9"', b'"v":true', b'"v":0'):
        with pytest.raises(ValueError, match="unknown record format") as raised:
            decode_record(v1.replace(b'"v":1', unknown))
        assert not isinstance(raised.value, NewerRecord)
    # A format past this version's is a newer kiosk's, not damage: the caller says "update".
    with pytest.raises(NewerRecord, match="record format 9 is newer"):
        decode_record(v1.replace(b'"v":1', b'"v":9'))


def test_wrong_key_or_moved_record_fails():
    key, other = crypto.generate_private_key(), crypto.generate_private_key()
    sealed = crypto.seal(b"secret", key.public_key(), "row-1")
    with pytest.raises(crypto.SealError):
        crypto.unseal(sealed, other, "row-1")
    with pytest.raises(crypto.SealError):
        crypto.unseal(sealed, key, "row-2")  # the id is bound into the seal
    tampered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(crypto.SealError):
        crypto.unseal(tampered, key, "row-1")


def test_private_key_file_is_encrypted_with_argon2id(tmp_path):
    key = crypto.generate_private_key()
    path = tmp_path / "k.json"
    crypto.write_private_key(path, key, "a long passphrase")
    document = json.loads(path.read_text())
    assert document["kdf"]["name"] == "argon2id"
    raw = key.private_bytes_raw()
    assert raw not in path.read_bytes() and raw.hex() not in path.read_text()
    assert (path.stat().st_mode & 0o777) == 0o600
    loaded = crypto.load_private_key(path, "a long passphrase")
    assert loaded.private_bytes_raw() == raw
    with pytest.raises(crypto.KeyFileError, match="wrong passphrase"):
        crypto.load_private_key(path, "another passphrase")


def test_damaged_key_files_give_clear_errors(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(crypto.KeyFileError, match="not a petition-kiosk private key"):
        crypto.load_private_key(bad, "whatever1")
    with pytest.raises(crypto.KeyFileError, match="not found"):
        crypto.load_public_key(tmp_path / "missing.pub")
    with pytest.raises(crypto.KeyFileError, match="at least 8"):
        crypto.encrypt_private_key(crypto.generate_private_key(), "short")


def test_a_drawing_cannot_be_told_from_its_absence_by_size():
    from dataclasses import replace

    from kiosk.core.fields import FieldSpec
    from kiosk.core.validation import validate_draft
    from kiosk.demo import demo_drafts

    plain = _record()
    specs = [FieldSpec("first_name", "name", True, {"en": "First name"})]
    sizes = {len(encode_record(replace(plain, strokes=[])))}
    for draft in demo_drafts(200, seed=4):
        _, strokes = validate_draft(draft, specs)  # as signing stores them: validated
        sizes.add(len(encode_record(replace(plain, strokes=strokes))))
    assert sizes == {SIZE_CLASS}


def test_fingerprints_read_aloud_are_stable_and_differ_between_keys():
    import re

    from kiosk.crypto import generate_private_key, organizer_fingerprint

    key = generate_private_key().public_key()
    spoken = organizer_fingerprint(key)
    assert spoken == organizer_fingerprint(key)
    assert re.fullmatch(r"([0-9a-f]{4} ){3}[0-9a-f]{4} · ([a-z]+ ){5}[a-z]+", spoken)
    assert organizer_fingerprint(generate_private_key().public_key()) != spoken


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_damaged_record_is_refused_with_a_value_error_or_read_within_the_pad(data):
    """Bytes changed anywhere in a sealed-then-opened record (a forgery sealed with the
    public key): the reader raises only what its callers count as damaged, and whatever it
    does read lies on the pad."""
    plain = bytearray(encode_record(_record()))
    head_end = plain.index(b"\n")
    drawing_end = head_end + 1 + len(encode_drawing(_record().strokes))
    for _ in range(data.draw(st.integers(1, 4))):
        last = data.draw(st.sampled_from([drawing_end, len(plain) - 1]))  # mostly the drawing
        at = data.draw(st.integers(head_end + 1, last))
        plain[at] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        plain = plain[: data.draw(st.integers(head_end + 1, len(plain)))]
    for strokes in (True, False):
        try:
            record = decode_record(bytes(plain), strokes=strokes)
        except (ValueError, KeyError, TypeError):
            continue
        values = [v for stroke in record.strokes for point in stroke for v in point]
        assert all(0.0 <= v <= 1.0 for v in values)
        assert all(len(point) == 3 for stroke in record.strokes for point in stroke)


def test_a_record_opened_for_print_carries_its_drawing_as_each_strokes_values():
    from kiosk.core.record_codec import DRAWN_MARK, decode_record_for_print

    record, drawing = decode_record_for_print(encode_record(_record()))
    assert record == replace(_record(), strokes=DRAWN_MARK)  # says only that one was drawn
    assert [list(stroke) for stroke in drawing] == [[0.1, 0.2, 0.5, 0.3, 0.4, 0.6]]
    blank, nothing = decode_record_for_print(encode_record(replace(_record(), strokes=[])))
    assert blank.strokes == [] and nothing == []
    # A record of the second format keeps its drawing as points, in the record.
    record, drawing = decode_record_for_print(_version_2(_record()))
    assert record == _record() and drawing is None
    with pytest.raises(ValueError, match="padding"):
        decode_record_for_print(encode_record(_record())[:-2] + b"=1")


_PAD_POINT = st.tuples(*[st.floats(0, 1, allow_subnormal=False)] * 3)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_PAD_POINT, min_size=1, max_size=30), max_size=5))
def test_a_sheet_draws_the_same_operators_from_a_drawings_values_as_from_its_points(strokes):
    from kiosk.core.record_codec import decode_drawing, decode_drawing_values
    from kiosk.export.pdf_layout import draw_strokes

    class Canvas:
        def __init__(self):
            self._code = []

    data = encode_drawing(strokes)
    from_points, from_values = Canvas(), Canvas()
    draw_strokes(from_points, decode_drawing(data), 10, 20, 120, 24)
    draw_strokes(from_values, decode_drawing_values(data), 10, 20, 120, 24)
    assert from_values._code == from_points._code
    assert bool(from_points._code) == bool(strokes)


def test_an_empty_stroke_in_an_opened_drawing_is_skipped_not_divided_by():
    from kiosk.core.record_codec import decode_drawing, decode_drawing_values
    from kiosk.export.pdf_layout import draw_strokes

    class Canvas:
        def __init__(self):
            self._code = []

    # A record may carry a stroke of no points (validation drops them; a forger need not).
    data = struct.pack("<HHH3d", 2, 0, 1, 0.5, 0.5, 0.5)
    for decoded in (decode_drawing(data), decode_drawing_values(data)):
        canvas = Canvas()
        draw_strokes(canvas, decoded, 0, 0, 10, 10)
        assert canvas._code[0].count(" S") == 1  # the dot, drawn once
