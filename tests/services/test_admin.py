"""Volunteer chores: backups, and removing only what a verified bundle holds, PIN first."""

from kiosk.core.exporting import ExportRequest
from tests.conftest import make_draft


def test_backup_copies_the_sealed_database(kiosk):
    kiosk.signing.sign(make_draft())
    path = kiosk.admin.backup()
    assert path.is_file() and path.parent == kiosk.settings.backups_dir
    assert b"Lovelace" not in path.read_bytes()


def test_wipe_needs_the_pin_and_removes_only_verified_bundle_contents(kiosk, tmp_path):
    kiosk.pin.set_pin("246813")
    for _ in range(2):
        kiosk.signing.sign(make_draft())
    out = tmp_path / "usb"
    out.mkdir()
    kiosk.exports.export(ExportRequest(out, ("bundle",)))
    kiosk.signing.sign(make_draft())
    refused = kiosk.admin.wipe_exported("0000")
    assert not refused.pin.ok and refused.removed == 0
    assert kiosk.admin.unexported_count() == 1
    done = kiosk.admin.wipe_exported("246813")
    assert done.pin.ok and (done.removed, done.kept) == (2, 1)


def test_removing_exported_signatures_removes_the_backups_that_hold_them(kiosk, tmp_path):
    kiosk.pin.set_pin("246813")
    before = kiosk.admin.backup()  # empty: holds nothing removed later
    kiosk.signing.sign(make_draft())
    holding = kiosk.admin.backup()
    out = tmp_path / "usb"
    out.mkdir()
    kiosk.exports.export(ExportRequest(out, ("bundle",)))
    result = kiosk.admin.wipe_exported("246813")
    assert result.removed == 1 and result.backups_removed == 1
    assert not holding.exists() and before.exists()
