"""One way to read secrets: from a file, else hidden at a terminal, else a clear error."""

import pytest

from kiosk.cli.common import CliError, read_secret


def test_a_secret_file_gives_its_first_line(tmp_path):
    path = tmp_path / "pin.txt"
    path.write_text("246810\n")
    assert read_secret(path, "PIN", "--pin-file", "PIN") == "246810"


def test_an_empty_or_missing_file_is_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    with pytest.raises(CliError, match="the passphrase file is empty"):
        read_secret(empty, "passphrase", "--passphrase-file", "Passphrase")
    with pytest.raises(CliError, match="cannot read the PIN file"):
        read_secret(tmp_path / "nope", "PIN", "--pin-file", "PIN")


def test_without_a_terminal_the_option_is_named(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    with pytest.raises(CliError, match="give --pin-file FILE"):
        read_secret(None, "PIN", "--pin-file", "PIN")
