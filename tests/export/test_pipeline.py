"""All or nothing: an export that fails anywhere leaves no file and no ledger entry."""

from __future__ import annotations

import errno
import os

import pytest

from kiosk.core.exporting import FORMATS, ExportFailed, ExportRequest
from kiosk.export.pipeline import STAGING_PREFIX, ExportJournal
from kiosk.store import repository as repo
from kiosk.store.database import new_session_factory
from tests.conftest import PASSPHRASE, make_draft

COMBINATIONS = [("bundle",), ("pdf",), ("csv", "action-network"), FORMATS]


class Strike:
    """Make the n-th call of a function raise an OSError (then behave normally again)."""

    def __init__(self, real, at: int, code: int):
        self.real, self.at, self.code, self.calls = real, at, code, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.calls == self.at:
            raise OSError(self.code, os.strerror(self.code))
        return self.real(*args, **kwargs)


def _ledger_rows(kiosk) -> int:
    with new_session_factory(kiosk.engine)() as session:
        return repo.exports_recorded_count(session)


def _count_calls(monkeypatch, kiosk, out, formats, name) -> int:
    counter = Strike(getattr(os, name), at=0, code=errno.EIO)
    monkeypatch.setattr(os, name, counter)
    request = ExportRequest(out, formats, PASSPHRASE, blank_pages=1 if len(formats) > 2 else 0)
    kiosk.exports.export(request)
    monkeypatch.setattr(os, name, counter.real)
    for path in out.iterdir():
        path.unlink()
    return counter.calls


@pytest.mark.parametrize("formats", COMBINATIONS, ids="+".join)
@pytest.mark.parametrize("name", ["fsync", "replace"])
def test_a_failure_at_any_write_leaves_nothing(kiosk, tmp_path, monkeypatch, formats, name):
    for n in range(5):
        kiosk.signing.sign(make_draft(email=f"s{n}@example.org"))
    out = tmp_path / "usb"
    out.mkdir()
    calls = _count_calls(monkeypatch, kiosk, out, formats, name)
    with new_session_factory(kiosk.engine).begin() as session:
        repo.forget_exports(session)  # the counting run's ledger rows
    assert calls >= 2
    codes = [errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EROFS]
    for at in range(1, calls + 1):
        code = codes[at % len(codes)]
        monkeypatch.setattr(os, name, Strike(getattr(os, name), at, code))
        request = ExportRequest(out, formats, PASSPHRASE, blank_pages=1 if len(formats) > 2 else 0)
        with pytest.raises(ExportFailed) as failure:
            kiosk.exports.export(request)
        monkeypatch.undo()
        message = str(failure.value)
        assert "\n" not in message and "Traceback" not in message
        assert str(out) in message, message
        assert list(out.iterdir()) == [], f"{name} #{at}: {list(out.iterdir())}"
        assert _ledger_rows(kiosk) == 0
        assert kiosk.admin.unexported_count() == 5
        assert not list(kiosk.settings.exports_journal_dir.glob("*.json"))


def test_a_failed_verification_removes_every_file(kiosk, tmp_path, monkeypatch):
    from kiosk.export import writers

    for _ in range(3):
        kiosk.signing.sign(make_draft())
    out = tmp_path / "usb"
    out.mkdir()

    def corrupt(self, path, staged):
        raise ExportFailed(f"{path.name}: 2 rows read back, 3 were written")

    monkeypatch.setattr(writers.CsvWriter, "verify", corrupt)
    with pytest.raises(ExportFailed, match="read back"):
        kiosk.exports.export(ExportRequest(out, FORMATS, PASSPHRASE))
    assert list(out.iterdir()) == []
    assert _ledger_rows(kiosk) == 0


def test_sheets_damaged_after_their_early_read_back_are_still_caught(kiosk, tmp_path, monkeypatch):
    """Sheets are read back as each file is joined; a file that changes afterwards (a failing
    stick) is read back again by the pipeline, and refused."""
    from kiosk.export import writers

    for n in range(30):
        kiosk.signing.sign(make_draft(last_name=f"Lee {n}"))
    out = tmp_path / "usb"
    out.mkdir()
    write = writers.SheetsWriter.write

    def write_then_damage(self, folder, step):
        staged = write(self, folder, step)
        assert staged[0].expected["read_back"] is not None  # read back while writing
        path = folder / staged[0].name
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        return staged

    monkeypatch.setattr(writers.SheetsWriter, "write", write_then_damage)
    with pytest.raises(ExportFailed):
        kiosk.exports.export(ExportRequest(out, ("pdf",), PASSPHRASE))
    assert list(out.iterdir()) == []
    assert _ledger_rows(kiosk) == 0


def test_a_ledger_that_cannot_be_written_takes_the_files_back(kiosk, tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    kiosk.signing.sign(make_draft())
    out = tmp_path / "usb"
    out.mkdir()

    def disk_full(*args, **kwargs):
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(repo, "record_export", disk_full)
    with pytest.raises(ExportFailed, match="could not be recorded"):
        kiosk.exports.export(ExportRequest(out, ("bundle",)))
    assert list(out.iterdir()) == []


def test_an_existing_file_is_never_overwritten(kiosk, tmp_path, monkeypatch):
    import datetime as dt

    from kiosk.services import exporting

    class Frozen(dt.datetime):  # two exports in the same second: the same file names
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)

    monkeypatch.setattr(exporting, "datetime", Frozen)
    kiosk.signing.sign(make_draft())
    out = tmp_path / "usb"
    out.mkdir()
    first = kiosk.exports.export(ExportRequest(out, ("bundle",))).files[0].path
    original = first.read_bytes()
    with pytest.raises(ExportFailed, match="exists already"):
        kiosk.exports.export(ExportRequest(out, ("bundle",)))
    assert first.read_bytes() == original
    assert [p.name for p in out.iterdir()] == [first.name]


def test_leftovers_of_a_killed_export_are_removed_by_the_next_one(kiosk, tmp_path):
    kiosk.signing.sign(make_draft(last_name="Canary"))
    out = tmp_path / "usb"
    out.mkdir()
    # What a kiosk killed mid-export leaves: a staging folder with a half file, a journal note.
    staging = out / f"{STAGING_PREFIX}deadbeef"
    staging.mkdir()
    (staging / "petition-sheets.pdf").write_bytes(b"%PDF-1.4 Canary ...")
    delivered = out / "petition-signatures.csv"
    delivered.write_text("Canary")
    journal = ExportJournal(kiosk.settings.exports_journal_dir)
    journal.write(
        "deadbeef", staging=str(staging), finals=[str(delivered)], ledger_ids=["never-written"]
    )
    report = kiosk.exports.export(ExportRequest(out, ("bundle",)))
    assert sorted(p.name for p in out.iterdir()) == [report.files[0].path.name]
    assert not list(kiosk.settings.exports_journal_dir.glob("*.json"))


def test_a_note_for_an_unplugged_stick_waits_for_it(kiosk, tmp_path):
    journal = ExportJournal(kiosk.settings.exports_journal_dir)
    gone = tmp_path / "unplugged" / f"{STAGING_PREFIX}0001"
    journal.write("0001", staging=str(gone))
    assert kiosk.exports.recover() == 0
    assert list(kiosk.settings.exports_journal_dir.glob("*.json"))  # kept for later
    gone.mkdir(parents=True)
    (gone / "half.csv").write_text("x")
    assert kiosk.exports.recover() == 1
    assert not gone.exists()


def test_an_empty_destination_is_refused(kiosk):
    for empty in (None, "", "   "):
        with pytest.raises(ExportFailed, match="Choose where"):
            kiosk.exports.export(ExportRequest(empty, ("bundle",)))  # type: ignore[arg-type]
