import pytest

from kiosk.app.services import open_services as open_kiosk
from kiosk.core.record_codec import decode_record
from kiosk.core.validation import ValidationFailed
from kiosk.crypto import unseal
from kiosk.services.signing import SealingNotReady
from kiosk.store import repository as repo
from kiosk.store.database import new_session_factory
from tests.conftest import PASSPHRASE, make_draft


def test_sign_returns_a_receipt_after_commit_and_the_record_opens(kiosk):
    receipt = kiosk.signing.sign(make_draft(email="ada@example.org"))
    assert (receipt.event_count, receipt.total_count) == (1, 1)
    key = kiosk.keys.unlock(PASSPHRASE)
    with new_session_factory(kiosk.engine)() as session:
        (row,) = list(repo.iter_sealed(session))
        record = decode_record(unseal(row.sealed, key, row.uuid))
    assert row.uuid == receipt.signature_id
    assert record.fields == {
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": "ada@example.org",
    }
    assert record.consent_sign and not record.consent_mailing
    assert record.privacy_notice_version == kiosk.campaign.privacy_version


def test_invalid_draft_stores_nothing(kiosk):
    with pytest.raises(ValidationFailed):
        kiosk.signing.sign(make_draft(first_name=""))
    assert kiosk.signing.counts() == (0, 0)


def test_without_a_key_nothing_is_taken(settings):
    kiosk = open_kiosk(settings)
    try:
        assert not kiosk.signing.ready
        with pytest.raises(SealingNotReady):
            kiosk.signing.sign(make_draft())
    finally:
        kiosk.close()


def test_kiosk_id_is_stable_across_restarts(kiosk, settings):
    kiosk_id = kiosk.signing.kiosk_id
    kiosk.close()
    again = open_kiosk(settings)
    assert again.signing.kiosk_id == kiosk_id
    again.close()


def test_logs_hold_counts_and_types_never_signature_ids(kiosk, tmp_path, caplog):
    import logging

    from kiosk.core.exporting import ExportRequest

    caplog.set_level(logging.DEBUG)
    kiosk.pin.set_pin("246813")
    receipts = [kiosk.signing.sign(make_draft(last_name=f"Log {n}")) for n in range(3)]
    out = tmp_path / "usb"
    out.mkdir()
    kiosk.exports.export(ExportRequest(out, ("bundle",)))
    kiosk.admin.wipe_exported("246813")
    assert "signature stored" in caplog.text
    for receipt in receipts:
        assert receipt.signature_id not in caplog.text
    assert "Log 1" not in caplog.text
