import zipfile

import pytest

from kiosk.core.exporting import ExportFailed, ExportRequest
from kiosk.core.models import SignatureDraft
from kiosk.export.bundle import read_bundle
from kiosk.export.dedupe import dedupe
from kiosk.services.merging import merge
from tests.helpers import opened


def _sign(kiosk, first, last, email="", postal=""):
    fields = {"first_name": first, "last_name": last}
    if email:
        fields["email"] = email
    if postal:
        fields["postal_code"] = postal
    kiosk.signing.sign(SignatureDraft(fields, True, bool(email)))


def test_dedupe_by_email_or_name_and_postal_keeps_the_earliest():
    items = [
        opened(1, {"first_name": "Ann", "last_name": "Lee", "email": "ann@example.org"}),
        opened(2, {"first_name": "Annie", "last_name": "L", "email": "ANN@example.org"}, minutes=5),
        opened(3, {"first_name": "Bob", "last_name": "Ray", "postal_code": "LS1 4AP"}),
        opened(4, {"first_name": "bob", "last_name": "RAY", "postal_code": "ls14ap"}, minutes=1),
        opened(5, {"first_name": "Bob", "last_name": "Ray", "postal_code": "M1 1AA"}),
        opened(6, {"first_name": "Cy", "last_name": "Do"}),
        opened(7, {"first_name": "Cy", "last_name": "Do"}),  # no email, no postcode: kept
    ]
    result = dedupe([*items, items[0]])
    assert sorted(i.uuid for i in result.kept) == ["id-1", "id-3", "id-5", "id-6", "id-7"]
    assert {(d.uuid, d.kept_uuid, d.reason) for d in result.dropped} == {
        ("id-2", "id-1", "email"),
        ("id-4", "id-3", "name+postal"),
        ("id-1", "id-1", "same signature"),
    }


def test_bundle_round_trip_and_tamper_detection(kiosk, tmp_path, organizer_key):
    for i in range(5):
        _sign(kiosk, "Ann", f"Lee {i}")
    out = tmp_path / "out"
    out.mkdir()
    report = kiosk.exports.export(ExportRequest(out, formats=("bundle",)))
    (bundle,) = report.files
    assert bundle.records == 5
    manifest, items = read_bundle(bundle.path)
    assert manifest.record_count == 5 and manifest.kiosk_id == kiosk.signing.kiosk_id
    assert manifest.events[0]["count"] == 5
    assert sorted(i.uuid for i in items) == sorted(bundle.uuids)
    # Sealed: random bytes, in which five given ones turn up about once in a terabyte.
    assert b"Lee 0" not in bundle.path.read_bytes()
    with zipfile.ZipFile(bundle.path) as archive:
        manifest_text = archive.read("manifest.json")
        records = archive.read("records.bin")
    tampered = tmp_path / "tampered.pkbundle"
    with zipfile.ZipFile(tampered, "w") as archive:
        archive.writestr("manifest.json", manifest_text)
        archive.writestr("records.bin", records[:-1] + bytes([records[-1] ^ 1]))  # one bit
    _, tampered_items = read_bundle(tampered)  # the records are checked as they stream
    with pytest.raises(ExportFailed, match="hash"):
        list(tampered_items)


@pytest.mark.parametrize("cores", [None, 1])
def test_merge_two_kiosks_removes_exactly_the_duplicates(
    kiosk, tmp_path, organizer_key, settings, cores, monkeypatch
):
    from dataclasses import replace

    if cores:  # a one-core laptop opens everything in its own process
        monkeypatch.setattr("kiosk.export.opening.os.cpu_count", lambda: cores)

    from kiosk.app.services import open_services as open_kiosk

    _sign(kiosk, "Ann", "Lee", email="ann@example.org")
    _sign(kiosk, "Bob", "Ray", postal="LS1 4AP")
    _sign(kiosk, "Cy", "Do")
    second_settings = replace(settings, data_dir=tmp_path / "second")
    second_settings.keys_dir.mkdir(parents=True)
    (second_settings.keys_dir / "organizer.pub").write_bytes(settings.public_key_path.read_bytes())
    second = open_kiosk(second_settings)
    try:
        _sign(second, "Annie", "Lee", email="Ann@Example.org")  # same email
        _sign(second, "BOB", "ray", postal="ls1 4ap")  # same name and postcode
        _sign(second, "Dee", "Fox", email="dee@example.org")
        out = tmp_path / "out"
        out.mkdir()
        bundle = second.exports.export(ExportRequest(out, formats=("bundle",))).files[0].path
    finally:
        second.close()
    merged = tmp_path / "merged"
    merged.mkdir()
    report = merge(
        [settings.database_path, bundle, bundle],
        merged,
        kiosk.campaign,
        [organizer_key],
        formats=("csv",),
        accept_unknown_kiosks=True,
    )
    names = sorted(i.record.fields["first_name"] for i in report.result.kept)
    assert names == ["Ann", "Bob", "Cy", "Dee"]
    reasons = sorted(d.reason for d in report.result.dropped)
    assert reasons == ["email", "name+postal", "same signature", "same signature", "same signature"]
    csv_rows = (
        (merged / "free-boris-kagarlitsky-merged-signatures.csv")
        .read_text(encoding="utf-8-sig")
        .splitlines()
    )
    assert len(csv_rows) == 5  # header + 4
    assert (
        "dropped as duplicates: 5"
        in (merged / "free-boris-kagarlitsky-merged-report.txt").read_text()
    )


def test_merge_refuses_another_campaigns_bundle(kiosk, tmp_path, organizer_key):
    _sign(kiosk, "Ann", "Lee")
    out = tmp_path / "o"
    out.mkdir()
    bundle = kiosk.exports.export(ExportRequest(out, formats=("bundle",))).files[0].path
    from dataclasses import replace

    other = replace(kiosk.campaign, slug="another-campaign")
    with pytest.raises(ExportFailed, match=r"another-campaign|free-boris"):
        merge([bundle], out, other, [organizer_key], accept_unknown_kiosks=True)


def test_opened_records_from_workers_share_their_repeated_strings():
    """A merge holds every opened record: those unpickled from the workers keep one string
    for each field name and repeated value, and stay equal to what was sent."""
    import pickle

    first = opened(1, {"first_name": "Ann", "last_name": "Lee", "email": "ann@example.org"})
    second = opened(2, {"first_name": "Bob", "last_name": "Ray", "email": "bob@example.org"})
    a, b = (pickle.loads(pickle.dumps(item)) for item in (first, second))  # two batches
    assert (a, b) == (first, second)
    assert [id(k) for k in a.record.fields] == [id(k) for k in b.record.fields]
    assert a.record.language is b.record.language
    assert a.record.privacy_notice_version is b.record.privacy_notice_version


def test_a_merge_pauses_the_cycle_collector_and_always_restores_it(monkeypatch):
    """A merge holds a million objects: full sweeps over them were 0.7 s of 100 kiosks."""
    import gc

    from kiosk.campaign import load_campaign
    from kiosk.resources import default_campaign_dir
    from kiosk.services import merging

    seen = []
    campaign = load_campaign(default_campaign_dir())

    def fake_open(*args, **kwargs):
        seen.append(gc.isenabled())
        raise ExportFailed("stop here")

    monkeypatch.setattr(merging, "read_inputs", fake_open)
    assert gc.isenabled()
    with pytest.raises(ExportFailed, match="stop here"):
        merging.merge([], None, campaign, [], formats=("csv",))
    assert seen == [False] and gc.isenabled()  # on again, even after a failure
    gc.disable()  # a caller that paused it keeps it paused
    try:
        with pytest.raises(ExportFailed):
            merging.collect([], None, [])
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("cores", [None, 1])
def test_records_from_a_newer_version_ask_for_an_update_not_a_forgery_hunt(
    kiosk, tmp_path, organizer_key, cores, monkeypatch
):
    """Kiosks updated before the organizer: their records are fine, this copy is old."""
    import kiosk.services.signing as signing
    from tests.conftest import PASSPHRASE

    if cores:
        monkeypatch.setattr("kiosk.export.opening.os.cpu_count", lambda: cores)
    encode = signing.encode_record
    monkeypatch.setattr(
        signing,
        "encode_record",
        lambda record, *more: encode(record, *more).replace(b'"v":3', b'"v":4', 1),
    )
    _sign(kiosk, "Ann", "Lee")
    _sign(kiosk, "Bob", "Ray")
    out = tmp_path / "out"
    out.mkdir()
    bundle = kiosk.exports.export(ExportRequest(out, formats=("bundle",))).files[0].path
    merged = tmp_path / "merged"
    for source in (bundle, kiosk.settings.database_path):
        with pytest.raises(ExportFailed) as refused:
            merge([source], merged, kiosk.campaign, [organizer_key], accept_unknown_kiosks=True)
        assert "2 sealed record(s) were written by a newer Petition Kiosk" in str(refused.value)
        assert "update it" in str(refused.value) and "forged" not in str(refused.value)
        assert not merged.exists() or not any(merged.iterdir())
    with pytest.raises(ExportFailed, match="2 signatures sealed by a newer Petition Kiosk"):
        kiosk.exports.export(ExportRequest(out, formats=("csv",), passphrase=PASSPHRASE))
