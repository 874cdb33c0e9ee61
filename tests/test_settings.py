"""Settings: defaults, settings.toml, environment, flags; bad files named in one line."""

import pytest

from kiosk import settings
from kiosk.settings import SettingsError, load_settings, working_dir


def test_defaults_and_paths_live_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("PETITION_KIOSK_CAMPAIGN", raising=False)
    settings = load_settings(data_dir=tmp_path)
    assert settings.idle_timeout_s == 60 and settings.thanks_seconds == 10
    for path in (
        settings.database_path,
        settings.keys_dir,
        settings.logs_dir,
        settings.backups_dir,
        settings.exports_journal_dir,
    ):
        assert path.is_relative_to(tmp_path)
    assert (settings.campaign_dir / "campaign.toml").is_file()


def test_settings_file_then_flags_win(tmp_path):
    (tmp_path / "settings.toml").write_text("idle_timeout_s = 90\nlanguage = 'ru'\n")
    assert load_settings(data_dir=tmp_path).idle_timeout_s == 90
    assert load_settings(data_dir=tmp_path, language="uk").language == "uk"


def test_the_environment_names_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("PETITION_KIOSK_DATA_DIR", str(tmp_path / "env"))
    assert load_settings().data_dir == tmp_path / "env"


def test_a_merges_working_folder_is_the_users_cache_on_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("PETITION_KIOSK_WORK_DIR", str(tmp_path / "env"))
    assert working_dir() == tmp_path / "env"
    monkeypatch.delenv("PETITION_KIOSK_WORK_DIR")
    import platformdirs

    cache = tmp_path / "cache" / "petition-kiosk"
    monkeypatch.setattr(platformdirs, "user_cache_path", lambda *a, **k: cache)
    assert working_dir() == cache and cache.is_dir()  # made on first use
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setattr(platformdirs, "user_cache_path", lambda *a, **k: blocked / "sub")
    assert working_dir() is None  # the system's temporary folder, then
    assert settings.APP_NAME == "petition-kiosk"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("idle_timeout_s = 'soon'", "idle_timeout_s: should be a int"),
        ("idle_timeout_s = 0", "between 1 and 3600"),
        ("high_contrast = 1", "high_contrast: should be a bool"),
        ("colour = 'red'", "colour: unknown setting"),
        ("idle_timeout_s = ", "not valid TOML"),
    ],
)
def test_a_bad_settings_file_is_named_with_the_key(tmp_path, text, words):
    (tmp_path / "settings.toml").write_text(text)
    with pytest.raises(SettingsError, match=words) as error:
        load_settings(data_dir=tmp_path)
    assert "settings.toml" in str(error.value)
