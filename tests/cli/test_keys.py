from kiosk.cli import main


def test_keys_new_never_overwrites(tmp_path, passphrase_file, capsys):
    args = ["keys", "new", "--out", str(tmp_path), "--passphrase-file", str(passphrase_file)]
    assert main(args) == 0
    before = (tmp_path / "organizer-key.json").read_bytes()
    assert main(args) == 2
    assert "exists already" in capsys.readouterr().err
    assert (tmp_path / "organizer-key.json").read_bytes() == before
