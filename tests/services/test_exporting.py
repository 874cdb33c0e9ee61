"""Export end to end: outputs, ledger, wipe, and what a full disk or a pulled USB stick does."""

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.core.exporting import ExportFailed, ExportRequest
from kiosk.core.models import SignatureDraft
from kiosk.store.database import integrity_check
from tests.conftest import PASSPHRASE


def _sign_many(kiosk, count):
    for n in range(count):
        kiosk.signing.sign(
            SignatureDraft(
                {"first_name": "Signer", "last_name": f"No {n}", "email": f"s{n}@example.org"},
                True,
                n % 2 == 0,
            )
        )


def _wipe(kiosk) -> tuple[int, int]:
    result = kiosk.admin.wipe_exported("246813")
    assert result.pin.ok
    return result.removed, result.kept


def test_full_export_then_wipe_only_what_a_verified_bundle_holds(kiosk, tmp_path):
    kiosk.pin.set_pin("246813")
    _sign_many(kiosk, 6)
    assert kiosk.admin.unexported_count() == 6
    assert _wipe(kiosk) == (0, 6)  # nothing exported yet: nothing goes
    out = tmp_path / "usb"
    out.mkdir()
    report = kiosk.exports.export(ExportRequest(out, passphrase=PASSPHRASE, blank_pages=1))
    kinds = sorted(f.kind for f in report.files)
    assert kinds == [
        "action-network",
        "action-network-do-not-subscribe",
        "blank",
        "bundle",
        "csv",
        "mailchimp",
        "nationbuilder",
        "pdf",
        "postcodes",
    ]
    assert {f.kind: f.records for f in report.files}["action-network"] == 3
    assert sorted(p.name for p in out.iterdir()) == sorted(f.path.name for f in report.files)
    assert kiosk.admin.unexported_count() == 0
    _sign_many(kiosk, 1)
    assert kiosk.admin.unexported_count() == 1
    assert _wipe(kiosk) == (6, 1)
    # The public counts are collected so far: removing exported rows does not lower them.
    assert kiosk.signing.counts() == (7, 7)
    assert integrity_check(kiosk.engine) == ["ok"]


def test_pdf_and_csv_need_the_key_but_a_bundle_does_not(kiosk, tmp_path):
    _sign_many(kiosk, 1)
    with pytest.raises(ExportFailed, match="passphrase"):
        kiosk.exports.export(ExportRequest(tmp_path, formats=("pdf",)))
    assert kiosk.exports.export(ExportRequest(tmp_path, formats=("bundle",))).files


def test_missing_folder_gives_a_clear_message(kiosk, tmp_path):
    _sign_many(kiosk, 1)
    with pytest.raises(ExportFailed, match="does not exist"):
        kiosk.exports.export(ExportRequest(tmp_path / "unplugged", passphrase=PASSPHRASE))
    assert kiosk.admin.unexported_count() == 1


def test_usb_stick_pulled_mid_export_leaves_no_file_and_the_store_untouched(kiosk, tmp_path):
    _sign_many(kiosk, 30)
    out = tmp_path / "usb"
    out.mkdir()

    def pull_the_stick(done, total):
        shutil.rmtree(out, ignore_errors=True)
        return True

    with pytest.raises(ExportFailed, match=r"went away|USB"):
        kiosk.exports.export(
            ExportRequest(out, formats=("pdf", "csv"), passphrase=PASSPHRASE), pull_the_stick
        )
    assert not out.exists() or not list(out.iterdir())
    assert kiosk.signing.counts() == (30, 30)
    assert kiosk.admin.unexported_count() == 30
    assert integrity_check(kiosk.engine) == ["ok"]


@pytest.mark.parametrize(("formats", "limit"), [("pdf", 64_000)])
def test_a_file_size_limit_gives_a_clear_message_and_no_half_file(kiosk, tmp_path, formats, limit):
    """A child process whose file size limit is small plays the FAT32 stick (the database
    and its shared-memory file fit under it; the sheets, or the CSV when its buffer is
    flushed on close, do not)."""
    from kiosk.demo import demo_drafts

    kiosk.signing.sign_many(demo_drafts(60))
    settings = kiosk.settings
    kiosk.close()
    out = tmp_path / "small-stick"
    out.mkdir()
    passphrase_file = tmp_path / "p.txt"
    from tests.conftest import PASSPHRASE

    passphrase_file.write_text(PASSPHRASE)
    script = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit raises EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, resource.RLIM_INFINITY))
        from kiosk.cli import main
        sys.exit(main(["export", "--data-dir", {str(settings.data_dir)!r}, "--out",
                       {str(out)!r}, "--passphrase-file", {str(passphrase_file)!r},
                       "--formats", {formats!r}]))
    """)
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PETITION_KIOSK_FAST_KDF": "1"},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 1, result.stderr
    # RLIMIT_FSIZE is how the kernel says "file too large" (EFBIG), as FAT32 does at 4 GiB.
    assert "too large for the file system" in result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert list(out.iterdir()) == []
    from kiosk.app.services import open_services as open_kiosk

    again = open_kiosk(settings)
    try:
        assert again.signing.counts() == (60, 60)
        assert again.admin.unexported_count() == 60
        assert integrity_check(again.engine) == ["ok"]
    finally:
        again.close()


def test_cancelled_export_leaves_nothing_and_records_nothing(kiosk, tmp_path):
    from kiosk.core.exporting import ExportCancelled
    from kiosk.export.pdf_layout import SheetLayout

    rows = SheetLayout(kiosk.campaign, "en", False).rows_per_page
    _sign_many(kiosk, rows * 2 + 1)
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(ExportCancelled):
        kiosk.exports.export(
            ExportRequest(out, formats=("pdf",), passphrase=PASSPHRASE),
            lambda done, total: done < rows,
        )
    assert list(out.iterdir()) == []
    assert kiosk.admin.unexported_count() == rows * 2 + 1


def test_os_errors_are_explained_in_plain_words(tmp_path):
    import errno

    from kiosk.export.pipeline import explain_os_error

    for code, words in (
        (errno.ENOSPC, "is full"),
        (errno.EFBIG, "FAT32"),
        (errno.EROFS, "cannot be written"),
        (errno.EACCES, "cannot be written"),
        (errno.EIO, "USB stick"),
    ):
        assert words in explain_os_error(OSError(code, os.strerror(code)), tmp_path)


def test_a_pack_that_ships_the_public_key_needs_no_setup(tmp_path, settings):
    import shutil as sh

    from kiosk.app.services import open_services as open_kiosk
    from kiosk.campaign import load_campaign
    from kiosk.resources import default_campaign_dir
    from kiosk.services.keys import create_key_pair

    pack = tmp_path / "pack"
    sh.copytree(default_campaign_dir(), pack)
    create_key_pair(tmp_path / "organizer", "organizer passphrase")
    sh.copy(tmp_path / "organizer" / "organizer.pub", pack / "organizer.pub")
    toml = (pack / "campaign.toml").read_text(encoding="utf-8")
    toml = toml.replace('# public_key_file = "organizer.pub"', 'public_key_file = "organizer.pub"')
    (pack / "campaign.toml").write_text(toml, encoding="utf-8")
    kiosk = open_kiosk(settings, load_campaign(pack))
    try:
        assert kiosk.signing.ready
        assert not settings.private_key_path.exists()
        kiosk.signing.sign(SignatureDraft({"first_name": "A", "last_name": "B"}, True, False))
    finally:
        kiosk.close()


def test_a_damaged_record_stops_the_sheets_instead_of_printing_them_short(kiosk, tmp_path):
    _sign_many(kiosk, 3)
    with kiosk.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE signatures SET sealed = substr(sealed, 1, 40) WHERE id = 2"
        )
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(ExportFailed, match="could not be opened"):
        kiosk.exports.export(ExportRequest(out, formats=("pdf",), passphrase=PASSPHRASE))
    assert list(out.iterdir()) == []


def test_sheet_rows_are_read_from_the_file_and_a_row_gone_meanwhile_stops_the_sheets(
    kiosk, tmp_path
):
    """The drawing reads each page's rows from the database by id; a row removed after it was
    listed is not silently skipped."""
    from kiosk.export.pdf_layout import SheetLayout

    rows = SheetLayout(kiosk.campaign, "en", False).rows_per_page
    _sign_many(kiosk, rows * 3)
    out = tmp_path / "usb"
    out.mkdir()

    def a_row_goes(done, total):
        with kiosk.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM signatures WHERE id = 1")
        return True

    with pytest.raises(ExportFailed, match="could not be opened"):
        kiosk.exports.export(
            ExportRequest(out, formats=("pdf",), passphrase=PASSPHRASE), a_row_goes
        )
    assert list(out.iterdir()) == []


def test_the_sheet_row_reader_reads_named_rows_in_order_and_leaves_out_changed_ones(
    kiosk, settings
):
    from kiosk.core.models import StoredRow
    from kiosk.store.sealed_rows import SealedRowReader

    _sign_many(kiosk, 4)
    with kiosk.engine.connect() as connection:
        listed = [
            StoredRow(row_id, uuid)
            for row_id, uuid in connection.exec_driver_sql(
                "SELECT id, uuid FROM signatures ORDER BY id"
            )
        ]
        connection.exec_driver_sql("UPDATE signatures SET uuid = 'moved' WHERE id = 2")
        connection.commit()
    event = kiosk.events.current()
    reader = SealedRowReader(settings.database_path, event)
    wanted = [listed[3], listed[0], listed[1]]
    read = reader(wanted)
    assert [r.uuid for r in read] == [listed[3].uuid, listed[0].uuid]  # id 2 changed
    assert all(r.event == event and r.sealed for r in read)


def test_signing_during_an_export_does_not_skew_the_sheets(kiosk, tmp_path):
    from kiosk.export.pdf_layout import SheetLayout

    rows = SheetLayout(kiosk.campaign, "en", False).rows_per_page
    _sign_many(kiosk, rows * 3)
    out = tmp_path / "usb"
    out.mkdir()

    def someone_signs(done, total):
        _sign_many(kiosk, 1)
        return True

    report = kiosk.exports.export(
        ExportRequest(out, formats=("pdf",), passphrase=PASSPHRASE), someone_signs
    )
    (sheets,) = report.files
    assert sheets.records == rows * 3
    assert kiosk.signing.counts()[1] > rows * 3


def test_a_csv_flush_failing_on_close_is_one_message_and_leaves_nothing(
    kiosk, tmp_path, monkeypatch
):
    """The CSV's buffered rows first reach the stick when it is closed: a file size limit
    (as on FAT32) strikes there.  One message, no file, nothing for the garbage collector to
    report as "Exception ignored in: <generator object atomic_writer>"."""
    import gc
    import resource
    import signal

    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    _sign_many(kiosk, 20)  # about 2 kB of CSV: past the limit, inside one buffer
    out = tmp_path / "usb"
    out.mkdir()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1_000, hard))
    try:
        with pytest.raises(ExportFailed, match="too large"):
            kiosk.exports.export(ExportRequest(out, ("csv",), PASSPHRASE))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    gc.collect()
    assert unraisable == []
    assert list(out.iterdir()) == []


def _descendants(pid: int) -> set[int]:
    """Every process under ``pid``: the sheet workers are forked by a fork server, so they
    are the kiosk's grandchildren."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, todo = set(), [pid]
    while todo:
        current = todo.pop()
        children = {p for p, parent in parents.items() if parent == current}
        found |= children
        todo += children
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
def test_killing_the_kiosk_mid_export_stops_the_workers_and_the_next_export_cleans_up(
    kiosk, tmp_path
):
    import signal
    import time

    from kiosk.demo import demo_drafts

    for start in range(0, 3000, 500):
        kiosk.signing.sign_many(demo_drafts(500, seed=start))
    settings = kiosk.settings
    kiosk.close()
    out = tmp_path / "usb"
    out.mkdir()
    script = textwrap.dedent(f"""
        from pathlib import Path
        from kiosk.app.services import open_services
        from kiosk.core.exporting import ExportRequest
        from kiosk.settings import load_settings
        services = open_services(load_settings(data_dir=Path({str(settings.data_dir)!r})))
        services.exports.export(ExportRequest(Path({str(out)!r}), ("pdf",), {PASSPHRASE!r}))
    """)
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        env={**os.environ, "PETITION_KIOSK_FAST_KDF": "1"},
        cwd=Path(__file__).resolve().parents[2],
    )
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    staged = False  # the staging folder holds names once the workers draw
    # Two sheet workers, plus the fork server or the resource tracker.
    while time.monotonic() < deadline and (len(workers) < 3 or not staged):
        workers |= {pid for pid in _descendants(child.pid) if _alive(pid)}
        staged = any(p.name.startswith(".petition-kiosk-export-") for p in out.iterdir())
        time.sleep(0.05)
    assert len(workers) >= 3, "the export never started its sheet workers"
    assert staged  # drawing: stop it now (sheets for 3,000 take a few seconds)
    child.send_signal(signal.SIGKILL)
    child.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)], "sheet workers outlived the kiosk"
    from kiosk.app.services import open_services

    again = open_services(settings)
    try:
        assert again.exports.recover() == 1
        assert list(out.iterdir()) == []  # the staged sheets with signers' names are gone
        assert again.admin.unexported_count() == 3000
    finally:
        again.close()
