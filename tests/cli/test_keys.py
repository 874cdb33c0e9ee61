from kiosk.cli import main


def test_keys_new_never_overwrites(tmp_path, passphrase_file, capsys):
    args = ["keys", "new", "--out", str(tmp_path), "--passphrase-file", str(passphrase_file)]
    assert main(args) == 0
    before = (tmp_path / "organizer-key.json").read_bytes()
    assert main(args) == 2
    assert "exists already" in capsys.readouterr().err
    assert (tmp_path / "organizer-key.json").read_bytes() == before


def test_back_up_the_kiosk_key_then_forget_it(tmp_path, passphrase_file, capsys):
    data, stick = tmp_path / "kiosk", tmp_path / "stick"
    stick.mkdir()
    assert main(["demo", "--data-dir", str(data), "--count", "2",
                 "--passphrase-file", str(passphrase_file)]) == 0  # fmt: skip
    wrong = tmp_path / "not-the-key.json"
    wrong.write_text("{}")
    assert main(["keys", "forget", "--data-dir", str(data), "--backup", str(wrong)]) == 1
    assert (data / "keys" / "organizer-key.json").is_file()  # nothing removed
    assert main(["keys", "backup", "--data-dir", str(data), "--to", str(stick)]) == 0
    copy = stick / "organizer-key.json"
    assert copy.read_bytes() == (data / "keys" / "organizer-key.json").read_bytes()
    assert "fingerprint:" in capsys.readouterr().out
    assert main(["keys", "forget", "--data-dir", str(data), "--backup", str(copy)]) == 0
    assert not (data / "keys" / "organizer-key.json").exists()
    # The kiosk still seals to the same key, and the copy still opens its records.
    assert main(["demo", "--data-dir", str(data), "--count", "1"]) == 0
    args = ["check", "--data-dir", str(data), "--key", str(copy)]
    assert main([*args, "--passphrase-file", str(passphrase_file)]) == 0
    assert "Opened with key" in capsys.readouterr().out
