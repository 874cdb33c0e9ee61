"""Where the kiosk keeps its data, and the few knobs a volunteer may turn.

Order of precedence: command-line flags, then ``PETITION_KIOSK_*`` environment variables, then
``settings.toml`` in the data folder, then defaults.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from kiosk.resources import default_campaign_dir

APP_NAME = "petition-kiosk"


class SettingsError(Exception):
    pass


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    campaign_dir: Path
    windowed: bool = False
    language: str | None = None
    idle_timeout_s: int = 60
    idle_warning_s: int = 15
    thanks_seconds: int = 10
    high_contrast: bool = False
    on_screen_keyboard: bool = False

    @property
    def database_path(self) -> Path:
        return self.data_dir / "signatures.sqlite"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def exports_journal_dir(self) -> Path:
        """Notes about exports in flight, so an interrupted one can be cleaned up later."""
        return self.data_dir / "exports-in-progress"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @property
    def public_key_path(self) -> Path:
        return self.keys_dir / "organizer.pub"

    @property
    def private_key_path(self) -> Path:
        return self.keys_dir / "organizer-key.json"


def default_data_dir() -> Path:
    env = os.environ.get("PETITION_KIOSK_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_path  # imported only when it is asked

    return user_data_path(APP_NAME, appauthor=False)


def working_dir() -> Path | None:
    """Where a merge's working files go: the user's cache folder, on disk on every platform
    (the system's temporary folder is RAM on some Linux systems, where a merge of 100,000
    drawn signatures would hold 400 MB in it); None when it cannot be made."""
    env = os.environ.get("PETITION_KIOSK_WORK_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_path

    folder = user_cache_path(APP_NAME, appauthor=False)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


_TUNABLE = {
    "idle_timeout_s": int,
    "idle_warning_s": int,
    "thanks_seconds": int,
    "high_contrast": bool,
    "on_screen_keyboard": bool,
    "language": str,
}


def load_settings(
    data_dir: Path | None = None, campaign_dir: Path | None = None, **overrides: Any
) -> Settings:
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    env_campaign = os.environ.get("PETITION_KIOSK_CAMPAIGN")
    campaign = campaign_dir or (Path(env_campaign) if env_campaign else default_campaign_dir())
    settings = Settings(data_dir=data_dir, campaign_dir=Path(campaign))
    from_file = _read_settings_file(data_dir / "settings.toml")
    values = {k: v for k, v in {**from_file, **overrides}.items() if v is not None}
    known = {f.name for f in fields(Settings)}
    return replace(settings, **{k: v for k, v in values.items() if k in known})


def _read_settings_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    import tomllib  # only when there is a file: most kiosks have none (start time)

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: not valid TOML: {exc}") from None
    result: dict[str, Any] = {}
    for key, value in data.items():
        expected = _TUNABLE.get(key)
        if expected is None:
            raise SettingsError(f"{path}: {key}: unknown setting")
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise SettingsError(f"{path}: {key}: should be a {expected.__name__}")
        if isinstance(value, int) and expected is int and not 1 <= value <= 3600:
            raise SettingsError(f"{path}: {key}: should be between 1 and 3600")
        result[key] = value
    return result
