import pytest

from kiosk.cli import main


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
    registry = tmp_path / "kiosks.json"
    assert main(["kiosks", "add", str(bundle), "--name", "Union", "--registry", str(registry)]) == 0
    assert main(["kiosks", "list", "--registry", str(registry)]) == 0
    listed = capsys.readouterr().out
    assert "Union" in listed
    fingerprint = listed.split("  Union")[0].strip().splitlines()[-1]
    assert (
        main(
            [
                "merge",
                "--registry",
                str(registry),
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
    # A stolen kiosk is removed from the registry: its records are then left out.
    assert main(["kiosks", "remove", fingerprint, "--registry", str(registry)]) == 0
    again = tmp_path / "merged-again"
    args = ["merge", str(bundle), "--out", str(again), "--registry", str(registry), "--key"]
    args += [str(data / "keys" / "organizer-key.json"), "--passphrase-file", str(passphrase_file)]
    assert main(args) == 2  # no kiosk registered any more: a plain usage error
    assert "no kiosk is registered" in capsys.readouterr().err
    pin = tmp_path / "pin.txt"
    pin.write_text("246813")
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


def _demo(data, passphrase_file, count=1, *extra):
    args = ["demo", "--data-dir", str(data), "--count", str(count), *extra]
    return main([*args, "--passphrase-file", str(passphrase_file)])


def test_export_creates_a_private_destination_and_counts_in_plain_english(
    tmp_path, passphrase_file, capsys
):
    data, out = tmp_path / "k", tmp_path / "new" / "usb"
    assert _demo(data, passphrase_file) == 0
    args = ["export", "--data-dir", str(data), "--out", str(out)]
    assert main([*args, "--passphrase-file", str(passphrase_file)]) == 0
    assert out.is_dir() and oct(out.stat().st_mode & 0o777) == "0o700"
    printed = capsys.readouterr().out
    assert ": 1 record, verified" in printed and "1 records" not in printed


def test_a_kiosk_with_only_the_public_key_writes_the_bundle_and_says_why(
    tmp_path, passphrase_file, capsys
):
    assert main(["keys", "new", "--out", str(tmp_path / "org"), "--passphrase-file",
                 str(passphrase_file)]) == 0  # fmt: skip
    data, out = tmp_path / "k", tmp_path / "usb"
    public = tmp_path / "org" / "organizer.pub"
    assert main(["demo", "--data-dir", str(data), "--count", "3", "--public-key",
                 str(public)]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["export", "--data-dir", str(data), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert [p.suffix for p in out.iterdir()] == [".pkbundle"]
    assert "only the organizer's public key" in printed and "3 records" in printed
    # Asking for sheets there is a clear one-line error, not a traceback.
    args = ["export", "--data-dir", str(data), "--out", str(out), "--formats", "pdf"]
    assert main([*args, "--passphrase-file", str(passphrase_file)]) == 1
    assert "private key file not found" in capsys.readouterr().err


def test_an_export_unlocks_the_key_while_the_store_opens_and_a_wrong_one_says_so(
    tmp_path, passphrase_file, capsys, monkeypatch
):
    """With --formats and --passphrase-file the key is unlocked once, on a thread begun
    before the store opened; a wrong passphrase is still one plain line and no file."""
    from kiosk.services import keys

    data, out = tmp_path / "k", tmp_path / "usb"
    assert main(["demo", "--data-dir", str(data), "--count", "3",
                 "--passphrase-file", str(passphrase_file)]) == 0  # fmt: skip
    threads = []
    start = keys.EarlyUnlock.__init__

    def counted(self, path, passphrase):
        threads.append(path)
        start(self, path, passphrase)

    monkeypatch.setattr(keys.EarlyUnlock, "__init__", counted)
    unlocked = []
    real_unlock = keys.unlock
    monkeypatch.setattr(keys, "unlock", lambda *a: unlocked.append(a) or real_unlock(*a))
    from kiosk.cli import common, organizer

    reads = []
    real_read = common.read_passphrase
    monkeypatch.setattr(organizer, "read_passphrase", lambda a: reads.append(a) or real_read(a))
    args = ["export", "--data-dir", str(data), "--out", str(out), "--formats", "csv"]
    assert main([*args, "--passphrase-file", str(passphrase_file)]) == 0
    assert threads == [data / "keys" / "organizer-key.json"] and len(unlocked) == 1
    assert len(reads) == 1  # the file is read once: it may be a pipe
    capsys.readouterr()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    assert main([*args, "--passphrase-file", str(wrong)]) != 0
    assert "wrong passphrase" in capsys.readouterr().err
    assert len(list(out.glob("*.csv"))) == 1  # the first export's file only
