import sqlite3
import subprocess
import sys

import pytest

from kiosk.cli import main


def test_help_for_every_subcommand():
    for argv in (
        ["--help"],
        ["run", "--help"],
        ["keys", "new", "--help"],
        ["demo", "--help"],
        ["check", "--help"],
        ["pin", "set", "--help"],
        ["bench", "--help"],
        ["export", "--help"],
        ["merge", "--help"],
        ["wipe", "--help"],
    ):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 0


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


def test_keys_new_never_overwrites(tmp_path, passphrase_file, capsys):
    args = ["keys", "new", "--out", str(tmp_path), "--passphrase-file", str(passphrase_file)]
    assert main(args) == 0
    before = (tmp_path / "organizer-key.json").read_bytes()
    assert main(args) == 2
    assert "exists already" in capsys.readouterr().err
    assert (tmp_path / "organizer-key.json").read_bytes() == before


def test_check_finds_a_counter_mismatch_and_exits_non_zero(tmp_path, passphrase_file, capsys):
    data = tmp_path / "d"
    main(
        ["demo", "--data-dir", str(data), "--count", "3", "--passphrase-file", str(passphrase_file)]
    )
    with sqlite3.connect(data / "signatures.sqlite") as db:
        db.execute("UPDATE events SET signature_count = 99")
    assert main(["check", "--data-dir", str(data)]) == 1
    assert "counter says 99, 3 rows are stored" in capsys.readouterr().out


def test_check_on_a_foreign_file_exits_non_zero(tmp_path, capsys):
    (tmp_path / "signatures.sqlite").write_bytes(b"not a database at all" * 10)
    assert main(["check", "--data-dir", str(tmp_path)]) == 1
    assert "not an SQLite file" in capsys.readouterr().out


def test_bad_input_gives_one_line_not_a_traceback(tmp_path):
    broken = tmp_path / "pack"
    broken.mkdir()
    (broken / "campaign.toml").write_text("[campaign\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "demo",
            "--data-dir",
            str(tmp_path / "d"),
            "--campaign",
            str(broken),
            "--count",
            "1",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "campaign.toml" in result.stderr and "not valid TOML" in result.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["demo", "--data-dir", str(tmp_path / "e"), "--passphrase-file", str(empty)]) == 2


def test_export_merge_and_wipe_from_the_command_line(tmp_path, passphrase_file, capsys):
    data, out, merged = tmp_path / "k", tmp_path / "usb", tmp_path / "merged"
    out.mkdir()
    merged.mkdir()
    assert (
        main(
            [
                "demo",
                "--data-dir",
                str(data),
                "--count",
                "25",
                "--passphrase-file",
                str(passphrase_file),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "export",
                "--data-dir",
                str(data),
                "--out",
                str(out),
                "--passphrase-file",
                str(passphrase_file),
                "--formats",
                "pdf,csv,bundle",
                "--blank",
                "1",
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "Not yet in a verified bundle: 0" in printed
    assert sorted(p.suffix for p in out.iterdir()) == [".csv", ".pdf", ".pdf", ".pkbundle"]
    bundle = next(out.glob("*.pkbundle"))
    assert (
        main(
            [
                "merge",
                str(bundle),
                str(data / "signatures.sqlite"),
                "--out",
                str(merged),
                "--key",
                str(data / "keys" / "organizer-key.json"),
                "--passphrase-file",
                str(passphrase_file),
            ]
        )
        == 0
    )
    report = capsys.readouterr().out
    assert "kept: 25; dropped as duplicates: 25" in report
    pin = tmp_path / "pin.txt"
    pin.write_text("2468")
    assert (
        main(
            [
                "pin",
                "set",
                "--data-dir",
                str(data),
                "--passphrase-file",
                str(passphrase_file),
                "--pin-file",
                str(pin),
            ]
        )
        == 0
    )
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("1111")
    assert main(["wipe", "--data-dir", str(data), "--pin-file", str(wrong)]) == 1
    assert main(["wipe", "--data-dir", str(data), "--pin-file", str(pin)]) == 0
    assert "Removed 25 signatures" in capsys.readouterr().out


def test_export_with_an_unknown_format_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(
            ["export", "--data-dir", str(tmp_path), "--out", str(tmp_path), "--formats", "pdf,docx"]
        )
    assert info.value.code == 2
    assert "docx" in capsys.readouterr().err
