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
