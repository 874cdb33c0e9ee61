"""The trust chain from kiosk to organizer: every forgery the tracker lists, and what merge
does with each (refused in one line, or left out and reported)."""

from __future__ import annotations

import base64
import shutil
import sqlite3
import uuid
import zipfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.exporting import ExportFailed, ExportRequest
from kiosk.core.models import SealedSignature, SignatureDraft, SignerRecord
from kiosk.core.record_codec import encode_record
from kiosk.crypto import (
    generate_private_key,
    key_id,
    new_identity,
    public_identity,
    record_statement,
    seal,
    sign_statement,
)
from kiosk.export.bundle import read_bundle, write_bundle
from kiosk.services.merging import merge
from kiosk.services.trust import KioskRegistry
from kiosk.store.signature_writer import outer_time, stored_time
from tests import bundle_parts
from tests.conftest import make_draft


@pytest.fixture(params=["every core", "one core"])
def cores(request, monkeypatch):
    """Merges open records on every core, or in their own process on a one-core machine
    (an old laptop): both ways must find the same."""
    if request.param == "one core":
        monkeypatch.setattr("kiosk.export.opening.os.cpu_count", lambda: 1)
    return request.param


@pytest.fixture
def campaign_setup(kiosk, tmp_path, cores):
    for n, (email, mailing) in enumerate([("a@example.org", True), ("", False), ("", False)]):
        fields = {"first_name": "Real", "last_name": f"Signer {n}"}
        if email:
            fields["email"] = email
        kiosk.signing.sign(SignatureDraft(fields, True, mailing))
    out = tmp_path / "usb"
    out.mkdir()
    bundle = kiosk.exports.export(ExportRequest(out, ("bundle",))).files[0].path
    registry = KioskRegistry(tmp_path / "kiosks.json")
    registry.add(kiosk.signing.identity_fingerprint, "table 1")
    return kiosk, bundle, registry


def _merge(kiosk, inputs, tmp_path, registry, **options):
    out = tmp_path / f"merged-{uuid.uuid4().hex[:6]}"
    out.mkdir()
    key = kiosk.keys.unlock("correct horse battery staple")
    report = merge(
        inputs, out, kiosk.campaign, [key], formats=("action-network", "csv"),
        registry=registry, **options,
    )  # fmt: skip
    an = next(out.glob("*action-network-opted-in.csv")).read_text()
    return report, an


def _sealed_record(kiosk, identity: Ed25519PrivateKey, event, *, signature_id=None,
                   inner_id=None, fields=None, minutes=0, sealed_to=None):  # fmt: skip
    """A record sealed to the organizer's public key and signed by ``identity``."""
    signature_id = signature_id or str(uuid.uuid4())
    signed_at = datetime.now(UTC) - timedelta(minutes=minutes)
    record = SignerRecord(
        fields=fields or {"first_name": "Forged", "last_name": "Person", "email": "f@example.org"},
        consent_sign=True, consent_mailing=True, privacy_notice_version="2024-03-v1",
        strokes=[], language="en", signed_at=signed_at, event_name=event.name,
        kiosk_id=kiosk.signing.kiosk_id, signature_id=inner_id or signature_id,
    )  # fmt: skip
    public = sealed_to or kiosk.keys.public_key()
    sealed = seal(encode_record(record), public, inner_id or signature_id)
    outer = signed_at.replace(minute=0, second=0, microsecond=0)
    statement = record_statement(
        signature_id, stored_time(event.starts_at), kiosk.signing.kiosk_id,
        outer_time(signed_at), key_id(public), sealed,
    )  # fmt: skip
    return SealedSignature(
        signature_id, kiosk.signing.kiosk_id, event, outer, key_id(public), sealed,
        sign_statement(identity, statement), public_identity(identity),
    )  # fmt: skip


def _bundle_of(path: Path, kiosk, items, identity: Ed25519PrivateKey) -> Path:
    write_bundle(
        path, kiosk.campaign.slug, kiosk.signing.kiosk_id, items,
        (public_identity(identity), lambda s: sign_statement(identity, s)),
    )  # fmt: skip
    return path


def _kiosk_identity(kiosk) -> Ed25519PrivateKey:
    with sqlite3.connect(kiosk.settings.database_path) as db:
        (raw,) = db.execute("SELECT value FROM kiosk_meta WHERE key = 'identity_key'").fetchone()
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(raw))


def test_a_paired_two_kiosk_campaign_merges_cleanly(kiosk, tmp_path):
    from kiosk.app.services import open_services
    from kiosk.settings import load_settings

    registry = KioskRegistry(tmp_path / "kiosks.json")
    bundles = []
    for n in range(2):  # each kiosk paired with the organizer's public key only
        settings = load_settings(data_dir=tmp_path / f"kiosk-{n}")
        other = open_services(settings)
        other.setup.install_key(None, kiosk.settings.public_key_path)
        for m in range(3):
            other.signing.sign(make_draft(last_name=f"Kiosk{n} Signer{m}"))
        out = tmp_path / f"out-{n}"
        out.mkdir()
        bundles.append(other.exports.export(ExportRequest(out, ("bundle",))).files[0].path)
        registry.add(other.signing.identity_fingerprint, f"kiosk {n}")
        other.close()
    report, _ = _merge(kiosk, bundles, tmp_path, registry)
    assert len(report.result.kept) == 6 and not report.trust.lines()


def test_replace_and_inject_from_a_forger_holding_only_the_public_key(campaign_setup, tmp_path):
    kiosk, bundle, registry = campaign_setup
    _, genuine = read_bundle(bundle)
    first = next(iter(genuine))
    forger = new_identity()  # the forger cannot sign as the kiosk: a fresh key
    forged = [
        _sealed_record(kiosk, forger, first.event, signature_id=first.uuid, minutes=600),
        _sealed_record(kiosk, forger, first.event),  # an invented opted-in signer
    ]
    fake = _bundle_of(tmp_path / "fake.pkbundle", kiosk, forged, forger)
    report, an = _merge(kiosk, [fake, bundle], tmp_path, registry)
    assert len(report.result.kept) == 3
    assert "f@example.org" not in an and "a@example.org" in an
    assert any("not in the registry: 2 record(s) left out" in line for line in report.lines())
    kept = next(k for k in report.result.kept if k.uuid == first.uuid)
    assert kept.record.fields["first_name"] == "Real"  # the genuine record, not the forgery


def test_a_changed_record_breaks_the_bundle_and_its_signature(campaign_setup, tmp_path):
    kiosk, bundle, registry = campaign_setup
    manifest, records = bundle_parts.parts(bundle)
    # Reorder: pretend it came first.
    records[0] = bundle_parts.with_head(records[0], signed_at="2020-01-01T10:00:00+00:00")
    body = b"".join(records)
    for fix_hash in (False, True):  # the forger fixes the hash too, but cannot re-sign
        path = tmp_path / f"tampered-{fix_hash}.pkbundle"
        bundle_parts.write(path, manifest, body, fix_hash=fix_hash)
        with pytest.raises(ExportFailed, match=r"hash|not signed") as refused:
            _merge(kiosk, [path], tmp_path, registry)
        assert path.name in str(refused.value)


def test_a_reordered_time_in_a_kiosk_database_fails_its_record_signature(campaign_setup, tmp_path):
    kiosk, _bundle, registry = campaign_setup
    copy = tmp_path / "copied.sqlite"
    shutil.copy(kiosk.admin.backup(), copy)  # a consistent copy (the WAL folded in)
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE signatures SET signed_at = '2020-01-01 10:00:00.000000' WHERE id = 1")
    with pytest.raises(ExportFailed, match=r"copied\.sqlite: 1 record\(s\) not signed") as refused:
        _merge(kiosk, [copy], tmp_path, registry)
    assert "refused" in str(refused.value)


def test_one_id_with_two_contents_is_a_conflict_and_neither_wins(campaign_setup, tmp_path):
    kiosk, bundle, registry = campaign_setup
    _, genuine = read_bundle(bundle)
    first = next(iter(genuine))
    compromised = _kiosk_identity(kiosk)  # even a stolen kiosk key cannot replace a record
    twin = _sealed_record(kiosk, compromised, first.event, signature_id=first.uuid)
    other = _bundle_of(tmp_path / "twin.pkbundle", kiosk, [twin], compromised)
    report, _ = _merge(kiosk, [bundle, other], tmp_path, registry)
    assert first.uuid not in {k.uuid for k in report.result.kept}
    assert len(report.result.kept) == 2
    assert any(first.uuid in line and "conflict" in line for line in report.lines())


def test_a_twin_sealed_to_a_key_not_given_is_still_a_conflict_and_named(campaign_setup, tmp_path):
    """The merge keeps only numbers for each record while reading: an id whose other copy
    cannot even be opened here is still caught, and the report still names it."""
    kiosk, bundle, registry = campaign_setup
    genuine = list(read_bundle(bundle)[1])
    first = genuine[0]
    compromised = _kiosk_identity(kiosk)
    twin = _sealed_record(kiosk, compromised, first.event, signature_id=first.uuid,
                          sealed_to=generate_private_key().public_key())  # fmt: skip
    other = _bundle_of(tmp_path / "twin.pkbundle", kiosk, [twin], compromised)
    for inputs in ([bundle, other], [other, bundle]):
        report, _ = _merge(kiosk, inputs, tmp_path, registry, allow_unreadable=True)
        assert {k.uuid for k in report.result.kept} == {g.uuid for g in genuine} - {first.uuid}
        assert report.trust.conflicts == {first.uuid}
        assert any(first.uuid in line and "conflict" in line for line in report.lines())
    # Two copies of an id that neither open here: still named, by the id they carry.
    lost = str(uuid.uuid4())
    elsewhere = generate_private_key().public_key()
    copies = [
        _sealed_record(
            kiosk, compromised, first.event, signature_id=lost, sealed_to=elsewhere, minutes=n
        )
        for n in (1, 2)
    ]
    both = _bundle_of(tmp_path / "both.pkbundle", kiosk, copies, compromised)
    report, _ = _merge(kiosk, [bundle, both], tmp_path, registry, allow_unreadable=True)
    assert report.trust.conflicts == {lost} and len(report.result.kept) == len(genuine)


def test_sealed_values_must_match_the_outer_ones(campaign_setup, tmp_path):
    kiosk, bundle, registry = campaign_setup
    _, genuine = read_bundle(bundle)
    event = next(iter(genuine)).event
    compromised = _kiosk_identity(kiosk)
    moved = _sealed_record(kiosk, compromised, event, inner_id=str(uuid.uuid4()))
    path = _bundle_of(tmp_path / "moved.pkbundle", kiosk, [moved], compromised)
    with pytest.raises(ExportFailed, match="damaged or not valid"):
        _merge(kiosk, [path], tmp_path, registry)


def test_records_sealed_to_a_key_not_given_stop_the_merge_unless_allowed(campaign_setup, tmp_path):
    kiosk, bundle, registry = campaign_setup
    _, genuine = read_bundle(bundle)
    event = next(iter(genuine)).event
    other_org = generate_private_key().public_key()
    identity = _kiosk_identity(kiosk)
    elsewhere = _sealed_record(kiosk, identity, event, sealed_to=other_org)
    path = _bundle_of(tmp_path / "other-key.pkbundle", kiosk, [elsewhere], identity)
    with pytest.raises(ExportFailed, match=r"other-key\.pkbundle: 1 record\(s\) sealed"):
        _merge(kiosk, [bundle, path], tmp_path, registry)
    report, _ = _merge(kiosk, [bundle, path], tmp_path, registry, allow_unreadable=True)
    assert len(report.result.kept) == 3


def test_an_unregistered_kiosk_is_left_out_unless_accepted(campaign_setup, tmp_path):
    kiosk, bundle, _ = campaign_setup
    empty = KioskRegistry(tmp_path / "none.json")
    report, _ = _merge(kiosk, [bundle], tmp_path, empty)
    assert report.result.kept == []
    accepted, _ = _merge(kiosk, [bundle], tmp_path, empty, accept_unknown_kiosks=True)
    assert len(accepted.result.kept) == 3


@pytest.mark.parametrize("version", [1, 2])
def test_a_malformed_record_in_a_bundle_is_named_after_the_hash_is_checked(
    campaign_setup, tmp_path, version
):
    kiosk, bundle, registry = campaign_setup
    identity = _kiosk_identity(kiosk)
    if version == 1:  # as kiosks before bundle version 2 wrote them
        bundle = bundle_parts.as_version_1(bundle, tmp_path / "old.pkbundle", identity)
    manifest, records = bundle_parts.parts(bundle)
    bad = b'{"uuid": 7}\n' if version == 1 else bundle_parts.framed(b'{"uuid": 7}\nsealed')
    broken = tmp_path / "broken.pkbundle"
    bundle_parts.write(broken, manifest, records[0] + bad + records[2], fix_hash=False)
    with pytest.raises(ExportFailed, match="hash"):  # the hash first: the file is damaged
        _merge(kiosk, [bundle, broken], tmp_path, registry)
    # The same record, with a manifest whose hash and signature vouch for it (the kiosk's own
    # key signed it): the record itself is named.
    signed = tmp_path / "signed.pkbundle"
    bundle_parts.write(signed, manifest, records[0] + bad, count=2, signer=identity)
    with pytest.raises(ExportFailed, match=r"signed\.pkbundle: record 2\b"):
        _merge(kiosk, [signed], tmp_path, registry, accept_unknown_kiosks=True)


def test_a_version_1_bundle_still_merges(campaign_setup, tmp_path):
    """Kiosks not yet updated write version 1 bundles; the organizer's merge reads them."""
    kiosk, bundle, registry = campaign_setup
    old = bundle_parts.as_version_1(bundle, tmp_path / "old.pkbundle", _kiosk_identity(kiosk))
    with zipfile.ZipFile(old) as archive:
        assert "records.jsonl" in archive.namelist()
    report, an = _merge(kiosk, [old], tmp_path, registry)
    fresh, fresh_an = _merge(kiosk, [bundle], tmp_path, registry)
    assert len(report.result.kept) == 3 and an == fresh_an
    assert {k.uuid for k in report.result.kept} == {k.uuid for k in fresh.result.kept}


__all__ = ["replace"]
