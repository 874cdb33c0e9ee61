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


def _sealed_rows(kiosk) -> dict[str, bytes]:
    with new_session_factory(kiosk.engine)() as session:
        return {row.uuid: row.sealed for row in repo.iter_sealed(session)}


def test_a_key_agreement_made_as_the_form_opens_seals_the_next_record_only(kiosk):
    kiosk.signing.prepare()
    (prepared,) = kiosk.signing._prepared
    kiosk.signing.prepare()  # the form opened twice: still one waiting, not a second
    assert kiosk.signing._prepared == [prepared]
    with pytest.raises(ValidationFailed):  # a refused draft leaves it for the corrected one
        kiosk.signing.sign(make_draft(first_name=""))
    first = kiosk.signing.sign(make_draft())
    second = kiosk.signing.sign(make_draft(first_name="Grace"))  # nothing prepared: its own
    sealed = _sealed_rows(kiosk)
    assert sealed[first.signature_id][1:33] == prepared.enc
    assert sealed[second.signature_id][1:33] != prepared.enc
    key = kiosk.keys.unlock(PASSPHRASE)
    names = {decode_record(unseal(b, key, u)).fields["first_name"] for u, b in sealed.items()}
    assert names == {"Ada", "Grace"}


def test_a_key_agreement_made_for_the_old_organizer_key_is_never_used(kiosk):
    from kiosk.crypto import generate_private_key

    kiosk.signing.prepare()
    new_key = generate_private_key()
    kiosk.signing.set_public_key(new_key.public_key())
    receipt = kiosk.signing.sign(make_draft())
    blob = _sealed_rows(kiosk)[receipt.signature_id]
    assert decode_record(unseal(blob, new_key, receipt.signature_id)).fields["first_name"] == "Ada"


def test_the_wal_is_copied_into_the_database_as_a_form_opens_not_in_a_signers_commit(
    kiosk, tmp_path
):
    import shutil
    import sqlite3

    from kiosk.store.signature_writer import CHECKPOINT_EVERY

    writer = kiosk.signing.writer
    writer._db.execute("PRAGMA wal_autocheckpoint=0")  # only ours, so the test sees it
    kiosk.signing.sign_many([make_draft() for _ in range(CHECKPOINT_EVERY - 1)])
    assert not writer.checkpoint_if_due()
    kiosk.signing.sign(make_draft(first_name="Grace"))

    def rows_in_the_main_file() -> int:
        copy = tmp_path / "copy.sqlite"  # the database file without its WAL
        shutil.copyfile(kiosk.settings.database_path, copy)
        with sqlite3.connect(copy) as db:
            try:
                return db.execute("SELECT COUNT(*) FROM signatures").fetchone()[0]
            except sqlite3.OperationalError:  # even the schema is still in the WAL
                return 0

    assert rows_in_the_main_file() == 0
    kiosk.signing.prepare()  # the next attendee opens the form
    assert rows_in_the_main_file() == CHECKPOINT_EVERY
    assert not writer.checkpoint_if_due()  # counted afresh


def test_a_checkpoint_that_fails_never_keeps_the_form_from_opening(kiosk, monkeypatch, caplog):
    import sqlite3

    def busy() -> bool:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(kiosk.signing.writer, "checkpoint_if_due", busy)
    kiosk.signing.prepare()
    assert len(kiosk.signing._prepared) == 1
    assert "checkpoint skipped: OperationalError" in caplog.text
    assert kiosk.signing.sign(make_draft()).total_count == 1
