import sqlite3

from kiosk.cli import main


def test_demo_on_an_empty_data_dir_then_check(tmp_path, passphrase_file, capsys):
    data = tmp_path / "fresh"
    assert (
        main(
            [
                "demo",
                "--data-dir",
                str(data),
                "--count",
                "40",
                "--passphrase-file",
                str(passphrase_file),
            ]
        )
        == 0
    )
    assert "Added 40 demo signatures" in capsys.readouterr().out
    assert (data / "keys" / "organizer-key.json").is_file()
    assert main(["check", "--data-dir", str(data), "--passphrase-file", str(passphrase_file)]) == 0
    out = capsys.readouterr().out
    assert "integrity_check: ok" in out and "Opened with key" in out and ": 40;" in out


def test_demo_can_seal_to_a_public_key_only(tmp_path, passphrase_file, capsys):
    keys = tmp_path / "organizer"
    assert main(["keys", "new", "--out", str(keys), "--passphrase-file", str(passphrase_file)]) == 0
    data = tmp_path / "kiosk"
    assert (
        main(
            [
                "demo",
                "--data-dir",
                str(data),
                "--count",
                "5",
                "--public-key",
                str(keys / "organizer.pub"),
            ]
        )
        == 0
    )
    assert not (data / "keys" / "organizer-key.json").exists()
    assert (
        main(
            [
                "check",
                "--data-dir",
                str(data),
                "--passphrase-file",
                str(passphrase_file),
                "--key",
                str(keys / "organizer-key.json"),
            ]
        )
        == 0
    )
    assert "Opened with key" in capsys.readouterr().out


def test_check_finds_a_counter_mismatch_and_exits_non_zero(tmp_path, passphrase_file, capsys):
    data = tmp_path / "d"
    main(
        ["demo", "--data-dir", str(data), "--count", "3", "--passphrase-file", str(passphrase_file)]
    )
    with sqlite3.connect(data / "signatures.sqlite") as db:
        db.execute("UPDATE events SET signature_count = 99")
    assert main(["check", "--data-dir", str(data)]) == 1
    assert "counters say 99 kept, 3 rows are stored" in capsys.readouterr().out


def test_check_on_a_foreign_file_exits_non_zero(tmp_path, capsys):
    (tmp_path / "signatures.sqlite").write_bytes(b"not a database at all" * 10)
    assert main(["check", "--data-dir", str(tmp_path)]) == 1
    assert "not an SQLite file" in capsys.readouterr().out


def test_a_data_folder_that_cannot_be_written_is_one_line(tmp_path, passphrase_file, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "logs").write_text("a file where the logs folder should be")
    args = ["demo", "--data-dir", str(data), "--passphrase-file", str(passphrase_file)]
    assert main(args) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "logs" in err[0] and "Traceback" not in err[0]


def test_status_prints_the_console_tiles(tmp_path, passphrase_file, capsys):
    data, usb = tmp_path / "k", tmp_path / "usb"
    assert main(["demo", "--data-dir", str(data), "--count", "3", "--event", "Fair",
                 "--passphrase-file", str(passphrase_file)]) == 0  # fmt: skip
    assert main(["status", "--data-dir", str(data)]) == 0
    before = capsys.readouterr().out
    assert "Signed at this event ('Fair'): 3" in before
    assert "Not yet in a verified export: 3 signatures" in before
    assert "Last export: none yet" in before and "Free space on the data disk" in before
    assert main(["export", "--data-dir", str(data), "--out", str(usb), "--formats", "bundle"]) == 0
    capsys.readouterr()
    assert main(["status", "--data-dir", str(data)]) == 0
    after = capsys.readouterr().out
    assert "Not yet in a verified export: 0 signatures" in after
    assert f"to {usb} (bundle)" in after


def test_battery_is_read_where_linux_reports_one(tmp_path):
    from kiosk.services.admin import battery

    assert battery(tmp_path / "none") == (None, None)
    bat = tmp_path / "BAT0"
    bat.mkdir()
    (bat / "capacity").write_text("57\n")
    (bat / "status").write_text("Discharging\n")
    assert battery(tmp_path) == (57, True)


def test_check_names_records_from_a_newer_version_apart(
    kiosk, passphrase_file, capsys, monkeypatch
):
    import kiosk.services.signing as signing
    from kiosk.core.models import SignatureDraft

    encode = signing.encode_record
    monkeypatch.setattr(
        signing,
        "encode_record",
        lambda record, *more: encode(record, *more).replace(b'"v":3', b'"v":4', 1),
    )
    kiosk.signing.sign(SignatureDraft({"first_name": "Ann", "last_name": "Lee"}, True, False))
    data = kiosk.settings.data_dir
    kiosk.close()
    assert main(["check", "--data-dir", str(data), "--passphrase-file", str(passphrase_file)]) == 1
    out = capsys.readouterr()
    text = out.out + out.err
    assert "1 record(s) were sealed by a newer Petition Kiosk: update this one" in text
    assert "could not be opened" not in text
